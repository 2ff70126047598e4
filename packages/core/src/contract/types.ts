import type * as v from 'valibot';
import type * as s from './schemas.js';

export type Paper = v.InferOutput<typeof s.Paper>;
export type PaperBatch = v.InferOutput<typeof s.PaperBatch>;
export type Author = v.InferOutput<typeof s.Author>;
export type NamedRef = v.InferOutput<typeof s.NamedRef>;
export type Problem = v.InferOutput<typeof s.Problem>;
export type Vote = v.InferOutput<typeof s.Vote>;
export type Reactions = v.InferOutput<typeof s.Reactions>;
export type ReactionInput = v.InferOutput<typeof s.ReactionInput>;
export type ReactionKind = v.InferOutput<typeof s.ReactionKind>;
export type Collection = v.InferOutput<typeof s.Collection>;
export type User = v.InferOutput<typeof s.User>;
export type Review = v.InferOutput<typeof s.Review>;
export type CommentKind = v.InferOutput<typeof s.CommentKind>;
export type Comment = s.CommentShape;
export type GraphNode = v.InferOutput<typeof s.GraphNode>;
export type GraphEdge = v.InferOutput<typeof s.GraphEdge>;
export type Graph = v.InferOutput<typeof s.Graph>;
export type SessionInfo = v.InferOutput<typeof s.Session>;
export type AuthResult = v.InferOutput<typeof s.AuthResult>;

/** A cursor-paginated list of `T`. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
