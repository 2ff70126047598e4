import { ReportResult } from '../contract/inputs.js';
import { page, Review as ReviewSchema } from '../contract/schemas.js';
import type { Paper, Review } from '../contract/types.js';
import { type PagedList, type PagedState, pagedList } from './paged-list.js';
import { INVALID_ID, missingPaper, NOT_FOUND } from './resource.js';
import type { Session } from './session.js';

/** The fields a reader writes in the review form. */
export interface ReviewFields {
  summary: string;
  strengths: string[];
  concerns: string[];
  questions: string[];
  rating: number | null;
  confidence: number | null;
}

/** Who is writing, so an optimistic review shows its author at once. */
export interface Writer {
  id: string;
  name: string;
}

/** Reviews shown per page. */
export const REVIEWS_PAGE_SIZE = 10;

const ReviewPage = page(ReviewSchema);

/**
 * The structured reviews of one paper, newest first, with optimistic
 * writes. Every write changes the list at once, sends the request, and on
 * failure puts the list back and rejects with the client's error.
 */
export interface ReviewsStore extends Omit<PagedList<Review>, 'update'> {
  /** The list's state. */
  readonly $state: PagedList<Review>['$state'];

  /**
   * Posts a new review. It shows at the top at once and the paper's review
   * count goes up; both are undone if the server refuses.
   *
   * @param fields - What the reader wrote.
   * @param author - The signed-in reader, shown until the server answers.
   * @return The review as the server stored it.
   */
  create(fields: ReviewFields, author: Writer): Promise<Review>;

  /**
   * Saves changes to a review the reader wrote.
   *
   * @param id - The review's id.
   * @param fields - The fields to change.
   * @return The review as the server stored it.
   */
  edit(id: string, fields: Partial<ReviewFields>): Promise<Review>;

  /**
   * Deletes a review the reader wrote.
   *
   * @param id - The review's id.
   */
  remove(id: string): Promise<void>;

  /**
   * Marks a review as helpful; the server counts one mark per reader.
   *
   * @param id - The review's id.
   * @return The review with its new count.
   */
  markHelpful(id: string): Promise<Review>;

  /**
   * Reports a review to the moderators.
   *
   * @param id - The review's id.
   * @param reason - Why, in the reader's words.
   */
  report(id: string, reason: string): Promise<void>;
}

let pendingId = 0;

/**
 * The reviews store of one paper, shared by every element of the session.
 *
 * @param session - The page's session.
 * @param paperId - The paper, as a scheme-prefixed id.
 * @param pageSize - Reviews per page, 1 to 50.
 * @return The shared store.
 */
export function reviews(
  session: Session,
  paperId: string,
  pageSize = REVIEWS_PAGE_SIZE,
): ReviewsStore {
  return session.store('reviews', `${paperId}\u0000${pageSize}`, () =>
    createReviewsStore(session, paperId, pageSize),
  );
}

function createReviewsStore(
  session: Session,
  paperId: string,
  pageSize: number,
): ReviewsStore {
  const { client } = session;
  const base = `v1/papers/${encodeURIComponent(paperId)}/reviews`;

  const list = pagedList<Review>(async (cursor) => {
    try {
      return await client.get(base, ReviewPage, {
        searchParams: { cursor: cursor ?? undefined, limit: pageSize },
      });
    } catch (error) {
      const missing = missingPaper(error);
      if (missing === NOT_FOUND) return null;
      // A later page's 400 is about its cursor, not the paper.
      if (missing === INVALID_ID && cursor === null) return INVALID_ID;
      throw error;
    }
  });

  const replace = (review: Review) =>
    list.update((items) =>
      items.map((item) => (item.id === review.id ? review : item)),
    );

  return {
    $state: list.$state,
    reload: list.reload,
    loadMore: list.loadMore,

    async create(fields, author) {
      const now = new Date().toISOString();
      const temp: Review = {
        id: `pending-${++pendingId}`,
        paperId,
        author,
        ...fields,
        helpful: 0,
        createdAt: now,
        updatedAt: now,
      };
      list.update((items) => [temp, ...items]);
      const undoCount = bumpCount(session, paperId, 'reviews', 1);

      try {
        const saved = await client.request('POST', base, ReviewSchema, {
          json: fields,
        });
        list.update((items) =>
          items.map((item) => (item.id === temp.id ? saved : item)),
        );
        syncCounts(session, paperId);
        return saved;
      } catch (error) {
        list.update((items) => items.filter((item) => item.id !== temp.id));
        undoCount();
        throw error;
      }
    },

    async edit(id, fields) {
      const old = find(list.$state.get(), id);
      if (old)
        replace({ ...old, ...fields, updatedAt: new Date().toISOString() });

      try {
        const saved = await client.request(
          'PATCH',
          `v1/reviews/${encodeURIComponent(id)}`,
          ReviewSchema,
          { json: fields },
        );
        replace(saved);
        return saved;
      } catch (error) {
        if (old) replace(old);
        throw error;
      }
    },

    async remove(id) {
      const items = list.$state.get().items;
      const index = items.findIndex((item) => item.id === id);
      const old = items[index];
      list.update((now) => now.filter((item) => item.id !== id));
      const undoCount = old
        ? bumpCount(session, paperId, 'reviews', -1)
        : () => {};

      try {
        await client.request(
          'DELETE',
          `v1/reviews/${encodeURIComponent(id)}`,
          null,
        );
        syncCounts(session, paperId);
      } catch (error) {
        if (old) {
          list.update((now) => {
            const next = [...now];
            next.splice(Math.min(index, next.length), 0, old);
            return next;
          });
        }
        undoCount();
        throw error;
      }
    },

    async markHelpful(id) {
      const old = find(list.$state.get(), id);
      if (old && !old.helpfulByMe) {
        replace({ ...old, helpful: old.helpful + 1, helpfulByMe: true });
      }

      try {
        const saved = await client.request(
          'PUT',
          `v1/reviews/${encodeURIComponent(id)}/helpful`,
          ReviewSchema,
        );
        replace(saved);
        return saved;
      } catch (error) {
        if (old) replace(old);
        throw error;
      }
    },

    async report(id, reason) {
      await client.request(
        'POST',
        `v1/reviews/${encodeURIComponent(id)}/reports`,
        ReportResult,
        { json: { reason } },
      );
    },
  };
}

function find<T extends { id: string }>(
  state: PagedState<T>,
  id: string,
): T | undefined {
  return state.items.find((item) => item.id === id);
}

/**
 * Moves one of the paper's counts by `delta` in the shared paper store, so
 * the card shows the same number as the list. Returns the undo.
 *
 * @param session - The page's session.
 * @param paperId - The paper, under the id the elements use.
 * @param key - Which count.
 * @param delta - How much to add.
 * @return Moves the count back.
 */
export function bumpCount(
  session: Session,
  paperId: string,
  key: keyof Paper['counts'],
  delta: number,
): () => void {
  const $paper = session.paper(paperId);

  const move = (by: number) => {
    const state = $paper.get();
    if (state.status !== 'ready') return;
    const counts = { ...state.data.counts };
    counts[key] = Math.max(0, counts[key] + by);
    $paper.set({ status: 'ready', data: { ...state.data, counts } });
  };

  move(delta);
  return () => move(-delta);
}

/**
 * Asks the backend for the paper's counts again after a write it
 * accepted, so a count loaded while the write was in flight is corrected.
 *
 * @param session - The page's session.
 * @param paperId - The paper, under the id the elements use.
 */
export function syncCounts(session: Session, paperId: string): void {
  const $paper = session.paper(paperId);
  if ($paper.lc > 0) void $paper.reload();
}
