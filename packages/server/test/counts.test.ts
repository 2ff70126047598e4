// The counts a paper read shows are stored, not summed at read time. These
// tests hold them to the rows they count through every write that changes
// those rows, and show that `migrate` repairs a count that was damaged.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { Paper, PaperBatch } from '@paperframe/core/contract';
import type { KyselyPlugin } from 'kysely';
import * as v from 'valibot';
import { createApp } from '../src/app.js';
import { checkReads } from '../src/counts.js';
import { openStore } from '../src/db/database.js';
import { importWorks } from '../src/importer.js';
import { BUNDLED_DATA } from '../src/server.js';
import { type Fixture, fixture, storeTargets } from './setup.js';

const PAPER = 'arxiv:2204.05862';
const OTHER = 'arxiv:2212.08073';
const LENIENT = { limit: 1_000_000, windowSeconds: 60 };
const root = fileURLToPath(new URL('../../..', import.meta.url));
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** A Kysely plugin that counts the queries sent to the store. */
function queryCounter() {
  const counter = { queries: 0, plugin: undefined as unknown as KyselyPlugin };
  counter.plugin = {
    transformQuery(args) {
      counter.queries += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return counter;
}

for (const target of storeTargets()) {
  describe(`paper counts (${target.name})`, { skip: target.skip }, () => {
    let f: Fixture;
    const tokens: Record<string, string> = {};

    const call = async (
      method: string,
      path: string,
      token?: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await f.app.request(path, {
        method,
        headers: {
          ...headers,
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      return { res, status: res.status, json: text ? JSON.parse(text) : null };
    };

    const shown = async (id: string) =>
      v.parse(Paper, (await call('GET', `/v1/papers/${id}`)).json).counts;

    /** The counts, taken from the rows by hand. */
    const fromRows = async (id: string) => {
      const own = v.parse(
        Paper,
        (await call('GET', `/v1/papers/${id}`)).json,
      ).id;
      const db = f.store.db;
      const votes = await db
        .selectFrom('votes')
        .select('vote')
        .where('paper_id', '=', own)
        .execute();
      const reviews = await db
        .selectFrom('reviews')
        .select('id')
        .where('paper_id', '=', own)
        .where('hidden', '=', 0)
        .execute();
      const comments = await db
        .selectFrom('comments')
        .select('id')
        .where('paper_id', '=', own)
        .where('hidden', '=', 0)
        .execute();
      const savers = await db
        .selectFrom('collection_papers')
        .innerJoin(
          'collections',
          'collections.id',
          'collection_papers.collection_id',
        )
        .select('collections.user_id')
        .where('collection_papers.paper_id', '=', own)
        .execute();
      return {
        reviews: reviews.length,
        comments: comments.length,
        saves: new Set(savers.map((s) => s.user_id)).size,
        likes: votes.filter((r) => r.vote === 'like').length,
        dislikes: votes.filter((r) => r.vote === 'dislike').length,
      };
    };

    const assertCountsMatchRows = async (step: string) => {
      const { citations: _, ...counts } = await shown(PAPER);
      assert.deepEqual(counts, await fromRows(PAPER), step);
    };

    before(async () => {
      f = await fixture(target, {
        rateLimits: { auth: LENIENT, writeUser: LENIENT, writeIp: LENIENT },
      });
      for (const name of ['ana', 'ben', 'mod']) {
        const { json } = await call('POST', '/v1/auth/register', undefined, {
          email: `${name}@example.org`,
          password: 'long enough',
          name,
        });
        tokens[name] = json.token;
      }
      await f.store.db
        .updateTable('users')
        .set({ role: 'moderator' })
        .where('email', '=', 'mod@example.org')
        .execute();
    });
    after(() => f.close());

    it('shows counts equal to the rows after every kind of write', async () => {
      const reactions = `/v1/papers/${PAPER}/reactions/me`;
      await call('PUT', reactions, tokens.ana, { vote: 'like' });
      await call('PUT', reactions, tokens.ben, { vote: 'dislike' });
      await assertCountsMatchRows('two votes');
      assert.deepEqual(
        { likes: 1, dislikes: 1 },
        {
          likes: (await shown(PAPER)).likes,
          dislikes: (await shown(PAPER)).dislikes,
        },
      );
      await call('PUT', reactions, tokens.ben, { vote: 'like' });
      await call('PUT', reactions, tokens.ana, { vote: 'none' });
      await assertCountsMatchRows('changed and withdrawn votes');

      const saved = `/v1/me/collections/default/papers/${PAPER}`;
      await call('PUT', saved, tokens.ana);
      await call('PUT', saved, tokens.ana);
      const other = await call('POST', '/v1/me/collections', tokens.ana, {
        name: 'Reading group',
      });
      await call(
        'PUT',
        `/v1/me/collections/${other.json.id}/papers/${PAPER}`,
        tokens.ana,
      );
      assert.equal((await shown(PAPER)).saves, 1, 'one reader, two lists');
      await call('DELETE', saved, tokens.ana);
      await assertCountsMatchRows('saved in one list of two');
      assert.equal((await shown(PAPER)).saves, 1);

      const review = await call(
        'POST',
        `/v1/papers/${PAPER}/reviews`,
        tokens.ana,
        { summary: 'Careful and clear.', strengths: ['Clear'] },
      );
      assert.equal(review.status, 201);
      const twice = await call(
        'POST',
        `/v1/papers/${PAPER}/reviews`,
        tokens.ana,
        { summary: 'Again.', strengths: ['Clear'] },
      );
      assert.equal(twice.status, 409);
      await assertCountsMatchRows('one review, a second refused');
      assert.equal((await shown(PAPER)).reviews, 1);
      await call('POST', `/v1/reviews/${review.json.id}/hide`, tokens.mod);
      assert.equal((await shown(PAPER)).reviews, 0, 'hidden review');
      await call('POST', `/v1/reviews/${review.json.id}/restore`, tokens.mod);
      assert.equal((await shown(PAPER)).reviews, 1, 'restored review');
      await call('DELETE', `/v1/reviews/${review.json.id}`, tokens.ana);
      assert.equal((await shown(PAPER)).reviews, 0, 'deleted review');
      await assertCountsMatchRows('reviews');

      const comments = `/v1/papers/${PAPER}/comments`;
      const top = await call('POST', comments, tokens.ana, { body: 'Top.' });
      await call('POST', comments, tokens.ben, {
        body: 'Reply.',
        parentId: top.json.id,
      });
      const lone = await call('POST', comments, tokens.ben, { body: 'Lone.' });
      assert.equal((await shown(PAPER)).comments, 3);
      await call('POST', `/v1/comments/${lone.json.id}/hide`, tokens.mod);
      assert.equal((await shown(PAPER)).comments, 2, 'hidden comment');
      await call('POST', `/v1/comments/${lone.json.id}/restore`, tokens.mod);
      await call('DELETE', `/v1/comments/${top.json.id}`, tokens.ana);
      assert.equal((await shown(PAPER)).comments, 1, 'deleted with reply');
      await assertCountsMatchRows('comments');
    });

    it('changes the ETag when a count changes, and answers 304 otherwise', async () => {
      const first = await call('GET', `/v1/papers/${PAPER}`);
      const etag = first.res.headers.get('etag') ?? '';
      assert.match(etag, /^W\/".+"$/);
      const same = await call(
        'GET',
        `/v1/papers/${PAPER}`,
        undefined,
        undefined,
        {
          'If-None-Match': etag,
        },
      );
      assert.equal(same.status, 304);

      await call('PUT', `/v1/papers/${PAPER}/reactions/me`, tokens.mod, {
        vote: 'dislike',
      });
      const changed = await call(
        'GET',
        `/v1/papers/${PAPER}`,
        undefined,
        undefined,
        { 'If-None-Match': etag },
      );
      assert.equal(changed.status, 200);
      assert.notEqual(changed.res.headers.get('etag'), etag);
      await call('PUT', `/v1/papers/${PAPER}/reactions/me`, tokens.mod, {
        vote: 'none',
      });

      const batch = `/v1/papers?ids=${PAPER},${OTHER}`;
      const listed = await call('GET', batch);
      const again = await call('GET', batch, undefined, undefined, {
        'If-None-Match': listed.res.headers.get('etag') ?? '',
      });
      assert.equal(again.status, 304);
    });

    it('reads a batch of 100 papers with the same number of queries as 2', async () => {
      const ids = (
        await f.store.db.selectFrom('papers').select('id').execute()
      ).map((r) => r.id);
      const counter = queryCounter();
      const app = createApp({ db: f.store.db.withPlugin(counter.plugin) });
      const queriesFor = async (asked: string[]) => {
        counter.queries = 0;
        const res = await app.request(`/v1/papers?ids=${asked.join(',')}`);
        const batch = v.parse(PaperBatch, await res.json());
        return { queries: counter.queries, found: batch.items.length };
      };
      const two = await queriesFor(ids.slice(0, 2));
      const many = Array.from({ length: 100 }, (_, i) =>
        i % 2 ? ids[i % ids.length]! : `arxiv:2204.${10000 + i}`,
      );
      const hundred = await queriesFor(many);
      assert.equal(two.found, 2);
      assert.ok(hundred.found >= 40, `found ${hundred.found}`);
      assert.equal(hundred.queries, two.queries);
      assert.equal(two.queries, 1);
    });

    it('repairs a damaged count and fills a missing document', async () => {
      const own = v.parse(
        Paper,
        (await call('GET', `/v1/papers/${OTHER}`)).json,
      );
      const truth = await shown(PAPER);
      await f.store.db
        .updateTable('paper_counts')
        .set({ likes: 999, reviews: 7 })
        .where(
          'paper_id',
          '=',
          v.parse(Paper, (await call('GET', `/v1/papers/${PAPER}`)).json).id,
        )
        .execute();
      await f.store.db
        .deleteFrom('paper_documents')
        .where('paper_id', '=', own.id)
        .execute();
      await f.store.db
        .deleteFrom('paper_counts')
        .where('paper_id', '=', own.id)
        .execute();
      assert.equal((await shown(PAPER)).likes, 999, 'the damage shows');
      // Without its rows the paper is still read, assembled from its rows.
      assert.deepEqual(
        v.parse(Paper, (await call('GET', `/v1/papers/${OTHER}`)).json),
        own,
      );

      const repair = await checkReads(f.store.db);
      assert.equal(repair.repaired.length, 2);
      assert.equal(repair.documents, 1);
      assert.deepEqual(await shown(PAPER), truth);
      assert.deepEqual(
        v.parse(Paper, (await call('GET', `/v1/papers/${OTHER}`)).json),
        own,
      );
      const clean = await checkReads(f.store.db);
      assert.deepEqual([clean.repaired, clean.documents], [[], 0]);
    });
  });
}

describe('paperframe-server migrate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pf-migrate-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('recounts a count that disagrees with its rows', async () => {
    const database = join(dir, 'store.sqlite');
    const store = await openStore(database);
    await importWorks(store.db, BUNDLED_DATA);
    const paper = await store.db
      .selectFrom('papers')
      .select('id')
      .where('arxiv', '=', '2204.05862')
      .executeTakeFirstOrThrow();
    await store.db
      .updateTable('paper_counts')
      .set({ citations: 1, saves: 12 })
      .where('paper_id', '=', paper.id)
      .execute();
    await store.close();

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=@paperframe/source', '--import', 'tsx', cli, 'migrate'],
      { cwd: root, env: { ...process.env, DATABASE: database } },
    );
    const line = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    assert.equal(line.event, 'migrate');
    assert.equal(line.countsRepaired, 1);

    const reopened = await openStore(database);
    try {
      const app = createApp({ db: reopened.db });
      const res = await app.request('/v1/papers/arxiv:2204.05862');
      const counts = v.parse(Paper, await res.json()).counts;
      assert.equal(counts.citations, 364);
      assert.equal(counts.saves, 0);
    } finally {
      await reopened.close();
    }
  });
});
