// Starts the reference server for the contract suite on a fresh SQLite file
// or PostgreSQL database, with a moderator made by the server's own CLI.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openStore, startServer } from '@paperframe/server';
import { createSession } from '../../packages/server/src/auth.js';
import {
  freshDatabase,
  startPostgres,
} from '../../packages/server/test/postgres.js';
import { request } from './http.js';
import { type ContractTarget, REFERENCE_PAPERS } from './suite.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(
  new URL('../../packages/server/src/cli.ts', import.meta.url),
);
const run = promisify(execFile);

const MODERATOR = {
  email: 'contract-moderator@example.org',
  password: 'contract moderator password',
};

/** The reference server on `store`, ready for {@link contractSuite}. */
export async function referenceTarget(
  store: 'sqlite' | 'postgres',
): Promise<ContractTarget> {
  const cleanups: (() => Promise<void>)[] = [];
  let database: string;
  if (store === 'postgres') {
    const pg = await startPostgres();
    if (typeof pg === 'string') throw new Error(pg);
    cleanups.push(() => pg.stop());
    database = await freshDatabase(pg.url);
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'pf-contract-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    database = join(dir, 'store.sqlite');
  }

  await run(
    process.execPath,
    [
      '--conditions=@paperframe/source',
      '--import',
      'tsx',
      cli,
      'create-user',
      '--moderator',
      '--email',
      MODERATOR.email,
      '--name',
      'Contract moderator',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE: database,
        PAPERFRAME_PASSWORD: MODERATOR.password,
      },
    },
  );

  const lenient = { limit: 100_000, windowSeconds: 60 };
  const server = await startServer({
    port: 0,
    database,
    quiet: true,
    rateLimits: { auth: lenient, writeUser: lenient, writeIp: lenient },
  });
  cleanups.unshift(() => server.close());

  // An expired token: a real session of a real reader whose time is up.
  const registered = await request(server.url, 'POST', '/v1/auth/register', {
    body: {
      email: 'contract-expired@example.org',
      password: 'expired password',
      name: 'Expired',
    },
  });
  const userId = (registered.json as { user: { id: string } }).user.id;
  const handle = await openStore(database);
  const { token: expiredToken } = await createSession(handle.db, userId, -60);
  await handle.close();

  return {
    url: server.url,
    moderator: MODERATOR,
    expiredToken,
    papers: REFERENCE_PAPERS,
    close: async () => {
      for (const cleanup of cleanups) await cleanup();
    },
  };
}
