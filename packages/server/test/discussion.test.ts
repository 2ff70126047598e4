// Moderation inside a thread: a hidden comment keeps its visible replies in
// view under a placeholder that shows nothing of it, the paper's comment
// count is what everyone can read, and a hidden or deleted comment takes no
// new replies.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Comment, Paper, Problem, page } from '@paperframe/core/contract';
import * as v from 'valibot';
import { createSession, createUser } from '../src/auth.js';
import { type Fixture, fixture, storeTargets } from './setup.js';

const PAPER = 'arxiv:2204.05862';
const LENIENT = { limit: 1_000_000, windowSeconds: 60 };

for (const target of storeTargets()) {
  describe(`discussion moderation (${target.name})`, {
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
      return {
        res,
        status: res.status,
        text,
        json: text ? JSON.parse(text) : null,
      };
    };

    const thread = async (token?: string) => {
      const reply = await call(
        'GET',
        `/v1/papers/${PAPER}/comments?limit=50`,
        token,
      );
      assert.equal(reply.status, 200);
      return {
        text: reply.text,
        items: v.parse(page(Comment), reply.json).items,
      };
    };

    /** What an anonymous reader can read, against the paper's count. */
    const assertCountIsReadable = async (expected: number, step: string) => {
      const { items } = await thread();
      const readable = items.reduce(
        (n, c) => n + (c.placeholder ? 0 : 1) + c.replies.length,
        0,
      );
      const counts = v.parse(
        Paper,
        (await call('GET', `/v1/papers/${PAPER}`)).json,
      ).counts;
      assert.equal(readable, expected, `${step}: readable comments`);
      assert.equal(counts.comments, expected, `${step}: counts.comments`);
    };

    const post = async (token: string, body: string, parentId?: string) => {
      const reply = await call('POST', `/v1/papers/${PAPER}/comments`, token, {
        body,
        ...(parentId ? { parentId } : {}),
      });
      assert.equal(reply.status, 201, reply.text);
      return reply.json.id as string;
    };

    before(async () => {
      f = await fixture(target, {
        rateLimits: { auth: LENIENT, writeUser: LENIENT, writeIp: LENIENT },
      });
      for (const name of ['b1', 'b2', 'b3', 'mod']) {
        const user = await createUser(f.store.db, {
          email: `${name}@example.org`,
          password: 'long enough',
          name: `Reader ${name}`,
          ...(name === 'mod' ? { role: 'moderator' } : {}),
        });
        tokens[name] = (await createSession(f.store.db, user.id, 3600)).token;
      }
    });
    after(() => f.close());

    it('keeps visible replies of a hidden comment under a placeholder', async () => {
      const parent = await post(tokens.b1!, 'Offensive remark from b1.');
      const reply = await post(tokens.b2!, 'A calm answer from b2.', parent);
      await assertCountIsReadable(2, 'before hiding');

      const hidden = await call(
        'POST',
        `/v1/comments/${parent}/hide`,
        tokens.mod,
      );
      assert.equal(hidden.status, 200);
      await assertCountIsReadable(1, 'parent hidden');

      // Anonymous readers and the reply's author see the placeholder and the
      // reply, and nothing of the hidden comment's words or author.
      for (const token of [undefined, tokens.b2, tokens.b3]) {
        const { text, items } = await thread(token);
        assert.equal(items.length, 1);
        const [shown] = items;
        assert.equal(shown?.id, parent);
        assert.equal(shown?.placeholder, true);
        assert.equal(shown?.hidden, true);
        assert.equal(shown?.body, '');
        assert.deepEqual(shown?.author, { id: 'hidden', name: '' });
        assert.deepEqual(
          shown?.replies.map((r) => [r.id, r.body]),
          [[reply, 'A calm answer from b2.']],
        );
        assert.ok(!text.includes('Offensive'), 'no words of the hidden one');
        assert.ok(!text.includes('Reader b1'), 'no name of its author');
      }
      const one = await call('GET', `/v1/comments/${parent}`);
      assert.equal(one.status, 200);
      assert.equal(one.json.placeholder, true);
      assert.equal(one.json.body, '');

      // Its author and moderators still read it as it was.
      for (const token of [tokens.b1, tokens.mod]) {
        const [shown] = (await thread(token)).items;
        assert.equal(shown?.body, 'Offensive remark from b1.');
        assert.equal(shown?.hidden, true);
        assert.equal(shown?.placeholder, undefined);
        assert.equal(shown?.replies.length, 1);
      }

      // Once the reply is hidden too, nothing is left to hold the thread.
      await call('POST', `/v1/comments/${reply}/hide`, tokens.mod);
      await assertCountIsReadable(0, 'parent and reply hidden');
      assert.deepEqual((await thread()).items, []);
      assert.equal((await call('GET', `/v1/comments/${parent}`)).status, 404);
      // The reply's author still sees the placeholder and their own reply.
      const own = (await thread(tokens.b2)).items;
      assert.equal(own[0]?.placeholder, true);
      assert.equal(own[0]?.replies[0]?.body, 'A calm answer from b2.');

      await call('POST', `/v1/comments/${reply}/restore`, tokens.mod);
      await call('POST', `/v1/comments/${parent}/restore`, tokens.mod);
      await assertCountIsReadable(2, 'both restored');
      const [back] = (await thread()).items;
      assert.equal(back?.body, 'Offensive remark from b1.');
      assert.equal(back?.placeholder, undefined);

      await call('DELETE', `/v1/comments/${parent}`, tokens.b1);
      await assertCountIsReadable(0, 'deleted with its reply');
    });

    it('refuses a reply to a hidden or deleted comment, naming parentId', async () => {
      const refused = (
        reply: Awaited<ReturnType<typeof call>>,
        status: number,
      ) => {
        assert.equal(reply.status, status, reply.text);
        assert.equal(
          reply.res.headers.get('content-type'),
          'application/problem+json',
        );
        const problem = v.parse(Problem, reply.json);
        assert.equal(problem.errors?.[0]?.field, 'parentId');
        assert.match(problem.detail ?? '', /^parentId: /);
      };
      const replyTo = (token: string, parentId: string) =>
        call('POST', `/v1/papers/${PAPER}/comments`, token, {
          body: 'Late reply.',
          parentId,
        });

      const hidden = await post(tokens.b1!, 'To be hidden.');
      await call('POST', `/v1/comments/${hidden}/hide`, tokens.mod);
      for (const token of [tokens.b2!, tokens.b1!, tokens.mod!]) {
        refused(await replyTo(token, hidden), 409);
      }
      const shown = await call('GET', `/v1/comments/${hidden}`, tokens.mod);
      assert.deepEqual(shown.json.replies, [], 'no reply was stored');

      const deleted = await post(tokens.b1!, 'To be deleted.');
      await call('DELETE', `/v1/comments/${deleted}`, tokens.b1);
      refused(await replyTo(tokens.b2!, deleted), 422);

      await assertCountIsReadable(0, 'after refused replies');
      await call('POST', `/v1/comments/${hidden}/restore`, tokens.mod);
      assert.equal((await replyTo(tokens.b2!, hidden)).status, 201);
      await call('DELETE', `/v1/comments/${hidden}`, tokens.b1);
    });
  });
}
