import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ReadableAtom } from 'nanostores';
import {
  comments,
  getSession,
  isPaperframeError,
  type PagedState,
  type Paper,
  paperGraph,
  reactions,
  reviews,
  Session,
  settled,
  setGlobalConfig,
} from '../src/index.js';
import {
  closedPortUrl,
  countingFetch,
  FOUNDATION,
  faultServer,
  GPT3,
  RLHF,
  referenceServer,
} from './helpers.js';

const batchCalls = (urls: string[]) =>
  urls.filter((url) => url.includes('/v1/papers?'));

describe('getSession', () => {
  test('keeps one session per base URL on globalThis', () => {
    const a = getSession('http://127.0.0.1:9/');
    const b = getSession('http://127.0.0.1:9');
    const other = getSession('http://127.0.0.1:10');
    const held = (globalThis as Record<symbol, Map<string, Session>>)[
      Symbol.for('paperframe.session')
    ];

    assert.equal(a, b);
    assert.notEqual(a, other);
    assert.equal(held?.get('http://127.0.0.1:9'), a);
  });

  test('falls back to the global config, then the default', () => {
    assert.equal(getSession().api, 'http://127.0.0.1:8787');
    setGlobalConfig({ api: 'http://127.0.0.1:9' });
    assert.equal(getSession().api, 'http://127.0.0.1:9');
    setGlobalConfig({ api: undefined });
  });

  test('lets the host supply the token', async () => {
    const session = new Session('http://127.0.0.1:9');
    const seen: Array<string | null> = [];
    session.$token.subscribe((token) => seen.push(token));

    session.setToken('one');
    assert.equal(await session.getToken(), 'one');
    session.setTokenProvider(async () => 'two');
    assert.equal(await session.getToken(), 'two');
    session.setTokenProvider(null);
    session.setToken(null);

    assert.equal(await session.getToken(), null);
    assert.deepEqual(seen, [null, 'one', null]);
  });
});

describe('paper stores against the reference server', () => {
  let server: Awaited<ReturnType<typeof referenceServer>>;

  before(async () => {
    server = await referenceServer();
  });
  after(() => server.close());

  test('loads a paper into the ready state', async () => {
    const session = new Session(server.url);
    const state = await settled(session.paper(RLHF));

    assert.equal(state.status, 'ready');
    assert.match((state as { data: Paper }).data.title, /Helpful and Harmless/);
  });

  test('shares one store and one request for the same paper', async () => {
    const counter = countingFetch();
    const session = new Session(server.url, { fetch: counter.fetch });
    const first = session.paper(RLHF);
    const second = session.paper(RLHF);

    assert.equal(first, second);
    await Promise.all([settled(first), settled(second)]);
    await settled(session.paper(RLHF));
    assert.equal(counter.urls.length, 1);
  });

  test('coalesces papers asked for in one tick into one batch', async () => {
    const counter = countingFetch();
    const session = new Session(server.url, { fetch: counter.fetch });
    const states = await Promise.all(
      [RLHF, GPT3, FOUNDATION, 'arxiv:0000.00000'].map((id) =>
        settled(session.paper(id)),
      ),
    );

    assert.equal(counter.urls.length, 1);
    assert.equal(batchCalls(counter.urls).length, 1);
    assert.deepEqual(
      states.map((state) => state.status),
      ['ready', 'ready', 'ready', 'not-found'],
    );
    const titles = states.map((s) =>
      s.status === 'ready' ? s.data.title : '',
    );
    assert.match(titles[1] ?? '', /Few-Shot Learners/);
    assert.match(titles[2] ?? '', /Foundation Models/);
  });

  test('splits more than 100 papers into batches of 100', async () => {
    const counter = countingFetch();
    const session = new Session(server.url, { fetch: counter.fetch });
    const ids = Array.from({ length: 150 }, (_, i) => `arxiv:9999.${i}`);
    const states = await Promise.all(
      [RLHF, ...ids].map((id) => settled(session.paper(id))),
    );

    assert.equal(batchCalls(counter.urls).length, 2);
    assert.equal(states[0]?.status, 'ready');
    assert.ok(states.slice(1).every((s) => s.status === 'not-found'));
  });

  test('shows not-found with an invalid id for a malformed id asked for alone', async () => {
    const session = new Session(server.url);
    const state = await settled(session.paper('not an id'));

    assert.deepEqual(state, { status: 'not-found', reason: 'invalid-id' });
  });

  test('shows not-found for an unknown paper asked for alone', async () => {
    const session = new Session(server.url);
    const state = await settled(session.paper('arxiv:0000.00000'));

    assert.deepEqual(state, { status: 'not-found', reason: 'unknown-id' });
  });

  test('keeps other papers when one id in the batch is malformed', async () => {
    const session = new Session(server.url);
    const [good, bad] = await Promise.all(
      [RLHF, 'not an id'].map((id) => settled(session.paper(id))),
    );

    assert.equal(good?.status, 'ready');
    assert.ok(bad?.status === 'not-found' || bad?.status === 'error');
  });
});

describe('stores of a paper the backend does not know', () => {
  let server: Awaited<ReturnType<typeof referenceServer>>;

  before(async () => {
    server = await referenceServer();
  });
  after(() => server.close());

  /** Each store's settled state and reason for one paper id. */
  async function statesFor(id: string) {
    const session = new Session(server.url, { retries: 0 });
    const paged = async (list: { $state: ReadableAtom<PagedState<unknown>> }) =>
      new Promise<PagedState<unknown>>((resolve) => {
        const stop = list.$state.listen((state) => {
          if (state.status === 'loading') return;
          stop();
          resolve(state);
        });
      });
    const one = (state: { status: string; reason?: string }) =>
      `${state.status}/${state.reason}`;

    return {
      reactions: one(await settled(reactions(session, id))),
      graph: one(await settled(paperGraph(session.client, id))),
      reviews: one(await paged(reviews(session, id))),
      comments: one(await paged(comments(session, id))),
    };
  }

  test('says not-found for an id no paper has', async () => {
    assert.deepEqual(await statesFor('arxiv:0000.00000'), {
      reactions: 'not-found/unknown-id',
      graph: 'not-found/unknown-id',
      reviews: 'not-found/unknown-id',
      comments: 'not-found/unknown-id',
    });
  });

  test('says the id is invalid for a malformed id', async () => {
    assert.deepEqual(await statesFor('arxiv:2204.05862.'), {
      reactions: 'not-found/invalid-id',
      graph: 'not-found/invalid-id',
      reviews: 'not-found/invalid-id',
      comments: 'not-found/invalid-id',
    });
  });
});

describe('paper store faults', () => {
  test('reports a closed port as a network error', async () => {
    const session = new Session(await closedPortUrl(), { retries: 0 });
    const state = await settled(session.paper(RLHF));

    assert.equal(state.status, 'error');
    const error = state.status === 'error' ? state.error : undefined;
    assert.equal(isPaperframeError(error) && error.kind, 'network');
  });

  test('recovers from an error on reload', async () => {
    const server = await referenceServer();
    const real = await fetch(
      `${server.url}/v1/papers/${encodeURIComponent(RLHF)}`,
    ).then((response) => response.json());
    await server.close();

    let calls = 0;
    const fault = await faultServer((_req, reply) => {
      calls += 1;
      if (calls === 1) reply(503, { title: 'Busy', status: 503 });
      else reply(200, real);
    });
    const $paper = new Session(fault.url, { retries: 0 }).paper(RLHF);
    const failed = await settled($paper);
    const seen: string[] = [];
    $paper.listen((state) => seen.push(state.status));
    await $paper.reload();
    await fault.close();

    assert.equal(failed.status, 'error');
    assert.deepEqual(seen, ['loading', 'ready']);
  });

  test('treats a batch answer that breaks the contract as an error', async () => {
    const fault = await faultServer((_req, reply) =>
      reply(200, { items: [{ id: 'x' }], notFound: [] }),
    );
    const session = new Session(fault.url);
    const states = await Promise.all(
      [RLHF, GPT3].map((id) => settled(session.paper(id))),
    );
    await fault.close();

    for (const state of states) {
      assert.equal(state.status, 'error');
      assert.match(
        state.status === 'error' ? state.error.message : '',
        /invalid response \(items\.0\./,
      );
    }
  });
});
