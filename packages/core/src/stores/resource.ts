import { atom, onMount, type WritableAtom } from 'nanostores';
import { isPaperframeError } from '../client/errors.js';

/**
 * Why a resource does not exist: no paper has the id (`unknown-id`), or
 * the backend cannot read the id at all (`invalid-id`), such as
 * `arxiv:2204.05862.` with a stray full stop. Retrying changes neither.
 */
export type NotFoundReason = 'unknown-id' | 'invalid-id';

/**
 * The value of a store that loads something from the backend. Elements
 * render one state per `status`, so a store is never "empty" or "blank".
 * A `not-found` state without a `reason` reads as `unknown-id`.
 */
export type ResourceState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: Error }
  | { status: 'not-found'; reason?: NotFoundReason };

/** Returned by a loader when the backend does not know the resource. */
export const NOT_FOUND: unique symbol = Symbol.for('paperframe.not-found');

/** Returned by a loader when the backend cannot read the resource's id. */
export const INVALID_ID: unique symbol = Symbol.for('paperframe.invalid-id');

/**
 * Loads a resource, or says it does not exist by returning `NOT_FOUND`, or
 * that its id is malformed by returning `INVALID_ID`.
 */
export type ResourceLoader<T> = () => Promise<
  T | typeof NOT_FOUND | typeof INVALID_ID
>;

/**
 * Reads a failed request for a paper, or for something that belongs to
 * one (its reactions, reviews, comments, graph), as the paper missing:
 * 404 means no paper has the id and 400 means the id is malformed, which
 * is the only thing such a read without a cursor can get wrong.
 *
 * @param error - What the client threw.
 * @return `NOT_FOUND`, `INVALID_ID`, or undefined for any other failure.
 *
 * @example
 * ```ts
 * try {
 *   return await client.get(`v1/papers/${id}/reactions`, Reactions);
 * } catch (error) {
 *   const missing = missingPaper(error);
 *   if (missing) return missing;
 *   throw error;
 * }
 * ```
 */
export function missingPaper(
  error: unknown,
): typeof NOT_FOUND | typeof INVALID_ID | undefined {
  if (!isPaperframeError(error) || error.kind !== 'http') return undefined;
  if (error.status === 404) return NOT_FOUND;
  if (error.status === 400) return INVALID_ID;
  return undefined;
}

/**
 * A nanostores atom holding a `ResourceState`, which starts loading when
 * its first listener arrives and keeps its value for later listeners.
 * `set()` stays available so stores built on top can apply optimistic
 * changes and roll them back.
 */
export interface ResourceStore<T> extends WritableAtom<ResourceState<T>> {
  /**
   * Loads again. Shows `loading` unless data is already shown, in which
   * case the data stays until the new answer replaces it.
   *
   * @return Resolves once the store holds the answer.
   */
  reload(): Promise<void>;
}

/** Options of `resourceStore`. */
export interface ResourceStoreOptions<T> {
  /**
   * A state known in advance (data rendered by the server, a story, a
   * test). The store then loads only on `reload()`.
   */
  initial?: ResourceState<T>;
}

/**
 * Creates a store for one remote resource. Reuse it for every read the
 * elements show (papers, reactions, reviews, graph): it gives all of them
 * the same four states, lazy loading, retry through `reload()`, and
 * protection against a slow old answer overwriting a newer one.
 *
 * @param load - Fetches the resource; rejects on failure.
 * @param options - A known starting state, if any.
 * @return The store.
 *
 * @example
 * ```ts
 * const $kinds = resourceStore(() => client.get('v1/reaction-kinds', Kinds));
 * $kinds.subscribe((state) => render(state));
 * ```
 */
export function resourceStore<T>(
  load: ResourceLoader<T>,
  options: ResourceStoreOptions<T> = {},
): ResourceStore<T> {
  const $store = atom<ResourceState<T>>(
    options.initial ?? { status: 'loading' },
  );
  let started = options.initial !== undefined;
  let latest = 0;

  async function run(): Promise<void> {
    started = true;
    const ticket = ++latest;
    if ($store.get().status !== 'ready') $store.set({ status: 'loading' });

    let next: ResourceState<T>;
    try {
      const data = await load();
      if (data === NOT_FOUND) {
        next = { status: 'not-found', reason: 'unknown-id' };
      } else if (data === INVALID_ID) {
        next = { status: 'not-found', reason: 'invalid-id' };
      } else {
        next = { status: 'ready', data };
      }
    } catch (error) {
      next = { status: 'error', error: toError(error) };
    }

    if (ticket === latest) $store.set(next);
  }

  onMount($store, () => {
    if (!started) void run();
  });

  return Object.assign($store, { reload: run });
}

/**
 * Waits until a resource store leaves `loading`. Subscribes while waiting,
 * which starts the load if nothing else has.
 *
 * @param $store - The store to watch.
 * @return The first settled state.
 */
export function settled<T>(
  $store: ResourceStore<T>,
): Promise<Exclude<ResourceState<T>, { status: 'loading' }>> {
  return new Promise((resolve) => {
    let done = false;
    let stop: (() => void) | undefined;

    stop = $store.subscribe((state) => {
      if (done || state.status === 'loading') return;

      done = true;
      resolve(state);
      stop?.();
    });

    if (done) stop();
  });
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
