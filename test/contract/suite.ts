// The REST contract suite: checks any backend, given its base URL, against
// the Paperframe contract (shapes, statuses, problem documents, pagination,
// caching and the authorization matrix on every write endpoint).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AuthResult,
  Collection,
  Comment,
  Graph,
  Paper,
  PaperBatch,
  Problem,
  ReactionKinds,
  Reactions,
  Review,
  Session,
  page,
} from '@paperframe/core/contract';
import {
  assertProblem,
  conform,
  type Reply,
  request,
  type Schema,
} from './http.js';
import { type MatrixContext, ROLES, type Role, WRITE_CASES } from './matrix.js';

/** A backend to check, and what the suite needs to know about it. */
export interface ContractTarget {
  /** Base URL of the API, such as `http://127.0.0.1:8787`. */
  url: string;
  /** An existing moderator: sign-in details or a ready token. */
  moderator: { email: string; password: string } | { token: string };
  /** A token the backend issued that has expired; cells using it are skipped when absent. */
  expiredToken?: string;
  /** Three distinct paper ids the backend knows. */
  papers?: [string, string, string];
  /** Stops whatever the target started. */
  close?(): Promise<void>;
}

/** Papers of the reference data set. */
export const REFERENCE_PAPERS: [string, string, string] = [
  'arxiv:2204.05862',
  'arxiv:2212.08073',
  'arxiv:2108.07258',
];

const enc = encodeURIComponent;

/**
 * Registers the contract tests for one backend with node:test. `target` is
 * called once, before the tests, so it may start a server.
 */
export function contractSuite(
  name: string,
  target: () => Promise<ContractTarget>,
  options: { skip?: string } = {},
): void {
  describe(`REST contract: ${name}`, { skip: options.skip }, () => {
    let t: ContractTarget;
    let papers: [string, string, string];
    const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    let counter = 0;
    const unique = () => `${run}-${counter++}`;
    const logins: Record<string, { email: string; password: string }> = {};
    const tokens: Record<string, string> = {};
    let revoked = '';

    const call = (
      method: string,
      path: string,
      token?: string,
      body?: unknown,
    ) => request(t.url, method, path, { token, body });

    const register = async (label: string) => {
      const login = {
        email: `${label}-${unique()}@example.org`,
        password: `${label} password`,
      };
      const reply = await call('POST', '/v1/auth/register', undefined, {
        ...login,
        name: `Contract ${label}`,
      });
      assert.equal(reply.status, 201, reply.text);
      logins[label] = login;
      return conform<{ token: string }>(AuthResult, reply.json, 'register')
        .token;
    };

    const login = async (credentials: { email: string; password: string }) => {
      const reply = await call(
        'POST',
        '/v1/auth/login',
        undefined,
        credentials,
      );
      assert.equal(reply.status, 200, reply.text);
      return conform<{ token: string }>(AuthResult, reply.json, 'login').token;
    };

    before(async () => {
      t = await target();
      papers = t.papers ?? REFERENCE_PAPERS;
      tokens.author = await register('author');
      tokens.other = await register('other');
      tokens.moderator =
        'token' in t.moderator ? t.moderator.token : await login(t.moderator);
      revoked = await register('revoked');
      assert.equal(
        (await call('POST', '/v1/auth/logout', revoked)).status,
        204,
      );
    });
    after(async () => {
      await t?.close?.();
    });

    const ok = async (path: string, schema: Schema, token?: string) => {
      const reply = await call('GET', path, token);
      assert.equal(reply.status, 200, `${path}: ${reply.text.slice(0, 200)}`);
      assert.match(reply.headers.get('content-type') ?? '', /json/, path);
      return conform(schema, reply.json, `GET ${path}`);
    };

    describe('reads match the contract’s shapes', () => {
      it('one paper and a batch, in the order asked', async () => {
        const paper = (await ok(`/v1/papers/${enc(papers[0])}`, Paper)) as {
          id: string;
          counts: Record<string, number>;
        };
        for (const n of Object.values(paper.counts)) {
          assert.ok(Number.isInteger(n) && n >= 0);
        }
        const batch = (await ok(
          `/v1/papers?ids=${papers.map(enc).join(',')},doi:10.9999%2Fnone`,
          PaperBatch,
        )) as { items: { id: string }[]; notFound: string[] };
        assert.equal(batch.items.length, 3);
        assert.equal(batch.items[0]?.id, paper.id);
        assert.deepEqual(batch.notFound, ['doi:10.9999/none']);
      });

      it('reactions, the vocabulary and the session', async () => {
        const anon = (await ok(
          `/v1/papers/${enc(papers[0])}/reactions`,
          Reactions,
        )) as { mine: unknown };
        assert.equal(anon.mine, null);
        const mine = (await ok(
          `/v1/papers/${enc(papers[0])}/reactions`,
          Reactions,
          tokens.other,
        )) as { mine: { vote: string } | null };
        assert.equal(mine.mine?.vote, 'none');
        await ok('/v1/reaction-kinds', ReactionKinds);
        const session = (await ok('/v1/session', Session)) as { user: unknown };
        assert.equal(session.user, null);
        const me = (await ok('/v1/session', Session, tokens.moderator)) as {
          user: { role?: string };
        };
        assert.equal(me.user.role, 'moderator');
        await ok('/v1/me/collections', page(Collection), tokens.author);
      });

      it('reviews, comments and the research map', async () => {
        await ok(`/v1/papers/${enc(papers[0])}/reviews`, page(Review));
        await ok(`/v1/papers/${enc(papers[0])}/comments`, page(Comment));
        const graph = (await ok(
          `/v1/papers/${enc(papers[0])}/graph?limit=5`,
          Graph,
        )) as {
          nodes: { id: string }[];
          edges: { source: string; target: string }[];
          truncated: boolean;
        };
        assert.ok(graph.nodes.length <= 6);
        const ids = new Set(graph.nodes.map((n) => n.id));
        for (const e of graph.edges) {
          assert.ok(ids.has(e.source) && ids.has(e.target), 'edge ends');
        }
        const other = graph.nodes.find((n) => !n.id.startsWith('paper:'));
        if (other) {
          await ok(`/v1/nodes/${enc(other.id)}/graph?limit=5`, Graph);
        }
      });

      it('publishes the OpenAPI document', async () => {
        const reply = await call('GET', '/openapi.json');
        assert.equal(reply.status, 200);
        assert.match(
          String((reply.json as { openapi?: string }).openapi),
          /^3\.1/,
        );
      });
    });

    describe('errors are problem documents', () => {
      it('for unknown and malformed ids, routes, cursors and limits', async () => {
        assertProblem(
          await call('GET', '/v1/papers/doi:10.9999%2Fnone'),
          404,
          'unknown paper',
        );
        assertProblem(
          await call('GET', '/v1/papers/not-an-id'),
          400,
          'malformed id',
        );
        assertProblem(
          await call('GET', '/v1/no-such-route'),
          404,
          'unknown route',
        );
        assertProblem(
          await call('GET', '/v1/reviews/rev_nothing'),
          404,
          'unknown review',
        );
        assertProblem(
          await call('GET', `/v1/papers/${enc(papers[0])}/reviews?cursor=%%%`),
          400,
          'bad cursor',
        );
        assertProblem(
          await call('GET', `/v1/papers/${enc(papers[0])}/comments?limit=0`),
          400,
          'bad limit',
        );
      });

      it('for bodies: malformed JSON, invalid fields, too large', async () => {
        const path = `/v1/papers/${enc(papers[2])}/comments`;
        assertProblem(
          await call('POST', path, tokens.other, '{"body":'),
          400,
          'broken JSON',
        );
        const invalid = await call('POST', path, tokens.other, {
          kind: 'rant',
          body: '',
        });
        assertProblem(invalid, 422, 'invalid fields');
        const problem = conform<{ errors?: { field: string }[] }>(
          Problem,
          invalid.json,
          '422',
        );
        assert.deepEqual(problem.errors?.map((e) => e.field).sort(), [
          'body',
          'kind',
        ]);
        assertProblem(
          await call('POST', path, tokens.other, { body: 'x'.repeat(1 << 20) }),
          [413, 422],
          'huge body',
        );
        assertProblem(
          await call('POST', '/v1/auth/login', undefined, {
            email: logins.other?.email,
            password: 'wrong password',
          }),
          401,
          'wrong password',
        );
      });
    });

    describe('caching', () => {
      it('sends ETag and answers 304 when it still matches', async () => {
        const path = `/v1/papers/${enc(papers[1])}`;
        const first = await call('GET', path);
        const etag = first.headers.get('etag');
        assert.ok(etag, 'ETag on a paper');
        assert.match(first.headers.get('cache-control') ?? '', /public/);
        const again = await request(t.url, 'GET', path, {
          headers: { 'If-None-Match': etag },
        });
        assert.equal(again.status, 304);
        assert.equal(again.text, '');
      });

      it('marks personal reads private and changes the ETag after a write', async () => {
        const path = `/v1/papers/${enc(papers[1])}/reactions`;
        const before = await call('GET', path, tokens.other);
        assert.match(
          before.headers.get('cache-control') ?? '',
          /private|no-store/,
        );
        const etag = before.headers.get('etag') ?? '';
        await call('PUT', `${path}/me`, tokens.other, { vote: 'dislike' });
        const after = await request(t.url, 'GET', path, {
          token: tokens.other,
          headers: { 'If-None-Match': etag },
        });
        assert.equal(after.status, 200);
        assert.equal(
          conform<{ mine: { vote: string } }>(
            Reactions,
            after.json,
            'reactions',
          ).mine.vote,
          'dislike',
        );
        await call('PUT', `${path}/me`, tokens.other, { vote: 'none' });
      });
    });

    describe('cursor pagination', () => {
      it('never skips or repeats while comments are added', async () => {
        const path = `/v1/papers/${enc(papers[1])}/comments`;
        const ours: string[] = [];
        for (let i = 0; i < 5; i++) {
          const r = await call('POST', path, tokens.other, {
            body: `Page ${i} ${run}`,
          });
          assert.equal(r.status, 201, r.text);
          ours.push((r.json as { id: string }).id);
        }
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query: string = cursor ? `&cursor=${enc(cursor)}` : '';
          const reply: Reply = await call('GET', `${path}?limit=2${query}`);
          const result = conform<{
            items: { id: string }[];
            nextCursor: string | null;
          }>(page(Comment), reply.json, 'comment page');
          assert.ok(result.items.length <= 2);
          seen.push(...result.items.map((c) => c.id));
          cursor = result.nextCursor;
          if (pages++ === 0) {
            const added = await call('POST', path, tokens.author, {
              body: `Added ${run}`,
            });
            ours.push((added.json as { id: string }).id);
          }
          assert.ok(pages < 100, 'pagination ends');
        } while (cursor);
        assert.equal(new Set(seen).size, seen.length, 'no item repeats');
        assert.deepEqual(
          seen.filter((id) => ours.includes(id)),
          ours,
          'every item once, oldest first, the added one last',
        );
        for (const id of ours)
          await call('DELETE', `/v1/comments/${id}`, tokens.moderator);
      });
    });

    describe('moderation', () => {
      it('hidden items vanish for everyone but their author and moderators', async () => {
        const created = await call(
          'POST',
          `/v1/papers/${enc(papers[2])}/reviews`,
          tokens.author,
          { summary: `To be hidden ${run}`, strengths: ['Clear'] },
        );
        assert.equal(created.status, 201, created.text);
        const rid = (created.json as { id: string }).id;
        assert.equal(
          (await call('POST', `/v1/reviews/${rid}/hide`, tokens.moderator))
            .status,
          200,
        );
        const listed = async (token?: string) =>
          conform<{ items: { id: string }[] }>(
            page(Review),
            (
              await call(
                'GET',
                `/v1/papers/${enc(papers[2])}/reviews?limit=50`,
                token,
              )
            ).json,
            'reviews',
          ).items.some((r) => r.id === rid);
        assert.equal(await listed(), false, 'anonymous');
        assert.equal(await listed(tokens.other), false, 'another reader');
        assert.equal(await listed(tokens.author), true, 'the author');
        assert.equal(await listed(tokens.moderator), true, 'a moderator');
        await call('DELETE', `/v1/reviews/${rid}`, tokens.author);
      });
    });

    describe('authorization matrix on every write endpoint', () => {
      const totals = { cells: 0, allowed: 0, denied: 0, skipped: 0 };
      const ctx: MatrixContext = {
        call,
        token: (role) => tokens[role] ?? '',
        freshToken: async (role) => {
          const credentials = role === 'moderator' ? t.moderator : logins[role];
          if (!credentials || !('password' in credentials)) {
            throw new Error(`No sign-in details for ${role}.`);
          }
          return login(credentials);
        },
        get otherLogin() {
          return logins.other ?? { email: '', password: '' };
        },
        get papers() {
          return { a: papers[0], b: papers[1], c: papers[2] };
        },
        unique,
      };
      const tokenOf = (role: Role): string | undefined | null => {
        if (role === 'anonymous') return undefined;
        if (role === 'expired') return t.expiredToken ?? null;
        if (role === 'revoked') return revoked;
        return tokens[role];
      };

      for (const write of WRITE_CASES) {
        it(`${write.method} ${write.path}: only ${write.allowed.join(', ')}`, async () => {
          const wrong: string[] = [];
          for (const role of ROLES) {
            const token = tokenOf(role);
            if (token === null) {
              totals.skipped++;
              continue;
            }
            const state = (await write.setup?.(ctx)) as never;
            const reply = await write.act(ctx, state, token, role);
            const allowed = write.allowed.includes(role);
            const succeeded = reply.status >= 200 && reply.status < 300;
            totals.cells++;
            if (allowed) totals.allowed++;
            else totals.denied++;
            if (succeeded !== allowed) {
              wrong.push(
                `${role}: ${reply.status} ${reply.text.slice(0, 120)}`,
              );
            } else if (!allowed) {
              const expected =
                role === 'author' || role === 'other' || role === 'moderator'
                  ? [403, 404]
                  : [401];
              try {
                assertProblem(reply, expected, role);
              } catch (error) {
                wrong.push((error as Error).message);
              }
            }
            const effect = await write.verify?.(ctx, state, succeeded);
            if (effect) wrong.push(`${role}: ${effect}`);
            await write.cleanup?.(ctx, state, reply, token);
          }
          assert.deepEqual(wrong, [], wrong.join('\n'));
        });
      }

      it('prints the size of the matrix', (tc) => {
        const line = `authz matrix: ${totals.cells} cells over ${WRITE_CASES.length} write endpoints × ${ROLES.length} callers (${totals.allowed} allowed, ${totals.denied} refused, ${totals.skipped} skipped)`;
        tc.diagnostic(line);
        assert.ok(totals.cells > 0);
      });
    });
  });
}
