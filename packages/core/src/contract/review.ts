import * as v from 'valibot';
import { Id, Timestamp } from './primitives.js';
import { UserRef } from './users.js';

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
