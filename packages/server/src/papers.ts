import { createHash } from 'node:crypto';
import type { Paper as PaperSchema } from '@paperframe/core/contract';
import type { CompiledQuery } from 'kysely';
import type * as v from 'valibot';
import { COUNT_NAMES, type Counts, countsFromRows } from './counts.js';
import type { Db } from './db/database.js';
import { buildDocuments, documentRow } from './documents.js';
import type { PaperRef } from './ids.js';

/** At most this many ids in one batch lookup. */
export const MAX_BATCH = 100;

/** A paper document as the contract defines it. */
export type Paper = v.InferOutput<typeof PaperSchema>;

/** A paper ready to send: its JSON text and a tag for its ETag. */
export interface PaperRead {
  /** The paper's own id. */
  id: string;
  /** The paper document as JSON text, counts included. */
  json: string;
  /** An opaque tag that changes whenever `json` does. */
  tag: string;
}

const COLUMNS = {
  pf: 'id',
  doi: 'doi',
  arxiv: 'arxiv',
  openalex: 'openalex',
} as const;

/** Key used by {@link resolvePapers} for a ref. */
export const refKey = (ref: PaperRef) => `${ref.scheme}:${ref.value}`;

// Lowest own id first, so a ref two papers share always names the same one.
const byId = (a: { id: string }, b: { id: string }) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function keysOf(row: {
  id: string;
  doi: string | null;
  arxiv: string | null;
  openalex: string | null;
}): string[] {
  const keys = [`pf:${row.id}`];
  if (row.doi) keys.push(`doi:${row.doi}`);
  if (row.arxiv) keys.push(`arxiv:${row.arxiv}`);
  if (row.openalex) keys.push(`openalex:${row.openalex}`);
  return keys;
}

/**
 * Finds the server ids of papers named by parsed refs, in one query. The
 * answer maps each ref's `scheme:value` to the paper's own id; unknown refs
 * are absent.
 */
export async function resolvePapers(
  db: Db,
  refs: PaperRef[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (refs.length === 0) return found;
  const query = (some: PaperRef[]) =>
    db
      .selectFrom('papers')
      .select(['id', 'doi', 'arxiv', 'openalex'])
      .where((eb) => eb.or(matchRefs(eb, some)));
  const [only] = refs;
  const { rows } = await db.executeQuery(
    refs.length === 1 && only
      ? compiledOnce(db, `resolve ${only.scheme}`, only, query)
      : query(refs).compile(),
  );
  for (const row of rows.sort(byId)) {
    for (const key of keysOf(row)) {
      if (!found.has(key)) found.set(key, row.id);
    }
  }
  return found;
}

// biome-ignore lint/suspicious/noExplicitAny: the builder is for `papers`
function matchRefs(eb: any, refs: PaperRef[]) {
  const conditions = [];
  for (const scheme of ['pf', 'doi', 'arxiv', 'openalex'] as const) {
    const values = [
      ...new Set(refs.filter((r) => r.scheme === scheme).map((r) => r.value)),
    ];
    if (values.length === 1) {
      conditions.push(eb(`papers.${COLUMNS[scheme]}`, '=', values[0]));
    } else if (values.length > 1) {
      conditions.push(eb(`papers.${COLUMNS[scheme]}`, 'in', values));
    }
  }
  return conditions;
}

function read(
  id: string,
  body: string,
  hash: string,
  counts: Counts,
): PaperRead {
  const tag = `${hash}.${COUNT_NAMES.map((n) => counts[n]).join('.')}`;
  return {
    id,
    json: `${body.slice(0, -1)},"counts":${JSON.stringify(counts)}}`,
    tag,
  };
}

function readQuery(db: Db, refs: PaperRef[]) {
  return db
    .selectFrom('papers')
    .leftJoin('paper_documents as d', 'd.paper_id', 'papers.id')
    .leftJoin('paper_counts as c', 'c.paper_id', 'papers.id')
    .select([
      'papers.id',
      'papers.doi',
      'papers.arxiv',
      'papers.openalex',
      'd.body',
      'd.hash',
      'c.citations',
      'c.reviews',
      'c.comments',
      'c.saves',
      'c.likes',
      'c.dislikes',
    ])
    .where((eb) => eb.or(matchRefs(eb, refs)));
}

// Queries for one paper, compiled once per store and scheme: building and
// compiling a query would otherwise cost more than running it.
const compiled = new WeakMap<Db, Map<string, CompiledQuery>>();

function compiledOnce<R>(
  db: Db,
  key: string,
  ref: PaperRef,
  build: (refs: PaperRef[]) => { compile(): CompiledQuery<R> },
): CompiledQuery<R> {
  let queries = compiled.get(db);
  if (!queries) {
    queries = new Map();
    compiled.set(db, queries);
  }
  let query = queries.get(key) as CompiledQuery<R> | undefined;
  if (!query) {
    query = build([ref]).compile();
    queries.set(key, query);
  }
  return { ...query, parameters: [ref.value] };
}

/**
 * Reads the papers named by parsed refs, ready to send, keyed like
 * {@link resolvePapers}. One query answers any number of refs: each paper is
 * its stored document plus its counts row.
 */
export async function readPapers(
  db: Db,
  refs: PaperRef[],
): Promise<Map<string, PaperRead>> {
  const found = new Map<string, PaperRead>();
  if (refs.length === 0) return found;
  const [only] = refs;
  const { rows } =
    refs.length === 1 && only
      ? await db.executeQuery(
          compiledOnce(db, `read ${only.scheme}`, only, (some) =>
            readQuery(db, some),
          ),
        )
      : await db.executeQuery(readQuery(db, refs));
  rows.sort(byId);

  // A paper stored before its document or counts existed is assembled from
  // its rows; `paperframe-server migrate` stores both for next time.
  const incomplete = rows.filter((r) => r.body === null || r.likes === null);
  const built =
    incomplete.length === 0
      ? new Map()
      : await buildDocuments(
          db,
          incomplete.filter((r) => r.body === null).map((r) => r.id),
        );
  const counted =
    incomplete.length === 0
      ? new Map()
      : await countsFromRows(
          db,
          incomplete.filter((r) => r.likes === null).map((r) => r.id),
        );

  for (const row of rows) {
    const doc = row.body === null ? built.get(row.id) : undefined;
    const stored = doc ? documentRow(doc) : null;
    const body = stored?.body ?? row.body;
    const hash = stored?.hash ?? row.hash;
    const counts =
      row.likes === null
        ? counted.get(row.id)
        : {
            citations: Number(row.citations),
            reviews: Number(row.reviews),
            comments: Number(row.comments),
            saves: Number(row.saves),
            likes: Number(row.likes),
            dislikes: Number(row.dislikes),
          };
    if (body === null || hash === null || !counts) continue;
    const paper = read(row.id, body, hash, counts);
    for (const key of keysOf(row)) {
      if (!found.has(key)) found.set(key, paper);
    }
  }
  return found;
}

/** A tag for a list of paper tags and other parts of a response. */
export function combinedTag(parts: string[]): string {
  return createHash('sha1')
    .update(parts.join('\n'))
    .digest('base64url')
    .slice(0, 22);
}
