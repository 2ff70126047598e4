// Requests Node's HTTP parser refuses before the app sees them still get a
// problem document: headers or a URL over the limit, bytes that are not
// HTTP, a body longer than its Content-Length. Sent over raw sockets, since
// no HTTP client will send them.
import assert from 'node:assert/strict';
import { maxHeaderSize } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Problem } from '@paperframe/core/contract';
import * as v from 'valibot';
import { type RunningServer, startServer } from '../src/server.js';

/** One answer, split into its parts. */
interface Answer {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/**
 * Writes `bytes` on a fresh connection and reads until the server closes it.
 * Rejects when it stays open longer than `timeoutMs`.
 */
function exchange(url: string, bytes: string, timeoutMs = 5000) {
  const { hostname, port } = new URL(url);
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the connection stayed open ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    socket.write(bytes);
  });
}

/** The first answer in `raw`, framed by its Content-Length. */
function firstAnswer(raw: string): Answer {
  const end = raw.indexOf('\r\n\r\n');
  assert.ok(end > 0, `no complete head in ${JSON.stringify(raw)}`);
  const [statusLine, ...lines] = raw.slice(0, end).split('\r\n');
  const headers = new Map(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [
        line.slice(0, colon).trim().toLowerCase(),
        line.slice(colon + 1).trim(),
      ];
    }),
  );
  const length = Number(headers.get('content-length'));
  const body = Buffer.from(raw.slice(end + 4))
    .subarray(0, length)
    .toString('utf8');
  return { status: Number(statusLine?.split(' ')[1]), headers, body };
}

/** Asserts `answer` is a closing problem document with `status`. */
function assertProblem(answer: Answer, status: number) {
  assert.equal(answer.status, status);
  assert.equal(answer.headers.get('content-type'), 'application/problem+json');
  assert.equal(answer.headers.get('connection'), 'close');
  const problem = v.parse(Problem, JSON.parse(answer.body));
  assert.equal(problem.status, status);
  assert.ok((problem.detail ?? '').length > 0);
  return problem;
}

describe('requests the HTTP parser refuses', () => {
  let server: RunningServer;

  before(async () => {
    server = await startServer({
      port: 0,
      database: ':memory:',
      importFile: '/nonexistent/no-data.jsonl',
      quiet: true,
    });
  });
  after(() => server.close());

  it('answers a URL over the header limit with a 431 problem', async () => {
    const path = `/v1/papers/${'a'.repeat(maxHeaderSize + 100)}`;
    const raw = await exchange(
      server.url,
      `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`,
    );
    const problem = assertProblem(firstAnswer(raw), 431);
    assert.match(problem.detail ?? '', new RegExp(String(maxHeaderSize)));
  });

  it('answers a header over the limit with a 431 problem', async () => {
    const raw = await exchange(
      server.url,
      `GET /v1/reaction-kinds HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(maxHeaderSize)}\r\n\r\n`,
    );
    assertProblem(firstAnswer(raw), 431);
  });

  it('answers a body longer than its Content-Length with a 400 problem', async () => {
    const body = '{"email":"a@example.org","password":"long enough"}';
    const raw = await exchange(
      server.url,
      `POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n${body}`,
    );
    assertProblem(firstAnswer(raw), 400);
  });

  it('answers bytes that are not HTTP with a 400 problem', async () => {
    const raw = await exchange(server.url, 'HELLO THERE\r\n\r\n');
    assertProblem(firstAnswer(raw), 400);
  });

  it('keeps serving after clients that vanish mid-request', async () => {
    const { hostname, port } = new URL(server.url);
    await Promise.all(
      Array.from(
        { length: 5 },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(Number(port), hostname, () => {
              socket.write(
                `GET /${'c'.repeat(maxHeaderSize + 10)} HTTP/1.1\r\n`,
              );
              socket.destroy();
              resolve();
            });
            socket.on('error', () => resolve());
          }),
      ),
    );
    const reply = await fetch(`${server.url}/v1/reaction-kinds`);
    assert.equal(reply.status, 200);
    await reply.body?.cancel();
  });
});
