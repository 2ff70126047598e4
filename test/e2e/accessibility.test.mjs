import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startDemo } from '../support/demo.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const storybookDir = join(root, 'storybook-static');

/** Runs axe in the page and returns its violations, described for a reader. */
async function violations(page, selector = 'html') {
  await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async (context) => {
    const result = await window.axe.run(context, {
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`,
    );
  }, selector);
  return found;
}

/** Waits until every Paperframe element on the page has left loading. */
async function settled(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('paper-card')].every((card) =>
        card.shadowRoot?.querySelector('[part~="title"]'),
      ),
    null,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(800);
}

describe('accessibility of the example pages (axe-core)', () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(() => demo?.close());

  for (const path of ['/journal/', '/lab/', '/app/']) {
    it(`finds no violation on ${path}`, async () => {
      // axe is injected as a script, which the journal's strict CSP forbids.
      const context = await demo.browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${demo.examples}${path}`);
      await settled(page);
      assert.deepEqual(await violations(page), []);
      await context.close();
    });
  }
});

function serveDir(dir) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      }),
    );
  });
}

describe('accessibility of every story (axe-core)', () => {
  let demo;
  let storybook;
  before(async () => {
    if (!existsSync(join(storybookDir, 'index.json'))) {
      execFileSync(
        'pnpm',
        ['exec', 'storybook', 'build', '--disable-telemetry', '--quiet'],
        {
          cwd: root,
          stdio: 'ignore',
          env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
        },
      );
    }
    demo = await startDemo();
    storybook = await serveDir(storybookDir);
  });
  after(async () => {
    await storybook?.close();
    await demo?.close();
  });

  it('finds no violation in any story', async () => {
    const index = JSON.parse(
      readFileSync(join(storybookDir, 'index.json'), 'utf8'),
    );
    const stories = Object.values(index.entries).filter(
      (entry) => entry.type === 'story',
    );
    assert.ok(stories.length >= 30, `${stories.length} stories`);

    const page = await demo.browser.newPage();
    const found = [];
    for (const story of stories) {
      await page.goto(
        `${storybook.url}/iframe.html?id=${story.id}&viewMode=story`,
      );
      await page.waitForSelector('#storybook-root > *', { timeout: 15_000 });
      await page.waitForTimeout(400);
      for (const v of await violations(page, '#storybook-root')) {
        found.push(`${story.id}: ${v}`);
      }
    }
    console.log(`axe: ${stories.length} stories checked`);
    assert.deepEqual(found, []);
    await page.close();
  });
});
