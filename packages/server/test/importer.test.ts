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
  });
}
