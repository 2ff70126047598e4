// `pnpm start`: builds the packages, starts the reference server on SQLite
// with the real data set, and serves the example pages.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveExamples } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const apiPort = Number(process.env.PORT ?? 8787);
const examplesPort = Number(process.env.EXAMPLES_PORT ?? 5173);
const host = '127.0.0.1';

console.log('Building Paperframe…');
const filters = ['--filter', './packages/*', '--filter', './examples/app'];
execFileSync('pnpm', ['-r', ...filters, 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});

const { startServer } = await import('@paperframe/server');
mkdirSync(`${root}.data`, { recursive: true });
const api = await startServer({
  port: apiPort,
  host,
  database: process.env.DATABASE ?? `${root}.data/paperframe.sqlite`,
  corsOrigins: [
    `http://${host}:${examplesPort}`,
    `http://localhost:${examplesPort}`,
  ],
  quiet: true,
});
const examples = await serveExamples({
  port: examplesPort,
  host,
  api: api.url,
});

console.log(`
Reference server  ${api.url}   (API under /v1, contract at /openapi.json)
Examples          ${examples.url}/journal/   ${examples.url}/lab/   ${examples.url}/app/

Press Ctrl+C to stop.`);

const stop = async () => {
  await Promise.all([examples.close(), api.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
