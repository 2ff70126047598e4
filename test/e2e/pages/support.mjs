// Serves the test pages in this folder and the script-tag build from one
// loopback origin, beside a fresh reference server, for the embedding tests.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { DEFAULT_API, strictCsp } from '../../../examples/serve.mjs';
import { freePort } from '../../support/demo.mjs';
import { startServerProcess } from '../../support/server-process.mjs';

const pagesDir = fileURLToPath(new URL('.', import.meta.url));
const embedDist = fileURLToPath(
  new URL('../../../packages/embed/dist/', import.meta.url),
);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** Pages served with the strict policy, and what each adds to it. */
const STRICT = {
  '/pages/strict.html': '',
  // Lit names its own policy `lit-html`; a list must allow it too.
  '/pages/strict-named.html': '; trusted-types lit-html paperframe',
  '/pages/strict-without.html': '; trusted-types lit-html',
};

function fileFor(path) {
  const [dir, rest] = path.startsWith('/pages/')
    ? [pagesDir, path.slice('/pages/'.length)]
    : [embedDist, path.slice(1)];
  const file = normalize(join(dir, decodeURIComponent(rest)));
  return file.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? file : null;
}

/**
 * Starts the reference server, a static server for the pages and the
 * embed build, and Chromium. Everything listens on 127.0.0.1 only.
 */
export async function startPages() {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const api = await startServerProcess({ corsOrigins: [origin] });

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    const file = fileFor(path);
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
      body = body.toString('utf8').replaceAll(DEFAULT_API, api.url);
      if (path in STRICT) {
        headers['content-security-policy'] = strictCsp(api.url) + STRICT[path];
      }
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));

  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--font-render-hinting=none',
    ],
  });

  return {
    api: api.url,
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await api.stop();
    },
  };
}

/** Waits until every `selector` element on the page shows a paper title. */
export function waitForTitles(page, selector) {
  return page.waitForFunction(
    (sel) => {
      const all = [...document.querySelectorAll(sel)];
      return (
        all.length > 0 &&
        all.every((el) => el.shadowRoot?.querySelector('[part~="title"]'))
      );
    },
    selector,
    { timeout: 15_000 },
  );
}

/**
 * Decodes an 8-bit, non-interlaced PNG (what Chromium's screenshots are)
 * into RGBA pixels.
 *
 * @param {Buffer} png
 * @returns {{ width: number, height: number, pixels: Uint8Array }}
 */
export function decodePng(png) {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const chunk = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      const [depth, colour, , , interlace] = chunk.subarray(8, 13);
      channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colour];
      if (depth !== 8 || !channels || interlace !== 0) {
        throw new Error(`Unsupported PNG: depth ${depth}, colour ${colour}`);
      }
    } else if (type === 'IDAT') {
      data.push(chunk);
    }
    offset += 12 + length;
  }

  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c =
        x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      out[y * stride + x] = (line[x] + predict(filter, a, b, c)) & 0xff;
    }
  }

  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const px = out.subarray(i * channels, (i + 1) * channels);
    const grey = channels <= 2;
    pixels.set(
      grey
        ? [px[0], px[0], px[0], channels === 2 ? px[1] : 255]
        : [px[0], px[1], px[2], channels === 4 ? px[3] : 255],
      i * 4,
    );
  }
  return { width, height, pixels };
}

function predict(filter, a, b, c) {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return (a + b) >> 1;
    case 4: {
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    default:
      throw new Error(`Unknown PNG filter ${filter}`);
  }
}

/**
 * The share of pixels in `first` with no close match in `second` at the
 * same place or one pixel away. The one-pixel slack absorbs sub-pixel
 * placement (text snapped a row up or down); a changed glyph, colour,
 * spacing or size still counts.
 */
export function pixelDifference(first, second, tolerance = 24) {
  const width = Math.min(first.width, second.width);
  const height = Math.min(first.height, second.height);
  const close = (x, y, i) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return false;
    const j = (y * second.width + x) * 4;
    for (let k = 0; k < 4; k++) {
      if (Math.abs(first.pixels[i + k] - second.pixels[j + k]) > tolerance) {
        return false;
      }
    }
    return true;
  };

  let differing = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * first.width + x) * 4;
      let matched = false;
      for (let dy = -1; dy <= 1 && !matched; dy++) {
        for (let dx = -1; dx <= 1 && !matched; dx++) {
          matched = close(x + dx, y + dy, i);
        }
      }
      if (!matched) differing++;
    }
  }
  return differing / (width * height);
}
