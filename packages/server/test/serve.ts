// A server process for tests: DATABASE names the store; prints its URL.
import { startServer } from '../src/server.js';

const server = await startServer({
  port: 0,
  database: process.env.DATABASE ?? ':memory:',
  quiet: true,
  rateLimits: { auth: { limit: 4, windowSeconds: 60 } },
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', () => {
  server.close().then(() => process.exit(0));
});
