// Starts the reference server from source for a test run and prints its URL
// as one JSON line on stdout, so a parent process can wait for it.
import { startServer } from '@paperframe/server';

const server = await startServer({
  port: Number(process.env.PORT ?? 0),
  database: process.env.DATABASE ?? ':memory:',
  corsOrigins: (process.env.CORS_ORIGINS ?? '').split(',').filter(Boolean),
  quiet: true,
  // One server serves a whole suite, which signs up more readers in a
  // minute than one person could; the limits themselves are tested apart.
  rateLimits: {
    auth: { limit: 1000, windowSeconds: 60 },
    writeUser: { limit: 5000, windowSeconds: 60 },
    writeIp: { limit: 10000, windowSeconds: 60 },
  },
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);

const stop = () => server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
