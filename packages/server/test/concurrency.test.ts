// Fifty readers voting, reacting and saving at once over real HTTP: the
// counts the API shows equal the rows, and the rows equal what each reader
// was told. Plus CORS: an origin not on the allowlist gets no access headers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Reactions } from '@paperframe/core/contract';
import * as v from 'valibot';
import { createApp } from '../src/app.js';
import { createSession, newId } from '../src/auth.js';
import { listen, rawRequest } from './http.js';
import { type Fixture, fixture, storeTargets } from './setup.js';

const READERS = 50;
const STEPS = 8;
const PAPERS = ['arxiv:2204.05862', 'arxiv:2212.08073', 'arxiv:2108.07258'];
const KINDS = ['insightful', 'rigorous', 'reproducible'];
const LENIENT = { limit: 1_000_000, windowSeconds: 60 };
const ALLOWED = 'https://journal.example';

/** A small seeded generator, so a failing run can be repeated. */
function random(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

interface Mine {
  vote: 'like' | 'dislike' | 'none';
  kinds: string[];
  saved: boolean;
}

for (const target of storeTargets()) {
  describe(`50 readers at once (${target.name})`, { skip: target.skip }, () => {
    let f: Fixture;
    let server: { url: string; close(): Promise<void> };

    before(async () => {
      f = await fixture(target, {
        rateLimits: { auth: LENIENT, writeUser: LENIENT, writeIp: LENIENT },
      });
      server = await listen(f.app);
    });
    after(async () => {
      await server?.close();
      await f?.close();
    });

    it('keeps every count equal to its rows and to what readers were told', async () => {
      const tokens: string[] = [];
      for (let i = 0; i < READERS; i++) {
        const id = newId('usr');
        await f.store.db
          .insertInto('users')
          .values({
            id,
            email: `crowd${i}@example.org`,
            name: `Reader ${i}`,
            password_hash: null,
            role: 'user',
            external_subject: null,
            created_at: new Date().toISOString(),
          })
          .execute();
        tokens.push((await createSession(f.store.db, id, 3600)).token);
      }

      // What each reader was last told, per paper.
      const told = new Map<string, Mine>();
      let requests = 0;
      const send = async (
        token: string,
        method: string,
        path: string,
        body?: unknown,
      ) => {
        requests++;
        const reply = await rawRequest(server.url, {
          method,
          path,
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          timeoutMs: 20_000,
        });
        assert.equal(reply.status, 200, `${method} ${path}: ${reply.body}`);
        return JSON.parse(reply.body);
      };

      await Promise.all(
        tokens.map(async (token, reader) => {
          const pick = random(reader + 1);
          for (let step = 0; step < STEPS; step++) {
            const paper = PAPERS[pick(PAPERS.length)]!;
            const key = `${reader}|${paper}`;
            const action = pick(4);
            if (action < 2) {
              const vote = (['like', 'dislike', 'none'] as const)[pick(3)]!;
              const kinds = KINDS.filter(() => pick(2) === 1);
              const reactions = v.parse(
                Reactions,
                await send(token, 'PUT', `/v1/papers/${paper}/reactions/me`, {
                  vote,
                  kinds,
                }),
              );
              const before = told.get(key);
              told.set(key, {
                vote: reactions.mine!.vote,
                kinds: reactions.mine!.kinds,
                saved: before?.saved ?? false,
              });
              assert.equal(reactions.mine?.vote, vote);
            } else {
              const save = action === 2;
              await send(
                token,
                save ? 'PUT' : 'DELETE',
                `/v1/me/collections/default/papers/${paper}`,
              );
              const before = told.get(key);
              told.set(key, {
                vote: before?.vote ?? 'none',
                kinds: before?.kinds ?? [],
                saved: save,
              });
            }
          }
        }),
      );

      for (const paper of PAPERS) {
        const mine = [...told]
          .filter(([k]) => k.endsWith(`|${paper}`))
          .map(([, m]) => m);
        const expected = {
          likes: mine.filter((m) => m.vote === 'like').length,
          dislikes: mine.filter((m) => m.vote === 'dislike').length,
          saves: mine.filter((m) => m.saved).length,
          kinds: Object.fromEntries(
            KINDS.map((k) => [
              k,
              mine.filter((m) => m.kinds.includes(k)).length,
            ]).filter(([, n]) => n !== 0),
          ),
        };
        const shown = await rawRequest(server.url, {
          method: 'GET',
          path: `/v1/papers/${paper}/reactions`,
        });
        const counts = v.parse(Reactions, JSON.parse(shown.body)).counts;
        assert.deepEqual(
          counts,
          expected,
          `${paper}: counts shown vs. readers told`,
        );

        const id = JSON.parse(
          (
            await rawRequest(server.url, {
              method: 'GET',
              path: `/v1/papers/${paper}`,
            })
          ).body,
        ) as {
          id: string;
          counts: { likes: number; dislikes: number; saves: number };
        };
        assert.equal(id.counts.likes, expected.likes, `${paper}: card likes`);
        assert.equal(id.counts.saves, expected.saves, `${paper}: card saves`);

        const rows = await f.store.db
          .selectFrom('votes')
          .select('vote')
          .where('paper_id', '=', id.id)
          .execute();
        assert.equal(
          rows.filter((r) => r.vote === 'like').length,
          expected.likes,
        );
        assert.equal(
          rows.filter((r) => r.vote === 'dislike').length,
          expected.dislikes,
        );
        const saved = await f.store.db
          .selectFrom('collection_papers')
          .select('collection_id')
          .where('paper_id', '=', id.id)
          .execute();
        assert.equal(saved.length, expected.saves, `${paper}: saved rows`);
      }
      assert.equal(requests, READERS * STEPS);
    });
  });

  describe(`CORS (${target.name})`, { skip: target.skip }, () => {
    let f: Fixture;
    let app: ReturnType<typeof createApp>;
    before(async () => {
      f = await fixture(target);
      app = createApp({ db: f.store.db, corsOrigins: [ALLOWED] });
    });
    after(() => f?.close());

    const accessHeaders = (res: Response) =>
      [...res.headers.keys()].filter((h) => h.startsWith('access-control-'));

    it('gives an origin not on the allowlist no access headers', async () => {
      for (const origin of [
        'https://evil.example',
        'null',
        `${ALLOWED}.evil.example`,
        'https://JOURNAL.example',
      ]) {
        const preflight = await app.request(
          '/v1/papers/arxiv:2204.05862/reactions/me',
          {
            method: 'OPTIONS',
            headers: {
              Origin: origin,
              'Access-Control-Request-Method': 'PUT',
              'Access-Control-Request-Headers': 'authorization, content-type',
            },
          },
        );
        assert.deepEqual(
          accessHeaders(preflight),
          [],
          `preflight from ${origin}`,
        );
        for (const path of [
          '/v1/papers/arxiv:2204.05862',
          '/v1/papers/nope',
          '/v1/me/collections',
        ]) {
          const res = await app.request(path, { headers: { Origin: origin } });
          assert.deepEqual(accessHeaders(res), [], `${path} from ${origin}`);
        }
      }
    });

    it('lets the allowlisted origin in, and says the answer varies by origin', async () => {
      const preflight = await app.request(
        '/v1/papers/arxiv:2204.05862/reactions/me',
        {
          method: 'OPTIONS',
          headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'PUT' },
        },
      );
      assert.equal(
        preflight.headers.get('access-control-allow-origin'),
        ALLOWED,
      );
      assert.match(
        preflight.headers.get('access-control-allow-methods') ?? '',
        /PUT/,
      );
      const res = await app.request('/v1/papers/arxiv:2204.05862', {
        headers: { Origin: ALLOWED },
      });
      assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED);
      assert.match(res.headers.get('vary') ?? '', /Origin/);
      const problem = await app.request('/v1/me/collections', {
        headers: { Origin: ALLOWED },
      });
      assert.equal(problem.status, 401);
      assert.equal(problem.headers.get('access-control-allow-origin'), ALLOWED);
    });
  });
}
