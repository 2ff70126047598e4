// Bytes a page pays for Paperframe's script-tag build, against a bundle of
// the libraries it is built on (lit, @lit/context, nanostores, ky) alone.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  CYTOSCAPE_THRESHOLD,
  EMBED_DIST,
  pageSets,
  readBundle,
  sizes,
  total,
} from './bundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The budget, in brotli bytes, of the entry and of a page of cards. */
export const BUDGET_BROTLI = 25 * 1024;

/** Minified bundle of the four runtime libraries, and its sizes. */
export async function floorBundle(
  dir = mkdtempSync(join(tmpdir(), 'pf-floor-')),
) {
  const entry = join(dir, 'floor.js');
  writeFileSync(
    entry,
    [
      "export * from 'lit';",
      "export * from 'lit/decorators.js';",
      "export * from '@lit/context';",
      "export * from 'nanostores';",
      "export { default as ky } from 'ky';",
    ].join('\n'),
  );
  const outfile = join(dir, 'floor.min.js');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    nodePaths: [
      join(root, 'packages/elements/node_modules'),
      join(root, 'packages/core/node_modules'),
    ],
  });
  return sizes(readFileSync(outfile, 'utf8'));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The bytes section of `pnpm bench`. */
export async function run() {
  const modules = readBundle();
  const floor = await floorBundle();
  const sets = pageSets(modules);
  const rows = [];
  const row = (figure, s, target, note = '') =>
    rows.push({
      section: 'bytes',
      figure,
      value: `${kb(s.min)} min / ${kb(s.gzip)} gz / ${kb(s.brotli)} br`,
      floor: target === undefined ? '' : kb(floor.brotli),
      ratio: target === undefined ? undefined : s.brotli / floor.brotli,
      target,
      ok: target ? s.brotli <= BUDGET_BROTLI && !s.cytoscape : undefined,
      note,
    });

  rows.push({
    section: 'bytes',
    figure: 'floor: lit + @lit/context + nanostores + ky',
    value: `${kb(floor.min)} min / ${kb(floor.gzip)} gz / ${kb(floor.brotli)} br`,
  });
  row(
    'entry paperframe.js + static imports',
    total(modules, sets.entry),
    '≤ 25 KB br, no cytoscape',
    `${sets.entry.length} files`,
  );
  row(
    'page of cards (entry + paper-card chunk)',
    total(modules, sets.cards),
    '≤ 25 KB br, no cytoscape',
    `${sets.cards.length} files`,
  );
  row(
    'every element but the graph library',
    total(modules, sets.withoutGraph),
    '',
    `${sets.withoutGraph.length} files`,
  );
  for (const name of sets.live.sort()) {
    const m = modules.get(name);
    if (m.name === 'paperframe.js') continue;
    row(
      `chunk ${m.name.replace(/^chunks\//, '')}`,
      m,
      undefined,
      m.cytoscape >= CYTOSCAPE_THRESHOLD ? 'cytoscape' : '',
    );
  }
  const entry = modules.get('paperframe.js');
  row('file paperframe.js alone', entry, undefined);
  return { rows, dist: EMBED_DIST };
}
