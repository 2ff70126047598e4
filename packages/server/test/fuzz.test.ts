// Property-based fuzzing of every documented endpoint over real HTTP: odd
// ids, broken percent-encoding, invalid UTF-8, wrong types, deep JSON, empty
// and oversized bodies. Never a 500, never a hang, every refusal a problem
// document. PAPERFRAME_FUZZ_RUNS sets the cases per endpoint (default 20).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Problem } from '@paperframe/core/contract';
import fc from 'fast-check';
import * as v from 'valibot';
import { createSession, createUser } from '../src/auth.js';
import { OPERATIONS } from '../src/openapi.js';
import { listen, rawRequest } from './http.js';
import { type Fixture, fixture, storeTargets } from './setup.js';

const RUNS = Number(process.env.PAPERFRAME_FUZZ_RUNS ?? 20);
const LENIENT = { limit: 1_000_000, windowSeconds: 60 };

const safeEncode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80'; // a lone surrogate, encoded: invalid UTF-8
  }
};

/** Path segments that have broken servers before. */
const NASTY = [
  '%',
  '%ZZ',
  '%C3%28',
  '%FF%FE',
  '%ED%A0%80',
  '%00',
  '..',
  '%2e%2e',
  '%2F',
  'doi:10.1%2F..%2F..%2Fetc',
  "x'%3B%20DROP%20TABLE%20papers%3B--",
  'arxiv:',
  'doi:',
  'pf:',
  'openalex:W',
  'openalex:W%F0%9F%92%A9',
  'paper:pf:%00',
  'person:',
  'topic:%25',
  'x'.repeat(5000),
  'default',
  'rev_',
  'com_',
];
const REAL = [
  'arxiv:2204.05862',
  'doi:10.48550%2Farxiv.2204.05862',
  'openalex:W4223908421',
  'pf:w4223908421',
  'paper:pf:w4223908421',
  'person:yuntao-bai',
];

const segment = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }).map(safeEncode),
  fc.string({ unit: 'binary', maxLength: 30 }).map(safeEncode),
  fc.constantFrom(...NASTY),
  fc.constantFrom(...REAL),
);

const FIELDS = [
  'summary',
  'strengths',
  'concerns',
  'questions',
  'rating',
  'confidence',
  'body',
  'kind',
  'parentId',
  'vote',
  'kinds',
  'name',
  'email',
  'password',
  'reason',
  '__proto__',
  'constructor',
];

/** A request body, shown in failure reports by a short label. */
interface BodySpec {
  label: string;
  make(): string | Buffer | undefined;
}

const spec = (label: string, make: () => string | Buffer | undefined) =>
  ({
    label,
    make,
    [fc.toStringMethod]: () => label,
  }) as BodySpec;

const body = fc.oneof(
  fc.constant(spec('no body', () => undefined)),
  fc.constant(spec('empty', () => '')),
  fc.constant(spec('null', () => 'null')),
  fc
    .jsonValue({ maxDepth: 3 })
    .map((j) => JSON.stringify(j))
    .map((text) => spec(text.slice(0, 200), () => text)),
  fc
    .dictionary(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 2 }), {
      maxKeys: 6,
    })
    .map((d) => JSON.stringify(d))
    .map((text) => spec(text.slice(0, 200), () => text)),
  fc
    .integer({ min: 100, max: 30_000 })
    .map((n) =>
      spec(`${n} nested arrays`, () => '['.repeat(n) + ']'.repeat(n)),
    ),
  fc
    .integer({ min: 100, max: 8_000 })
    .map((n) =>
      spec(
        `${n} nested objects`,
        () => `${'{"body":'.repeat(n)}1${'}'.repeat(n)}`,
      ),
    ),
  fc
    .uint8Array({ minLength: 1, maxLength: 300 })
    .map((b) => spec(`${b.length} random bytes`, () => Buffer.from(b))),
  fc.constant(
    spec('JSON with invalid UTF-8', () =>
      Buffer.from('{"summary":"\xff\xfe ok","body":"\xc3\x28"}', 'latin1'),
    ),
  ),
  fc.constant(spec('70 KiB of x', () => 'x'.repeat(70 * 1024))),
  fc.constant(
    spec('60,000-character summary', () =>
      JSON.stringify({
        summary: 'a'.repeat(60_000),
        body: 'b'.repeat(60_000 - 20),
      }),
    ),
  ),
  fc.constant(
    spec('10,000 kinds', () =>
      JSON.stringify({ kinds: Array(5_000).fill('insightful') }),
    ),
  ),
);

const queryValue = fc.oneof(
  fc.constantFrom(
    '0',
    '-1',
    '1',
    '50',
    '51',
    '1e3',
    '2.5',
    'NaN',
    '',
    '%',
    'zzz',
    'paper,person',
    'cats',
  ),
  fc.string({ maxLength: 40 }).map(safeEncode),
);
const query = fc
  .dictionary(
    fc.constantFrom('limit', 'cursor', 'kinds', 'ids', 'origin'),
    queryValue,
    {
      maxKeys: 3,
    },
  )
  .map((q) => {
    const parts = Object.entries(q).map(([k, val]) => `${k}=${val}`);
    return parts.length ? `?${parts.join('&')}` : '';
  });

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  undefined,
);

for (const target of storeTargets()) {
  describe(`fuzzing every endpoint (${target.name})`, {
    skip: target.skip,
  }, () => {
    let f: Fixture;
    let server: { url: string; close(): Promise<void> };
    let tokens: string[];

    before(async () => {
      f = await fixture(target, {
        rateLimits: { auth: LENIENT, writeUser: LENIENT, writeIp: LENIENT },
      });
      server = await listen(f.app);
      const reader = await createUser(f.store.db, {
        email: 'fuzz@example.org',
        password: 'fuzz reader',
        name: 'Fuzz',
      });
      const mod = await createUser(f.store.db, {
        email: 'fuzz-mod@example.org',
        password: 'fuzz moderator',
        name: 'Fuzz mod',
        role: 'moderator',
      });
      tokens = [
        (await createSession(f.store.db, reader.id, 3600)).token,
        (await createSession(f.store.db, mod.id, 3600)).token,
      ];
    });
    after(async () => {
      await server?.close();
      await f?.close();
    });

    it('refuses NUL characters in URLs, bodies and cursors without failing', async () => {
      const send = (method: string, path: string, payload?: string) =>
        rawRequest(server.url, {
          method,
          path,
          headers: {
            Authorization: `Bearer ${tokens[0]}`,
            'Content-Type': 'application/json',
          },
          body: payload,
        });
      const cursor = Buffer.from(
        '["2024-01-01T00:00:00.000Z","a\u0000"]',
      ).toString('base64url');
      const replies = [
        await send('GET', '/v1/comments/%00'),
        await send('GET', '/v1/papers?ids=doi:10.1%2F%00'),
        await send(
          'GET',
          `/v1/papers/arxiv:2204.05862/comments?cursor=${cursor}`,
        ),
        await send(
          'POST',
          '/v1/papers/arxiv:2204.05862/comments',
          JSON.stringify({ body: 'before\u0000after' }),
        ),
      ];
      assert.deepEqual(
        replies.map((r) => r.status),
        [400, 400, 400, 422],
      );
      assert.equal(JSON.parse(replies[3]!.body).errors[0].field, 'body');
    });

    let cases = 0;
    for (const op of OPERATIONS) {
      it(`${op.method.toUpperCase()} ${op.path}`, async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.array(segment, { minLength: 2, maxLength: 2 }),
            query,
            body,
            contentType,
            fc.constantFrom(0, 1, 2, 3, 4),
            fc.boolean(),
            async (segments, q, payload, type, who, otherMethod) => {
              let i = 0;
              const path = op.path.replace(
                /\{\w+\}/g,
                () => segments[i++] ?? '',
              );
              const method = otherMethod
                ? (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const)[
                    payload.label.length % 5
                  ]!
                : op.method.toUpperCase();
              const auth: Record<string, string> =
                who < 2
                  ? { Authorization: `Bearer ${tokens[who]}` }
                  : who === 2
                    ? { Authorization: 'Bearer a.b.c' }
                    : who === 3
                      ? { Authorization: 'Bearer pft_nothing' }
                      : {};
              cases++;
              const reply = await rawRequest(server.url, {
                method,
                path: path + q,
                headers: {
                  ...auth,
                  ...(type ? { 'Content-Type': type } : {}),
                },
                body: method === 'GET' ? undefined : payload.make(),
              });
              const what = `${method} ${path.slice(0, 120)}${q.slice(0, 60)} [${payload.label.slice(0, 80)}] → ${reply.status} ${reply.body.slice(0, 160)}`;
              assert.ok(reply.status < 500, what);
              if (reply.status >= 400) {
                assert.match(
                  String(reply.headers['content-type']),
                  /^application\/problem\+json/,
                  what,
                );
                const problem = v.parse(Problem, JSON.parse(reply.body));
                assert.equal(problem.status, reply.status, what);
              }
            },
          ),
          { numRuns: RUNS, endOnFailure: true },
        );
      });
    }

    it('counts the cases', (t) => {
      t.diagnostic(
        `fuzz: ${cases} cases over ${OPERATIONS.length} endpoints (${target.name}), no 500, no hang, every refusal a problem document`,
      );
      assert.ok(cases >= OPERATIONS.length * RUNS);
    });
  });
}
