// `kill -9` of a server process in the middle of a stream of writes, then a
// restart, round after round: every write the server acknowledged is still
// there and the SQLite file opens cleanly. Three rounds by default;
// PAPERFRAME_CRASH_ROUNDS=20 for the full soak run.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openStore } from '../src/db/database.js';
import { rawRequest } from './http.js';

const ROUNDS = Number(process.env.PAPERFRAME_CRASH_ROUNDS ?? 3);
const WRITERS = 4;
const root = fileURLToPath(new URL('../../..', import.meta.url));
const entry = fileURLToPath(new URL('./crash-server.ts', import.meta.url));

async function start(database: string) {
  const child = spawn(
    process.execPath,
    ['--conditions=@paperframe/source', '--import', 'tsx', entry],
    {
      cwd: root,
      env: { ...process.env, DATABASE: database },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('no start in 60 s')),
      60_000,
    );
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (l) => {
      clearTimeout(timer);
      resolve(l);
    });
  });
  return { child, url: JSON.parse(line).url as string };
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

describe('kill -9 during writes (SQLite file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pf-crash-'));
  const database = join(dir, 'store.sqlite');
  let running: ChildProcess | undefined;
  after(async () => {
    if (running) await killed(running);
    rmSync(dir, { recursive: true, force: true });
  });

  it(`loses no acknowledged write over ${ROUNDS} crashes`, async (t) => {
    const acknowledged: string[] = [];
    let token = '';
    for (let round = 0; round < ROUNDS; round++) {
      const { child, url } = await start(database);
      running = child;
      if (round === 0) {
        const reply = await rawRequest(url, {
          method: 'POST',
          path: '/v1/auth/register',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            email: 'crash@example.org',
            password: 'crash test',
            name: 'Crash',
          }),
        });
        token = JSON.parse(reply.body).token;
      }

      let stop = false;
      let acks = 0;
      let reached = () => {};
      const enough = new Promise<void>((resolve) => {
        reached = resolve;
      });
      const writer = async (w: number) => {
        for (let n = 0; !stop; n++) {
          try {
            const reply = await rawRequest(url, {
              method: 'POST',
              path: '/v1/papers/arxiv:2204.05862/comments',
              headers: {
                Authorization: `Bearer ${token}`,
                'Content-Type': 'application/json',
              },
              body: JSON.stringify({
                body: `round ${round} writer ${w} #${n}`,
              }),
            });
            assert.equal(reply.status, 201, reply.body);
            acknowledged.push(JSON.parse(reply.body).id);
            if (++acks >= 10) reached();
          } catch (error) {
            if (stop) return;
            throw error;
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      await enough;
      await new Promise((r) => setTimeout(r, Math.random() * 100));
      stop = true;
      await killed(child);
      running = undefined;
      await Promise.all(writers);

      const store = await openStore(database);
      try {
        const check = await sql<{
          integrity_check: string;
        }>`pragma integrity_check`.execute(store.db);
        assert.equal(check.rows[0]?.integrity_check, 'ok', `round ${round}`);
        const present = new Set(
          (await store.db.selectFrom('comments').select('id').execute()).map(
            (r) => r.id,
          ),
        );
        const lost = acknowledged.filter((id) => !present.has(id));
        assert.deepEqual(lost, [], `round ${round}: acknowledged writes lost`);
      } finally {
        await store.close();
      }
    }
    t.diagnostic(
      `crash: ${ROUNDS} rounds of kill -9, ${acknowledged.length} acknowledged writes, none lost, store opened cleanly each time`,
    );
  });
});
