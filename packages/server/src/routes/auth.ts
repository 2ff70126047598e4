import { LoginInput, RegisterInput } from '@paperframe/core/contract';
import {
  checkPassword,
  createSession,
  createUser,
  publicUser,
  revokeToken,
} from '../auth.js';
import type { App, AppDeps } from '../http/context.js';
import { requireUser } from '../http/guards.js';
import { conflict, HttpError } from '../http/problem.js';
import { readBody } from '../http/validate.js';
import { hitRateLimit } from '../ratelimit.js';

/** Register, login, logout and `GET /v1/session`. */
export function authRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;

  app.get('/v1/session', (c) => {
    const user = c.get('user');
    c.header('Cache-Control', 'private, no-cache');
    return c.json({ user: user ? publicUser(user) : null });
  });

  app.post('/v1/auth/register', async (c) => {
    await hitRateLimit(db, `auth:ip:${c.get('ip')}`, deps.rateLimits.auth);
    const input = await readBody(c, RegisterInput);
    const email = input.email.toLowerCase();
    const taken = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    if (taken) throw conflict('An account with this email already exists.');

    const user = await createUser(db, { ...input, email });
    const { token, expiresAt } = await createSession(
      db,
      user.id,
      deps.sessionTtlSeconds,
    );
    return c.json({ token, expiresAt, user: publicUser(user) }, 201);
  });

  app.post('/v1/auth/login', async (c) => {
    await hitRateLimit(db, `auth:ip:${c.get('ip')}`, deps.rateLimits.auth);
    const input = await readBody(c, LoginInput);
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', input.email.toLowerCase())
      .executeTakeFirst();
    const ok = await checkPassword(user?.password_hash ?? null, input.password);
    if (!user || !ok) {
      throw new HttpError(401, 'Unauthorized', 'Wrong email or password.');
    }
    const { token, expiresAt } = await createSession(
      db,
      user.id,
      deps.sessionTtlSeconds,
    );
    return c.json({ token, expiresAt, user: publicUser(user) });
  });

  app.post('/v1/auth/logout', async (c) => {
    requireUser(c);
    const token = c.req.header('Authorization')?.replace(/^Bearer\s+/i, '');
    if (token) await revokeToken(db, token);
    return c.body(null, 204);
  });
}
