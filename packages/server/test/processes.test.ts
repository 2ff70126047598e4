import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  freshDatabase,
  postgresUnavailable,
  startPostgres,
  type TestPostgres,
} from './postgres.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const entry = fileURLToPath(new URL('./serve.ts', import.meta.url));

async function serverProcess(database: string) {
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
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', resolve);
  });
  return {
    url: JSON.parse(line).url as string,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const skip = postgresUnavailable() ?? undefined;

describe('two server processes on one PostgreSQL', { skip }, () => {
  let pg: TestPostgres;
  let servers: { url: string; stop(): Promise<void> }[] = [];

  before(async () => {
    const started = await startPostgres();
    if (typeof started === 'string') throw new Error(started);
    pg = started;
    const database = await freshDatabase(pg.url);
    // The first process migrates and imports; the second finds it done.
    servers.push(await serverProcess(database));
    servers.push(await serverProcess(database));
  });
  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    servers = [];
    await pg?.stop();
  });

  it('answer consistently: a write through one is read through the other', async () => {
    const [a, b] = servers as unknown as [{ url: string }, { url: string }];
    const reg = await fetch(`${a.url}/v1/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'two@example.org',
        password: 'two processes',
        name: 'Two',
      }),
    });
    assert.equal(reg.status, 201);
    const { token } = (await reg.json()) as { token: string };

    const vote = await fetch(
      `${a.url}/v1/papers/arxiv:2204.05862/reactions/me`,
      {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ vote: 'like' }),
      },
    );
    assert.equal(vote.status, 200);

    const read = await fetch(`${b.url}/v1/papers/arxiv:2204.05862/reactions`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const reactions = (await read.json()) as {
      counts: { likes: number };
      mine: { vote: string };
    };
    assert.equal(reactions.counts.likes, 1);
    assert.equal(reactions.mine.vote, 'like');

    const paper = await fetch(`${b.url}/v1/papers/arxiv:2204.05862`);
    assert.equal(
      ((await paper.json()) as { counts: { likes: number } }).counts.likes,
      1,
    );
  });

  it('share one rate-limit counter', async () => {
    const [a, b] = servers as unknown as [{ url: string }, { url: string }];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${i % 2 ? b.url : a.url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          email: 'no@example.org',
          password: 'nothing12',
        }),
      });
      statuses.push(res.status);
    }
    // serve.ts allows 4 auth attempts a minute per address; registering in
    // the test above used one.
    assert.deepEqual(statuses, [401, 401, 401, 429, 429, 429]);
  });
});
