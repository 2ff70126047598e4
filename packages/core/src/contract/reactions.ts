import * as v from 'valibot';
import { Id, Timestamp } from './primitives.js';

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
