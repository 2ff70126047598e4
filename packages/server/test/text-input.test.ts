// Text the stores cannot keep as it came is refused before it is stored: a
// lone surrogate would come back as U+FFFD, so the accepted text and the
// text read later would differ. Well-formed astral characters round-trip.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Problem } from '@paperframe/core/contract';
import * as v from 'valibot';
import { type Fixture, fixture, storeTargets } from './setup.js';

const PAPER = 'arxiv:2204.05862';
const LENIENT = { limit: 1_000_000, windowSeconds: 60 };
const LONE = ['lone \ud800 x', 'low \udc00 alone', 'reversed \udc00\ud800'];

for (const target of storeTargets()) {
  describe(`text input (${target.name})`, { skip: target.skip }, () => {
    let f: Fixture;
    let token: string;
    let reviewId: string;
    let commentId: string;

    const call = async (
      method: string,
      path: string,
      body?: unknown,
      auth = true,
    ) => {
      const res = await f.app.request(path, {
        method,
        headers: {
          ...(auth && token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        // JSON.stringify writes a lone surrogate as a \ud800 escape, so the
        // body on the wire is valid UTF-8 and the server's parser makes it.
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { res, status: res.status, json: text ? JSON.parse(text) : null };
    };

    before(async () => {
      f = await fixture(target, {
        rateLimits: { auth: LENIENT, writeUser: LENIENT, writeIp: LENIENT },
      });
      const registered = await call('POST', '/v1/auth/register', {
        email: 'writer@example.org',
        password: 'correct horse',
        name: 'Writer',
      });
      token = registered.json.token;
      reviewId = (
        await call('POST', `/v1/papers/${PAPER}/reviews`, {
          summary: 'Fine.',
          strengths: ['Clear.'],
        })
      ).json.id;
      commentId = (
        await call('POST', `/v1/papers/${PAPER}/comments`, { body: 'Hello.' })
      ).json.id;
    });
    after(() => f.close());

    /** Every text field of every body, as [method, path, body, field]. */
    const cases = (bad: string): [string, string, unknown, string][] => [
      [
        'POST',
        '/v1/auth/register',
        { email: `a${bad}@example.org`, password: 'correct horse', name: 'A' },
        'email',
      ],
      [
        'POST',
        '/v1/auth/register',
        { email: 'b@example.org', password: `horse ${bad}`, name: 'B' },
        'password',
      ],
      [
        'POST',
        '/v1/auth/register',
        { email: 'c@example.org', password: 'correct horse', name: bad },
        'name',
      ],
      [
        'POST',
        '/v1/auth/login',
        { email: 'writer@example.org', password: `x${bad}` },
        'password',
      ],
      ['POST', '/v1/me/collections', { name: bad }, 'name'],
      [
        'POST',
        '/v1/papers/arxiv:2212.08073/reviews',
        { summary: bad, strengths: ['Clear.'] },
        'summary',
      ],
      [
        'POST',
        '/v1/papers/arxiv:2212.08073/reviews',
        { summary: 'Fine.', strengths: ['Clear.'], concerns: ['ok', bad] },
        'concerns.1',
      ],
      ['PATCH', `/v1/reviews/${reviewId}`, { summary: bad }, 'summary'],
      ['PATCH', `/v1/reviews/${reviewId}`, { questions: [bad] }, 'questions.0'],
      ['POST', `/v1/reviews/${reviewId}/reports`, { reason: bad }, 'reason'],
      ['POST', `/v1/papers/${PAPER}/comments`, { body: bad }, 'body'],
      [
        'POST',
        `/v1/papers/${PAPER}/comments`,
        { body: 'Reply.', parentId: `${commentId}${bad}` },
        'parentId',
      ],
      ['PATCH', `/v1/comments/${commentId}`, { body: bad }, 'body'],
      ['POST', `/v1/comments/${commentId}/reports`, { reason: bad }, 'reason'],
      ['PUT', `/v1/papers/${PAPER}/reactions/me`, { kinds: [bad] }, 'kinds.0'],
      ['POST', '/v1/me/collections', { [bad]: 'a key' }, '(body)'],
    ];

    it('refuses lone surrogates in every text field with a 422 naming it', async () => {
      for (const bad of LONE) {
        for (const [method, path, body, field] of cases(bad)) {
          const reply = await call(method, path, body);
          const what = `${method} ${path} ${field} ${JSON.stringify(bad)}`;
          assert.equal(reply.status, 422, `${what}: ${reply.status}`);
          assert.equal(
            reply.res.headers.get('content-type'),
            'application/problem+json',
            what,
          );
          const problem = v.parse(Problem, reply.json);
          assert.equal(problem.errors?.[0]?.field, field, what);
          assert.match(problem.detail ?? '', /lone surrogate/, what);
        }
      }

      // Nothing of it was stored.
      const comments = await call('GET', `/v1/papers/${PAPER}/comments`);
      assert.deepEqual(
        comments.json.items.map((c: { body: string }) => c.body),
        ['Hello.'],
      );
      const review = await call('GET', `/v1/reviews/${reviewId}`);
      assert.equal(review.json.summary, 'Fine.');
      assert.deepEqual(review.json.questions, []);
      const names = await call('GET', '/v1/me/collections');
      assert.ok(
        names.json.items.every(
          (c: { name: string }) => !c.name.includes('\ufffd'),
        ),
      );
    });

    it('keeps well-formed astral characters exactly', async () => {
      const text = 'Pairs stay: 😀 𝔸 𠀀 — and é';
      const posted = await call('POST', `/v1/papers/${PAPER}/comments`, {
        body: text,
      });
      assert.equal(posted.status, 201);
      assert.equal(posted.json.body, text);
      const read = await call('GET', `/v1/comments/${posted.json.id}`);
      assert.equal(read.json.body, text);

      const named = await call('POST', '/v1/me/collections', { name: '📚 𝔸' });
      assert.equal(named.status, 201);
      assert.equal(named.json.name, '📚 𝔸');
    });
  });
}
