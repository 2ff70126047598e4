/** Fetches many keys in one request and returns what it found. */
export type BatchFetcher<K, V> = (keys: K[]) => Promise<Map<K, V>>;

/** How a batcher groups keys. */
export interface BatcherOptions {
  /** Most keys in one request; larger groups are split. Default 100. */
  maxSize?: number;
  /** Runs the flush later; default a zero-delay timer (the same tick). */
  schedule?: (flush: () => void) => void;
}

/**
 * Coalesces loads made in the same tick into batch requests. A key asked
 * for twice before the flush is fetched once and both callers share the
 * answer. A key the fetcher leaves out of its map resolves to `undefined`.
 *
 * @param fetchBatch - Fetches one group of keys.
 * @param options - Group size and flush timing.
 * @return A function that loads one key.
 */
export function createBatcher<K, V>(
  fetchBatch: BatchFetcher<K, V>,
  options: BatcherOptions = {},
): (key: K) => Promise<V | undefined> {
  const maxSize = options.maxSize ?? 100;
  const schedule = options.schedule ?? ((flush) => setTimeout(flush, 0));
  let pending = new Map<K, Promise<V | undefined>>();
  let waiters = new Map<K, Waiter<V>>();

  function flush(): void {
    const batch = waiters;
    pending = new Map();
    waiters = new Map();

    const keys = [...batch.keys()];
    for (let start = 0; start < keys.length; start += maxSize) {
      const chunk = keys.slice(start, start + maxSize);
      fetchBatch(chunk).then(
        (found) => {
          for (const key of chunk) batch.get(key)?.resolve(found.get(key));
        },
        (error: unknown) => {
          for (const key of chunk) batch.get(key)?.reject(error);
        },
      );
    }
  }

  return (key) => {
    const existing = pending.get(key);
    if (existing) return existing;

    if (waiters.size === 0) schedule(flush);

    const promise = new Promise<V | undefined>((resolve, reject) => {
      waiters.set(key, { resolve, reject });
    });
    pending.set(key, promise);
    return promise;
  };
}

interface Waiter<V> {
  resolve: (value: V | undefined) => void;
  reject: (error: unknown) => void;
}
