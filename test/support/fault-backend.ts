import { getSession, type Session } from '@paperframe/core';

/** The reference server the test runner started. */
export const realApi =
  (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';

/**
 * The faults a backend (or a proxy in front of it) can cause that the real
 * server never produces on demand.
 */
export const FAULTS = [
  'unreachable',
  'http-500',
  'http-503-retry-after',
  'http-429',
  'timeout',
  'stalled-body',
  'malformed-json',
  'wrong-shape',
  'empty-body',
  'no-content',
] as const;

/** One fault from `FAULTS`. */
export type Fault = (typeof FAULTS)[number];

/** Milliseconds before a faulty backend's session gives up on a request. */
export const FAULT_TIMEOUT = 400;

/**
 * A backend at an origin of its own whose requests reach the real server
 * unless a fault is set; then every request `when` accepts gets the fault.
 */
export interface FaultyBackend {
  /** The base URL elements are given as `api`. */
  readonly api: string;
  /** The page's session for `api`. */
  readonly session: Session;
  /** The fault to inject, or null to pass everything through. */
  fault: Fault | null;
  /** Which requests get the fault; all of them by default. */
  when: (request: Request) => boolean;
  /** Requests that got a fault so far. */
  faulted: number;
  /**
   * Rewrites a successful answer of the real server, e.g. to put hostile
   * strings into imported data; returning undefined keeps it.
   */
  override?: (path: string, body: unknown) => unknown;
}

let closedOrigin: string | undefined;

/**
 * An origin on the loopback interface where nothing listens, so a request
 * to it fails as an unreachable backend does. Found once by trying a few
 * ports that are closed on test machines.
 *
 * @return The origin, e.g. `http://127.0.0.1:2`.
 */
export async function findClosedOrigin(): Promise<string> {
  if (closedOrigin) return closedOrigin;

  for (const port of [2, 3, 5, 59_999, 59_998]) {
    const origin = `http://127.0.0.1:${port}`;
    try {
      await fetch(`${origin}/`, { mode: 'no-cors' });
    } catch {
      closedOrigin = origin;
      return origin;
    }
  }
  throw new Error('every candidate port is open on this machine');
}

let backends = 0;

/**
 * A new backend with a session of its own, so stores never leak between
 * tests. Its requests go to the real server, rewritten from `api`.
 *
 * @param options - Client timeout and retries for the session.
 * @return The backend; set `fault` to break it.
 */
export async function faultyBackend(
  options: { timeout?: number; retries?: number } = {},
): Promise<FaultyBackend> {
  const origin = await findClosedOrigin();
  const api = `${origin}/faulty-${++backends}`;

  const backend: FaultyBackend = {
    api,
    fault: null,
    when: () => true,
    faulted: 0,
    session: undefined as unknown as Session,
  };
  const session = getSession(api, {
    timeout: options.timeout ?? FAULT_TIMEOUT,
    retries: options.retries ?? 0,
    fetch: (input, init) => serve(backend, new Request(input, init)),
  });
  return Object.assign(backend, { session });
}

async function serve(
  backend: FaultyBackend,
  request: Request,
): Promise<Response> {
  const path = request.url.slice(backend.api.length);
  if (backend.fault && backend.when(request)) {
    backend.faulted += 1;
    return inject(backend.fault, request);
  }

  const body =
    request.method === 'GET' || request.method === 'HEAD'
      ? undefined
      : await request.text();
  const forwarded = await fetch(`${realApi}${path}`, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
  });

  if (!backend.override || !forwarded.ok || forwarded.status === 204) {
    return forwarded;
  }
  const answer: unknown = await forwarded.json();
  return json(200, backend.override(path, answer) ?? answer);
}

function json(status: number, body: unknown, headers = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function problem(status: number, title: string, headers = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

/** Rejects when the request is aborted, as a real fetch does. */
function whenAborted(signal: AbortSignal, onAbort: (reason: unknown) => void) {
  if (signal.aborted) onAbort(signal.reason);
  else signal.addEventListener('abort', () => onAbort(signal.reason));
}

function inject(fault: Fault, request: Request): Promise<Response> | Response {
  switch (fault) {
    case 'unreachable':
      // The request's own URL is on a closed port.
      return fetch(request.url, { signal: request.signal });
    case 'http-500':
      return new Response(
        '<html><body><h1>500 Internal Server Error</h1></body></html>',
        { status: 500, headers: { 'content-type': 'text/html' } },
      );
    case 'http-503-retry-after':
      return problem(503, 'Service Unavailable', { 'retry-after': '30' });
    case 'http-429':
      return problem(429, 'Too Many Requests', { 'retry-after': '7' });
    case 'timeout':
      return new Promise((_, reject) => whenAborted(request.signal, reject));
    case 'stalled-body': {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"items": ['));
          whenAborted(request.signal, (reason) => controller.error(reason));
        },
      });
      return new Response(stream, {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }
    case 'malformed-json':
      return new Response('{"items": [{"id": "x", "title": "Trunc', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    case 'wrong-shape':
      return json(200, {
        items: 'none',
        title: ['not', 'a', 'string'],
        counts: 'many',
        nodes: null,
        user: 42,
      });
    case 'empty-body':
      return new Response('', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    case 'no-content':
      return new Response(null, { status: 204 });
  }
}

/** Errors and rejections that reached the page, collected by `trackPageErrors`. */
export const pageErrors: string[] = [];

let tracking = false;

/**
 * Collects every uncaught exception and unhandled rejection on the page
 * into `pageErrors`.
 */
export function trackPageErrors(): void {
  if (tracking) return;
  tracking = true;

  window.addEventListener('error', (event) => {
    pageErrors.push(`error: ${event.message}`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason as { stack?: string } | undefined;
    pageErrors.push(`unhandledrejection: ${reason?.stack ?? String(reason)}`);
  });
}
