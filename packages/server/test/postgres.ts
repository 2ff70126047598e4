import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * The newest Debian PostgreSQL binaries (`/usr/lib/postgresql/<major>/bin`),
 * or the folder PGBIN names.
 */
function findPgBin(): string {
  if (process.env.PGBIN) return process.env.PGBIN;
  const base = '/usr/lib/postgresql';
  const majors = existsSync(base)
    ? readdirSync(base)
        .filter((name) => existsSync(join(base, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return majors[0] ? join(base, majors[0], 'bin') : join(base, '<major>/bin');
}

const PGBIN = findPgBin();

/** A PostgreSQL server for tests, and how to stop it. */
export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export function postgresUnavailable(): string | null {
  if (process.env.DATABASE_URL?.startsWith('postgres')) return null;
  if (existsSync(join(PGBIN, 'initdb'))) return null;
  return `PostgreSQL binaries not found in ${PGBIN}; install Debian's postgresql package or set DATABASE_URL.`;
}

/**
 * Gives a PostgreSQL server: the one in DATABASE_URL when set, otherwise a
 * throwaway cluster started from Debian's binaries. Null, with the reason,
 * when neither is available.
 */
export async function startPostgres(): Promise<TestPostgres | string> {
  const given = process.env.DATABASE_URL;
  if (given?.startsWith('postgres')) {
    return { url: given, stop: async () => {} };
  }
  if (!existsSync(join(PGBIN, 'initdb'))) {
    return `PostgreSQL binaries not found in ${PGBIN}; install Debian's postgresql package or set DATABASE_URL.`;
  }

  const dir = mkdtempSync(join(tmpdir(), 'pf-pg-'));
  const port = await freePort();
  const asPostgres = (bin: string, args: string[]) =>
    execFileSync(
      'runuser',
      ['-u', 'postgres', '--', join(PGBIN, bin), ...args],
      {
        cwd: '/',
        stdio: 'ignore',
      },
    );
  execFileSync('chown', ['postgres:postgres', dir]);
  asPostgres('initdb', [
    '-D',
    `${dir}/data`,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  asPostgres('pg_ctl', [
    '-D',
    `${dir}/data`,
    '-l',
    `${dir}/log`,
    '-w',
    '-t',
    '30',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      asPostgres('pg_ctl', [
        '-D',
        `${dir}/data`,
        '-m',
        'immediate',
        '-w',
        'stop',
      ]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database on the server and returns its URL. */
export async function freshDatabase(serverUrl: string): Promise<string> {
  const name = `pf_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
