import * as v from 'valibot';
import { Id, Timestamp } from './primitives.js';
import { UserRef } from './users.js';

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
  /**
   * True on a hidden comment shown only to hold its visible replies: its
   * body is empty and its author is `{ id: 'hidden', name: '' }`.
   */
  placeholder?: boolean;
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
  placeholder: v.optional(
    v.pipe(
      v.boolean(),
      v.description(
        "True on a hidden comment listed only to hold its visible replies: body is empty and author is { id: 'hidden', name: '' }.",
      ),
    ),
  ),
  replies: v.array(v.lazy(() => Comment)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
