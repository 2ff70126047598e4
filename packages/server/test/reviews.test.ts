import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Problem, Review, page } from '@paperframe/core/contract';
import * as v from 'valibot';
import { type Fixture, fixture, storeTargets } from './setup.js';

const PAPER = 'arxiv:2204.05862';
const LIMITS = {
  auth: { limit: 1000, windowSeconds: 60 },
  writeUser: { limit: 1000, windowSeconds: 60 },
  writeIp: { limit: 1000, windowSeconds: 60 },
};

for (const target of storeTargets()) {
  describe(`reviews: helpful marks and one review per reader (${target.name})`, {
    skip: target.skip,
  }, () => {
    let f: Fixture;
    const tokens: Record<string, string> = {};

    const call = async (
      method: string,
      path: string,
      token?: string,
      body?: unknown,
    ) => {
      const res = await f.app.request(path, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      return { res, status: res.status, json: text ? JSON.parse(text) : null };
    };

    before(async () => {
      f = await fixture(target, { rateLimits: LIMITS });
      for (const name of ['author', 'r1', 'r2', 'r3', 'r4']) {
        const { json } = await call('POST', '/v1/auth/register', undefined, {
          email: `${name}@example.org`,
          password: 'long enough',
          name,
        });
        tokens[name] = json.token;
      }
    });
    after(() => f.close());

    it('counts one helpful mark per reader, from the rows', async () => {
      const created = await call(
        'POST',
        `/v1/papers/${PAPER}/reviews`,
        tokens.author,
        { summary: 'Solid.', strengths: ['Clear'] },
      );
      const id = v.parse(Review, created.json).id;
      assert.equal(created.json.helpful, 0);
      assert.equal(created.json.helpfulByMe, false);
      const path = `/v1/reviews/${id}/helpful`;

      assert.equal((await call('PUT', path)).status, 401);
      const own = await call('PUT', path, tokens.author);
      assert.equal(own.status, 403);
      assert.equal(own.json.detail, 'You cannot mark your own review helpful.');

      const first = await call('PUT', path, tokens.r1);
      assert.equal(first.status, 200);
      assert.equal(v.parse(Review, first.json).helpful, 1);
      assert.equal(first.json.helpfulByMe, true);
      // Repeating the mark changes nothing.
      assert.equal((await call('PUT', path, tokens.r1)).json.helpful, 1);
      assert.equal((await call('PUT', path, tokens.r2)).json.helpful, 2);

      const list = async (token?: string) =>
        v.parse(
          page(Review),
          (await call('GET', `/v1/papers/${PAPER}/reviews`, token)).json,
        ).items[0];
      assert.equal((await list())?.helpful, 2);
      assert.equal((await list())?.helpfulByMe, undefined);
      assert.equal((await list(tokens.r1))?.helpfulByMe, true);
      assert.equal((await list(tokens.r3))?.helpfulByMe, false);

      const back = await call('DELETE', path, tokens.r1);
      assert.equal(back.json.helpful, 1);
      assert.equal(back.json.helpfulByMe, false);
      const rows = await f.store.db
        .selectFrom('review_helpful')
        .selectAll()
        .where('review_id', '=', id)
        .execute();
      assert.deepEqual(
        rows.map((r) => r.review_id),
        [id],
      );

      assert.equal(
        (await call('DELETE', `/v1/reviews/${id}`, tokens.author)).status,
        204,
      );
      const left = await f.store.db
        .selectFrom('review_helpful')
        .selectAll()
        .where('review_id', '=', id)
        .execute();
      assert.equal(left.length, 0, 'marks go with their review');
      assert.equal((await call('PUT', path, tokens.r2)).status, 404);
    });

    it('refuses a second review of one paper with a 409 that points at the first', async () => {
      const first = await call(
        'POST',
        `/v1/papers/${PAPER}/reviews`,
        tokens.r3,
        { summary: 'First take.', strengths: ['Clear'] },
      );
      assert.equal(first.status, 201);
      const second = await call(
        'POST',
        `/v1/papers/${PAPER}/reviews`,
        tokens.r3,
        { summary: 'Second take.', strengths: ['Clear'] },
      );
      assert.equal(second.status, 409);
      assert.equal(
        second.res.headers.get('content-type'),
        'application/problem+json',
      );
      assert.match(
        v.parse(Problem, second.json).detail ?? '',
        /edit that review/,
      );
      assert.equal(
        second.res.headers.get('location'),
        `/v1/reviews/${first.json.id}`,
      );
      // Another paper is fine, and so is a new review after deleting.
      const other = await call(
        'POST',
        '/v1/papers/arxiv:2212.08073/reviews',
        tokens.r3,
        { summary: 'Different paper.', strengths: ['Clear'] },
      );
      assert.equal(other.status, 201);
      await call('DELETE', `/v1/reviews/${first.json.id}`, tokens.r3);
      const again = await call(
        'POST',
        `/v1/papers/${PAPER}/reviews`,
        tokens.r3,
        { summary: 'Rewritten.', strengths: ['Clear'] },
      );
      assert.equal(again.status, 201);
    });

    it('refuses a review without any strength, concern or method question', async () => {
      const lists = ['strengths', 'concerns', 'questions'];
      const refused = async (reply: Awaited<ReturnType<typeof call>>) => {
        assert.equal(reply.status, 422, JSON.stringify(reply.json));
        assert.equal(
          reply.res.headers.get('content-type'),
          'application/problem+json',
        );
        const problem = v.parse(Problem, reply.json);
        assert.deepEqual(
          problem.errors?.map((e) => e.field),
          lists,
        );
        assert.match(problem.detail ?? '', /at least one strength/);
      };
      const post = (body: unknown) =>
        call('POST', `/v1/papers/${PAPER}/reviews`, tokens.r4, body);

      await refused(
        await post({
          summary: 's',
          strengths: [],
          concerns: [],
          questions: [],
        }),
      );
      await refused(await post({ summary: 'Only a summary.' }));
      const empty = await post({ summary: '', strengths: [] });
      assert.deepEqual(
        empty.json.errors.map((e: { field: string }) => e.field),
        ['summary', ...lists],
      );
      const listed = await call('GET', `/v1/papers/${PAPER}/reviews`);
      assert.ok(
        listed.json.items.every(
          (r: { author: { name: string } }) => r.author.name !== 'r4',
        ),
        'nothing was stored',
      );

      const created = await post({
        summary: 'One question.',
        questions: ['Why?'],
      });
      assert.equal(created.status, 201);
      const path = `/v1/reviews/${created.json.id}`;

      // An edit that would empty the only list is refused; the review keeps it.
      await refused(await call('PATCH', path, tokens.r4, { questions: [] }));
      await refused(
        await call('PATCH', path, tokens.r4, {
          strengths: [],
          concerns: [],
          questions: [],
        }),
      );
      assert.deepEqual((await call('GET', path)).json.questions, ['Why?']);

      // Moving the item to another list in one edit is fine.
      const moved = await call('PATCH', path, tokens.r4, {
        questions: [],
        concerns: ['Small sample.'],
      });
      assert.equal(moved.status, 200);
      assert.deepEqual(moved.json.concerns, ['Small sample.']);
      assert.equal(
        (await call('PATCH', path, tokens.r4, { summary: 'Edited.' })).status,
        200,
      );

      // Two edits at once that each empty one of two lists: one must fail.
      await call('PATCH', path, tokens.r4, {
        strengths: ['Clear.'],
        concerns: ['Small sample.'],
      });
      const both = await Promise.all([
        call('PATCH', path, tokens.r4, { strengths: [] }),
        call('PATCH', path, tokens.r4, { concerns: [] }),
      ]);
      assert.deepEqual(both.map((r) => r.status).sort(), [200, 422]);
      const after = (await call('GET', path)).json;
      assert.equal(
        after.strengths.length + after.concerns.length + after.questions.length,
        1,
      );
    });

    it('lets exactly one of several simultaneous posts in', async () => {
      const statuses = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          call('POST', '/v1/papers/arxiv:2212.08073/reviews', tokens.r2, {
            summary: `Race ${i}`,
            strengths: ['Clear'],
          }).then((r) => r.status),
        ),
      );
      assert.deepEqual(
        statuses.sort(),
        [201, 409, 409, 409, 409, 409],
        statuses.join(','),
      );
    });
  });
}
