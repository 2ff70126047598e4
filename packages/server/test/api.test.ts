import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  AuthResult,
  Collection,
  Comment,
  Graph,
  Paper,
  Problem,
  ReactionKinds,
  Reactions,
  Review,
  Session,
  page,
} from '@paperframe/core/contract';
import * as v from 'valibot';
import { createUser } from '../src/auth.js';
import { openApiDocument } from '../src/openapi.js';
import { type Fixture, fixture, storeTargets } from './setup.js';

const CENTRE = 'arxiv:2204.05862';
const ORIGIN = 'http://localhost:5173';

for (const target of storeTargets()) {
  describe(`REST API (${target.name})`, { skip: target.skip }, () => {
    let f: Fixture;
    let alice: string;
    let bob: string;
    let mod: string;

    const call = async (
      method: string,
      path: string,
      {
        token,
        body,
        headers = {},
      }: {
        token?: string;
        body?: unknown;
        headers?: Record<string, string>;
      } = {},
    ) => {
      const res = await f.app.request(path, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        body:
          body === undefined
            ? undefined
            : typeof body === 'string'
              ? body
              : JSON.stringify(body),
      });
      const text = await res.text();
      return { res, status: res.status, json: text ? JSON.parse(text) : null };
    };

    const register = async (name: string) => {
      const { status, json } = await call('POST', '/v1/auth/register', {
        body: { email: `${name}@example.org`, password: 'correct horse', name },
      });
      assert.equal(status, 201);
      return v.parse(AuthResult, json).token;
    };

    before(async () => {
      f = await fixture(target, {
        corsOrigins: [ORIGIN],
        rateLimits: {
          auth: { limit: 1000, windowSeconds: 60 },
          writeUser: { limit: 1000, windowSeconds: 60 },
          writeIp: { limit: 1000, windowSeconds: 60 },
        },
      });
      alice = await register('alice');
      bob = await register('bob');
      await createUser(f.store.db, {
        email: 'mod@example.org',
        password: 'moderator pass',
        name: 'Mod',
        role: 'moderator',
      });
      const login = await call('POST', '/v1/auth/login', {
        body: { email: 'MOD@example.org', password: 'moderator pass' },
      });
      assert.equal(login.status, 200);
      mod = login.json.token;
    });
    after(() => f.close());

    describe('accounts', () => {
      it('tells who the caller is, and nobody without a token', async () => {
        const me = await call('GET', '/v1/session', { token: alice });
        assert.equal(v.parse(Session, me.json).user?.name, 'alice');
        assert.match(me.res.headers.get('cache-control') ?? '', /private/);
        const anon = await call('GET', '/v1/session');
        assert.equal(anon.json.user, null);
        const moderator = await call('GET', '/v1/session', { token: mod });
        assert.equal(moderator.json.user.role, 'moderator');
      });

      it('refuses a wrong password and a taken email', async () => {
        const wrong = await call('POST', '/v1/auth/login', {
          body: { email: 'alice@example.org', password: 'wrong password' },
        });
        assert.equal(wrong.status, 401);
        assert.equal(wrong.json.detail, 'Wrong email or password.');
        const taken = await call('POST', '/v1/auth/register', {
          body: {
            email: 'Alice@example.org',
            password: 'another one',
            name: 'A',
          },
        });
        assert.equal(taken.status, 409);
      });

      it('stores only a hash of the token and revokes it on logout', async () => {
        const token = await register('carol');
        const rows = await f.store.db
          .selectFrom('sessions')
          .select('token_hash')
          .execute();
        assert.ok(rows.every((r) => r.token_hash !== token));
        assert.equal(
          (await call('POST', '/v1/auth/logout', { token })).status,
          204,
        );
        const after = await call('GET', '/v1/session', { token });
        assert.equal(after.json.user, null);
        const write = await call('PUT', `/v1/papers/${CENTRE}/reactions/me`, {
          token,
          body: { vote: 'like' },
        });
        assert.equal(write.status, 401);
      });

      it('names the failing field in a 422', async () => {
        const { status, json, res } = await call('POST', '/v1/auth/register', {
          body: { email: 'not-an-email', password: 'short', name: '' },
        });
        assert.equal(status, 422);
        assert.equal(
          res.headers.get('content-type'),
          'application/problem+json',
        );
        const problem = v.parse(Problem, json);
        const fields = problem.errors?.map((e) => e.field) ?? [];
        assert.deepEqual(fields.sort(), ['email', 'name', 'password']);
        assert.ok(
          problem.errors?.some(
            (e) => e.message === 'Password must be at least 8 characters.',
          ),
        );
      });

      it('answers 400 to a body that is not JSON', async () => {
        const { status } = await call('POST', '/v1/auth/login', {
          body: '{"email":',
        });
        assert.equal(status, 400);
      });
    });

    describe('reactions and collections', () => {
      it('serves the reaction vocabulary', async () => {
        const { json } = await call('GET', '/v1/reaction-kinds');
        const kinds = v.parse(ReactionKinds, json);
        assert.ok(kinds.items.some((k) => k.id === 'insightful'));
      });

      it('counts votes and specific reactions, and shows the caller’s own', async () => {
        await call('PUT', `/v1/papers/${CENTRE}/reactions/me`, {
          token: alice,
          body: { vote: 'like', kinds: ['insightful', 'rigorous'] },
        });
        const bobs = await call('PUT', `/v1/papers/${CENTRE}/reactions/me`, {
          token: bob,
          body: { vote: 'dislike', kinds: ['insightful'] },
        });
        assert.equal(bobs.status, 200);
        const reactions = v.parse(Reactions, bobs.json);
        assert.deepEqual(reactions.counts.kinds, {
          insightful: 2,
          rigorous: 1,
        });
        assert.equal(reactions.counts.likes, 1);
        assert.equal(reactions.counts.dislikes, 1);
        assert.deepEqual(reactions.mine, {
          vote: 'dislike',
          kinds: ['insightful'],
          collections: [],
        });

        const anon = await call('GET', `/v1/papers/${CENTRE}/reactions`);
        assert.equal(anon.json.mine, null);

        const changed = await call('PUT', `/v1/papers/${CENTRE}/reactions/me`, {
          token: bob,
          body: { vote: 'none' },
        });
        assert.equal(changed.json.counts.dislikes, 0);
        assert.deepEqual(changed.json.mine.kinds, ['insightful']);

        const paper = await call('GET', `/v1/papers/${CENTRE}`);
        assert.equal(v.parse(Paper, paper.json).counts.likes, 1);
      });

      it('refuses a reaction kind outside the vocabulary with a 422', async () => {
        const { status, json } = await call(
          'PUT',
          `/v1/papers/${CENTRE}/reactions/me`,
          { token: alice, body: { kinds: ['insightful', 'spicy'] } },
        );
        assert.equal(status, 422);
        assert.equal(json.errors[0].field, 'kinds.1');
      });

      it('saves into collections and counts saves once per reader', async () => {
        const created = await call('POST', '/v1/me/collections', {
          token: alice,
          body: { name: 'RLHF reading' },
        });
        assert.equal(created.status, 201);
        const cid = v.parse(Collection, created.json).id;

        const saved = await call(
          'PUT',
          `/v1/me/collections/${cid}/papers/${CENTRE}`,
          { token: alice },
        );
        assert.equal(saved.status, 200);
        assert.equal(saved.json.paperIds.length, 1);
        await call('PUT', `/v1/me/collections/default/papers/${CENTRE}`, {
          token: alice,
        });

        const list = await call('GET', '/v1/me/collections', { token: alice });
        const collections = v.parse(page(Collection), list.json).items;
        assert.deepEqual(collections.map((c) => c.name).sort(), [
          'RLHF reading',
          'Saved',
        ]);

        const reactions = await call('GET', `/v1/papers/${CENTRE}/reactions`, {
          token: alice,
        });
        assert.equal(reactions.json.counts.saves, 1);
        assert.equal(reactions.json.mine.collections.length, 2);

        const other = await call(
          'PUT',
          `/v1/me/collections/${cid}/papers/${CENTRE}`,
          { token: bob },
        );
        assert.equal(other.status, 404);

        const removed = await call(
          'DELETE',
          `/v1/me/collections/${cid}/papers/${CENTRE}`,
          { token: alice },
        );
        assert.deepEqual(removed.json.paperIds, []);
        assert.equal((await call('GET', '/v1/me/collections')).status, 401);
      });
    });

    describe('reviews', () => {
      it('lets the author write, edit and delete, and nobody else', async () => {
        const created = await call('POST', `/v1/papers/${CENTRE}/reviews`, {
          token: alice,
          body: {
            summary: 'Careful RLHF study.',
            strengths: ['Open data'],
            concerns: ['Crowdworker pool'],
            questions: ['How stable is the PM?'],
            rating: 4,
            confidence: 3,
          },
        });
        assert.equal(created.status, 201);
        const review = v.parse(Review, created.json);
        assert.equal(review.author.name, 'alice');
        assert.equal(review.paperId, 'pf:w4223908421');

        const path = `/v1/reviews/${review.id}`;
        assert.equal(
          (await call('PATCH', path, { body: { rating: 5 } })).status,
          401,
        );
        assert.equal(
          (await call('PATCH', path, { token: bob, body: { rating: 5 } }))
            .status,
          403,
        );
        assert.equal(
          (await call('PATCH', path, { token: mod, body: { rating: 5 } }))
            .status,
          403,
        );
        const edited = await call('PATCH', path, {
          token: alice,
          body: { rating: 5 },
        });
        assert.equal(edited.json.rating, 5);
        assert.equal(edited.json.summary, 'Careful RLHF study.');

        const bad = await call('PATCH', path, {
          token: alice,
          body: { rating: 6 },
        });
        assert.equal(bad.status, 422);
        assert.equal(bad.json.errors[0].field, 'rating');

        const paper = await call('GET', `/v1/papers/${CENTRE}`);
        assert.equal(paper.json.counts.reviews, 1);

        assert.equal((await call('DELETE', path, { token: bob })).status, 403);
        assert.equal(
          (await call('DELETE', path, { token: alice })).status,
          204,
        );
        assert.equal((await call('GET', path)).status, 404);
      });

      it('pages without skipping or repeating while reviews are added', async () => {
        const paper = 'arxiv:2212.08073';
        // One review per reader, so five readers write them.
        for (let i = 0; i < 5; i++) {
          const created = await call('POST', `/v1/papers/${paper}/reviews`, {
            token: await register(`pager${i}`),
            body: { summary: `Review ${i}`, strengths: ['Clear'] },
          });
          assert.equal(created.status, 201);
        }
        const seen: string[] = [];
        let cursor: string | null = null;
        let round = 0;
        do {
          const query: string = cursor ? `&cursor=${cursor}` : '';
          const { json } = await call(
            'GET',
            `/v1/papers/${paper}/reviews?limit=2${query}`,
          );
          const result = v.parse(page(Review), json);
          seen.push(...result.items.map((r) => r.summary));
          cursor = result.nextCursor;
          if (round++ === 0) {
            await call('POST', `/v1/papers/${paper}/reviews`, {
              token: alice,
              body: { summary: 'Added while paging', strengths: ['Clear'] },
            });
          }
        } while (cursor);
        assert.deepEqual(seen, [
          'Review 4',
          'Review 3',
          'Review 2',
          'Review 1',
          'Review 0',
        ]);
        const bad = await call('GET', `/v1/papers/${paper}/reviews?cursor=zzz`);
        assert.equal(bad.status, 400);
      });
    });

    describe('discussion and moderation', () => {
      it('keeps one level of replies', async () => {
        const top = await call('POST', `/v1/papers/${CENTRE}/comments`, {
          token: alice,
          body: { kind: 'caveat', body: 'The HH data has label noise.' },
        });
        assert.equal(top.status, 201);
        const parent = v.parse(Comment, top.json);
        const reply = await call('POST', `/v1/papers/${CENTRE}/comments`, {
          token: bob,
          body: {
            kind: 'note',
            body: 'Section 6 discusses it.',
            parentId: parent.id,
          },
        });
        assert.equal(reply.status, 201);
        const deeper = await call('POST', `/v1/papers/${CENTRE}/comments`, {
          token: alice,
          body: { body: 'Too deep', parentId: reply.json.id },
        });
        assert.equal(deeper.status, 422);
        assert.equal(deeper.json.errors[0].field, 'parentId');

        const list = await call('GET', `/v1/papers/${CENTRE}/comments`);
        const items = v.parse(page(Comment), list.json).items;
        assert.equal(items.length, 1);
        assert.equal(items[0]?.kind, 'caveat');
        assert.equal(items[0]?.replies[0]?.body, 'Section 6 discusses it.');
      });

      it('hides reported items from everyone but their author and moderators', async () => {
        const created = await call('POST', `/v1/papers/${CENTRE}/comments`, {
          token: bob,
          body: { body: 'Spam spam spam' },
        });
        const id = created.json.id as string;
        const report = await call('POST', `/v1/comments/${id}/reports`, {
          token: alice,
          body: { reason: 'Spam' },
        });
        assert.equal(report.status, 201);
        assert.equal(
          (
            await call('POST', `/v1/comments/${id}/reports`, {
              body: { reason: 'x' },
            })
          ).status,
          401,
        );

        assert.equal(
          (await call('POST', `/v1/comments/${id}/hide`, { token: alice }))
            .status,
          403,
        );
        const hidden = await call('POST', `/v1/comments/${id}/hide`, {
          token: mod,
        });
        assert.equal(hidden.status, 200);

        const bodies = async (token?: string) =>
          (
            await call('GET', `/v1/papers/${CENTRE}/comments`, { token })
          ).json.items.map((c: { body: string }) => c.body);
        assert.ok(!(await bodies()).includes('Spam spam spam'));
        assert.ok(!(await bodies(alice)).includes('Spam spam spam'));
        assert.ok((await bodies(bob)).includes('Spam spam spam'));
        assert.ok((await bodies(mod)).includes('Spam spam spam'));

        await call('POST', `/v1/comments/${id}/restore`, { token: mod });
        assert.ok((await bodies()).includes('Spam spam spam'));
      });
    });

    describe('research map', () => {
      it('gives the neighbourhood of a paper with stable node ids', async () => {
        const { status, json } = await call(
          'GET',
          `/v1/papers/${CENTRE}/graph?limit=500`,
        );
        assert.equal(status, 200);
        const graph = v.parse(Graph, json);
        const ids = new Set(graph.nodes.map((n) => n.id));
        assert.ok(ids.has('paper:pf:w4223908421'));
        assert.ok(ids.has('person:yuntao-bai'));
        assert.ok(ids.has('institution:anthropic'));
        assert.ok(ids.has('topic:reinforcement-learning'));
        assert.ok(ids.has('paper:pf:arxiv-2212.08073'));
        assert.equal(graph.truncated, false);
        for (const e of graph.edges) {
          assert.ok(ids.has(e.source) && ids.has(e.target), e.id);
        }
        assert.ok(
          graph.edges.some(
            (e) =>
              e.kind === 'cites' &&
              e.source === 'paper:pf:arxiv-2212.08073' &&
              e.target === 'paper:pf:w4223908421',
          ),
        );
      });

      it('filters kinds and says when the limit cut nodes', async () => {
        const { json } = await call(
          'GET',
          `/v1/papers/${CENTRE}/graph?kinds=paper&limit=10`,
        );
        const graph = v.parse(Graph, json);
        assert.equal(graph.nodes.length, 11);
        assert.ok(graph.nodes.every((n) => n.kind === 'paper'));
        assert.equal(graph.truncated, true);
        const bad = await call('GET', `/v1/papers/${CENTRE}/graph?kinds=cats`);
        assert.equal(bad.status, 400);
      });

      it('keeps every relation and the first authors in a small slice', async () => {
        const { json } = await call(
          'GET',
          `/v1/papers/${CENTRE}/graph?limit=40`,
        );
        const graph = v.parse(Graph, json);
        const centre = 'paper:pf:w4223908421';
        const count = (kind: string) =>
          graph.nodes.filter((n) => n.kind === kind).length;

        assert.equal(graph.nodes.length, 41);
        assert.equal(graph.truncated, true);
        assert.ok((graph.total ?? 0) > 100, String(graph.total));
        assert.ok(count('person') <= 10, `${count('person')} people`);
        assert.ok(count('paper') >= 25);
        assert.equal(count('topic'), 2);
        assert.ok(graph.edges.some((e) => e.kind === 'related'));
        assert.ok(
          graph.edges.some((e) => e.kind === 'cites' && e.target === centre),
        );
        // Bai comes first in the author list, so the slice keeps him.
        assert.ok(graph.nodes.some((n) => n.id === 'person:yuntao-bai'));
        const full = v.parse(
          Graph,
          (await call('GET', `/v1/papers/${CENTRE}/graph?limit=500`)).json,
        );
        assert.equal(full.total, full.nodes.length);
      });

      it('expands a person, an institution and a topic', async () => {
        for (const node of [
          'person:yuntao-bai',
          'institution:anthropic',
          'topic:reinforcement-learning',
          'paper:arxiv:2204.05862',
        ]) {
          const { status, json } = await call(
            'GET',
            `/v1/nodes/${encodeURIComponent(node)}/graph`,
          );
          assert.equal(status, 200, node);
          const graph = v.parse(Graph, json);
          assert.ok(graph.nodes.length > 1, node);
        }
        assert.equal(
          (await call('GET', '/v1/nodes/person:nobody-at-all/graph')).status,
          404,
        );
        assert.equal(
          (await call('GET', '/v1/nodes/planet:x/graph')).status,
          400,
        );
      });
    });

    describe('popup, contract and limits', () => {
      it('serves the sign-in popup only for allowlisted origins, script as a file', async () => {
        const ok = await f.app.request(
          `/auth/popup?origin=${encodeURIComponent(ORIGIN)}`,
        );
        assert.equal(ok.status, 200);
        const html = await ok.text();
        assert.match(html, /<script src="\/auth\/popup\.js"/);
        assert.doesNotMatch(html, /<script>/);
        assert.match(
          ok.headers.get('content-security-policy') ?? '',
          /script-src 'self'/,
        );
        const script = await f.app.request('/auth/popup.js');
        assert.match(await script.text(), /postMessage\([\s\S]*origin/);

        const refused = await f.app.request(
          '/auth/popup?origin=https%3A%2F%2Fevil.example',
        );
        assert.equal(refused.status, 403);
        const text = await refused.text();
        assert.match(text, /Sign-in refused/);
        assert.doesNotMatch(text, /popup\.js/);
      });

      it('publishes OpenAPI 3.1 and a reference page', async () => {
        const { json } = await call('GET', '/openapi.json');
        assert.equal(json.openapi, '3.1.0');
        assert.ok(json.paths['/v1/papers/{id}'].get);
        assert.ok(json.components.schemas.Paper);
        const docs = await f.app.request('/docs');
        const html = await docs.text();
        assert.match(
          html,
          /PUT<\/span> <code>\/v1\/papers\/\{id\}\/reactions\/me/i,
        );
        assert.doesNotMatch(html, /<script/);
      });

      it('answers 413 to a body over the limit', async () => {
        const { status, json } = await call(
          'POST',
          `/v1/papers/${CENTRE}/comments`,
          {
            token: alice,
            body: { body: 'x'.repeat(70 * 1024) },
          },
        );
        assert.equal(status, 413);
        assert.equal(json.status, 413);
      });
    });
  });

  describe(`rate limits (${target.name})`, { skip: target.skip }, () => {
    let f: Fixture;
    before(async () => {
      f = await fixture(target, {
        rateLimits: { auth: { limit: 3, windowSeconds: 60 } },
      });
    });
    after(() => f.close());

    it('answers 429 with Retry-After once the limit is passed', async () => {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await f.app.request('/v1/auth/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            email: 'x@example.org',
            password: 'whatever1',
          }),
        });
        statuses.push(last.status);
      }
      assert.deepEqual(statuses, [401, 401, 401, 429]);
      const retry = Number(last?.headers.get('retry-after'));
      assert.ok(retry >= 1 && retry <= 60);
      const stored = await f.store.db
        .selectFrom('rate_limits')
        .select('count')
        .executeTakeFirstOrThrow();
      assert.equal(stored.count, 4);
    });
  });
}

describe('OpenAPI file in @paperframe/core', () => {
  it('matches the document the server generates', () => {
    const file = new URL('../../core/openapi.json', import.meta.url);
    assert.deepEqual(
      JSON.parse(readFileSync(file, 'utf8')),
      JSON.parse(JSON.stringify(openApiDocument())),
      'Run `pnpm --filter @paperframe/server openapi` after changing the contract.',
    );
  });
});
