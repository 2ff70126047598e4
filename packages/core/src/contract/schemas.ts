/**
 * The REST contract's resource shapes, written once. The server validates its
 * requests and generates `/openapi.json` from these; the client validates
 * responses against them at the boundary. One module per resource, so a page
 * that shows only cards ships only the paper's schema.
 */
export {
  CommentKind,
  Comment,
  type CommentShape,
} from './comment.js';
export { EdgeKind, Graph, GraphEdge, GraphNode, NodeKind } from './graph.js';
export { Author, NamedRef, Paper, PaperBatch, PaperCounts } from './paper.js';
export { page } from './primitives.js';
export { Problem } from './problem.js';
export {
  Collection,
  ReactionInput,
  ReactionKind,
  ReactionKinds,
  Reactions,
  Vote,
} from './reactions.js';
export { Review } from './review.js';
export { AuthResult, Session, User, UserRef } from './users.js';
