import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  auth,
  collections,
  isPaperframeError,
  reactions,
  Session,
  settled,
} from '../src/index.js';
import { RLHF, referenceServer } from './helpers.js';

let server: { url: string; close(): Promise<void> };
let users = 0;

before(async () => {
  server = await referenceServer();
});
after(() => server.close());

async function signedIn(options = {}): Promise<Session> {
  const session = new Session(server.url, options);
  const response = await fetch(`${server.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `reader${++users}-${Date.now()}@example.org`,
      password: 'correct horse battery',
      name: `Reader ${users}`,
    }),
  });
  const { token } = (await response.json()) as { token: string };
  auth(session).useToken(token);
  return session;
}

async function ready(session: Session, id = RLHF) {
  const state = await settled(reactions(session, id));
  assert.equal(state.status, 'ready');
  return state.data;
}

describe('reactions', () => {
  test('shows counts but no own state while signed out', async () => {
    const data = await ready(new Session(server.url));
    assert.equal(data.mine, null);
    assert.equal(typeof data.counts.likes, 'number');
  });

  test("shows the reader's own state when shown again after a sign-in", {
    timeout: 10_000,
  }, async () => {
    const session = new Session(server.url);
    const signedOut = await ready(session);
    assert.equal(signedOut.mine, null);
    // Past nanostores' grace period, so the store is truly unmounted.
    await new Promise((resolve) => setTimeout(resolve, 1100));

    // Nothing shows the store while the reader signs in.
    const response = await fetch(`${server.url}/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `later${Date.now()}@example.org`,
        password: 'correct horse battery',
        name: 'Later Reader',
      }),
    });
    const { token } = (await response.json()) as { token: string };
    auth(session).useToken(token);
    await new Promise<void>((resolve) => {
      const stop = auth(session).$user.subscribe((state) => {
        if (state.status !== 'signed-in') return;
        queueMicrotask(() => stop());
        resolve();
      });
    });

    const $r = reactions(session, RLHF);
    const shown = await new Promise<unknown>((resolve) => {
      const stop = $r.subscribe((state) => {
        if (state.status !== 'ready' || state.data.mine === null) return;
        queueMicrotask(() => stop());
        resolve(state.data.mine);
      });
    });
    assert.deepEqual(shown, { vote: 'none', kinds: [], collections: [] });
  });

  test('keeps the last of many fast clicks, and the server agrees', async () => {
    const session = await signedIn();
    const $r = reactions(session, RLHF);
    const before = await ready(session);

    const clicks = [
      $r.setVote('like'),
      $r.setVote('dislike'),
      $r.setVote('none'),
      $r.setVote('like'),
    ];
    const optimistic = $r.get();
    assert.equal(
      optimistic.status === 'ready' && optimistic.data.mine?.vote,
      'like',
    );
    await Promise.all(clicks);

    const shown = $r.get();
    assert.equal(shown.status, 'ready');
    if (shown.status !== 'ready') return;
    assert.equal(shown.data.mine?.vote, 'like');
    assert.equal(shown.data.counts.likes, before.counts.likes + 1);

    const fresh = await ready(new Session(server.url));
    assert.equal(fresh.counts.likes, shown.data.counts.likes);
  });

  test('saves into a new collection and counts the save once', async () => {
    const session = await signedIn();
    const $r = reactions(session, RLHF);
    const before = await ready(session);
    const $c = collections(session);
    await settled($c);

    const reading = await $c.create('Reading group');
    await Promise.all([
      $r.setSaved(reading.id, true),
      $r.setSaved('default', true),
    ]);

    const state = $r.get();
    assert.ok(state.status === 'ready');
    if (state.status !== 'ready') return;
    assert.ok(state.data.mine?.collections.includes(reading.id));
    assert.equal(state.data.mine?.collections.length, 2);
    assert.equal(state.data.counts.saves, before.counts.saves + 1);
  });

  test('rolls back and rejects when the network fails', async () => {
    let down = false;
    const session = await signedIn({
      fetch: ((input, init) =>
        down
          ? Promise.reject(new TypeError('Failed to fetch'))
          : fetch(input, init)) as typeof fetch,
    });
    const $r = reactions(session, RLHF);
    const before = await ready(session);

    down = true;
    const click = $r.setKinds(['rigorous']);
    const optimistic = $r.get();
    assert.ok(optimistic.status === 'ready');
    if (optimistic.status === 'ready') {
      assert.deepEqual(optimistic.data.mine?.kinds, ['rigorous']);
    }

    const error = await click.then(
      () => null,
      (caught: unknown) => caught,
    );
    assert.ok(isPaperframeError(error));
    assert.equal(error.kind, 'network');
    const rolledBack = $r.get();
    assert.ok(rolledBack.status === 'ready');
    if (rolledBack.status === 'ready') {
      assert.deepEqual(rolledBack.data, before);
    }
  });

  test('signs the reader out when the backend no longer knows the token', async () => {
    const session = new Session(server.url);
    auth(session).useToken('revoked-or-made-up');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const state = auth(session).$user.get();
    assert.deepEqual(state, { status: 'signed-out', reason: 'expired' });
    assert.equal(session.$token.get(), null);
  });
});
