import { after, before } from 'node:test';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../src/app.js';
import { openStore, type Store } from '../src/db/database.js';
import type { AppEnv } from '../src/http/context.js';
import { importWorks } from '../src/importer.js';
import { BUNDLED_DATA } from '../src/server.js';
import {
  freshDatabase,
  postgresUnavailable,
  startPostgres,
  type TestPostgres,
} from './postgres.js';

/** One store the suites run against. */
export interface StoreTarget {
  name: 'sqlite' | 'postgres';
  /** Opens a fresh, empty store (already migrated). */
  open(): Promise<Store>;
  /** Why this store is skipped, when it is. */
  skip?: string;
}

let postgres: Promise<TestPostgres | string> | undefined;

/**
 * The stores to run every suite against: SQLite always, PostgreSQL when its
 * binaries or DATABASE_URL are available. Call at the top level of a test
 * file; the PostgreSQL cluster stops after the file's tests.
 */
export function storeTargets(): StoreTarget[] {
  const sqlite: StoreTarget = {
    name: 'sqlite',
    open: () => openStore(':memory:'),
  };
  const pgTarget: StoreTarget = {
    name: 'postgres',
    async open() {
      const server = await postgres;
      if (!server || typeof server === 'string') {
        throw new Error(server ?? 'PostgreSQL did not start.');
      }
      return openStore(await freshDatabase(server.url));
    },
  };
  const skip = postgresUnavailable();
  if (skip) {
    pgTarget.skip = skip;
    return [sqlite, pgTarget];
  }
  before(async () => {
    postgres ??= startPostgres();
    await postgres;
  });
  after(async () => {
    const server = await postgres;
    if (server && typeof server !== 'string') await server.stop();
    postgres = undefined;
  });
  return [sqlite, pgTarget];
}

/** A store with the real data set and an app over it. */
export interface Fixture {
  store: Store;
  app: Hono<AppEnv>;
  close(): Promise<void>;
}

/** Opens a fresh store, imports the bundled data set and builds the app. */
export async function fixture(
  target: StoreTarget,
  options: Omit<AppOptions, 'db'> = {},
): Promise<Fixture> {
  const store = await target.open();
  await importWorks(store.db, BUNDLED_DATA);
  const app = createApp({ db: store.db, ...options });
  return { store, app, close: () => store.close() };
}
