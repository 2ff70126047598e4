import { createHash } from 'node:crypto';
import type { Paper } from '@paperframe/core/contract';
import type * as v from 'valibot';
import type { Db } from './db/database.js';

/** A paper as the contract defines it, without its counts. */
export type PaperDocument = Omit<v.InferOutput<typeof Paper>, 'counts'>;

/**
 * Assembles the documents of the given papers from their rows (paper,
 * authorships, institutions, topics). Runs a fixed number of queries
 * however many ids are given.
 */
export async function buildDocuments(
  db: Db,
  ids: string[],
): Promise<Map<string, PaperDocument>> {
  const result = new Map<string, PaperDocument>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return result;

  const papers = await db
    .selectFrom('papers')
    .selectAll()
    .where('id', 'in', unique)
    .execute();
  if (papers.length === 0) return result;
  const paperIds = papers.map((p) => p.id);

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
    });
  }
  return result;
}

/** The stored form of a document: its JSON text and a short hash of it. */
export function documentRow(doc: PaperDocument) {
  const body = JSON.stringify(doc);
  const hash = createHash('sha1').update(body).digest('base64url').slice(0, 16);
  return { paper_id: doc.id, body, hash };
}

/**
 * Rebuilds and stores the documents of the given papers. Call it in the
 * transaction that changed their rows.
 */
export async function writeDocuments(db: Db, ids: string[]): Promise<void> {
  const docs = await buildDocuments(db, ids);
  for (const doc of docs.values()) {
    const row = documentRow(doc);
    await db
      .insertInto('paper_documents')
      .values(row)
      .onConflict((oc) =>
        oc.column('paper_id').doUpdateSet({ body: row.body, hash: row.hash }),
      )
      .execute();
  }
}

/**
 * Stores documents for papers that have none, a few hundred at a time.
 * Returns how many were written.
 */
export async function fillMissingDocuments(db: Db): Promise<number> {
  let written = 0;
  for (;;) {
    const missing = await db
      .selectFrom('papers')
      .select('papers.id')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('paper_documents as d')
              .select('d.paper_id')
              .whereRef('d.paper_id', '=', 'papers.id'),
          ),
        ),
      )
      .orderBy('papers.id')
      .limit(200)
      .execute();
    if (missing.length === 0) return written;
    await writeDocuments(
      db,
      missing.map((row) => row.id),
    );
    written += missing.length;
  }
}
