// Requests a reader's browser makes to the API, counted exactly on the built
// script-tag embed against the real server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { measureRequests, register, startBench } from '../bench/pages.mjs';

describe('requests to the API', () => {
  let bench;
  before(async () => {
    bench = await startBench();
  });
  after(() => bench?.close());

  it('loads 50 cards with one request for paper metadata', async () => {
    const seen = await measureRequests(bench, '/cards-50.html');
    assert.deepEqual(seen.problems, []);
    assert.equal(seen.paper, 1, seen.api.join('\n'));
  });

  it('makes no graph request and loads no graph code on a page of cards', async () => {
    const seen = await measureRequests(bench, '/cards-50.html');
    assert.equal(seen.graph, 0, seen.api.join('\n'));
    assert.ok(
      seen.scripts.every((script) => !/graph|research-map/.test(script)),
      seen.scripts.join('\n'),
    );
  });

  it('shows every element for one paper with one paper and one session request, none twice', async () => {
    const token = await register(bench.api);
    const seen = await measureRequests(bench, '/all.html', { token });
    assert.deepEqual(seen.problems, []);
    assert.equal(seen.paper, 1, seen.api.join('\n'));
    assert.equal(seen.session, 1, seen.api.join('\n'));
    assert.deepEqual(seen.duplicates, []);
  });

  it('asks a signed-out reader for no session at all', async () => {
    const seen = await measureRequests(bench, '/all.html');
    assert.equal(seen.paper, 1, seen.api.join('\n'));
    assert.equal(seen.session, 0, seen.api.join('\n'));
    assert.deepEqual(seen.duplicates, []);
  });
});
