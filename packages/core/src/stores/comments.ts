import { ReportResult } from '../contract/inputs.js';
import { Comment as CommentSchema, page } from '../contract/schemas.js';
import type { Comment, CommentKind } from '../contract/types.js';
import { type PagedList, pagedList } from './paged-list.js';
import { INVALID_ID, missingPaper, NOT_FOUND } from './resource.js';
import { bumpCount, syncCounts, type Writer } from './reviews.js';
import type { Session } from './session.js';

/** The fields a reader writes in the comment form. */
export interface CommentFields {
  kind: CommentKind;
  body: string;
}

/** Top-level comments shown per page; replies come with their comment. */
export const COMMENTS_PAGE_SIZE = 20;

const CommentPage = page(CommentSchema);

/**
 * The discussion of one paper, oldest first, with one level of replies and
 * optimistic writes that roll back when the server refuses them.
 */
export interface CommentsStore extends Omit<PagedList<Comment>, 'update'> {
  /** The list's state. */
  readonly $state: PagedList<Comment>['$state'];

  /**
   * Posts a comment, or a reply when `parentId` is given. It shows at once
   * and the paper's comment count goes up; both are undone on failure.
   *
   * @param fields - The kind and the text.
   * @param author - The signed-in reader, shown until the server answers.
   * @param parentId - The top-level comment replied to, if any.
   * @return The comment as the server stored it.
   */
  create(
    fields: CommentFields,
    author: Writer,
    parentId?: string | null,
  ): Promise<Comment>;

  /**
   * Saves changes to a comment or reply the reader wrote.
   *
   * @param id - The comment's id.
   * @param fields - The fields to change.
   * @return The comment as the server stored it.
   */
  edit(id: string, fields: Partial<CommentFields>): Promise<Comment>;

  /**
   * Deletes a comment (with its replies) or a reply the reader wrote.
   *
   * @param id - The comment's id.
   */
  remove(id: string): Promise<void>;

  /**
   * Reports a comment to the moderators.
   *
   * @param id - The comment's id.
   * @param reason - Why, in the reader's words.
   */
  report(id: string, reason: string): Promise<void>;
}

let pendingId = 0;

/**
 * The discussion store of one paper, shared by every element of the
 * session.
 *
 * @param session - The page's session.
 * @param paperId - The paper, as a scheme-prefixed id.
 * @param pageSize - Top-level comments per page, 1 to 50.
 * @return The shared store.
 */
export function comments(
  session: Session,
  paperId: string,
  pageSize = COMMENTS_PAGE_SIZE,
): CommentsStore {
  return session.store('comments', `${paperId}\u0000${pageSize}`, () =>
    createCommentsStore(session, paperId, pageSize),
  );
}

/** Applies `change` to the comment with `id`, at the top level or a reply. */
function mapComment(
  items: Comment[],
  id: string,
  change: (comment: Comment) => Comment | null,
): Comment[] {
  const out: Comment[] = [];
  for (const item of items) {
    if (item.id === id) {
      const next = change(item);
      if (next) out.push(next);
      continue;
    }
    if (item.replies.some((reply) => reply.id === id)) {
      out.push({ ...item, replies: mapComment(item.replies, id, change) });
      continue;
    }
    out.push(item);
  }
  return out;
}

/** Finds a comment or reply and where it sits. */
function locate(
  items: Comment[],
  id: string,
): { comment: Comment; parent: Comment | null; index: number } | undefined {
  for (const [index, item] of items.entries()) {
    if (item.id === id) return { comment: item, parent: null, index };
    const at = item.replies.findIndex((reply) => reply.id === id);
    const reply = item.replies[at];
    if (reply) return { comment: reply, parent: item, index: at };
  }
  return undefined;
}

/** How many comments a deletion removes: the comment and its replies. */
const weight = (comment: Comment) => 1 + comment.replies.length;

function createCommentsStore(
  session: Session,
  paperId: string,
  pageSize: number,
): CommentsStore {
  const { client } = session;
  const base = `v1/papers/${encodeURIComponent(paperId)}/comments`;

  const list = pagedList<Comment>(async (cursor) => {
    try {
      return await client.get(base, CommentPage, {
        searchParams: {
          cursor: cursor ?? undefined,
          limit: pageSize,
        },
      });
    } catch (error) {
      const missing = missingPaper(error);
      if (missing === NOT_FOUND) return null;
      // A later page's 400 is about its cursor, not the paper.
      if (missing === INVALID_ID && cursor === null) return INVALID_ID;
      throw error;
    }
  });

  const swap = (id: string, next: Comment | null) =>
    list.update((items) => mapComment(items, id, () => next));

  return {
    $state: list.$state,
    reload: list.reload,
    loadMore: list.loadMore,

    async create(fields, author, parentId = null) {
      const now = new Date().toISOString();
      const temp: Comment = {
        id: `pending-${++pendingId}`,
        paperId,
        author,
        ...fields,
        parentId,
        replies: [],
        createdAt: now,
        updatedAt: now,
      };
      const add = (items: Comment[], comment: Comment) =>
        parentId
          ? mapComment(items, parentId, (parent) => ({
              ...parent,
              replies: [...parent.replies, comment],
            }))
          : [...items, comment];

      list.update((items) => add(items, temp));
      const undoCount = bumpCount(session, paperId, 'comments', 1);

      try {
        const saved = await client.request('POST', base, CommentSchema, {
          json: { ...fields, parentId },
        });
        swap(temp.id, saved);
        syncCounts(session, paperId);
        return saved;
      } catch (error) {
        swap(temp.id, null);
        undoCount();
        throw error;
      }
    },

    async edit(id, fields) {
      const old = locate(list.$state.get().items, id)?.comment;
      if (old) {
        swap(id, { ...old, ...fields, updatedAt: new Date().toISOString() });
      }

      try {
        const saved = await client.request(
          'PATCH',
          `v1/comments/${encodeURIComponent(id)}`,
          CommentSchema,
          { json: fields },
        );
        // A PATCH answer carries no replies for a reply; keep the ones shown.
        list.update((items) =>
          mapComment(items, id, (now) => ({ ...saved, replies: now.replies })),
        );
        return saved;
      } catch (error) {
        if (old) swap(id, old);
        throw error;
      }
    },

    async remove(id) {
      const found = locate(list.$state.get().items, id);
      swap(id, null);
      const undoCount = found
        ? bumpCount(session, paperId, 'comments', -weight(found.comment))
        : () => {};

      try {
        await client.request(
          'DELETE',
          `v1/comments/${encodeURIComponent(id)}`,
          null,
        );
        syncCounts(session, paperId);
      } catch (error) {
        if (found) list.update((items) => putBack(items, found));
        undoCount();
        throw error;
      }
    },

    async report(id, reason) {
      await client.request(
        'POST',
        `v1/comments/${encodeURIComponent(id)}/reports`,
        ReportResult,
        { json: { reason } },
      );
    },
  };
}

function putBack(
  items: Comment[],
  found: { comment: Comment; parent: Comment | null; index: number },
): Comment[] {
  const insert = <T>(list: T[], value: T, index: number) => {
    const next = [...list];
    next.splice(Math.min(index, next.length), 0, value);
    return next;
  };

  const { parent } = found;
  if (!parent) return insert(items, found.comment, found.index);
  return mapComment(items, parent.id, (now) => ({
    ...now,
    replies: insert(now.replies, found.comment, found.index),
  }));
}
