import * as v from 'valibot';

/**
 * The REST contract's resource shapes, written once. The server validates its
 * requests and generates `/openapi.json` from these; the client validates
 * responses against them at the boundary.
 */

const Id = v.pipe(v.string(), v.minLength(1));
const Timestamp = v.pipe(v.string(), v.isoTimestamp());

/** A named thing the paper links to: an institution, a topic. */
export const NamedRef = v.object({ id: Id, name: v.string() });

/** One author of a paper, in byline order. */
export const Author = v.object({
  id: Id,
  name: v.string(),
  institutions: v.array(NamedRef),
});

/** Counts shown on the card and kept in step with the rows they count. */
export const PaperCounts = v.object({
  citations: v.number(),
  reviews: v.number(),
  comments: v.number(),
  saves: v.number(),
  likes: v.number(),
  dislikes: v.number(),
});

/** One paper with everything the card shows. */
export const Paper = v.object({
  id: Id,
  ids: v.object({
    doi: v.nullable(v.string()),
    arxiv: v.nullable(v.string()),
    openalex: v.nullable(v.string()),
  }),
  title: v.string(),
  abstract: v.nullable(v.string()),
  type: v.nullable(v.string()),
  year: v.nullable(v.number()),
  venue: v.nullable(v.string()),
  openAccess: v.object({ isOa: v.boolean(), url: v.nullable(v.string()) }),
  landingUrl: v.nullable(v.string()),
  authors: v.array(Author),
  institutions: v.array(NamedRef),
  topics: v.array(NamedRef),
  codeLinks: v.array(v.string()),
  datasetLinks: v.array(v.string()),
  counts: PaperCounts,
});

/** The answer to a batch lookup: papers in the order asked, and ids not found. */
export const PaperBatch = v.object({
  items: v.array(Paper),
  notFound: v.array(v.string()),
  /** Ids among `notFound` that are not well-formed paper ids at all. */
  invalid: v.optional(v.array(v.string())),
});

/** An RFC 9457 problem document. */
export const Problem = v.looseObject({
  type: v.optional(v.string()),
  title: v.string(),
  status: v.number(),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  /** For 422: the fields that failed and why. */
  errors: v.optional(
    v.array(v.object({ field: v.string(), message: v.string() })),
  ),
});

export const Vote = v.picklist(['like', 'dislike', 'none']);

/** Aggregate reactions, plus the caller's own when signed in. */
export const Reactions = v.object({
  counts: v.object({
    likes: v.number(),
    dislikes: v.number(),
    saves: v.number(),
    kinds: v.record(v.string(), v.number()),
  }),
  mine: v.nullable(
    v.object({
      vote: Vote,
      kinds: v.array(v.string()),
      collections: v.array(v.string()),
    }),
  ),
});

/** Body of `PUT /v1/papers/{id}/reactions/me`. */
export const ReactionInput = v.object({
  vote: v.optional(Vote),
  kinds: v.optional(v.array(v.string())),
});

/** One entry of the specific-reaction vocabulary. */
export const ReactionKind = v.object({
  id: Id,
  label: v.string(),
  description: v.optional(v.string()),
});

export const ReactionKinds = v.object({ items: v.array(ReactionKind) });

/** A reader's named set of saved papers. */
export const Collection = v.object({
  id: Id,
  name: v.string(),
  paperIds: v.array(v.string()),
  createdAt: Timestamp,
});

export const User = v.object({
  id: Id,
  name: v.string(),
  role: v.optional(v.picklist(['user', 'moderator'])),
});

export const UserRef = v.object({ id: Id, name: v.string() });

/** A structured review written from the template. */
export const Review = v.object({
  id: Id,
  paperId: v.string(),
  author: UserRef,
  summary: v.string(),
  strengths: v.array(v.string()),
  concerns: v.array(v.string()),
  questions: v.array(v.string()),
  rating: v.nullable(v.number()),
  confidence: v.nullable(v.number()),
  helpful: v.number(),
  /** Whether the caller marked it helpful; absent for anonymous callers. */
  helpfulByMe: v.optional(v.boolean()),
  /** Hidden by a moderator; only its author and moderators still see it. */
  hidden: v.optional(v.boolean()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const CommentKind = v.picklist(['note', 'caveat', 'replication']);

/** A discussion comment; replies are one level deep. */
export interface CommentShape {
  id: string;
  paperId: string;
  author: { id: string; name: string };
  kind: 'note' | 'caveat' | 'replication';
  body: string;
  parentId: string | null;
  /** Hidden by a moderator; only its author and moderators still see it. */
  hidden?: boolean;
  replies: CommentShape[];
  createdAt: string;
  updatedAt: string;
}

export const Comment: v.GenericSchema<CommentShape> = v.object({
  id: Id,
  paperId: v.string(),
  author: UserRef,
  kind: CommentKind,
  body: v.string(),
  parentId: v.nullable(v.string()),
  hidden: v.optional(v.boolean()),
  replies: v.array(v.lazy(() => Comment)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const NodeKind = v.picklist(['paper', 'person', 'institution', 'topic']);
export const EdgeKind = v.picklist([
  'cites',
  'related',
  'authored',
  'affiliated',
  'about',
]);

export const GraphNode = v.object({
  id: Id,
  kind: NodeKind,
  label: v.string(),
  year: v.optional(v.nullable(v.number())),
  weight: v.optional(v.nullable(v.number())),
});

export const GraphEdge = v.object({
  id: Id,
  source: v.string(),
  target: v.string(),
  kind: EdgeKind,
});

/** Nodes and edges around a paper or node. */
export const Graph = v.object({
  nodes: v.array(GraphNode),
  edges: v.array(GraphEdge),
  truncated: v.boolean(),
  /** Nodes in the whole neighbourhood, centre included, before any limit. */
  total: v.optional(v.number()),
});

/** Who the caller is; `user` is null for an anonymous caller. */
export const Session = v.object({ user: v.nullable(User) });

/** Answer to register and login. */
export const AuthResult = v.object({ token: v.string(), user: User });

/** A cursor-paginated list. */
export function page<T extends v.GenericSchema>(item: T) {
  return v.object({ items: v.array(item), nextCursor: v.nullable(v.string()) });
}
