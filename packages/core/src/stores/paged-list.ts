import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { Page } from '../contract/types.js';
import { INVALID_ID, type NotFoundReason } from './resource.js';

/**
 * What a cursor-paginated list shows. `status` is the first page's state;
 * `more` is the state of "Load more", so a failed second page keeps the
 * first page on screen.
 */
export interface PagedState<T> {
  status: 'loading' | 'ready' | 'error' | 'not-found';
  items: T[];
  nextCursor: string | null;
  more: 'idle' | 'loading' | 'error';
  error: Error | null;
  /** Why the parent does not exist, when `status` is `not-found`. */
  reason?: NotFoundReason;
}

/**
 * Fetches one page; `cursor` is null for the first. Resolves null when the
 * parent is unknown, and `INVALID_ID` when its id is malformed.
 */
export type PageLoader<T> = (
  cursor: string | null,
) => Promise<Page<T> | null | typeof INVALID_ID>;

/**
 * A list that loads its first page when first watched, pages on with
 * `loadMore()`, and lets stores built on it change items optimistically
 * and roll back.
 */
export interface PagedList<T> {
  /** The list's state. */
  readonly $state: ReadableAtom<PagedState<T>>;
  /** Loads the first page again; items already shown stay until it answers. */
  reload(): Promise<void>;
  /** Appends the next page, if there is one and none is loading. */
  loadMore(): Promise<void>;
  /**
   * Replaces the items, e.g. for an optimistic change or its rollback.
   * Stores undo a failed change with its inverse (remove what was added,
   * put back what was removed), so two changes in flight never undo each
   * other.
   *
   * @param change - Makes the new items from the current ones.
   */
  update(change: (items: T[]) => T[]): void;
}

const initial = <T>(): PagedState<T> => ({
  status: 'loading',
  items: [],
  nextCursor: null,
  more: 'idle',
  error: null,
});

/**
 * Creates a cursor-paginated list store.
 *
 * @param load - Fetches a page; resolves null when the parent is unknown.
 * @return The list.
 */
export function pagedList<T>(load: PageLoader<T>): PagedList<T> {
  const $state = atom<PagedState<T>>(initial());
  let started = false;
  let ticket = 0;

  async function reload(): Promise<void> {
    started = true;
    const mine = ++ticket;
    const before = $state.get();
    if (before.status !== 'ready') $state.set({ ...before, status: 'loading' });

    try {
      const page = await load(null);
      if (mine !== ticket) return;
      if (page === null || page === INVALID_ID) {
        const reason = page === null ? 'unknown-id' : 'invalid-id';
        $state.set({ ...initial<T>(), status: 'not-found', reason });
        return;
      }
      $state.set({ ...initial<T>(), status: 'ready', ...page });
    } catch (error) {
      if (mine !== ticket) return;
      $state.set({ ...$state.get(), status: 'error', error: toError(error) });
    }
  }

  async function loadMore(): Promise<void> {
    const state = $state.get();
    if (state.status !== 'ready' || !state.nextCursor) return;
    if (state.more === 'loading') return;

    const mine = ticket;
    $state.set({ ...state, more: 'loading' });
    try {
      const answer = await load(state.nextCursor);
      if (mine !== ticket) return;
      const page = answer === INVALID_ID ? null : answer;
      const now = $state.get();
      const known = new Set(now.items.map(idOf));
      const fresh = (page?.items ?? []).filter(
        (item) => !known.has(idOf(item)),
      );
      $state.set({
        ...now,
        items: [...now.items, ...fresh],
        nextCursor: page?.nextCursor ?? null,
        more: 'idle',
      });
    } catch (error) {
      if (mine !== ticket) return;
      $state.set({ ...$state.get(), more: 'error', error: toError(error) });
    }
  }

  function update(change: (items: T[]) => T[]): void {
    const state = $state.get();
    $state.set({ ...state, items: change(state.items) });
  }

  onMount($state, () => {
    if (!started) void reload();
  });

  return { $state, reload, loadMore, update };
}

function idOf(item: unknown): unknown {
  return (item as { id?: unknown }).id;
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
