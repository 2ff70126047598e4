import { atom, onMount, type WritableAtom } from 'nanostores';

/**
 * The value of a store that loads something from the backend. Elements
 * render one state per `status`, so a store is never "empty" or "blank".
 */
export type ResourceState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: Error }
  | { status: 'not-found' };

/** Returned by a loader when the backend does not know the resource. */
export const NOT_FOUND: unique symbol = Symbol.for('paperframe.not-found');

/** Loads a resource, or says it does not exist by returning `NOT_FOUND`. */
export type ResourceLoader<T> = () => Promise<T | typeof NOT_FOUND>;

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
      next =
        data === NOT_FOUND
          ? { status: 'not-found' }
          : { status: 'ready', data };
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
