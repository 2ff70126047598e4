import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createBatcher,
  NOT_FOUND,
  resourceStore,
  settled,
} from '../src/index.js';

describe('resourceStore', () => {
  test('loads on first listener, not before', async () => {
    let loads = 0;
    const $store = resourceStore(async () => {
      loads += 1;
      return 'data';
    });

    assert.equal(loads, 0);
    assert.deepEqual(await settled($store), { status: 'ready', data: 'data' });
    await settled($store);
    assert.equal(loads, 1);
  });

  test('starts from a known state and loads only on reload', async () => {
    let loads = 0;
    const $store = resourceStore(
      async () => {
        loads += 1;
        return 'fresh';
      },
      { initial: { status: 'ready', data: 'known' } },
    );

    assert.deepEqual(await settled($store), { status: 'ready', data: 'known' });
    assert.equal(loads, 0);
    await $store.reload();
    assert.deepEqual($store.get(), { status: 'ready', data: 'fresh' });
  });

  test('maps NOT_FOUND and rejections to their states', async () => {
    const missing = resourceStore(async () => NOT_FOUND);
    const broken = resourceStore(async () => {
      throw new Error('boom');
    });

    assert.equal((await settled(missing)).status, 'not-found');
    const state = await settled(broken);
    assert.equal(state.status === 'error' && state.error.message, 'boom');
  });

  test('keeps shown data while reloading, and ignores a stale answer', async () => {
    const answers: Array<(value: string) => void> = [];
    const $store = resourceStore(
      () => new Promise<string>((resolve) => answers.push(resolve)),
    );
    const seen: string[] = [];
    $store.subscribe((state) =>
      seen.push(state.status === 'ready' ? state.data : state.status),
    );

    answers[0]?.('first');
    await settled($store);
    const slow = $store.reload();
    const fast = $store.reload();
    answers[2]?.('third');
    await fast;
    answers[1]?.('second');
    await slow;

    assert.deepEqual(seen, ['loading', 'first', 'third']);
  });
});

describe('createBatcher', () => {
  test('fetches keys of one tick together, once each', async () => {
    const calls: string[][] = [];
    const load = createBatcher(async (keys: string[]) => {
      calls.push(keys);
      return new Map(keys.map((key) => [key, key.toUpperCase()]));
    });

    const values = await Promise.all(['a', 'b', 'a'].map(load));
    await load('c');

    assert.deepEqual(values, ['A', 'B', 'A']);
    assert.deepEqual(calls, [['a', 'b'], ['c']]);
  });

  test('splits large groups and rejects only the failed group', async () => {
    const load = createBatcher(
      async (keys: number[]) => {
        if (keys.includes(0)) throw new Error('first group');
        return new Map(keys.map((key) => [key, key]));
      },
      { maxSize: 2 },
    );

    const results = await Promise.allSettled([0, 1, 2, 3, 4].map(load));

    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled'],
    );
  });

  test('resolves a key the fetcher left out to undefined', async () => {
    const load = createBatcher(async () => new Map<string, string>());

    assert.equal(await load('x'), undefined);
  });
});
