import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createClient } from '../src/client/client.js';
import type { Graph } from '../src/contract/types.js';
import { graphStore, mergeGraphs, paperGraph } from '../src/stores/graph.js';
import { settled } from '../src/stores/resource.js';

const slice: Graph = {
  nodes: [
    { id: 'paper:a', kind: 'paper', label: 'A', year: 2022 },
    { id: 'person:ann', kind: 'person', label: 'Ann' },
  ],
  edges: [
    { id: 'e1', source: 'person:ann', target: 'paper:a', kind: 'authored' },
  ],
  truncated: false,
};

const annsWork: Graph = {
  nodes: [
    { id: 'person:ann', kind: 'person', label: 'Ann' },
    { id: 'paper:b', kind: 'paper', label: 'B', year: 2020 },
  ],
  edges: [
    { id: 'e1', source: 'person:ann', target: 'paper:a', kind: 'authored' },
    { id: 'e2', source: 'person:ann', target: 'paper:b', kind: 'authored' },
    { id: 'e3', source: 'paper:b', target: 'paper:zzz', kind: 'cites' },
  ],
  truncated: true,
};

describe('mergeGraphs', () => {
  test('keeps each node and edge once and drops dangling edges', () => {
    const merged = mergeGraphs(slice, annsWork);

    assert.deepEqual(
      merged.nodes.map((node) => node.id),
      ['paper:a', 'person:ann', 'paper:b'],
    );
    assert.deepEqual(
      merged.edges.map((edge) => edge.id),
      ['e1', 'e2'],
    );
    assert.equal(merged.truncated, true);
  });

  test('treats the same link under another id as a duplicate', () => {
    const again: Graph = {
      nodes: [],
      edges: [
        { id: 'x', source: 'person:ann', target: 'paper:a', kind: 'authored' },
      ],
      truncated: false,
    };

    assert.equal(mergeGraphs(slice, again).edges.length, 1);
  });
});

describe('graphStore', () => {
  test('loads the slice, then expands a node and reports what is new', async () => {
    const $graph = graphStore({
      load: async () => slice,
      expand: async () => annsWork,
    });

    const first = await settled($graph);
    assert.equal(first.status, 'ready');

    const added = await $graph.expand('person:ann');
    const state = $graph.get();
    assert.deepEqual(added, ['paper:b']);
    assert.equal(state.status === 'ready' && state.data.nodes.length, 3);
    assert.ok($graph.expanded.has('person:ann'));
  });

  test('refuses to expand when the source cannot', async () => {
    const $graph = graphStore({ load: async () => slice });

    await settled($graph);
    assert.equal($graph.canExpand, false);
    await assert.rejects($graph.expand('paper:a'), TypeError);
  });

  test('turns a failed load into an error state', async () => {
    const $graph = graphStore({
      load: async () => {
        throw new Error('down');
      },
    });

    const state = await settled($graph);
    assert.equal(state.status, 'error');
  });
});

describe('paperGraph over HTTP', () => {
  let server: Server;
  let api = '';
  const seen: string[] = [];

  before(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      const body = req.url?.startsWith('/v1/nodes/') ? annsWork : slice;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve),
    );
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('asks for the slice with kinds and limit, and expands by node id', async () => {
    const client = createClient({ api, retries: 0 });
    const $graph = paperGraph(client, 'arxiv:2204.05862', {
      kinds: ['paper', 'topic'],
      limit: 40,
    });

    await settled($graph);
    await $graph.expand('person:ann');

    assert.deepEqual(seen, [
      '/v1/papers/arxiv%3A2204.05862/graph?kinds=paper%2Ctopic&limit=40',
      '/v1/nodes/person%3Aann/graph',
    ]);
  });
});
