// Bench pages in real Chromium: the built embed and generated pages served
// from one loopback origin, the reference server on another.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { freePort } from '../support/demo.mjs';
import { startServerProcess } from '../support/server-process.mjs';
import { ownPaperId } from '../../packages/server/src/ids.ts';
import { EMBED_DIST } from './bundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The server's own ids of the works in the bundled data set, in file order. */
export function datasetPaperIds() {
  const file = join(
    root,
    'packages/server/data/rlhf-neighbourhood.openalex.jsonl',
  );
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line).id)
    .filter((id) => typeof id === 'string')
    .map((id) => ownPaperId(id));
}

/** The one paper the full-experience page shows. */
export const FEATURED_PAPER = 'arxiv:2204.05862';

const page = (api, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<link rel="icon" href="data:,">
<script type="module" src="/paperframe.js" data-api="${api}"></script>
</head><body>${body}</body></html>`;

/** The generated pages, by path. */
export function benchPages(api, ids = datasetPaperIds()) {
  const cards = (n) =>
    ids
      .slice(0, n)
      .map((id) => `<paper-card paper-id="${id}"></paper-card>`)
      .join('\n');
  return {
    '/cards-50.html': page(api, cards(50)),
    '/cards-3.html': page(api, cards(3)),
    '/all.html': page(
      api,
      `<paper-frame paper-id="${FEATURED_PAPER}">
  <paper-account></paper-account>
  <research-map></research-map>
  <paper-card></paper-card>
  <paper-reactions></paper-reactions>
  <paper-reviews></paper-reviews>
  <paper-discussion></paper-discussion>
  <paper-detail></paper-detail>
</paper-frame>`,
    ),
    '/blank.html': page(api, ''),
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Serves `pages` (path to HTML, or to a function of the API URL), the files
 * named in `files` (path to absolute file) and the built embed, on loopback.
 */
function servePages(port, pages, files) {
  const dir = EMBED_DIST;
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      return res.end(pages[path]);
    }
    const file = files[path] ?? normalize(join(dir, decodeURIComponent(path)));
    try {
      const inside = file.startsWith(dir.endsWith(sep) ? dir : dir + sep);
      if (!inside && !files[path]) throw new Error('outside');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    ),
  );
}

/**
 * The reference server (fresh in-memory store with the real data set), a
 * page server for the bench pages and `files`, and a headless Chromium.
 *
 * @param {{ pages?: Record<string, string | ((api: string) => string)>, files?: Record<string, string> }} [options]
 */
export async function startBench({ pages = {}, files = {} } = {}) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const api = await startServerProcess({ corsOrigins: [origin] });
  const all = { ...benchPages(api.url) };
  for (const [path, html] of Object.entries(pages)) {
    all[path] = typeof html === 'function' ? html(api.url) : html;
  }
  const site = await servePages(port, all, files);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    api: api.url,
    origin,
    browser,
    async close() {
      await browser.close();
      await site.close();
      await api.stop();
    },
  };
}

/** True for a request that loads paper metadata (one paper or a batch). */
export function isPaperRequest(url) {
  const { pathname } = new URL(url);
  return /^\/v1\/papers\/[^/]+$/.test(pathname) || pathname === '/v1/papers';
}

/**
 * Opens `path` and waits until every Paperframe element on it has drawn its
 * content and the network has been quiet for half a second. Returns the
 * requests made to the API and the scripts loaded. With `token`, the
 * reader is signed in before the page loads.
 */
export async function measureRequests(bench, path, { token } = {}) {
  const page = await bench.browser.newPage({
    viewport: { width: 1280, height: 2000 },
  });
  if (token) {
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key, value),
      [`paperframe:token:${bench.api}`, token],
    );
  }
  const requests = [];
  const problems = [];
  page.on('request', (request) =>
    requests.push({ method: request.method(), url: request.url() }),
  );
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${bench.origin}${path}`);
  await page.waitForFunction(
    () => {
      const cards = [...document.querySelectorAll('paper-card')];
      const cardsReady = cards.every((card) =>
        card.shadowRoot?.querySelector('[part~="base"][data-state="ready"]'),
      );
      const maps = [...document.querySelectorAll('research-map')];
      const mapsReady = maps.every((map) =>
        map.shadowRoot?.querySelector('canvas'),
      );
      return cardsReady && mapsReady;
    },
    null,
    { timeout: 30_000 },
  );
  await page.waitForLoadState('networkidle');
  await page.close();

  const api = requests.filter((r) => r.url.startsWith(bench.api));
  const keys = api.map((r) => `${r.method} ${r.url}`);
  const duplicates = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
  const pathOf = (r) => new URL(r.url).pathname;
  return {
    api: keys,
    paper: api.filter((r) => isPaperRequest(r.url)).length,
    session: api.filter((r) => pathOf(r) === '/v1/session').length,
    graph: api.filter((r) => /\/graph$/.test(pathOf(r))).length,
    duplicates,
    scripts: requests
      .filter((r) => r.url.startsWith(bench.origin) && r.url.endsWith('.js'))
      .map((r) => new URL(r.url).pathname.slice(1)),
    problems,
  };
}

/** Registers a fresh reader on the API and returns their bearer token. */
export async function register(api, name = 'Bench Reader') {
  const email = `bench-${Math.random().toString(36).slice(2)}@example.org`;
  const response = await fetch(`${api}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench-password-123', name }),
  });
  if (!response.ok) {
    throw new Error(
      `Register failed with ${response.status}: POST ${api}/v1/auth/register`,
    );
  }
  return (await response.json()).token;
}
