import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../src/db/database.js';
import { importWorks } from '../src/importer.js';
import { BUNDLED_DATA } from '../src/server.js';
import { storeTargets } from './setup.js';

const dir = mkdtempSync(join(tmpdir(), 'pf-import-'));

for (const target of storeTargets()) {
  describe(`importer (${target.name})`, { skip: target.skip }, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(() => store.close());

    const count = async (table: 'papers' | 'authorships' | 'citations') => {
      const row = await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };

    it('imports the real data set, and re-importing changes nothing', async () => {
      const first = await importWorks(store.db, BUNDLED_DATA);
      assert.deepEqual(first, { imported: 77, skipped: [] });
      const counts = [
        await count('papers'),
        await count('authorships'),
        await count('citations'),
      ];
      assert.equal(counts[0], 77);
      assert.equal(counts[1], 1694);
      assert.equal(counts[2], 123);

      const second = await importWorks(store.db, BUNDLED_DATA);
      assert.equal(second.imported, 77);
      assert.deepEqual(
        [
          await count('papers'),
          await count('authorships'),
          await count('citations'),
        ],
        counts,
      );
    });

    it('reports malformed lines with their numbers and keeps going', async () => {
      const good = readFileSync(BUNDLED_DATA, 'utf8').split('\n').slice(0, 2);
      const file = join(dir, `bad-${target.name}.jsonl`);
      const fresh = JSON.stringify({
        id: 'urn:test:fresh-work',
        title: 'A work only this file has',
        publication_year: 2024,
        abstract_inverted_index: { Hello: [0], world: [1] },
      });
      writeFileSync(
        file,
        [
          good[0],
          '{"id": "broken", ',
          '[1, 2, 3]',
          JSON.stringify({ id: 'urn:test:no-title' }),
          '',
          good[1],
          fresh,
        ].join('\n'),
      );
      const result = await importWorks(store.db, file);
      assert.equal(result.imported, 3);
      assert.deepEqual(
        result.skipped.map((s) => s.line),
        [2, 3, 4],
      );
      assert.match(result.skipped[0]!.reason, /invalid JSON/);
      assert.match(result.skipped[2]!.reason, /title/);

      const row = await store.db
        .selectFrom('papers')
        .selectAll()
        .where('source_id', '=', 'urn:test:fresh-work')
        .executeTakeFirstOrThrow();
      assert.equal(row.abstract, 'Hello world');
      assert.equal(row.id, 'pf:fresh-work');
    });

    it('skips hostile and truncated lines without losing what was imported', async () => {
      await importWorks(store.db, BUNDLED_DATA);
      const before = [await count('papers'), await count('authorships')];
      const centre = JSON.parse(
        readFileSync(BUNDLED_DATA, 'utf8').split('\n')[0]!,
      ) as Record<string, unknown>;
      const hostileTitle = '<img src=x onerror="window.__pwned=1">Title';
      const file = join(dir, `hostile-${target.name}.jsonl`);
      writeFileSync(
        file,
        [
          // The centre again, damaged: it must not replace the good record.
          JSON.stringify({ ...centre, title: 42, display_name: 42 }),
          JSON.stringify({ ...centre, authorships: 'everyone' }),
          JSON.stringify({ ...centre, publication_year: '2022abc' }),
          JSON.stringify({
            ...centre,
            abstract_inverted_index: { a: 'not positions' },
          }),
          `${'['.repeat(5000)}${']'.repeat(5000)}`,
          JSON.stringify({ id: 'urn:test:nul', title: 'Nul\u0000byte' }),
          JSON.stringify({ id: 'urn:test:long', title: 'x'.repeat(200_000) }),
          JSON.stringify({ id: 'urn:test:hostile', title: hostileTitle }),
          // A file cut off in the middle of its last line.
          JSON.stringify({ id: 'urn:test:cut', title: 'Cut' }).slice(0, 20),
        ].join('\n'),
      );

      const result = await importWorks(store.db, file);
      const skipped = result.skipped.map((s) => s.line);
      for (const line of [1, 2, 3, 4, 5, 9]) {
        assert.ok(skipped.includes(line), `line ${line} is reported`);
      }

      const kept = await store.db
        .selectFrom('papers')
        .select(['title', 'year'])
        .where('source_id', '=', String(centre.id))
        .executeTakeFirstOrThrow();
      assert.match(kept.title, /Helpful and Harmless Assistant/);
      assert.equal(kept.year, 2022);
      assert.ok((await count('authorships')) >= before[1]!);

      const hostile = await store.db
        .selectFrom('papers')
        .select('title')
        .where('source_id', '=', 'urn:test:hostile')
        .executeTakeFirst();
      assert.equal(hostile?.title, hostileTitle, 'stored as plain text');
    });
  });
}
