// <research-map>: layout and first render of random graphs, against raw
// cytoscape with the same layout, and the candidate layouts in raw cytoscape.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startBench } from './pages.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SIZES = [50, 200, 1000, 5000];
const CANDIDATES = ['grid', 'concentric', 'breadthfirst', 'cose'];
/** A layout is not tried at the next size when it would take longer. */
const GIVE_UP_MS = 20_000;
const RUNS = (n) => (n <= 200 ? 5 : n <= 1000 ? 3 : 1);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** A random graph with `n` nodes and three edges per node, from a seed. */
export function randomGraph(n, seed = 1) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const kinds = ['paper', 'paper', 'paper', 'person', 'institution', 'topic'];
  const nodes = Array.from({ length: n }, (_, i) => {
    const kind = i === 0 ? 'paper' : kinds[Math.floor(next() * kinds.length)];
    return kind === 'paper'
      ? {
          id: `n${i}`,
          kind,
          label: `Paper ${i} on a research question`,
          year: 2000 + Math.floor(next() * 25),
          weight: Math.floor(next() * 500),
        }
      : { id: `n${i}`, kind, label: `${kind} ${i}` };
  });
  const edges = [];
  const seen = new Set();
  for (let i = 0; i < n; i += 1) {
    for (let k = 0; k < 3 && n > 1; k += 1) {
      let j = Math.floor(next() * n);
      if (j === i) j = (j + 1) % n;
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({
        id: `e${edges.length}`,
        source: `n${i}`,
        target: `n${j}`,
        kind: 'cites',
      });
    }
  }
  return { nodes, edges, truncated: false };
}

async function rawBundle(dir) {
  const entry = join(dir, 'raw-graph-entry.js');
  writeFileSync(
    entry,
    [
      "export { default as cytoscape } from 'cytoscape';",
      `export { radialPositions } from ${JSON.stringify(join(root, 'packages/elements/src/research-map/graph-model.ts'))};`,
    ].join('\n'),
  );
  const outfile = join(dir, 'raw-graph.js');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    nodePaths: [join(root, 'packages/elements/node_modules')],
  });
  return outfile;
}

const PAGE = (api) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>map bench</title>
<link rel="icon" href="data:,">
<style>#stage { width: 1000px; height: 700px; } #stage > * { width: 100%; height: 100%; display: block; --pf-research-map-height: 700px; }</style>
<script type="module" src="/paperframe.js" data-api="${api}"></script>
<script type="module">import * as raw from '/raw-graph.js'; window.raw = raw;</script>
</head><body><main id="stage"></main></body></html>`;

/** Runs in the page: timing helpers on `window.mapBench`. */
function install() {
  const stage = document.getElementById('stage');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const style = [
    {
      selector: 'node',
      style: { label: 'data(label)', 'font-size': 10, width: 18, height: 18 },
    },
    { selector: 'edge', style: { width: 1, 'curve-style': 'haystack' } },
  ];
  window.mapBench = {
    async ours(graph) {
      stage.innerHTML = '';
      await frame();
      const start = performance.now();
      const map = document.createElement('research-map');
      map.graph = graph;
      stage.append(map);
      for (;;) {
        await frame();
        const shadow = map.shadowRoot;
        if (
          shadow?.querySelector('canvas') &&
          !shadow.querySelector('.overlay[role="status"], [aria-busy="true"]')
        )
          break;
      }
      const ms = performance.now() - start;
      map.remove();
      return ms;
    },
    async raw(graph, layout) {
      stage.innerHTML = '';
      const container = document.createElement('div');
      stage.append(container);
      await frame();
      const start = performance.now();
      let elements;
      let options;
      if (layout === 'radial') {
        const positions = window.raw.radialPositions(graph, graph.nodes[0].id);
        elements = [
          ...graph.nodes.map((n) => ({
            data: n,
            position: { ...positions.get(n.id) },
          })),
          ...graph.edges.map((e) => ({ data: e })),
        ];
        options = { name: 'preset', fit: true };
      } else {
        elements = [
          ...graph.nodes.map((n) => ({ data: n })),
          ...graph.edges.map((e) => ({ data: e })),
        ];
        options = { name: layout, animate: false, fit: true };
      }
      const cy = window.raw.cytoscape({
        container,
        elements,
        style,
        layout: options,
      });
      await frame();
      await frame();
      const ms = performance.now() - start;
      cy.destroy();
      container.remove();
      return ms;
    },
  };
}

/** The map section of `pnpm bench`. */
export async function run({ log }) {
  const dir = mkdtempSync(join(tmpdir(), 'pf-map-'));
  const raw = await rawBundle(dir);
  const bench = await startBench({
    pages: { '/map.html': PAGE },
    files: { '/raw-graph.js': raw },
  });
  const rows = [];
  const detail = {};
  try {
    const page = await bench.browser.newPage({
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${bench.origin}/map.html`);
    await page.waitForFunction(() => Boolean(window.raw));
    await page.evaluate(install);
    // Load the element and its graph chunk once before timing.
    await page.evaluate((g) => window.mapBench.ours(g), randomGraph(10));

    const slow = new Map();
    let previous = 0;
    for (const n of SIZES) {
      const graph = randomGraph(n, n);
      const time = async (fn) => {
        const runs = [];
        for (let i = 0; i < RUNS(n); i += 1) runs.push(await fn());
        return median(runs);
      };
      const ours = await time(() =>
        page.evaluate((g) => window.mapBench.ours(g), graph),
      );
      const radial = await time(() =>
        page.evaluate((g) => window.mapBench.raw(g, 'radial'), graph),
      );
      detail[n] = { ours, radial };
      log(
        `${n} nodes: ours ${ours.toFixed(0)} ms, raw radial ${radial.toFixed(0)} ms`,
      );
      rows.push({
        section: 'map',
        figure: `${n} nodes: <research-map> (radial, default)`,
        value: `${ours.toFixed(0)} ms`,
        floor: `${radial.toFixed(0)} ms`,
        ratio: ours / radial,
        note: `raw cytoscape + same radial positions; median of ${RUNS(n)}`,
      });
      for (const layout of CANDIDATES) {
        // A force layout grows with the square of the nodes; the others
        // little faster than the drawing.
        const growth = layout === 'cose' ? 2 : 1.2;
        const estimate =
          (detail[previous]?.[layout] ?? 0) * (n / previous) ** growth;
        if (estimate > GIVE_UP_MS || slow.has(layout)) {
          slow.set(layout, true);
          rows.push({
            section: 'map',
            figure: `${n} nodes: raw cytoscape ${layout}`,
            value: 'skipped',
            note:
              estimate > 0
                ? `about ${(estimate / 1000).toFixed(0)} s expected from ${previous} nodes`
                : 'skipped at a smaller size',
          });
          continue;
        }
        const ms = await time(() =>
          page.evaluate(([g, l]) => window.mapBench.raw(g, l), [graph, layout]),
        );
        detail[n][layout] = ms;
        log(`${n} nodes: raw ${layout} ${ms.toFixed(0)} ms`);
        rows.push({
          section: 'map',
          figure: `${n} nodes: raw cytoscape ${layout}`,
          value: `${ms.toFixed(0)} ms`,
          floor: `${radial.toFixed(0)} ms`,
          ratio: ms / radial,
          note: 'against raw radial',
        });
      }
      previous = n;
    }
    await page.close();
    return { rows, detail };
  } finally {
    await bench.close();
  }
}
