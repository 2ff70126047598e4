import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '@paperframe/server';

/** Papers of the real data set, by arXiv id. */
export const RLHF = 'arxiv:2204.05862';
export const GPT3 = 'arxiv:2005.14165';
export const FOUNDATION = 'arxiv:2108.07258';

/** The reference server on a free port, with the real data set in memory. */
export async function referenceServer(): Promise<{
  url: string;
  close(): Promise<void>;
}> {
  return startServer({ port: 0, database: ':memory:', quiet: true });
}

/** A fetch that passes every call through and remembers its URL. */
export function countingFetch(): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const counted: typeof fetch = (input, init) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return fetch(input, init);
  };
  return { fetch: counted, urls };
}

/**
 * A local server that answers with faults the reference server never
 * produces (hangs, garbage, 503s). `handle` writes the reply.
 */
export async function faultServer(
  handle: (req: IncomingMessage, reply: Reply) => void,
): Promise<{ url: string; hits: IncomingMessage[]; close(): Promise<void> }> {
  const hits: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req);
    handle(req, (status, body, headers = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Reply = (
  status: number,
  body: unknown,
  headers?: Record<string, string>,
) => void;

/** A base URL on which nothing listens. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
