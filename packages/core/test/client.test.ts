import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import {
  createClient,
  isPaperframeError,
  PaperframeError,
  parseRetryAfter,
} from '../src/index.js';
import { Paper, PaperBatch } from '../src/contract/index.js';
import {
  closedPortUrl,
  faultServer,
  RLHF,
  referenceServer,
} from './helpers.js';

describe('client against the reference server', () => {
  let server: Awaited<ReturnType<typeof referenceServer>>;

  before(async () => {
    server = await referenceServer();
  });
  after(() => server.close());

  test('reads a paper and validates it', async () => {
    const client = createClient({ api: `${server.url}/` });
    const paper = await client.get(
      `v1/papers/${encodeURIComponent(RLHF)}`,
      Paper,
    );

    assert.match(paper.title, /Helpful and Harmless Assistant/);
    assert.equal(paper.year, 2022);
    assert.equal(paper.authors[0]?.name, 'Yuntao Bai');
  });

  test('idle() waits for the requests under way', async () => {
    const client = createClient({ api: server.url });
    let finished = false;
    const read = client
      .get(`v1/papers/${encodeURIComponent(RLHF)}`, Paper)
      .then(() => {
        finished = true;
      });

    await client.idle();
    assert.equal(finished, true);
    await read;
  });

  test('reads a batch with query parameters', async () => {
    const client = createClient({ api: server.url });
    const batch = await client.get('/v1/papers', PaperBatch, {
      searchParams: { ids: `${RLHF},arxiv:0000.00000`, unused: undefined },
    });

    assert.equal(batch.items.length, 1);
    assert.deepEqual(batch.notFound, ['arxiv:0000.00000']);
  });

  test('turns 404 into an http error with the problem document', async () => {
    const client = createClient({ api: server.url });
    const error = await client
      .get('v1/papers/arxiv:0000.00000', Paper)
      .catch((e: unknown) => e);

    assert.ok(isPaperframeError(error));
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 404);
    assert.equal(error.method, 'GET');
    assert.equal(error.problem?.status, 404);
    assert.match(error.message, /^Request failed with 404/);
    assert.match(error.message, /GET http:\/\/127\.0\.0\.1:\d+\/v1\/papers\//);
  });

  test('names the field when the body breaks the contract', async () => {
    const client = createClient({ api: server.url });
    const error = await client
      .get(
        `v1/papers/${encodeURIComponent(RLHF)}`,
        v.object({ title: v.number() }),
      )
      .catch((e: unknown) => e);

    assert.ok(isPaperframeError(error));
    assert.equal(error.kind, 'invalid-response');
    assert.equal(error.field, 'title');
    assert.match(error.message, /\(title\)/);
  });
});

describe('client faults', () => {
  test('reports a closed port as a network error', async () => {
    const client = createClient({ api: await closedPortUrl(), retries: 0 });
    const error = await client.get('v1/papers', Paper).catch((e) => e);

    assert.ok(isPaperframeError(error));
    assert.equal(error.kind, 'network');
  });

  test('reports a hung server as a timeout', async () => {
    const fault = await faultServer(() => {});
    const client = createClient({ api: fault.url, timeout: 200 });
    const error = await client.get('v1/papers', Paper).catch((e) => e);
    await fault.close();

    assert.ok(isPaperframeError(error));
    assert.equal(error.kind, 'timeout');
  });

  test('reports a body that is not JSON as invalid', async () => {
    const fault = await faultServer((_req, reply) => reply(200, '<html>'));
    const client = createClient({ api: fault.url });
    const error = await client.get('v1/papers', Paper).catch((e) => e);
    await fault.close();

    assert.ok(isPaperframeError(error));
    assert.equal(error.kind, 'invalid-response');
    assert.equal(error.field, 'body');
  });

  test('retries a read after 503 but never a write', async () => {
    let calls = 0;
    const fault = await faultServer((_req, reply) => {
      calls += 1;
      if (calls === 1) reply(503, { title: 'Busy', status: 503 });
      else reply(200, { ok: true });
    });
    const client = createClient({ api: fault.url, retries: 1 });
    const read = await client.get('v1/x', v.object({ ok: v.boolean() }));
    assert.deepEqual(read, { ok: true });
    assert.equal(fault.hits.length, 2);

    calls = 0;
    const error = await client
      .request('POST', 'v1/x', null, { json: { a: 1 } })
      .catch((e) => e);
    await fault.close();

    assert.ok(isPaperframeError(error));
    assert.equal(error.status, 503);
    assert.equal(error.problem?.title, 'Busy');
    assert.equal(fault.hits.length, 3);
  });

  test('keeps Retry-After on a 429', async () => {
    const fault = await faultServer((_req, reply) =>
      reply(429, { title: 'Slow down', status: 429 }, { 'retry-after': '7' }),
    );
    const client = createClient({ api: fault.url, retries: 0 });
    const error = await client.get('v1/x', Paper).catch((e) => e);
    await fault.close();

    assert.ok(isPaperframeError(error));
    assert.equal(error.retryAfter, 7);
  });

  test('sends the bearer token only when there is one', async () => {
    const fault = await faultServer((_req, reply) => reply(204, ''));
    let token: string | null = null;
    const client = createClient({ api: fault.url, token: () => token });

    await client.request('DELETE', 'v1/x', null);
    token = 'abc';
    await client.request('DELETE', 'v1/x', null);
    await fault.close();

    assert.equal(fault.hits[0]?.headers.authorization, undefined);
    assert.equal(fault.hits[1]?.headers.authorization, 'Bearer abc');
  });
});

describe('PaperframeError', () => {
  test('is recognised across copies by its brand', () => {
    const mine = new PaperframeError({
      kind: 'network',
      method: 'GET',
      url: '/',
    });
    const other = { [Symbol.for('paperframe.error')]: true };

    assert.ok(isPaperframeError(mine));
    assert.ok(isPaperframeError(other));
    assert.ok(!isPaperframeError(new Error('x')));
    assert.ok(!isPaperframeError(null));
  });

  test('parses Retry-After seconds and dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');

    assert.equal(parseRetryAfter('3', now), 3);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now), 10);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});
