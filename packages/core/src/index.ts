export { Auth, auth } from './auth/auth.js';
export type { SignInResult, UserState } from './auth/auth.js';
export { AuthMessage } from './auth/popup.js';
export type { TokenStorage } from './auth/token-storage.js';
export { createClient } from './client/client.js';
export type {
  ClientOptions,
  PaperframeClient,
  RequestOptions,
  TokenSource,
} from './client/client.js';
export { isPaperframeError, PaperframeError } from './client/errors.js';
export type {
  PaperframeErrorInit,
  PaperframeErrorKind,
} from './client/errors.js';
export { parseRetryAfter, readProblem } from './client/problem.js';
export {
  DEFAULT_API,
  firstFilled,
  getGlobalConfig,
  normalizeApi,
  resolveApi,
  setGlobalConfig,
} from './config.js';
export type { GlobalConfig } from './config.js';
export type {
  Author,
  AuthResult,
  Collection,
  Comment,
  CommentKind,
  Graph,
  GraphEdge,
  GraphNode,
  NamedRef,
  Page,
  Paper,
  PaperBatch,
  Problem,
  ReactionInput,
  ReactionKind,
  Reactions,
  Review,
  SessionInfo,
  User,
  Vote,
} from './contract/types.js';
export { DEV, reportOnce, warnOnce } from './dev.js';
export { createBatcher } from './stores/batch.js';
export type { BatcherOptions, BatchFetcher } from './stores/batch.js';
export {
  graphStore,
  mergeGraphs,
  paperGraph,
  restGraphSource,
} from './stores/graph.js';
export type {
  GraphSliceOptions,
  GraphSource,
  GraphStore,
} from './stores/graph.js';
export { collections } from './stores/collections.js';
export type { CollectionsStore } from './stores/collections.js';
export { createPaperLoader, PAPER_BATCH_SIZE } from './stores/paper.js';
export { reactionKinds, reactions } from './stores/reactions.js';
export type { ReactionsStore } from './stores/reactions.js';
export {
  INVALID_ID,
  missingPaper,
  NOT_FOUND,
  resourceStore,
  settled,
} from './stores/resource.js';
export type {
  NotFoundReason,
  ResourceLoader,
  ResourceState,
  ResourceStore,
  ResourceStoreOptions,
} from './stores/resource.js';
export { getSession, Session } from './stores/session.js';
export type { SessionOptions, TokenProvider } from './stores/session.js';
export { comments, COMMENTS_PAGE_SIZE } from './stores/comments.js';
export type { CommentFields, CommentsStore } from './stores/comments.js';
export { adoptDraft, draft, draftStorageKey } from './stores/drafts.js';
export type { DraftForm, DraftKey, DraftStore } from './stores/drafts.js';
export { pagedList } from './stores/paged-list.js';
export type { PagedList, PagedState, PageLoader } from './stores/paged-list.js';
export {
  bumpCount,
  REVIEWS_PAGE_SIZE,
  reviews,
  syncCounts,
} from './stores/reviews.js';
export type { ReviewFields, ReviewsStore, Writer } from './stores/reviews.js';
