import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { userForToken } from './auth.js';
import {
  type HostTokenVerifier,
  looksLikeJwt,
  userForHostClaims,
} from './host-token.js';
import type { Db } from './db/database.js';
import type { App, AppDeps, AppEnv, RateLimits } from './http/context.js';
import { HttpError, problemBody } from './http/problem.js';
import { authRoutes } from './routes/auth.js';
import { collectionRoutes } from './routes/collections.js';
import { commentRoutes } from './routes/comments.js';
import { docsRoutes } from './routes/docs.js';
import { graphRoutes } from './routes/graph.js';
import { paperRoutes } from './routes/papers.js';
import { popupRoutes } from './routes/popup.js';
import { reactionRoutes } from './routes/reactions.js';
import { reviewRoutes } from './routes/reviews.js';

/** Default browser origins allowed to call the API: the demo pages. */
export const DEFAULT_CORS_ORIGINS = [
  'http://127.0.0.1:5173',
  'http://localhost:5173',
];

/** Default rate limits. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  auth: { limit: 20, windowSeconds: 60 },
  writeUser: { limit: 120, windowSeconds: 60 },
  writeIp: { limit: 300, windowSeconds: 60 },
};

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The store every route reads and writes. */
  db: Db;
  /** Browser origins that may call the API and receive popup tokens. */
  corsOrigins?: string[];
  /** Overrides for the rate limits. */
  rateLimits?: Partial<RateLimits>;
  /** Session token lifetime in seconds; 30 days by default. */
  sessionTtlSeconds?: number;
  /** Largest accepted request body in bytes; 64 KiB by default. */
  maxBodyBytes?: number;
  /**
   * Checks a host site's own tokens (see `hostTokenVerifier`); without it
   * only tokens this server issued are accepted.
   */
  hostToken?: HostTokenVerifier;
  /** Receives one structured entry per request; omit for silence. */
  log?: (entry: Record<string, unknown>) => void;
}

const EXPOSED = 'ETag, Retry-After, Location';
const ALLOWED_HEADERS = 'Authorization, Content-Type, If-None-Match';
const METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
const BODILESS = new Set(['GET', 'HEAD', 'OPTIONS']);

function problemResponse(error: HttpError, path: string): Response {
  return new Response(JSON.stringify(problemBody(error, path)), {
    status: error.status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Cache-Control': 'no-store',
      ...error.headers,
    },
  });
}

function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Builds the Hono app for the REST API, the OpenAPI document and the sign-in
 * popup. Use it in-process with `app.request()` or serve it with
 * {@link startServer}.
 */
export function createApp(options: AppOptions): App {
  const deps: AppDeps = {
    db: options.db,
    corsOrigins: options.corsOrigins ?? DEFAULT_CORS_ORIGINS,
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    sessionTtlSeconds: options.sessionTtlSeconds ?? 30 * 24 * 3600,
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
  };
  const allowed = new Set(deps.corsOrigins);
  const caller = async (token: string) => {
    if (options.hostToken && looksLikeJwt(token)) {
      const claims = await options.hostToken(token);
      return claims ? userForHostClaims(deps.db, claims) : null;
    }
    return userForToken(deps.db, token);
  };
  const app = new Hono<AppEnv>();

  const { log } = options;
  if (log) {
    app.use(async (c, next) => {
      const start = performance.now();
      await next();
      log({
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - start) * 10) / 10,
      });
    });
  }

  app.use(async (c, next) => {
    const origin = c.req.header('Origin');
    const ok = origin !== undefined && allowed.has(origin);
    if (
      c.req.method === 'OPTIONS' &&
      c.req.header('Access-Control-Request-Method')
    ) {
      if (!ok) return c.body(null, 204);
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': METHODS,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (ok) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED);
    }
  });

  app.onError((error, c) => {
    if (error instanceof HttpError) return problemResponse(error, c.req.path);
    if (error instanceof HTTPException) {
      const status = error.status;
      return problemResponse(
        new HttpError(status, error.message || 'Error', error.message),
        c.req.path,
      );
    }
    options.log?.({
      time: new Date().toISOString(),
      level: 'error',
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? error.message : String(error),
    });
    return problemResponse(
      new HttpError(500, 'Internal Server Error', 'The server failed.'),
      c.req.path,
    );
  });

  app.notFound((c) =>
    problemResponse(
      new HttpError(
        404,
        'Not Found',
        `Nothing at ${c.req.method} ${c.req.path}.`,
      ),
      c.req.path,
    ),
  );

  // PostgreSQL text cannot hold U+0000, so a NUL in an id or a query would
  // fail deep in a query; refuse it up front on both stores alike.
  app.use(async (c, next) => {
    if (/%00|\0/i.test(c.req.url)) {
      throw new HttpError(
        400,
        'Bad Request',
        'The URL contains a NUL character (%00), which no id or parameter may hold.',
      );
    }
    await next();
  });

  const limitBody = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: () => {
      // The rest of the body is never read, so the connection cannot
      // carry another request; saying so stops clients from reusing it.
      throw new HttpError(
        413,
        'Content Too Large',
        `The request body is larger than ${deps.maxBodyBytes} bytes.`,
        { headers: { Connection: 'close' } },
      );
    },
  });
  // Looking for a body makes the Node adapter build a full fetch Request,
  // which costs a read as much as its query; reads carry no body to limit.
  app.use((c, next) =>
    BODILESS.has(c.req.method) ? next() : limitBody(c, next),
  );

  app.use(async (c, next) => {
    c.set('ip', clientAddress(c));
    const header = c.req.header('Authorization');
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    // An unknown or expired token reads as anonymous; writes then ask for
    // sign-in, so a stale token never breaks public reads.
    c.set('user', token ? await caller(token) : null);
    await next();
  });

  app.use(
    etag({
      weak: true,
      retainedHeaders: [
        'cache-control',
        'etag',
        'vary',
        'access-control-allow-origin',
        'access-control-expose-headers',
      ],
    }),
  );
  app.use(async (c, next) => {
    await next();
    if (c.req.method !== 'GET' || !c.res.ok) return;
    c.res.headers.append('Vary', 'Authorization');
    if (c.res.headers.has('Cache-Control')) return;
    const personal = c.get('user') !== null;
    c.res.headers.set(
      'Cache-Control',
      personal ? 'private, no-cache' : 'public, max-age=60',
    );
  });

  paperRoutes(app, deps);
  reactionRoutes(app, deps);
  collectionRoutes(app, deps);
  reviewRoutes(app, deps);
  commentRoutes(app, deps);
  graphRoutes(app, deps);
  authRoutes(app, deps);
  popupRoutes(app, deps);
  docsRoutes(app);
  return app;
}
