import ky, { HTTPError, type KyInstance, TimeoutError } from 'ky';
import * as v from 'valibot';
import { normalizeApi } from '../config.js';
import { PaperframeError } from './errors.js';
import { parseRetryAfter, readProblem } from './problem.js';

/** Returns the bearer token to send, or nothing for an anonymous call. */
export type TokenSource = () =>
  | string
  | null
  | undefined
  | Promise<string | null | undefined>;

/** How to reach the backend. */
export interface ClientOptions {
  /** Base URL of the backend, e.g. `http://127.0.0.1:8787`. */
  api: string;
  /** Supplies the bearer token for each request. */
  token?: TokenSource;
  /** Milliseconds before a request counts as timed out. Default 10000. */
  timeout?: number;
  /** Retries for failed GET and HEAD requests. Default 2. */
  retries?: number;
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof fetch;
}

/** Per-request options. */
export interface RequestOptions {
  /** Query parameters; `undefined` values are left out. */
  searchParams?: Record<string, string | number | boolean | undefined>;
  /** A body to send as JSON. */
  json?: unknown;
  /** Aborts the request; an aborted request rejects with the abort reason. */
  signal?: AbortSignal;
}

/** A schema, or `null` for a response without a body (204). */
type Expect = v.GenericSchema | null;
type Output<S extends Expect> = S extends v.GenericSchema
  ? v.InferOutput<S>
  : undefined;

/**
 * A small typed client for the Paperframe REST contract. Every failure
 * rejects with a `PaperframeError`; every body is validated against the
 * contract schema the caller names.
 */
export interface PaperframeClient {
  /** The normalised base URL this client talks to. */
  readonly api: string;

  /**
   * Sends a request and validates the response body.
   *
   * @param method - HTTP method, e.g. `GET` or `PUT`.
   * @param path - Path under the base URL, e.g. `v1/papers/arxiv:2204.05862`.
   * @param schema - Contract schema of the body, or `null` for no body.
   * @param options - Query, JSON body and abort signal.
   * @return The validated body.
   */
  request<S extends Expect>(
    method: string,
    path: string,
    schema: S,
    options?: RequestOptions,
  ): Promise<Output<S>>;

  /**
   * Shorthand for `request('GET', …)`.
   *
   * @param path - Path under the base URL.
   * @param schema - Contract schema of the body.
   * @param options - Query and abort signal.
   * @return The validated body.
   */
  get<S extends v.GenericSchema>(
    path: string,
    schema: S,
    options?: RequestOptions,
  ): Promise<v.InferOutput<S>>;

  /**
   * Waits until every request under way has finished, or `timeout` ms have
   * passed. Sign-out uses it so no request still carrying the old token
   * reaches the server after the token was revoked.
   *
   * @param timeout - The longest wait, in milliseconds.
   * @return Resolves when idle or when the wait times out.
   */
  idle(timeout?: number): Promise<void>;
}

/**
 * Creates a client for one backend: base URL, bearer token, timeout, and
 * retries for idempotent reads only (a failed write is never repeated).
 *
 * @param options - Where the backend is and how to call it.
 * @return The client.
 */
export function createClient(options: ClientOptions): PaperframeClient {
  const api = normalizeApi(options.api);
  const http = createKy(api, options);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const inFlight = new Set<Promise<unknown>>();

  function tracked<S extends Expect>(
    method: string,
    path: string,
    schema: S,
    init?: RequestOptions,
  ): Promise<Output<S>> {
    const done = request(method, path, schema, init);
    inFlight.add(done);
    done.then(
      () => inFlight.delete(done),
      () => inFlight.delete(done),
    );
    return done;
  }

  async function request<S extends Expect>(
    method: string,
    path: string,
    schema: S,
    init: RequestOptions = {},
  ): Promise<Output<S>> {
    const upper = method.toUpperCase();
    const relative = path.replace(/^\/+/, '');
    const query = new URLSearchParams(definedParams(init.searchParams));
    const url = `${api}/${relative}${query.size ? `?${query}` : ''}`;
    const reading = new AbortController();
    const signal = init.signal
      ? AbortSignal.any([init.signal, reading.signal])
      : reading.signal;
    const response = await send(http, upper, relative, url, {
      ...init,
      signal,
    });

    if (schema === null) return undefined as Output<S>;

    // A 204 carries no body: only a schema that accepts none passes.
    let body: unknown;
    try {
      if (response.status !== 204)
        body = await readJson(response, timeout, reading);
    } catch (cause) {
      if (init.signal?.aborted) throw cause;
      throw new PaperframeError({
        kind: cause === BODY_TIMEOUT ? 'timeout' : 'invalid-response',
        method: upper,
        url,
        field: 'body',
        cause,
      });
    }

    const result = v.safeParse(schema, body);
    if (result.success) return result.output as Output<S>;

    const issue = result.issues[0];
    throw new PaperframeError({
      kind: 'invalid-response',
      method: upper,
      url,
      field: (issue && v.getDotPath(issue)) || 'body',
      cause: result.issues,
    });
  }

  return {
    api,
    request: tracked,
    get: (path, schema, init) => tracked('GET', path, schema, init),
    async idle(timeout = 3000) {
      const wait = Promise.allSettled([...inFlight]);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const limit = new Promise((resolve) => {
        timer = setTimeout(resolve, timeout);
      });
      await Promise.race([wait, limit]);
      clearTimeout(timer);
    },
  };
}

const DEFAULT_TIMEOUT = 10_000;
const BODY_TIMEOUT = Symbol('body timeout');

/**
 * Reads a JSON body within `ms`, aborting the request when it stalls.
 * ky's timeout ends when the headers arrive, so a body that stops after
 * them would otherwise never settle.
 */
async function readJson(
  response: Response,
  ms: number,
  reading: AbortController,
): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reading.abort(BODY_TIMEOUT);
      reject(BODY_TIMEOUT);
    }, ms);
  });

  try {
    return await Promise.race([response.json(), stalled]);
  } finally {
    clearTimeout(timer);
  }
}

function createKy(api: string, options: ClientOptions): KyInstance {
  const token = options.token;

  return ky.create({
    prefixUrl: api,
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    fetch: options.fetch,
    headers: { accept: 'application/json' },
    // Revalidate every read (a cheap 304 through the ETag): a store that
    // reloads after a write must see the write, not a cached minute-old copy.
    cache: 'no-cache',
    retry: {
      limit: options.retries ?? 2,
      methods: ['get', 'head'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      backoffLimit: 3000,
    },
    hooks: {
      beforeRequest: [
        async (req) => {
          const value = token ? await token() : undefined;
          if (value) req.headers.set('authorization', `Bearer ${value}`);
        },
      ],
    },
  });
}

async function send(
  http: KyInstance,
  method: string,
  path: string,
  url: string,
  init: RequestOptions,
): Promise<Response> {
  try {
    return await http(path, {
      method,
      json: init.json,
      signal: init.signal,
      searchParams: definedParams(init.searchParams),
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    if (error instanceof HTTPError) {
      const { response } = error;
      throw new PaperframeError({
        kind: 'http',
        method,
        url,
        status: response.status,
        statusText: response.statusText,
        problem: await readProblem(response),
        retryAfter: parseRetryAfter(response.headers.get('retry-after')),
        cause: error,
      });
    }

    const kind = error instanceof TimeoutError ? 'timeout' : 'network';
    throw new PaperframeError({ kind, method, url, cause: error });
  }
}

function definedParams(
  params: RequestOptions['searchParams'],
): Record<string, string> | undefined {
  if (!params) return undefined;

  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) out[key] = String(value);
  }
  return out;
}
