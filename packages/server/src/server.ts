import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp, DEFAULT_CORS_ORIGINS } from './app.js';
import { openStore } from './db/database.js';
import { answerClientError } from './http/client-error.js';
import type { RateLimits } from './http/context.js';
import { type HostJwtOptions, hostTokenVerifier } from './host-token.js';
import { importWorks } from './importer.js';

/** The data set shipped with the package, imported into an empty store. */
export const BUNDLED_DATA = fileURLToPath(
  new URL('../data/rlhf-neighbourhood.openalex.jsonl', import.meta.url),
);

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Port to listen on; 0 picks a free one. Default 8787. */
  port?: number;
  /** Address to bind. Default 127.0.0.1. */
  host?: string;
  /** SQLite file, `:memory:`, or a `postgres://` URL. */
  database?: string;
  /** Browser origins allowed to call the API. */
  corsOrigins?: string[];
  /** JSON Lines file imported on start when the store has no papers. */
  importFile?: string;
  /** Suppress the per-request log lines. */
  quiet?: boolean;
  /** Overrides for the rate limits. */
  rateLimits?: Partial<RateLimits>;
  /** Trust JWTs signed by a host site's issuer as sign-in. */
  hostJwt?: HostJwtOptions;
}

/** A server that is listening. */
export interface RunningServer {
  /** Base URL, such as `http://127.0.0.1:8787`. */
  url: string;
  /** Stops listening and closes the store. */
  close(): Promise<void>;
}

/** Writes one JSON line to stdout. */
export function logLine(entry: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
}

/**
 * Opens the store (migrating it), imports the bundled data set when the
 * store has no papers, and starts the HTTP server.
 */
export async function startServer(
  options: ServerOptions = {},
): Promise<RunningServer> {
  const hostToken = options.hostJwt
    ? await hostTokenVerifier(options.hostJwt)
    : undefined;
  const store = await openStore(options.database ?? '.data/paperframe.sqlite');

  const any = await store.db
    .selectFrom('papers')
    .select('id')
    .limit(1)
    .executeTakeFirst();
  const importFile = options.importFile ?? BUNDLED_DATA;
  if (!any && existsSync(importFile)) {
    const result = await importWorks(store.db, importFile);
    if (!options.quiet)
      logLine({ event: 'import', file: importFile, ...result });
  }

  const app = createApp({
    db: store.db,
    corsOrigins: options.corsOrigins ?? DEFAULT_CORS_ORIGINS,
    rateLimits: options.rateLimits,
    hostToken,
    log: options.quiet ? undefined : logLine,
  });

  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>(
    (resolve, reject) => {
      const s = serve(
        { fetch: app.fetch, port: options.port ?? 8787, hostname: host },
        () => resolve(s),
      );
      s.once('error', reject);
      s.on('clientError', answerClientError);
    },
  );
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await store.close();
    },
  };
}
