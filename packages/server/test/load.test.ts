// A bounded load run on loopback at a steady rate: every answer is a 2xx or
// a 304 and the server's memory stays flat. Short by default; the soak run
// (`pnpm test:soak`, CI) sets PAPERFRAME_LOAD_SECONDS=30.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.PAPERFRAME_LOAD_SECONDS ?? 4);
const RATE = Number(process.env.PAPERFRAME_LOAD_RATE ?? 400);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const entry = fileURLToPath(new URL('./crash-server.ts', import.meta.url));

/** Resident memory of a process, in MiB, from /proc. */
function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function hammer(url: string, seconds: number) {
  const ids = ['arxiv:2204.05862', 'arxiv:2212.08073', 'arxiv:2203.02155'];
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url,
        connections: 10,
        overallRate: RATE,
        duration: seconds,
        requests: [
          { method: 'GET', path: `/v1/papers/${ids[0]}` },
          { method: 'GET', path: `/v1/papers?ids=${ids.join(',')}` },
          { method: 'GET', path: `/v1/papers/${ids[1]}/reactions` },
          { method: 'GET', path: `/v1/papers/${ids[2]}/graph?limit=36` },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

describe('steady load on loopback', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pf-load-'));
  const child = spawn(
    process.execPath,
    ['--conditions=@paperframe/source', '--import', 'tsx', entry],
    {
      cwd: root,
      env: { ...process.env, DATABASE: join(dir, 'load.sqlite') },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  after(() => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it(`answers ${RATE} requests a second without errors and with flat memory`, async () => {
    const url = await new Promise<string>((resolve) => {
      createInterface({ input: child.stdout! }).once('line', (line) =>
        resolve(JSON.parse(line).url),
      );
    });

    // Warm up, then measure memory across the run proper.
    await hammer(url, 2);
    const before = rssMiB(child.pid!);
    const result = await hammer(url, SECONDS);
    const afterRun = rssMiB(child.pid!);

    console.log(
      `load: ${result.requests.total} requests in ${SECONDS} s at ${RATE}/s, ` +
        `p99 ${result.latency.p99} ms, ${result.errors} errors, ` +
        `${result.non2xx} non-2xx, memory ${before.toFixed(0)} → ${afterRun.toFixed(0)} MiB`,
    );
    assert.equal(result.errors, 0);
    assert.equal(result.timeouts, 0);
    assert.equal(result.non2xx, 0);
    assert.ok(result.requests.total >= RATE * SECONDS * 0.8, 'rate held');
    assert.ok(
      afterRun < before * 1.25 + 16,
      `memory grew from ${before.toFixed(0)} to ${afterRun.toFixed(0)} MiB`,
    );
  });
});
