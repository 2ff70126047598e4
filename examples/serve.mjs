import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const embedDist = fileURLToPath(
  new URL('../packages/embed/dist/', import.meta.url),
);

/** The origin written into the example pages' `data-api` attributes. */
export const DEFAULT_API = 'http://127.0.0.1:8787';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** URL prefixes and the folder each one serves. */
const MOUNTS = [
  ['/journal/', join(here, 'journal-site')],
  ['/lab/', join(here, 'lab-site')],
  ['/app/', join(here, 'app', 'dist')],
  ['/', embedDist],
];

/**
 * The Content-Security-Policy of the journal page: what a strict host sends.
 * @param {string} api
 */
export function strictCsp(api) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${new URL(api).origin}`,
    "img-src 'self' data:",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

function resolvePath(urlPath) {
  for (const [prefix, dir] of MOUNTS) {
    if (!urlPath.startsWith(prefix)) continue;
    let rest;
    try {
      rest = decodeURIComponent(urlPath.slice(prefix.length));
    } catch {
      return null;
    }
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = normalize(join(dir, rest));
    if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return null;
    return file;
  }
  return null;
}

const INDEX = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Paperframe examples</title></head>
<body><h1>Paperframe examples</h1><ul>
<li><a href="/journal/">Journal article page</a></li>
<li><a href="/lab/">Lab publications page</a></li>
<li><a href="/app/">React app (npm)</a></li>
</ul></body></html>`;

/**
 * Serves the example pages and the script-tag build from one origin.
 *
 * @param {{ port?: number, host?: string, api?: string }} [options]
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function serveExamples(options = {}) {
  const { port = 5173, host = '127.0.0.1', api = DEFAULT_API } = options;

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      return res.end(INDEX);
    }
    if (path === '/journal' || path === '/lab' || path === '/app') {
      res.writeHead(301, { location: `${path}/` });
      return res.end();
    }
    const file = resolvePath(path);
    let body;
    try {
      if (!file) throw new Error('outside');
      body = await readFile(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('Not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (type === TYPES['.html']) {
      body = body.toString('utf8').replaceAll(DEFAULT_API, api);
      if (path.startsWith('/journal/')) {
        headers['content-security-policy'] = strictCsp(api);
      }
    }
    res.writeHead(200, headers);
    res.end(body);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
