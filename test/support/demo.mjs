import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { serveExamples } from '../../examples/serve.mjs';
import { startServerProcess } from './server-process.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The demo as a reader meets it: the reference server on its own origin, the
 * example pages on another, and a headless Chromium.
 */
export async function startDemo() {
  const examplesPort = await freePort();
  const examplesOrigin = `http://127.0.0.1:${examplesPort}`;
  const api = await startServerProcess({ corsOrigins: [examplesOrigin] });
  const examples = await serveExamples({ port: examplesPort, api: api.url });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    api: api.url,
    examples: examples.url,
    browser,
    async close() {
      await browser.close();
      await examples.close();
      await api.stop();
    },
  };
}

/**
 * Opens `url` in a fresh page and records what a developer would see in the
 * console: errors, uncaught exceptions and CSP violations.
 */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  await page.exposeBinding('__reportViolation', (_source, text) =>
    problems.push(`CSP violation: ${text}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  await page.goto(url);
  return { page, problems, requests };
}
