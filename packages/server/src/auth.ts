import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from './db/database.js';
import type { UserRow } from './db/schema.js';

/** A new random id with a readable prefix, such as `rev_…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

/** The stored form of a bearer token: its SHA-256 in hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against a fixed hash when the email is unknown keeps the answer
// time the same, so login does not reveal which emails have accounts.
let decoy: Promise<string> | undefined;

/** Checks a password against a stored hash (or a decoy when there is none). */
export async function checkPassword(
  stored: string | null,
  password: string,
): Promise<boolean> {
  decoy ??= hash('decoy password for timing');
  const target = stored ?? (await decoy);
  const ok = await verify(target, password).catch(() => false);
  return ok && stored !== null;
}

/** Issues a new bearer token for `userId`; only its hash is stored. */
export async function createSession(
  db: Db,
  userId: string,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: string }> {
  const token = `pft_${randomBytes(32).toString('base64url')}`;
  const now = Date.now();
  const expiresAt = new Date(now + ttlSeconds * 1000).toISOString();
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: new Date(now).toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt };
}

/** The user a bearer token belongs to, or null if unknown or expired. */
export async function userForToken(
  db: Db,
  token: string,
): Promise<UserRow | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', new Date().toISOString())
    .executeTakeFirst();
  return row ?? null;
}

/** Revokes one token. */
export async function revokeToken(db: Db, token: string): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('token_hash', '=', hashToken(token))
    .execute();
}

/** Creates an account; the caller checks the email is free. */
export async function createUser(
  db: Db,
  input: { email: string; password: string; name: string; role?: string },
): Promise<UserRow> {
  const row: UserRow = {
    id: newId('usr'),
    email: input.email.toLowerCase(),
    name: input.name,
    password_hash: await hashPassword(input.password),
    role: input.role ?? 'user',
    external_subject: null,
    created_at: new Date().toISOString(),
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

/** The public form of a user. */
export function publicUser(user: UserRow) {
  return {
    id: user.id,
    name: user.name,
    role:
      user.role === 'moderator' ? ('moderator' as const) : ('user' as const),
  };
}
