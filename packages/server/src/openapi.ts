import {
  AuthResult,
  Collection,
  CollectionInput,
  Comment,
  CommentInput,
  CommentPatch,
  Graph,
  LoginInput,
  Paper,
  PaperBatch,
  Problem,
  ReactionKinds,
  ReactionUpdate,
  Reactions,
  RegisterInput,
  ReportInput,
  ReportResult,
  Review,
  ReviewInput,
  ReviewPatch,
  Session,
  page,
} from '@paperframe/core/contract';
import { toJsonSchemaDefs } from '@valibot/to-json-schema';
import type * as v from 'valibot';

const SCHEMAS = {
  Paper,
  PaperBatch,
  Problem,
  Reactions,
  ReactionUpdate,
  ReactionKinds,
  Collection,
  CollectionList: page(Collection),
  CollectionInput,
  Review,
  ReviewPage: page(Review),
  ReviewInput,
  ReviewPatch,
  Comment,
  CommentPage: page(Comment),
  CommentInput,
  CommentPatch,
  ReportInput,
  ReportResult,
  Graph,
  Session,
  AuthResult,
  RegisterInput,
  LoginInput,
} satisfies Record<string, v.GenericSchema>;

type SchemaName = keyof typeof SCHEMAS;

interface Param {
  name: string;
  in: 'path' | 'query';
  description: string;
  required?: boolean;
  schema?: Record<string, unknown>;
}

/** One documented operation. */
export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: Param[];
  body?: SchemaName;
  /** Status and schema of the success response; null schema = no body. */
  ok: [number, SchemaName | null];
  auth?: 'required' | 'optional' | 'moderator';
  errors: number[];
}

const paperId: Param = {
  name: 'id',
  in: 'path',
  required: true,
  description:
    'A scheme-prefixed paper id: doi:10.48550%2FarXiv.2204.05862 (percent-encode the slash), arxiv:2204.05862, openalex:W4223908421, or the server id pf:….',
};
const cursor: Param = {
  name: 'cursor',
  in: 'query',
  description: 'The nextCursor of the previous page.',
};
const limit = (max: number, dflt: number): Param => ({
  name: 'limit',
  in: 'query',
  description: `How many items, 1 to ${max} (default ${dflt}).`,
  schema: { type: 'integer', minimum: 1, maximum: max, default: dflt },
});
const kinds: Param = {
  name: 'kinds',
  in: 'query',
  description:
    'Comma-separated node kinds to include: paper, person, institution, topic (default all).',
};
const idParam = (name: string, what: string): Param => ({
  name,
  in: 'path',
  required: true,
  description: what,
});

/**
 * Report, hide and restore for one kind of reader text: the same three
 * operations for reviews and for comments.
 */
function moderation(
  noun: 'review' | 'comment',
  param: string,
  schema: SchemaName,
): Operation[] {
  const path = `/v1/${noun}s/{${param}}`;
  const params = [idParam(param, `A ${noun} id.`)];
  return [
    {
      method: 'post',
      path: `${path}/reports`,
      tag: 'Moderation',
      summary: `Report a ${noun}`,
      auth: 'required',
      params,
      body: 'ReportInput',
      ok: [201, 'ReportResult'],
      errors: [401, 404, 422, 429],
    },
    {
      method: 'post',
      path: `${path}/hide`,
      tag: 'Moderation',
      summary: `Hide a ${noun} (moderators)`,
      auth: 'moderator',
      params,
      ok: [200, schema],
      errors: [401, 403, 404, 429],
    },
    {
      method: 'post',
      path: `${path}/restore`,
      tag: 'Moderation',
      summary: `Restore a hidden ${noun} (moderators)`,
      auth: 'moderator',
      params,
      ok: [200, schema],
      errors: [401, 403, 404, 429],
    },
  ];
}

/** Every operation of the API, in the order the reference page lists them. */
export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/v1/papers/{id}',
    tag: 'Papers',
    summary: 'One paper with counts',
    params: [paperId],
    ok: [200, 'Paper'],
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/v1/papers',
    tag: 'Papers',
    summary: 'Batch lookup',
    description:
      'Papers in the order asked; unknown and malformed ids are listed in notFound.',
    params: [
      {
        name: 'ids',
        in: 'query',
        required: true,
        description: 'Comma-separated paper ids, at most 100.',
      },
    ],
    ok: [200, 'PaperBatch'],
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/papers/{id}/reactions',
    tag: 'Reactions',
    summary: 'Aggregate reactions, and the caller’s own',
    auth: 'optional',
    params: [paperId],
    ok: [200, 'Reactions'],
    errors: [400, 404],
  },
  {
    method: 'put',
    path: '/v1/papers/{id}/reactions/me',
    tag: 'Reactions',
    summary: 'Set the caller’s vote and specific reactions',
    description:
      'Omitted fields keep their value; kinds replaces the whole set.',
    auth: 'required',
    params: [paperId],
    body: 'ReactionUpdate',
    ok: [200, 'Reactions'],
    errors: [400, 401, 404, 413, 422, 429],
  },
  {
    method: 'get',
    path: '/v1/reaction-kinds',
    tag: 'Reactions',
    summary: 'The vocabulary of specific reactions',
    ok: [200, 'ReactionKinds'],
    errors: [],
  },
  {
    method: 'get',
    path: '/v1/me/collections',
    tag: 'Collections',
    summary: 'The caller’s collections',
    auth: 'required',
    ok: [200, 'CollectionList'],
    errors: [401],
  },
  {
    method: 'post',
    path: '/v1/me/collections',
    tag: 'Collections',
    summary: 'New collection',
    auth: 'required',
    body: 'CollectionInput',
    ok: [201, 'Collection'],
    errors: [401, 413, 422, 429],
  },
  {
    method: 'put',
    path: '/v1/me/collections/{cid}/papers/{id}',
    tag: 'Collections',
    summary: 'Save a paper',
    description:
      'The collection id `default` names the caller’s “Saved” collection, created on first use.',
    auth: 'required',
    params: [idParam('cid', 'A collection id, or default.'), paperId],
    ok: [200, 'Collection'],
    errors: [400, 401, 404, 429],
  },
  {
    method: 'delete',
    path: '/v1/me/collections/{cid}/papers/{id}',
    tag: 'Collections',
    summary: 'Unsave a paper',
    auth: 'required',
    params: [idParam('cid', 'A collection id, or default.'), paperId],
    ok: [200, 'Collection'],
    errors: [400, 401, 404, 429],
  },
  {
    method: 'get',
    path: '/v1/papers/{id}/reviews',
    tag: 'Reviews',
    summary: 'Structured reviews, newest first',
    auth: 'optional',
    params: [paperId, cursor, limit(50, 20)],
    ok: [200, 'ReviewPage'],
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/v1/papers/{id}/reviews',
    tag: 'Reviews',
    summary: 'New review',
    auth: 'required',
    params: [paperId],
    description:
      'One review per reader and paper: a second one is refused with 409, and Location names the first. A review needs at least one strength, concern or method question; without one the 422 names strengths, concerns and questions.',
    body: 'ReviewInput',
    ok: [201, 'Review'],
    errors: [400, 401, 404, 409, 413, 422, 429],
  },
  {
    method: 'get',
    path: '/v1/reviews/{rid}',
    tag: 'Reviews',
    summary: 'One review',
    auth: 'optional',
    params: [idParam('rid', 'A review id.')],
    ok: [200, 'Review'],
    errors: [404],
  },
  {
    method: 'patch',
    path: '/v1/reviews/{rid}',
    tag: 'Reviews',
    summary: 'Edit one’s own review',
    description:
      'An edit that would leave no strength, concern or method question is refused with a 422 naming strengths, concerns and questions.',
    auth: 'required',
    params: [idParam('rid', 'A review id.')],
    body: 'ReviewPatch',
    ok: [200, 'Review'],
    errors: [401, 403, 404, 413, 422, 429],
  },
  {
    method: 'delete',
    path: '/v1/reviews/{rid}',
    tag: 'Reviews',
    summary: 'Delete one’s own review',
    auth: 'required',
    params: [idParam('rid', 'A review id.')],
    ok: [204, null],
    errors: [401, 403, 404, 429],
  },
  {
    method: 'put',
    path: '/v1/reviews/{rid}/helpful',
    tag: 'Reviews',
    summary: 'Mark a review helpful',
    description:
      'One mark per reader; repeating it changes nothing. Authors cannot mark their own review (403).',
    auth: 'required',
    params: [idParam('rid', 'A review id.')],
    ok: [200, 'Review'],
    errors: [401, 403, 404, 429],
  },
  {
    method: 'delete',
    path: '/v1/reviews/{rid}/helpful',
    tag: 'Reviews',
    summary: 'Take back a helpful mark',
    auth: 'required',
    params: [idParam('rid', 'A review id.')],
    ok: [200, 'Review'],
    errors: [401, 403, 404, 429],
  },
  ...moderation('review', 'rid', 'Review'),
  {
    method: 'get',
    path: '/v1/papers/{id}/comments',
    tag: 'Discussion',
    summary: 'Comments, oldest first, with their replies',
    description:
      "A hidden comment is seen by its author and moderators only. When it has replies the caller may read, everyone else gets it as a placeholder (placeholder: true, hidden: true, body '', author { id: 'hidden', name: '' }) holding those replies. counts.comments counts what everyone can read: placeholders are not counted, their visible replies are.",
    auth: 'optional',
    params: [paperId, cursor, limit(50, 20)],
    ok: [200, 'CommentPage'],
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/v1/papers/{id}/comments',
    tag: 'Discussion',
    summary: 'New comment or reply',
    description:
      'Set parentId to reply to a top-level comment; replies are one level deep. A reply to a missing, deleted or nested comment is refused with 422, to a hidden one with 409; both name parentId.',
    auth: 'required',
    params: [paperId],
    body: 'CommentInput',
    ok: [201, 'Comment'],
    errors: [400, 401, 404, 409, 413, 422, 429],
  },
  {
    method: 'get',
    path: '/v1/comments/{cid}',
    tag: 'Discussion',
    summary: 'One comment',
    description:
      'A hidden comment that has replies the caller may read comes as the same placeholder the list shows.',
    auth: 'optional',
    params: [idParam('cid', 'A comment id.')],
    ok: [200, 'Comment'],
    errors: [404],
  },
  {
    method: 'patch',
    path: '/v1/comments/{cid}',
    tag: 'Discussion',
    summary: 'Edit one’s own comment',
    auth: 'required',
    params: [idParam('cid', 'A comment id.')],
    body: 'CommentPatch',
    ok: [200, 'Comment'],
    errors: [401, 403, 404, 413, 422, 429],
  },
  {
    method: 'delete',
    path: '/v1/comments/{cid}',
    tag: 'Discussion',
    summary: 'Delete one’s own comment and its replies',
    auth: 'required',
    params: [idParam('cid', 'A comment id.')],
    ok: [204, null],
    errors: [401, 403, 404, 429],
  },
  ...moderation('comment', 'cid', 'Comment'),
  {
    method: 'get',
    path: '/v1/papers/{id}/graph',
    tag: 'Research map',
    summary: 'Nodes and edges around a paper',
    description:
      'Papers it cites, papers citing it, related papers, its authors, their institutions and its topics. truncated is true when limit cut nodes.',
    params: [paperId, kinds, limit(500, 100)],
    ok: [200, 'Graph'],
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/v1/nodes/{nodeId}/graph',
    tag: 'Research map',
    summary: 'Expand one node',
    description:
      'Node ids look like paper:pf:w4223908421, person:yuntao-bai, institution:anthropic, topic:reinforcement-learning.',
    params: [
      idParam('nodeId', 'A node id from a graph.'),
      kinds,
      limit(500, 100),
    ],
    ok: [200, 'Graph'],
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/v1/session',
    tag: 'Accounts',
    summary: 'Who the caller is',
    description: 'user is null for an anonymous caller or an expired token.',
    auth: 'optional',
    ok: [200, 'Session'],
    errors: [],
  },
  {
    method: 'post',
    path: '/v1/auth/register',
    tag: 'Accounts',
    summary: 'Create an account and sign in',
    body: 'RegisterInput',
    ok: [201, 'AuthResult'],
    errors: [400, 409, 413, 422, 429],
  },
  {
    method: 'post',
    path: '/v1/auth/login',
    tag: 'Accounts',
    summary: 'Sign in',
    body: 'LoginInput',
    ok: [200, 'AuthResult'],
    errors: [400, 401, 413, 422, 429],
  },
  {
    method: 'post',
    path: '/v1/auth/logout',
    tag: 'Accounts',
    summary: 'Revoke the caller’s token',
    auth: 'required',
    ok: [204, null],
    errors: [401],
  },
];

const STATUS_TEXT: Record<number, string> = {
  400: 'Malformed request',
  401: 'Sign-in required',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Body too large',
  422: 'A field is invalid; errors names it',
  429: 'Rate limited; see Retry-After',
};

let cached: Record<string, unknown> | undefined;

/** The OpenAPI 3.1 document, generated from the contract's schemas. */
export function openApiDocument(): Record<string, unknown> {
  if (cached) return cached;
  const defs = toJsonSchemaDefs(SCHEMAS, {
    target: 'draft-2020-12',
    errorMode: 'ignore',
  });
  const schemas = JSON.parse(
    JSON.stringify(defs).replaceAll('"#/$defs/', '"#/components/schemas/'),
  ) as Record<string, Record<string, unknown>>;
  for (const schema of Object.values(schemas)) delete schema.$schema;

  const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const responses: Record<string, unknown> = {
      [op.ok[0]]: op.ok[1]
        ? {
            description: 'OK',
            content: { 'application/json': { schema: ref(op.ok[1]) } },
          }
        : { description: 'Done; no body' },
    };
    for (const status of op.errors) {
      responses[status] = {
        description: STATUS_TEXT[status] ?? 'Error',
        content: { 'application/problem+json': { schema: ref('Problem') } },
      };
    }
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      operationId: `${op.method}${op.path
        .replace(/[{}]/g, '')
        .replace(/\/(\w)/g, (_, ch: string) => ch.toUpperCase())
        .replace(/[^A-Za-z0-9]/g, '')}`,
      ...(op.params
        ? {
            parameters: op.params.map((p) => ({
              name: p.name,
              in: p.in,
              required: p.required ?? false,
              description: p.description,
              schema: p.schema ?? { type: 'string' },
            })),
          }
        : {}),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: ref(op.body) } },
            },
          }
        : {}),
      ...(op.auth === 'optional'
        ? { security: [{}, { bearer: [] }] }
        : op.auth
          ? { security: [{ bearer: [] }] }
          : {}),
      responses,
    };
  }

  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Paperframe REST API',
      version: '1.0.0',
      description:
        'The contract Paperframe elements speak. Errors are RFC 9457 problem documents; lists are cursor-paginated; reads send ETag and Cache-Control. Text in a request body must be valid Unicode without NUL: a NUL character or a lone surrogate (U+D800 to U+DFFF) anywhere in it gets a 422 naming the field.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A token from /v1/auth/login, /v1/auth/register or the /auth/popup page.',
        },
      },
    },
  };
  return cached;
}
