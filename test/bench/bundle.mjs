// Reads the script-tag build in packages/embed/dist: every module's size
// (minified as built, gzip level 9, brotli quality 11), the modules each one
// imports, and whether cytoscape's code is in it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where the built embed lives; PF_EMBED_DIST points elsewhere. */
export const EMBED_DIST =
  process.env.PF_EMBED_DIST ?? join(root, 'packages/embed/dist');

/** The script-tag entry, relative to {@link EMBED_DIST}. */
export const ENTRY = 'paperframe.js';

/** Sizes of one text, in bytes. */
export function sizes(text) {
  const buffer = Buffer.from(text);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

// Helpers that transpilers put into many libraries say nothing about
// cytoscape, so they are not used as its fingerprint.
const HELPER =
  /Symbol|typeof|constructor|primitive|class as a function|Array\.from|iterable|spread|destructure|private/;

let markers;

/**
 * Long message strings from cytoscape's own build. Minifiers keep string
 * literals, so a module holding several of them holds cytoscape's code.
 */
export function cytoscapeMarkers() {
  if (markers) return markers;
  const require = createRequire(join(root, 'packages/elements/package.json'));
  const text = readFileSync(require.resolve('cytoscape'), 'utf8');
  const found = new Set();
  for (const match of text.matchAll(/(["'])((?:(?!\1)[^\\\n]){24,100})\1/g)) {
    const literal = match[2];
    if (/ /.test(literal) && /[a-z]{4}/.test(literal) && !HELPER.test(literal))
      found.add(literal);
  }
  markers = [...found];
  return markers;
}

/** How many cytoscape markers appear in `text`: 0 means none of its code. */
export function cytoscapeHits(text) {
  return cytoscapeMarkers().filter((marker) => text.includes(marker)).length;
}

/** A module with this many markers or more contains cytoscape. */
export const CYTOSCAPE_THRESHOLD = 5;

/**
 * Every JavaScript module of the build, keyed by its path relative to the
 * dist folder, with sizes and imports.
 *
 * @param {string} [dist]
 */
export function readBundle(dist = EMBED_DIST) {
  if (!existsSync(join(dist, ENTRY))) {
    throw new Error(
      `No built embed at ${join(dist, ENTRY)}: run \`pnpm build\` first.`,
    );
  }
  const modules = new Map();
  const names = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.js'))
    .map((name) => name.split('\\').join('/'))
    .sort();
  for (const name of names) {
    const text = readFileSync(join(dist, name), 'utf8');
    const resolve = (spec) =>
      posix.normalize(posix.join(posix.dirname(name), spec));
    modules.set(name, {
      name,
      ...sizes(text),
      imports: [...text.matchAll(STATIC_IMPORT)].map((m) => resolve(m[1])),
      lazy: [...text.matchAll(DYNAMIC_IMPORT)].map((m) => resolve(m[1])),
      cytoscape: cytoscapeHits(text),
    });
  }
  return modules;
}

/**
 * The module and every module it imports statically: what the browser must
 * fetch before the module runs.
 */
export function closure(modules, name) {
  const seen = new Set();
  const visit = (at) => {
    if (seen.has(at) || !modules.has(at)) return;
    seen.add(at);
    for (const next of modules.get(at).imports) visit(next);
  };
  visit(name);
  return [...seen];
}

/**
 * Every module the entry can load, statically or lazily. A dist folder
 * built more than once also holds stale chunks; they are left out.
 */
export function reachable(modules, from = ENTRY) {
  const seen = new Set();
  const visit = (at) => {
    if (seen.has(at) || !modules.has(at)) return;
    seen.add(at);
    const m = modules.get(at);
    for (const next of [...m.imports, ...m.lazy]) visit(next);
  };
  visit(from);
  return [...seen];
}

/** The lazily loaded chunk whose file name starts with `prefix-`. */
export function lazyChunk(modules, prefix) {
  const live = reachable(modules);
  const all = new Set(live.flatMap((name) => modules.get(name).lazy));
  return [...all].find((name) => posix.basename(name).startsWith(`${prefix}-`));
}

/** Adds up the sizes of `names`, each compressed on its own as served. */
export function total(modules, names) {
  const sum = { min: 0, gzip: 0, brotli: 0, cytoscape: 0 };
  for (const name of names) {
    const m = modules.get(name);
    sum.min += m.min;
    sum.gzip += m.gzip;
    sum.brotli += m.brotli;
    sum.cytoscape += m.cytoscape;
  }
  return sum;
}

/**
 * The sets a reader's browser fetches: the entry alone, a page of cards,
 * and every element but the graph library.
 */
export function pageSets(modules) {
  const entry = closure(modules, ENTRY);
  const card = lazyChunk(modules, 'paper-card');
  const cards = [
    ...new Set([...entry, ...(card ? closure(modules, card) : [])]),
  ];
  const live = reachable(modules);
  const graph = live.filter(
    (name) => modules.get(name).cytoscape >= CYTOSCAPE_THRESHOLD,
  );
  const withoutGraph = live.filter((name) => !graph.includes(name));
  return { entry, cards, card, withoutGraph, graph, live };
}
