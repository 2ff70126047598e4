// A small HTTP helper for the contract suite: JSON in and out, a timeout on
// every request, and patience with rate limits (a 429 is waited out once its
// Retry-After has passed, so a strict backend still gets through the suite).
import assert from 'node:assert/strict';

/** Something that validates like a valibot schema (Standard Schema v1). */
export interface Schema {
  '~standard': {
    validate(value: unknown): unknown;
  };
}

/** One answer from the backend under test. */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is empty or not JSON. */
  json: unknown;
}

/** Options of {@link request}. */
export interface RequestInit {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

const TIMEOUT_MS = 15_000;
const MAX_RATE_WAIT_S = 65;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends one request to `base` + `path` and reads the whole answer. */
export async function request(
  base: string,
  method: string,
  path: string,
  init: RequestInit = {},
): Promise<Reply> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(new URL(path, base), {
      method,
      headers: {
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
        ...(init.body !== undefined
          ? { 'Content-Type': 'application/json' }
          : {}),
        ...init.headers,
      },
      body:
        init.body === undefined
          ? undefined
          : typeof init.body === 'string'
            ? init.body
            : JSON.stringify(init.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await res.text();
    const wait = Number(res.headers.get('retry-after'));
    if (res.status === 429 && attempt < 2 && wait <= MAX_RATE_WAIT_S) {
      await sleep(Math.max(1, wait) * 1000);
      continue;
    }
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }
}

/** Asserts `value` matches `schema`, naming what it is in the failure. */
export function conform<T = unknown>(
  schema: Schema,
  value: unknown,
  what: string,
): T {
  const result = schema['~standard'].validate(value) as {
    value?: unknown;
    issues?: { message: string; path?: unknown[] }[];
  };
  if (result instanceof Promise) {
    throw new Error(`${what}: the schema is asynchronous.`);
  }
  if (result.issues) {
    const lines = result.issues.slice(0, 5).map((issue) => {
      const path = (issue.path ?? [])
        .map((p) =>
          typeof p === 'object' && p !== null && 'key' in p
            ? String((p as { key: unknown }).key)
            : String(p),
        )
        .join('.');
      return `  ${path || '(root)'}: ${issue.message}`;
    });
    assert.fail(
      `${what} does not match the contract:\n${lines.join('\n')}\n${JSON.stringify(value).slice(0, 400)}`,
    );
  }
  return result.value as T;
}

/** Asserts `reply` is an RFC 9457 problem document with `status`. */
export function assertProblem(
  reply: Reply,
  status: number | number[],
  what: string,
): void {
  const allowed = Array.isArray(status) ? status : [status];
  assert.ok(
    allowed.includes(reply.status),
    `${what}: expected ${allowed.join(' or ')}, got ${reply.status} ${reply.text.slice(0, 200)}`,
  );
  assert.match(
    reply.headers.get('content-type') ?? '',
    /^application\/problem\+json/,
    `${what}: content-type`,
  );
  const body = reply.json as { status?: unknown; title?: unknown } | undefined;
  assert.equal(typeof body?.title, 'string', `${what}: problem title`);
  assert.equal(body?.status, reply.status, `${what}: problem status`);
}
