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
