// One HTTP server for the load runs, in its own process. Prints its URL as
// one JSON line. Usage: target.mjs <paperframe|hono-row|hono-hello|node-http> [database]
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [mode, database] = process.argv.slice(2);
const fromServer = createRequire(join(root, 'packages/server/package.json'));
const load = (name) => import(pathToFileURL(fromServer.resolve(name)).href);

const UNLIMITED = { limit: 1e9, windowSeconds: 60 };

async function honoServe(app) {
  const { serve } = await load('@hono/node-server');
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: 0, hostname: '127.0.0.1' },
      () => resolve(`http://127.0.0.1:${server.address().port}`),
    );
  });
}

let url;
if (mode === 'paperframe') {
  const { startServer } = await import('@paperframe/server');
  const server = await startServer({
    port: 0,
    database,
    quiet: true,
    rateLimits: { auth: UNLIMITED, writeUser: UNLIMITED, writeIp: UNLIMITED },
  });
  url = server.url;
} else if (mode === 'hono-row') {
  const { Hono } = await load('hono');
  const { openStore } = await import('@paperframe/server');
  const { db } = await openStore(database);
  const app = new Hono();
  app.get('/row/:id', async (c) => {
    const row = await db
      .selectFrom('papers')
      .selectAll()
      .where('id', '=', c.req.param('id'))
      .executeTakeFirst();
    return row ? c.json(row) : c.notFound();
  });
  url = await honoServe(app);
} else if (mode === 'hono-hello') {
  const { Hono } = await load('hono');
  const app = new Hono();
  app.get('/', (c) => c.text('hello'));
  url = await honoServe(app);
} else if (mode === 'node-http') {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('hello');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}`;
} else {
  throw new Error(
    `Unknown target \`${mode}\`: use paperframe, hono-row, hono-hello or node-http.`,
  );
}
process.stdout.write(`${JSON.stringify({ url })}\n`);
process.on('SIGTERM', () => process.exit(0));
