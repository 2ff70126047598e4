// Raw HTTP for the reliability tests: any path bytes, any body, and a
// deadline on every request, so a hang fails the test instead of stalling it.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from '../src/http/context.js';

/** One answer, read in full. */
export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends one request and rejects when no full answer came in `timeoutMs`. */
export function rawRequest(
  base: string,
  init: {
    method: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    timeoutMs?: number;
  },
): Promise<RawReply> {
  const url = new URL(base);
  const timeoutMs = init.timeoutMs ?? 5000;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: init.method,
        path: init.path,
        // An explicit length frames every body, whatever the method.
        headers:
          init.body === undefined
            ? init.headers
            : {
                ...init.headers,
                'Content-Length': String(Buffer.byteLength(init.body)),
              },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(
        new Error(
          `${init.method} ${init.path.slice(0, 80)}: no answer in ${timeoutMs} ms`,
        ),
      );
    }, timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

/** Serves `app` on a free loopback port. */
export async function listen(
  app: Hono<AppEnv>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
