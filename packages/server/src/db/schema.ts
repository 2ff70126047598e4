import type { Generated } from 'kysely';

/** Rows of the `papers` table; `id` is the server's own `pf:` id. */
export interface PaperRow {
  id: string;
  source_id: string;
  doi: string | null;
  arxiv: string | null;
  openalex: string | null;
  title: string;
  abstract: string | null;
  type: string | null;
  year: number | null;
  venue: string | null;
  is_oa: number;
  oa_url: string | null;
  landing_url: string | null;
  code_links: string;
  dataset_links: string;
  citations_reported: number | null;
  updated_at: string;
}

/** One author slot of a paper, in byline order. */
export interface AuthorshipRow {
  paper_id: string;
  position: number;
  person_id: string;
  name: string;
  institution_ids: string;
}

/** A person, a topic or an institution: a slug id and a display name. */
export interface NamedRow {
  id: string;
  name: string;
}

/** A topic attached to a paper. */
export interface PaperTopicRow {
  paper_id: string;
  topic_id: string;
  position: number;
}

/** A citation or related-work link between two source ids. */
export interface LinkRow {
  source_id: string;
  target_id: string;
}

/** A reader account. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  role: string;
  external_subject: string | null;
  created_at: string;
}

/** A bearer token, stored as its SHA-256. */
export interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/** A reader's like or dislike. */
export interface VoteRow {
  user_id: string;
  paper_id: string;
  vote: string;
  updated_at: string;
}

/** A specific reaction a reader gave a paper. */
export interface ReactionMarkRow {
  user_id: string;
  paper_id: string;
  kind: string;
}

/** An entry of the specific-reaction vocabulary. */
export interface ReactionKindRow {
  id: string;
  label: string;
  description: string | null;
  position: number;
}

/** A reader's named collection. */
export interface CollectionRow {
  id: string;
  user_id: string;
  name: string;
  created_at: string;
}

/** A paper saved into a collection. */
export interface CollectionPaperRow {
  collection_id: string;
  paper_id: string;
  created_at: string;
}

/** A structured review; list fields are JSON arrays of strings. */
export interface ReviewRow {
  id: string;
  paper_id: string;
  user_id: string;
  summary: string;
  strengths: string;
  concerns: string;
  questions: string;
  rating: number | null;
  confidence: number | null;
  /** Unused: the helpful count comes from `review_helpful` rows. */
  helpful: number;
  hidden: number;
  created_at: string;
  updated_at: string;
}

/** One reader's "helpful" mark on a review. */
export interface ReviewHelpfulRow {
  review_id: string;
  user_id: string;
  created_at: string;
}

/** A discussion comment or reply. */
export interface CommentRow {
  id: string;
  paper_id: string;
  user_id: string;
  kind: string;
  body: string;
  parent_id: string | null;
  hidden: number;
  created_at: string;
  updated_at: string;
}

/** A reader's report of a review or comment. */
export interface ReportRow {
  id: string;
  target_type: string;
  target_id: string;
  user_id: string;
  reason: string;
  created_at: string;
}

/** A fixed-window request counter. */
export interface RateLimitRow {
  key: string;
  window_start: number;
  count: Generated<number>;
}

/**
 * A paper's counts as the read shows them, kept equal to the rows they count
 * by every write that changes those rows. `version` goes up with each such
 * write.
 */
export interface PaperCountsRow {
  paper_id: string;
  citations: Generated<number>;
  reviews: Generated<number>;
  comments: Generated<number>;
  saves: Generated<number>;
  likes: Generated<number>;
  dislikes: Generated<number>;
  version: Generated<number>;
}

/**
 * A paper's document without its counts, as JSON text written at import,
 * and a hash of that text for the ETag.
 */
export interface PaperDocumentRow {
  paper_id: string;
  body: string;
  hash: string;
}

/** The whole database, as Kysely sees it. */
export interface DatabaseSchema {
  papers: PaperRow;
  authorships: AuthorshipRow;
  people: NamedRow;
  institutions: NamedRow;
  topics: NamedRow;
  paper_topics: PaperTopicRow;
  citations: LinkRow;
  related_works: LinkRow;
  users: UserRow;
  sessions: SessionRow;
  votes: VoteRow;
  reaction_marks: ReactionMarkRow;
  reaction_kinds: ReactionKindRow;
  collections: CollectionRow;
  collection_papers: CollectionPaperRow;
  reviews: ReviewRow;
  review_helpful: ReviewHelpfulRow;
  comments: CommentRow;
  reports: ReportRow;
  rate_limits: RateLimitRow;
  paper_counts: PaperCountsRow;
  paper_documents: PaperDocumentRow;
}
