import { type RawBuilder, sql } from 'kysely';
import type { Db } from './db/database.js';
import { fillMissingDocuments } from './documents.js';

/** The counts a paper read shows, each kept in a `paper_counts` column. */
export const COUNT_NAMES = [
  'citations',
  'reviews',
  'comments',
  'saves',
  'likes',
  'dislikes',
] as const;

/** One of {@link COUNT_NAMES}. */
export type CountName = (typeof COUNT_NAMES)[number];

/** A paper's counts, as the read shows them. */
export type Counts = Record<CountName, number>;

/**
 * What each count is, computed from the rows it counts, for the paper whose
 * id is `pid` (a column of the outer query).
 */
function countedFromRows(pid: RawBuilder<unknown>) {
  return {
    citations: sql<number>`coalesce(
      (select cp.citations_reported from papers cp where cp.id = ${pid}),
      (select count(*) from citations ci
        inner join papers citer on citer.source_id = ci.source_id
        where ci.target_id =
          (select ct.source_id from papers ct where ct.id = ${pid})),
      0)`,
    reviews: sql<number>`(select count(*) from reviews r
      where r.paper_id = ${pid} and r.hidden = 0)`,
    comments: sql<number>`(select count(*) from comments cm
      where cm.paper_id = ${pid} and cm.hidden = 0)`,
    saves: sql<number>`(select count(distinct col.user_id)
      from collection_papers sv
      inner join collections col on col.id = sv.collection_id
      where sv.paper_id = ${pid})`,
    likes: sql<number>`(select count(*) from votes vl
      where vl.paper_id = ${pid} and vl.vote = 'like')`,
    dislikes: sql<number>`(select count(*) from votes vd
      where vd.paper_id = ${pid} and vd.vote = 'dislike')`,
  } satisfies Record<CountName, RawBuilder<number>>;
}

/**
 * Makes sure the paper has a counts row and takes that row for the rest of
 * the transaction: on PostgreSQL the upsert locks it, so two writes to one
 * paper's counted rows queue up instead of each recounting without the
 * other's row. SQLite already runs one write transaction at a time.
 */
export async function lockCounts(db: Db, paperId: string): Promise<void> {
  await db
    .insertInto('paper_counts')
    .values({ paper_id: paperId })
    .onConflict((oc) =>
      oc
        .column('paper_id')
        .doUpdateSet({ version: sql`paper_counts.version + 1` }),
    )
    .execute();
}

/**
 * Recomputes the named counts of the given papers from their rows and bumps
 * their version. Call it inside the transaction that changed the rows.
 */
export async function recount(
  db: Db,
  paperIds: string[],
  which: readonly CountName[] = COUNT_NAMES,
): Promise<void> {
  if (paperIds.length === 0) return;
  const counted = countedFromRows(sql.ref('paper_counts.paper_id'));
  const set: Record<string, RawBuilder<number>> = {
    version: sql<number>`paper_counts.version + 1`,
  };
  for (const name of which) set[name] = counted[name];
  await db
    .updateTable('paper_counts')
    .set(set)
    .where('paper_id', 'in', paperIds)
    .execute();
}

/**
 * Runs `write` in a transaction that first locks the paper's counts and
 * afterwards recounts the named ones, so a count never disagrees with the
 * rows it counts, even with many writers at once.
 */
export async function withCounts<T>(
  db: Db,
  paperId: string,
  which: readonly CountName[],
  write: (tx: Db) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await lockCounts(tx, paperId);
    const result = await write(tx);
    await recount(tx, [paperId], which);
    return result;
  });
}

/** Counts computed from the rows, for papers that have no counts row. */
export async function countsFromRows(
  db: Db,
  paperIds: string[],
): Promise<Map<string, Counts>> {
  if (paperIds.length === 0) return new Map();
  const counted = countedFromRows(sql.ref('p.id'));
  const rows = await db
    .selectFrom('papers as p')
    .select(['p.id', ...COUNT_NAMES.map((name) => counted[name].as(name))])
    .where('p.id', 'in', paperIds)
    .execute();
  return new Map(rows.map((row) => [row.id, toCounts(row)]));
}

const toCounts = (row: Record<CountName, unknown>): Counts =>
  Object.fromEntries(
    COUNT_NAMES.map((name) => [name, Number(row[name])]),
  ) as Counts;

/** What {@link repairCounts} found and fixed. */
export interface CountsRepair {
  /** Papers checked. */
  checked: number;
  /** Papers whose counts were missing or disagreed with their rows. */
  repaired: string[];
}

/**
 * Checks every paper's stored counts against the rows they count, and fixes
 * those that disagree or are missing. Meant for a quiet store (migrate,
 * after an import): a write racing it is recounted by its own transaction.
 */
export async function repairCounts(db: Db): Promise<CountsRepair> {
  const missing = (
    await db
      .selectFrom('papers')
      .select('papers.id')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('paper_counts as have')
              .select('have.paper_id')
              .whereRef('have.paper_id', '=', 'papers.id'),
          ),
        ),
      )
      .execute()
  ).map((row) => row.id);
  for (let i = 0; i < missing.length; i += 500) {
    await db
      .insertInto('paper_counts')
      .values(missing.slice(i, i + 500).map((id) => ({ paper_id: id })))
      .onConflict((oc) => oc.column('paper_id').doNothing())
      .execute();
  }

  const counted = countedFromRows(sql.ref('p.id'));
  const rows = await db
    .selectFrom('papers as p')
    .innerJoin('paper_counts as pc', 'pc.paper_id', 'p.id')
    .select((eb) => [
      'p.id',
      ...COUNT_NAMES.map((name) => eb.ref(`pc.${name}`).as(`stored_${name}`)),
      ...COUNT_NAMES.map((name) => counted[name].as(name)),
    ])
    .execute();
  const stored = (row: Record<string, unknown>) =>
    Object.fromEntries(
      COUNT_NAMES.map((name) => [name, row[`stored_${name}`]]),
    ) as Record<CountName, unknown>;
  const wrong = rows
    .filter((row) => {
      const want = toCounts(row as Record<CountName, unknown>);
      const have = toCounts(stored(row));
      return COUNT_NAMES.some((name) => want[name] !== have[name]);
    })
    .map((row) => row.id);

  const repaired = [...new Set([...missing, ...wrong])];
  for (let i = 0; i < repaired.length; i += 500) {
    await recount(db, repaired.slice(i, i + 500));
  }
  return { checked: rows.length, repaired };
}

/**
 * Checks what paper reads answer from: repairs counts that disagree with
 * their rows and stores documents missing for any paper. Used by `migrate`
 * and after `import`.
 */
export async function checkReads(
  db: Db,
): Promise<CountsRepair & { documents: number }> {
  const counts = await repairCounts(db);
  const documents = await fillMissingDocuments(db);
  return { ...counts, documents };
}
