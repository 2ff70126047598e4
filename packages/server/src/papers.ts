import type { Paper as PaperSchema } from '@paperframe/core/contract';
import type * as v from 'valibot';
import type { Db } from './db/database.js';
import type { PaperRef } from './ids.js';

/** At most this many ids in one batch lookup. */
export const MAX_BATCH = 100;

/** A paper document as the contract defines it. */
export type Paper = v.InferOutput<typeof PaperSchema>;

const countMap = (rows: { key: string; n: number | string | bigint }[]) =>
  new Map(rows.map((r) => [r.key, Number(r.n)]));

/**
 * Finds the server ids of papers named by parsed refs. The answer maps each
 * ref's `scheme:value` to the paper's own id; unknown refs are absent.
 */
export async function resolvePapers(
  db: Db,
  refs: PaperRef[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const columns = {
    pf: 'id',
    doi: 'doi',
    arxiv: 'arxiv',
    openalex: 'openalex',
  } as const;

  for (const scheme of ['pf', 'doi', 'arxiv', 'openalex'] as const) {
    const values = [
      ...new Set(refs.filter((r) => r.scheme === scheme).map((r) => r.value)),
    ];
    if (values.length === 0) continue;
    const column = columns[scheme];
    const rows = await db
      .selectFrom('papers')
      .select(['id', column])
      .where(column, 'in', values)
      .orderBy('id')
      .execute();
    for (const row of rows) {
      const value = (row as Record<string, string | null>)[column];
      const key = `${scheme}:${value}`;
      if (value && !found.has(key)) found.set(key, row.id);
    }
  }
  return found;
}

/** Key used by {@link resolvePapers} for a ref. */
export const refKey = (ref: PaperRef) => `${ref.scheme}:${ref.value}`;

/** Loads full paper documents, with live counts, for the given own ids. */
export async function loadPapers(
  db: Db,
  ids: string[],
): Promise<Map<string, Paper>> {
  const result = new Map<string, Paper>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return result;

  const papers = await db
    .selectFrom('papers')
    .selectAll()
    .where('id', 'in', unique)
    .execute();
  if (papers.length === 0) return result;
  const paperIds = papers.map((p) => p.id);
  const sourceIds = papers.map((p) => p.source_id);

  const authorships = await db
    .selectFrom('authorships')
    .selectAll()
    .where('paper_id', 'in', paperIds)
    .orderBy('paper_id')
    .orderBy('position')
    .execute();
  const institutionIds = new Set<string>();
  for (const a of authorships) {
    for (const id of JSON.parse(a.institution_ids) as string[]) {
      institutionIds.add(id);
    }
  }
  const institutions =
    institutionIds.size === 0
      ? []
      : await db
          .selectFrom('institutions')
          .selectAll()
          .where('id', 'in', [...institutionIds])
          .execute();
  const institutionName = new Map(institutions.map((i) => [i.id, i.name]));

  const topics = await db
    .selectFrom('paper_topics')
    .innerJoin('topics', 'topics.id', 'paper_topics.topic_id')
    .select(['paper_topics.paper_id', 'topics.id', 'topics.name'])
    .where('paper_topics.paper_id', 'in', paperIds)
    .orderBy('paper_topics.paper_id')
    .orderBy('paper_topics.position')
    .execute();

  const citing = countMap(
    await db
      .selectFrom('citations')
      .innerJoin('papers', 'papers.source_id', 'citations.source_id')
      .select(['citations.target_id as key', (eb) => eb.fn.countAll().as('n')])
      .where('citations.target_id', 'in', sourceIds)
      .groupBy('citations.target_id')
      .execute(),
  );
  const reviews = countMap(
    await db
      .selectFrom('reviews')
      .select(['paper_id as key', (eb) => eb.fn.countAll().as('n')])
      .where('paper_id', 'in', paperIds)
      .where('hidden', '=', 0)
      .groupBy('paper_id')
      .execute(),
  );
  const comments = countMap(
    await db
      .selectFrom('comments')
      .select(['paper_id as key', (eb) => eb.fn.countAll().as('n')])
      .where('paper_id', 'in', paperIds)
      .where('hidden', '=', 0)
      .groupBy('paper_id')
      .execute(),
  );
  const saves = countMap(
    await db
      .selectFrom('collection_papers')
      .innerJoin(
        'collections',
        'collections.id',
        'collection_papers.collection_id',
      )
      .select([
        'collection_papers.paper_id as key',
        (eb) => eb.fn.count('collections.user_id').distinct().as('n'),
      ])
      .where('collection_papers.paper_id', 'in', paperIds)
      .groupBy('collection_papers.paper_id')
      .execute(),
  );
  const votes = await db
    .selectFrom('votes')
    .select(['paper_id', 'vote', (eb) => eb.fn.countAll().as('n')])
    .where('paper_id', 'in', paperIds)
    .groupBy(['paper_id', 'vote'])
    .execute();
  const voteCount = new Map(
    votes.map((v) => [`${v.paper_id} ${v.vote}`, Number(v.n)]),
  );

  for (const p of papers) {
    const authors = authorships
      .filter((a) => a.paper_id === p.id)
      .map((a) => ({
        id: `person:${a.person_id}`,
        name: a.name,
        institutions: (JSON.parse(a.institution_ids) as string[]).map((id) => ({
          id: `institution:${id}`,
          name: institutionName.get(id) ?? id,
        })),
      }));
    const paperInstitutions = new Map<string, { id: string; name: string }>();
    for (const author of authors) {
      for (const inst of author.institutions) {
        paperInstitutions.set(inst.id, inst);
      }
    }

    result.set(p.id, {
      id: p.id,
      ids: { doi: p.doi, arxiv: p.arxiv, openalex: p.openalex },
      title: p.title,
      abstract: p.abstract,
      type: p.type,
      year: p.year,
      venue: p.venue,
      openAccess: { isOa: p.is_oa === 1, url: p.oa_url },
      landingUrl: p.landing_url,
      authors,
      institutions: [...paperInstitutions.values()],
      topics: topics
        .filter((t) => t.paper_id === p.id)
        .map((t) => ({ id: `topic:${t.id}`, name: t.name })),
      codeLinks: JSON.parse(p.code_links) as string[],
      datasetLinks: JSON.parse(p.dataset_links) as string[],
      counts: {
        citations: p.citations_reported ?? citing.get(p.source_id) ?? 0,
        reviews: reviews.get(p.id) ?? 0,
        comments: comments.get(p.id) ?? 0,
        saves: saves.get(p.id) ?? 0,
        likes: voteCount.get(`${p.id} like`) ?? 0,
        dislikes: voteCount.get(`${p.id} dislike`) ?? 0,
      },
    });
  }
  return result;
}
