import type { Context } from 'hono';
import type { UserRow } from '../db/schema.js';
import { hitRateLimit } from '../ratelimit.js';
import type { AppDeps, AppEnv } from './context.js';
import { badRequest, forbidden, unauthorized } from './problem.js';

/** The signed-in caller, or a 401 problem. */
export function requireUser(c: Context<AppEnv>): UserRow {
  const user = c.get('user');
  if (!user) throw unauthorized();
  return user;
}

/** The signed-in caller, counted against the write rate limits. */
export async function writer(
  c: Context<AppEnv>,
  deps: AppDeps,
): Promise<UserRow> {
  const user = requireUser(c);
  await hitRateLimit(
    deps.db,
    `write:ip:${c.get('ip')}`,
    deps.rateLimits.writeIp,
  );
  await hitRateLimit(
    deps.db,
    `write:user:${user.id}`,
    deps.rateLimits.writeUser,
  );
  return user;
}

/** True when `user` may see hidden items and hide or restore them. */
export const isModerator = (user: UserRow | null) => user?.role === 'moderator';

/** A signed-in moderator, or a 401/403 problem. */
export async function moderator(
  c: Context<AppEnv>,
  deps: AppDeps,
): Promise<UserRow> {
  const user = await writer(c, deps);
  if (!isModerator(user)) {
    throw forbidden('Only moderators can hide or restore items.');
  }
  return user;
}

/** A position in a list ordered by creation time, then id. */
export interface Cursor {
  createdAt: string;
  id: string;
}

/** Encodes a cursor as an opaque URL-safe string. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString(
    'base64url',
  );
}

/** Reads `?cursor=` and `?limit=` (1 to 50, default 20), or answers 400. */
export function pageParams(c: Context<AppEnv>): {
  cursor: Cursor | null;
  limit: number;
} {
  const rawLimit = c.req.query('limit');
  const limit = rawLimit === undefined ? 20 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
    throw badRequest('?limit= must be a whole number from 1 to 50.');
  }

  const raw = c.req.query('cursor');
  if (!raw) return { cursor: null, limit };
  try {
    const [createdAt, id] = JSON.parse(
      Buffer.from(raw, 'base64url').toString('utf8'),
    ) as unknown[];
    if (
      typeof createdAt === 'string' &&
      typeof id === 'string' &&
      /^[\d:.TZ+-]{10,40}$/.test(createdAt) &&
      /^[\w:.-]{1,200}$/.test(id)
    ) {
      return { cursor: { createdAt, id }, limit };
    }
  } catch {
    // Falls through to the 400 below.
  }
  throw badRequest('?cursor= is not a cursor this server gave out.');
}
