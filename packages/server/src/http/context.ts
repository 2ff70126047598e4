import type { Hono } from 'hono';
import type { Db } from '../db/database.js';
import type { UserRow } from '../db/schema.js';

/** A fixed-window limit: at most `limit` requests per `windowSeconds`. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** Limits the server enforces, per client address and per signed-in user. */
export interface RateLimits {
  /** Register and login attempts per address. */
  auth: RateLimit;
  /** Writes per signed-in user. */
  writeUser: RateLimit;
  /** Writes per address. */
  writeIp: RateLimit;
}

/** What every route needs: the store and the server's settings. */
export interface AppDeps {
  db: Db;
  corsOrigins: string[];
  rateLimits: RateLimits;
  /** How long a session token lives, in seconds. */
  sessionTtlSeconds: number;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
}

/** Hono's typing for our per-request variables. */
export interface AppEnv {
  Variables: {
    user: UserRow | null;
    ip: string;
  };
}

/** The app type routes attach to. */
export type App = Hono<AppEnv>;
