// `pnpm start`: builds the packages, starts the reference server on SQLite
// with the real data set, and serves the example pages.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serveExamples } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const apiPort = Number(process.env.PORT ?? 8787);
const examplesPort = Number(process.env.EXAMPLES_PORT ?? 5173);
const host = '127.0.0.1';

/** Stops with one readable line instead of a stack trace. */
function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

/** Resolves when nothing listens on `port`, so a clash is found early. */
function ensureFree(port, variable) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () =>
        fail(
          `Port ${port} on ${host} is in use. Stop what uses it, or choose another with ${variable}=<port> pnpm start.`,
        ),
      )
      .listen(port, host, () => probe.close(resolve));
  });
}

await ensureFree(apiPort, 'PORT');
await ensureFree(examplesPort, 'EXAMPLES_PORT');

console.log('Building Paperframe…');
const filters = ['--filter', './packages/*', '--filter', './examples/app'];
const build = spawnSync('pnpm', ['-r', ...filters, 'build'], {
  cwd: root,
  encoding: 'utf8',
});
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  fail('The build failed (its output is above); nothing was started.');
}

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
Reference server  ${api.url}   (API under /v1, contract at /openapi.json, reference at /docs)
Examples          ${examples.url}/journal/   ${examples.url}/lab/   ${examples.url}/app/

Press Ctrl+C to stop.`);

const stop = async () => {
  await Promise.all([examples.close(), api.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
