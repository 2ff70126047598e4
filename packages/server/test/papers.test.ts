import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Paper, PaperBatch, Problem } from '@paperframe/core/contract';
import * as v from 'valibot';
import { type Fixture, fixture, storeTargets } from './setup.js';

const ORIGIN = 'http://localhost:5173';

for (const target of storeTargets()) {
  describe(`papers (${target.name})`, { skip: target.skip }, () => {
    let f: Fixture;
    before(async () => {
      f = await fixture(target, { corsOrigins: [ORIGIN] });
    });
    after(() => f.close());

    const get = (path: string, headers: Record<string, string> = {}) =>
      f.app.request(path, { headers });

    it('finds the centre paper by arXiv id, DOI and OpenAlex id', async () => {
      const ids = [
        'arxiv:2204.05862',
        'doi:10.48550%2FarXiv.2204.05862',
        'DOI:10.48550%2FARXIV.2204.05862',
        'openalex:W4223908421',
      ];
      const seen = new Set<string>();
      for (const id of ids) {
        const res = await get(`/v1/papers/${id}`);
        assert.equal(res.status, 200, id);
        const paper = v.parse(Paper, await res.json());
        seen.add(paper.id);
        assert.equal(
          paper.title,
          'Training a Helpful and Harmless Assistant with Reinforcement Learning from Human Feedback',
        );
      }
      assert.equal(seen.size, 1);
      const own = [...seen][0]!;
      assert.equal((await get(`/v1/papers/${own}`)).status, 200);
    });

    it('gives everything the card shows', async () => {
      const paper = v.parse(
        Paper,
        await (await get('/v1/papers/arxiv:2204.05862')).json(),
      );
      assert.equal(paper.year, 2022);
      assert.equal(paper.type, 'preprint');
      assert.equal(paper.venue, 'arXiv');
      assert.equal(paper.openAccess.isOa, true);
      assert.match(paper.openAccess.url ?? '', /arxiv\.org/);
      assert.equal(paper.authors[0]?.name, 'Yuntao Bai');
      assert.equal(paper.authors[0]?.institutions[0]?.name, 'Anthropic');
      assert.deepEqual(
        paper.institutions.map((i) => i.name),
        ['Anthropic'],
      );
      assert.ok(paper.authors.length > 20);
      assert.ok(paper.topics.some((t) => t.name === 'Reinforcement Learning'));
      assert.deepEqual(paper.ids, {
        doi: '10.48550/arxiv.2204.05862',
        arxiv: '2204.05862',
        openalex: 'W4223908421',
      });
      assert.match(paper.abstract ?? '', /^We apply preference modeling/);
      assert.deepEqual(paper.codeLinks, []);
      assert.deepEqual(paper.counts, {
        citations: 364,
        reviews: 0,
        comments: 0,
        saves: 0,
        likes: 0,
        dislikes: 0,
      });
    });

    it('counts citing works in the store when no count was reported', async () => {
      // Christiano et al. 2017 has no reported count; four works in the set cite it.
      const res = await get('/v1/papers/arxiv:1706.03741');
      const paper = v.parse(Paper, await res.json());
      assert.equal(paper.counts.citations, 4);
    });

    it('answers a batch in the order asked and lists unknown ids', async () => {
      const res = await get(
        '/v1/papers?ids=arxiv:2212.08073,arxiv:9999.99999,arxiv:2204.05862,bogus',
      );
      assert.equal(res.status, 200);
      const batch = v.parse(PaperBatch, await res.json());
      assert.deepEqual(
        batch.items.map((p) => p.ids.arxiv),
        ['2212.08073', '2204.05862'],
      );
      assert.deepEqual(batch.notFound, ['arxiv:9999.99999', 'bogus']);
      assert.deepEqual(batch.invalid, ['bogus']);
    });

    it('refuses a batch of more than 100 ids', async () => {
      const ids = Array.from(
        { length: 101 },
        (_, i) => `arxiv:2204.${10000 + i}`,
      );
      const res = await get(`/v1/papers?ids=${ids.join(',')}`);
      assert.equal(res.status, 400);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
    });

    it('answers 400 for a malformed id and 404 for an unknown one', async () => {
      for (const [id, status] of [
        ['2204.05862', 400],
        ['arxiv:not-an-id', 400],
        ['doi:11.1234%2Fx', 400],
        ['isbn:123', 400],
        ['arxiv:2204.99999', 404],
        ['doi:10.1234%2Fnope', 404],
        ['pf:nothing-here', 404],
      ] as const) {
        const res = await get(`/v1/papers/${id}`);
        assert.equal(res.status, status, id);
        assert.equal(
          res.headers.get('content-type'),
          'application/problem+json',
        );
        const problem = v.parse(Problem, await res.json());
        assert.equal(problem.status, status);
        assert.ok(problem.detail);
      }
    });

    it('sends ETag and Cache-Control and honours If-None-Match', async () => {
      const first = await get('/v1/papers/arxiv:2204.05862');
      const etag = first.headers.get('etag');
      assert.ok(etag);
      assert.match(first.headers.get('cache-control') ?? '', /public/);
      const again = await get('/v1/papers/arxiv:2204.05862', {
        'If-None-Match': etag,
        Origin: ORIGIN,
      });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('access-control-allow-origin'), ORIGIN);
    });

    it('lets allowlisted origins read ETag and send Authorization', async () => {
      const res = await get('/v1/papers/arxiv:2204.05862', { Origin: ORIGIN });
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(
        res.headers.get('access-control-expose-headers') ?? '',
        /ETag/,
      );

      const preflight = await f.app.request('/v1/papers/arxiv:2204.05862', {
        method: 'OPTIONS',
        headers: {
          Origin: ORIGIN,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
      assert.equal(preflight.status, 204);
      assert.match(
        preflight.headers.get('access-control-allow-headers') ?? '',
        /Authorization/,
      );
    });

    it('gives other origins no CORS headers', async () => {
      const res = await get('/v1/papers/arxiv:2204.05862', {
        Origin: 'https://evil.example',
      });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      const preflight = await f.app.request('/v1/papers/arxiv:2204.05862', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://evil.example',
          'Access-Control-Request-Method': 'GET',
        },
      });
      for (const key of preflight.headers.keys()) {
        assert.ok(!key.startsWith('access-control-'), key);
      }
    });
  });
}
