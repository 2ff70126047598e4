import { CollectionInput } from '@paperframe/core/contract';
import { newId } from '../auth.js';
import { withCounts } from '../counts.js';
import type { Db } from '../db/database.js';
import type { CollectionRow, UserRow } from '../db/schema.js';
import type { App, AppDeps } from '../http/context.js';
import { requireUser, writer } from '../http/guards.js';
import { notFound } from '../http/problem.js';
import { readBody } from '../http/validate.js';
import { paperIdParam } from './papers.js';

/** The collection id `default` names each reader's "Saved" collection. */
export const DEFAULT_COLLECTION = 'default';

async function present(db: Db, rows: CollectionRow[]) {
  if (rows.length === 0) return [];
  const papers = await db
    .selectFrom('collection_papers')
    .select(['collection_id', 'paper_id'])
    .where(
      'collection_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('created_at')
    .orderBy('paper_id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    paperIds: papers
      .filter((p) => p.collection_id === r.id)
      .map((p) => p.paper_id),
    createdAt: r.created_at,
  }));
}

async function ownCollection(
  db: Db,
  user: UserRow,
  cid: string,
): Promise<CollectionRow> {
  if (cid === DEFAULT_COLLECTION) {
    const id = `col_saved_${user.id}`;
    await db
      .insertInto('collections')
      .values({
        id,
        user_id: user.id,
        name: 'Saved',
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    cid = id;
  }
  const row = await db
    .selectFrom('collections')
    .selectAll()
    .where('id', '=', cid)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  if (!row) throw notFound(`You have no collection "${cid}".`);
  return row;
}

/** The caller's collections and saving papers into them. */
export function collectionRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;

  app.get('/v1/me/collections', async (c) => {
    const user = requireUser(c);
    const rows = await db
      .selectFrom('collections')
      .selectAll()
      .where('user_id', '=', user.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return c.json({ items: await present(db, rows), nextCursor: null });
  });

  app.post('/v1/me/collections', async (c) => {
    const user = await writer(c, deps);
    const input = await readBody(c, CollectionInput);
    const row: CollectionRow = {
      id: newId('col'),
      user_id: user.id,
      name: input.name,
      created_at: new Date().toISOString(),
    };
    await db.insertInto('collections').values(row).execute();
    const [collection] = await present(db, [row]);
    c.header('Location', `/v1/me/collections/${row.id}`);
    return c.json(collection, 201);
  });

  app.put('/v1/me/collections/:cid/papers/:id', async (c) => {
    const user = await writer(c, deps);
    const paperId = await paperIdParam(c, db);
    const collection = await ownCollection(db, user, c.req.param('cid'));
    await withCounts(db, paperId, ['saves'], (tx) =>
      tx
        .insertInto('collection_papers')
        .values({
          collection_id: collection.id,
          paper_id: paperId,
          created_at: new Date().toISOString(),
        })
        .onConflict((oc) =>
          oc.columns(['collection_id', 'paper_id']).doNothing(),
        )
        .execute(),
    );
    const [result] = await present(db, [collection]);
    return c.json(result);
  });

  app.delete('/v1/me/collections/:cid/papers/:id', async (c) => {
    const user = await writer(c, deps);
    const paperId = await paperIdParam(c, db);
    const collection = await ownCollection(db, user, c.req.param('cid'));
    await withCounts(db, paperId, ['saves'], (tx) =>
      tx
        .deleteFrom('collection_papers')
        .where('collection_id', '=', collection.id)
        .where('paper_id', '=', paperId)
        .execute(),
    );
    const [result] = await present(db, [collection]);
    return c.json(result);
  });
}
