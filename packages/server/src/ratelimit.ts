import type { Db } from './db/database.js';
import type { RateLimit } from './http/context.js';
import { HttpError } from './http/problem.js';

/**
 * Counts one request against `key` in the store and throws a 429 problem with
 * `Retry-After` once the window's limit is passed. The counter lives in the
 * database, so every server process on one store shares it.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  { limit, windowSeconds }: RateLimit,
): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const now = Date.now();
  const window = Math.floor(now / windowMs);

  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: window, count: 1 })
    .onConflict((oc) =>
      oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({
        count: eb('rate_limits.count', '+', 1),
      })),
    )
    .returning('count')
    .executeTakeFirstOrThrow();

  if (row.count === 1) {
    await db
      .deleteFrom('rate_limits')
      .where('key', '=', key)
      .where('window_start', '<', window)
      .execute();
  }

  if (row.count > limit) {
    const retryAfter = Math.max(
      1,
      Math.ceil(((window + 1) * windowMs - now) / 1000),
    );
    throw new HttpError(
      429,
      'Too Many Requests',
      `Too many requests; at most ${limit} every ${windowSeconds} s. Try again in ${retryAfter} s.`,
      { headers: { 'Retry-After': String(retryAfter) } },
    );
  }
}
