// The authorization matrix: every write endpoint of the contract, who may
// call it, and how to set up, call and clean up one cell of the matrix.
import type { Reply } from './http.js';

/** Who makes the call in one cell of the matrix. */
export type Role =
  | 'anonymous'
  | 'author'
  | 'other'
  | 'moderator'
  | 'expired'
  | 'revoked';

/** Every caller the matrix tries, in the order it prints them. */
/**
 * Report (any signed-in reader), hide and restore (moderators only) for one
 * kind of reader text, checking that hiding and restoring change what an
 * anonymous reader sees.
 */
function moderationCases(
  noun: 'review' | 'comment',
  param: string,
  author: (ctx: MatrixContext) => Promise<string>,
  remove: (ctx: MatrixContext, id: string) => Promise<void>,
): WriteCase<string>[] {
  const base = `/v1/${noun}s`;
  const shown = async (ctx: MatrixContext, id: string, expected: boolean) =>
    (await visibleToAnonymous(ctx, `${base}/${id}`)) === expected
      ? null
      : `the ${noun} is in the wrong state`;
  const cleanup = (ctx: MatrixContext, id: string) => remove(ctx, id);

  return [
    {
      method: 'POST',
      path: `${base}/{${param}}/reports`,
      allowed: SIGNED_IN,
      setup: author,
      act: (ctx, id, token) =>
        ctx.call('POST', `${base}/${id}/reports`, token, {
          reason: 'Matrix report.',
        }),
      cleanup,
    },
    {
      method: 'POST',
      path: `${base}/{${param}}/hide`,
      allowed: ['moderator'],
      setup: author,
      act: (ctx, id, token) => ctx.call('POST', `${base}/${id}/hide`, token),
      verify: (ctx, id, succeeded) => shown(ctx, id, !succeeded),
      cleanup,
    },
    {
      method: 'POST',
      path: `${base}/{${param}}/restore`,
      allowed: ['moderator'],
      setup: async (ctx) => {
        const id = await author(ctx);
        await ctx.call('POST', `${base}/${id}/hide`, ctx.token('moderator'));
        return id;
      },
      act: (ctx, id, token) => ctx.call('POST', `${base}/${id}/restore`, token),
      verify: (ctx, id, succeeded) => shown(ctx, id, succeeded),
      cleanup,
    },
  ];
}

export const ROLES: Role[] = [
  'anonymous',
  'author',
  'other',
  'moderator',
  'expired',
  'revoked',
];

/** What a matrix cell can use: the backend, tokens and known papers. */
export interface MatrixContext {
  call(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
  ): Promise<Reply>;
  /** The long-lived token of a signed-in role (author, other, moderator). */
  token(role: 'author' | 'other' | 'moderator'): string;
  /** A new token for a role, for calls that end the session. */
  freshToken(role: 'author' | 'other' | 'moderator'): Promise<string>;
  /** Sign-in details of the `other` reader. */
  otherLogin: { email: string; password: string };
  /** Papers on the backend: A carries the author's items, B takes new reviews. */
  papers: { a: string; b: string; c: string };
  /** A string no earlier call used. */
  unique(): string;
}

/** One write endpoint and the roles allowed to call it. */
export interface WriteCase<S = unknown> {
  method: string;
  path: string;
  allowed: Role[];
  setup?(ctx: MatrixContext): Promise<S>;
  /** Makes the call as `role` with `token` (undefined when anonymous). */
  act(
    ctx: MatrixContext,
    state: S,
    token: string | undefined,
    role: Role,
  ): Promise<Reply>;
  /** Checks the effect: present when allowed, absent when refused. */
  verify?(
    ctx: MatrixContext,
    state: S,
    succeeded: boolean,
  ): Promise<string | null>;
  cleanup?(
    ctx: MatrixContext,
    state: S,
    reply: Reply,
    token: string | undefined,
  ): Promise<void>;
}

const SIGNED_IN: Role[] = ['author', 'other', 'moderator'];
const EVERYONE: Role[] = ROLES;

const id = (reply: Reply, what: string): string => {
  const value = (reply.json as { id?: unknown } | undefined)?.id;
  if (typeof value !== 'string') {
    throw new Error(`${what} failed: ${reply.status} ${reply.text}`);
  }
  return value;
};

const enc = encodeURIComponent;

async function authorReview(ctx: MatrixContext): Promise<string> {
  const reply = await ctx.call(
    'POST',
    `/v1/papers/${enc(ctx.papers.a)}/reviews`,
    ctx.token('author'),
    { summary: 'Original summary.', strengths: ['Clear'] },
  );
  return id(reply, 'Writing the author’s review');
}

async function removeReview(ctx: MatrixContext, rid: string): Promise<void> {
  await ctx.call('DELETE', `/v1/reviews/${rid}`, ctx.token('author'));
}

async function authorComment(ctx: MatrixContext): Promise<string> {
  const reply = await ctx.call(
    'POST',
    `/v1/papers/${enc(ctx.papers.c)}/comments`,
    ctx.token('author'),
    { kind: 'note', body: 'Original comment.' },
  );
  return id(reply, 'Writing the author’s comment');
}

async function removeComment(ctx: MatrixContext, cid: string): Promise<void> {
  await ctx.call('DELETE', `/v1/comments/${cid}`, ctx.token('author'));
}

const visibleToAnonymous = async (ctx: MatrixContext, path: string) =>
  (await ctx.call('GET', path)).status === 200;

/** Every write endpoint of the contract, with its allowed callers. */
export const WRITE_CASES: WriteCase<never>[] = [
  {
    method: 'PUT',
    path: '/v1/papers/{id}/reactions/me',
    allowed: SIGNED_IN,
    act: (ctx, _s, token) =>
      ctx.call('PUT', `/v1/papers/${enc(ctx.papers.a)}/reactions/me`, token, {
        vote: 'like',
      }),
    cleanup: async (ctx, _s, reply, token) => {
      if (reply.status === 200) {
        await ctx.call(
          'PUT',
          `/v1/papers/${enc(ctx.papers.a)}/reactions/me`,
          token,
          { vote: 'none' },
        );
      }
    },
  },
  {
    method: 'POST',
    path: '/v1/me/collections',
    allowed: SIGNED_IN,
    act: (ctx, _s, token) =>
      ctx.call('POST', '/v1/me/collections', token, { name: 'Matrix' }),
  },
  {
    method: 'PUT',
    path: '/v1/me/collections/{cid}/papers/{id}',
    allowed: ['author'],
    setup: async (ctx) =>
      id(
        await ctx.call('POST', '/v1/me/collections', ctx.token('author'), {
          name: 'Author’s list',
        }),
        'Creating a collection',
      ),
    act: (ctx, cid: string, token) =>
      ctx.call(
        'PUT',
        `/v1/me/collections/${cid}/papers/${enc(ctx.papers.a)}`,
        token,
      ),
  } as WriteCase<string>,
  {
    method: 'DELETE',
    path: '/v1/me/collections/{cid}/papers/{id}',
    allowed: ['author'],
    setup: async (ctx) => {
      const cid = id(
        await ctx.call('POST', '/v1/me/collections', ctx.token('author'), {
          name: 'Author’s list',
        }),
        'Creating a collection',
      );
      await ctx.call(
        'PUT',
        `/v1/me/collections/${cid}/papers/${enc(ctx.papers.a)}`,
        ctx.token('author'),
      );
      return cid;
    },
    act: (ctx, cid: string, token) =>
      ctx.call(
        'DELETE',
        `/v1/me/collections/${cid}/papers/${enc(ctx.papers.a)}`,
        token,
      ),
  } as WriteCase<string>,
  {
    method: 'POST',
    path: '/v1/papers/{id}/reviews',
    allowed: SIGNED_IN,
    act: (ctx, _s, token) =>
      ctx.call('POST', `/v1/papers/${enc(ctx.papers.b)}/reviews`, token, {
        summary: 'A review from the matrix.',
        strengths: ['Clear'],
      }),
    cleanup: async (ctx, _s, reply, token) => {
      if (reply.status === 201) {
        await ctx.call('DELETE', `/v1/reviews/${id(reply, 'review')}`, token);
      }
    },
  },
  {
    method: 'PATCH',
    path: '/v1/reviews/{rid}',
    allowed: ['author'],
    setup: authorReview,
    act: (ctx, rid: string, token) =>
      ctx.call('PATCH', `/v1/reviews/${rid}`, token, { summary: 'Changed.' }),
    verify: async (ctx, rid: string, succeeded) => {
      const now = await ctx.call('GET', `/v1/reviews/${rid}`);
      const summary = (now.json as { summary?: string }).summary;
      return (summary === 'Changed.') === succeeded
        ? null
        : `summary is "${summary}"`;
    },
    cleanup: (ctx, rid: string) => removeReview(ctx, rid),
  } as WriteCase<string>,
  {
    method: 'DELETE',
    path: '/v1/reviews/{rid}',
    allowed: ['author', 'moderator'],
    setup: authorReview,
    act: (ctx, rid: string, token) =>
      ctx.call('DELETE', `/v1/reviews/${rid}`, token),
    verify: async (ctx, rid: string, succeeded) =>
      (await visibleToAnonymous(ctx, `/v1/reviews/${rid}`)) === !succeeded
        ? null
        : 'the review is in the wrong state',
    cleanup: (ctx, rid: string) => removeReview(ctx, rid),
  } as WriteCase<string>,
  {
    method: 'PUT',
    path: '/v1/reviews/{rid}/helpful',
    allowed: ['other', 'moderator'],
    setup: authorReview,
    act: (ctx, rid: string, token) =>
      ctx.call('PUT', `/v1/reviews/${rid}/helpful`, token),
    verify: async (ctx, rid: string, succeeded) => {
      const now = await ctx.call('GET', `/v1/reviews/${rid}`);
      const helpful = (now.json as { helpful?: number }).helpful;
      return helpful === (succeeded ? 1 : 0) ? null : `helpful is ${helpful}`;
    },
    cleanup: (ctx, rid: string) => removeReview(ctx, rid),
  } as WriteCase<string>,
  {
    method: 'DELETE',
    path: '/v1/reviews/{rid}/helpful',
    allowed: ['other', 'moderator'],
    setup: async (ctx) => {
      const rid = await authorReview(ctx);
      await ctx.call('PUT', `/v1/reviews/${rid}/helpful`, ctx.token('other'));
      return rid;
    },
    act: (ctx, rid: string, token) =>
      ctx.call('DELETE', `/v1/reviews/${rid}/helpful`, token),
    cleanup: (ctx, rid: string) => removeReview(ctx, rid),
  } as WriteCase<string>,
  ...moderationCases('review', 'rid', authorReview, removeReview),
  {
    method: 'POST',
    path: '/v1/papers/{id}/comments',
    allowed: SIGNED_IN,
    act: (ctx, _s, token) =>
      ctx.call('POST', `/v1/papers/${enc(ctx.papers.c)}/comments`, token, {
        kind: 'note',
        body: 'A comment from the matrix.',
      }),
    cleanup: async (ctx, _s, reply, token) => {
      if (reply.status === 201) {
        await ctx.call('DELETE', `/v1/comments/${id(reply, 'comment')}`, token);
      }
    },
  },
  {
    method: 'PATCH',
    path: '/v1/comments/{cid}',
    allowed: ['author'],
    setup: authorComment,
    act: (ctx, cid: string, token) =>
      ctx.call('PATCH', `/v1/comments/${cid}`, token, { body: 'Changed.' }),
    verify: async (ctx, cid: string, succeeded) => {
      const now = await ctx.call('GET', `/v1/comments/${cid}`);
      const body = (now.json as { body?: string }).body;
      return (body === 'Changed.') === succeeded ? null : `body is "${body}"`;
    },
    cleanup: (ctx, cid: string) => removeComment(ctx, cid),
  } as WriteCase<string>,
  {
    method: 'DELETE',
    path: '/v1/comments/{cid}',
    allowed: ['author', 'moderator'],
    setup: authorComment,
    act: (ctx, cid: string, token) =>
      ctx.call('DELETE', `/v1/comments/${cid}`, token),
    verify: async (ctx, cid: string, succeeded) =>
      (await visibleToAnonymous(ctx, `/v1/comments/${cid}`)) === !succeeded
        ? null
        : 'the comment is in the wrong state',
    cleanup: (ctx, cid: string) => removeComment(ctx, cid),
  } as WriteCase<string>,
  ...moderationCases('comment', 'cid', authorComment, removeComment),
  {
    method: 'POST',
    path: '/v1/auth/logout',
    allowed: SIGNED_IN,
    // Signing out ends the session, so signed-in roles use a fresh token.
    act: async (ctx, _s, token, role) => {
      const own =
        role === 'author' || role === 'other' || role === 'moderator'
          ? await ctx.freshToken(role)
          : token;
      const reply = await ctx.call('POST', '/v1/auth/logout', own);
      if (own && reply.status < 300) {
        const after = await ctx.call('GET', '/v1/session', own);
        if ((after.json as { user?: unknown }).user !== null) {
          throw new Error('The token still works after signing out.');
        }
      }
      return reply;
    },
  },
  {
    method: 'POST',
    path: '/v1/auth/register',
    allowed: EVERYONE,
    act: (ctx, _s, token) =>
      ctx.call('POST', '/v1/auth/register', token, {
        email: `matrix-${ctx.unique()}@example.org`,
        password: 'matrix password',
        name: 'Matrix reader',
      }),
  },
  {
    method: 'POST',
    path: '/v1/auth/login',
    allowed: EVERYONE,
    act: (ctx, _s, token) =>
      ctx.call('POST', '/v1/auth/login', token, ctx.otherLogin),
  },
] as WriteCase<never>[];
