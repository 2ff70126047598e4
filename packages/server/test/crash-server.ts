// A server process for the crash test: DATABASE names a SQLite file; prints
// its URL as one JSON line, then serves until it is killed.
import { startServer } from '../src/server.js';

const lenient = { limit: 1_000_000, windowSeconds: 60 };
const server = await startServer({
  port: 0,
  database: process.env.DATABASE ?? ':memory:',
  quiet: true,
  rateLimits: { auth: lenient, writeUser: lenient, writeIp: lenient },
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
