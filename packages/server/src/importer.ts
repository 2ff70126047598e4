import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { lockCounts, recount } from './counts.js';
import type { Db } from './db/database.js';
import type { PaperRow } from './db/schema.js';
import { writeDocuments } from './documents.js';
import {
  normaliseArxiv,
  normaliseDoi,
  normaliseOpenAlex,
  ownPaperId,
  slugify,
} from './ids.js';

/** What an import did: works stored, and lines skipped with the reason. */
export interface ImportResult {
  imported: number;
  skipped: { line: number; reason: string }[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const CODE_HOSTS =
  /^https?:\/\/(www\.)?(github\.com|gitlab\.com|bitbucket\.org)\//i;
const DATA_HOSTS =
  /^https?:\/\/(www\.)?(huggingface\.co\/datasets|zenodo\.org|kaggle\.com\/datasets|datadryad\.org|figshare\.com)\//i;

/** OpenAlex's name for the arXiv repository, shown to readers as "arXiv". */
const ARXIV_SOURCE = /^arxiv( \(cornell university\))?$/i;

function rebuildAbstract(index: unknown): string | null {
  if (!isObject(index)) return null;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    for (const at of list(positions)) {
      if (typeof at === 'number' && at >= 0 && at < 100_000) words[at] = word;
    }
  }
  const text = words.filter((w) => w !== undefined).join(' ');
  return text || null;
}

// Counts reported by outside sources disagree because they were taken at
// different times. Prefer a count with a documented retrieval date, newest
// first, then an OpenAlex-derived count, then an undocumented one.
function reportedCitations(work: Json): number | null {
  const own = num(work.cited_by_count);
  if (own !== null) return own;

  const ext = isObject(work.x_rlhf) ? work.x_rlhf : {};
  const reported = isObject(ext.counts_reported) ? ext.counts_reported : {};
  const dated: { n: number; date: string }[] = [];
  const undated: number[] = [];
  for (const entry of Object.values(reported)) {
    if (!isObject(entry)) continue;
    const n =
      num(entry.citationCount) ??
      num(entry.cited_by_count) ??
      num(entry.citations);
    if (n === null) continue;
    const date = str(entry.retrieved);
    if (date) dated.push({ n, date });
    else if (entry.cited_by_count !== undefined) undated.unshift(n);
    else undated.push(n);
  }
  dated.sort((a, b) => b.date.localeCompare(a.date));
  return dated[0]?.n ?? undated[0] ?? null;
}

interface Named {
  id: string;
  name: string;
}

/** The parts of one work the store keeps, or a reason it cannot be used. */
interface MappedWork {
  paper: Omit<PaperRow, 'updated_at'>;
  authors: { person: Named; institutions: Named[] }[];
  topics: Named[];
  references: string[];
  citedBy: string[];
  related: string[];
}

function namedFrom(id: unknown, name: string, prefix: string): Named {
  const ext = str(id);
  const tail = ext ? ext.replace(/^https?:\/\/[^/]+\//, '') : null;
  return { id: `${prefix}${slugify(tail ?? name)}`, name };
}

/** The longest title a work may have; longer is damage, not a title. */
const MAX_TITLE = 2000;

const ARRAY_FIELDS = [
  'authorships',
  'locations',
  'topics',
  'keywords',
  'concepts',
  'referenced_works',
  'related_works',
];
const OBJECT_FIELDS = [
  'ids',
  'primary_location',
  'open_access',
  'x_rlhf',
  'abstract_inverted_index',
];

/**
 * Why a record is damaged, if it is. A field present with the wrong type is
 * refused rather than read as empty, so a damaged copy of a work never
 * replaces the good one already stored.
 */
function damage(work: Json): string | null {
  for (const field of ARRAY_FIELDS) {
    if (work[field] != null && !Array.isArray(work[field])) {
      return `"${field}" must be a list`;
    }
  }
  for (const field of OBJECT_FIELDS) {
    if (work[field] != null && !isObject(work[field])) {
      return `"${field}" must be an object`;
    }
  }
  for (const field of ['title', 'display_name', 'id', 'doi']) {
    const value = work[field];
    if (value != null && typeof value !== 'string') {
      return `"${field}" must be text`;
    }
  }
  const year = work.publication_year;
  if (year != null && !Number.isInteger(year)) {
    return '"publication_year" must be a whole number';
  }
  const index = work.abstract_inverted_index;
  if (
    isObject(index) &&
    !Object.values(index).every(
      (at) => Array.isArray(at) && at.every(Number.isInteger),
    )
  ) {
    return '"abstract_inverted_index" must map words to positions';
  }
  const title = str(work.title) ?? str(work.display_name) ?? '';
  if (title.length > MAX_TITLE) {
    return `"title" is longer than ${MAX_TITLE} characters`;
  }
  if (hasNul(work)) {
    return 'a field holds a NUL character';
  }
  return null;
}

function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(hasNul);
  if (isObject(value)) {
    return Object.entries(value).some(([k, v]) => hasNul(k) || hasNul(v));
  }
  return false;
}

function mapWork(work: unknown): MappedWork | string {
  if (!isObject(work)) return 'not a JSON object';
  const damaged = damage(work);
  if (damaged) return damaged;
  const sourceId = str(work.id);
  if (!sourceId) return 'missing "id"';
  const title = str(work.title) ?? str(work.display_name);
  if (!title) return 'missing "title"';

  const ids = isObject(work.ids) ? work.ids : {};
  const rawDoi = str(work.doi) ?? str(ids.doi);
  const doi = rawDoi ? normaliseDoi(rawDoi) : null;
  const rawArxiv = str(ids.arxiv);
  let arxiv = rawArxiv ? normaliseArxiv(rawArxiv) : null;
  if (!arxiv && doi?.startsWith('10.48550/arxiv.')) {
    arxiv = normaliseArxiv(doi.slice('10.48550/arxiv.'.length));
  }
  const openalex =
    normaliseOpenAlex(str(ids.openalex) ?? '') ?? normaliseOpenAlex(sourceId);

  const ext = isObject(work.x_rlhf) ? work.x_rlhf : {};
  const primary = isObject(work.primary_location) ? work.primary_location : {};
  const locations = list(work.locations).filter(isObject);
  const sourceName = (loc: Json) =>
    isObject(loc.source) ? str(loc.source.display_name) : null;
  const otherVenue = locations
    .map(sourceName)
    .find((name) => name && !ARXIV_SOURCE.test(name));
  let venue = str(ext.venue) ?? otherVenue ?? sourceName(primary);
  if (venue && ARXIV_SOURCE.test(venue)) venue = 'arXiv';

  const oa = isObject(work.open_access) ? work.open_access : {};
  const isOa = oa.is_oa === true || primary.is_oa === true;
  const oaUrl =
    str(oa.oa_url) ??
    (isOa ? (str(primary.pdf_url) ?? str(primary.landing_page_url)) : null);
  const landing =
    str(primary.landing_page_url) ?? (doi ? `https://doi.org/${doi}` : null);

  const urls = locations.flatMap((loc) =>
    [str(loc.landing_page_url), str(loc.pdf_url)].filter(
      (u): u is string => u !== null,
    ),
  );
  const codeLinks = [...new Set(urls.filter((u) => CODE_HOSTS.test(u)))];
  const dataLinks = [...new Set(urls.filter((u) => DATA_HOSTS.test(u)))];

  const authors = list(work.authorships)
    .filter(isObject)
    .flatMap((authorship) => {
      const author = isObject(authorship.author) ? authorship.author : {};
      const name = str(author.display_name) ?? str(authorship.raw_author_name);
      if (!name) return [];
      const institutions = list(authorship.institutions)
        .filter(isObject)
        .flatMap((inst) => {
          const instName = str(inst.display_name);
          return instName ? [namedFrom(inst.id, instName, '')] : [];
        });
      return [{ person: namedFrom(author.id, name, ''), institutions }];
    });

  const topicNames = [
    ...list(work.topics),
    ...list(work.keywords),
    ...list(work.concepts),
  ]
    .filter(isObject)
    .map((t) => str(t.display_name))
    .filter((t): t is string => t !== null);
  const topics = new Map<string, Named>();
  for (const name of topicNames) {
    const id = slugify(name);
    if (!topics.has(id)) topics.set(id, { id, name });
  }

  const idList = (value: unknown) =>
    list(value).filter((x): x is string => typeof x === 'string' && x !== '');

  return {
    paper: {
      id: ownPaperId(sourceId),
      source_id: sourceId,
      doi,
      arxiv,
      openalex,
      title,
      abstract:
        str(ext.abstract) ??
        str(work.abstract) ??
        rebuildAbstract(work.abstract_inverted_index),
      type: str(work.type),
      year: num(work.publication_year),
      venue,
      is_oa: isOa ? 1 : 0,
      oa_url: oaUrl,
      landing_url: landing,
      code_links: JSON.stringify(codeLinks),
      dataset_links: JSON.stringify(dataLinks),
      citations_reported: reportedCitations(work),
    },
    authors,
    topics: [...topics.values()],
    references: idList(work.referenced_works),
    citedBy: idList(ext.cited_by_in_set),
    related: idList(work.related_works),
  };
}

async function storeWork(db: Db, work: MappedWork): Promise<void> {
  const now = new Date().toISOString();
  const { paper } = work;

  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('papers')
      .values({ ...paper, updated_at: now })
      .onConflict((oc) =>
        oc.column('source_id').doUpdateSet({ ...paper, updated_at: now }),
      )
      .execute();

    const people = new Map<string, string>();
    const institutions = new Map<string, string>();
    for (const { person, institutions: insts } of work.authors) {
      people.set(person.id, person.name);
      for (const inst of insts) institutions.set(inst.id, inst.name);
    }
    const upsertNamed = async (
      table: 'people' | 'institutions' | 'topics',
      rows: Named[],
    ) => {
      if (rows.length === 0) return;
      await tx
        .insertInto(table)
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    };
    await upsertNamed(
      'people',
      [...people].map(([id, name]) => ({ id, name })),
    );
    await upsertNamed(
      'institutions',
      [...institutions].map(([id, name]) => ({ id, name })),
    );
    await upsertNamed('topics', work.topics);

    await tx
      .deleteFrom('authorships')
      .where('paper_id', '=', paper.id)
      .execute();
    const authorRows = work.authors.map((a, position) => ({
      paper_id: paper.id,
      position,
      person_id: a.person.id,
      name: a.person.name,
      institution_ids: JSON.stringify(a.institutions.map((i) => i.id)),
    }));
    for (let i = 0; i < authorRows.length; i += 200) {
      await tx
        .insertInto('authorships')
        .values(authorRows.slice(i, i + 200))
        .execute();
    }

    await tx
      .deleteFrom('paper_topics')
      .where('paper_id', '=', paper.id)
      .execute();
    if (work.topics.length > 0) {
      await tx
        .insertInto('paper_topics')
        .values(
          work.topics.map((t, position) => ({
            paper_id: paper.id,
            topic_id: t.id,
            position,
          })),
        )
        .execute();
    }

    const links = [
      ...work.references.map((target) => ({
        table: 'citations' as const,
        row: { source_id: paper.source_id, target_id: target },
      })),
      ...work.citedBy.map((citer) => ({
        table: 'citations' as const,
        row: { source_id: citer, target_id: paper.source_id },
      })),
      ...work.related.map((target) => ({
        table: 'related_works' as const,
        row: { source_id: paper.source_id, target_id: target },
      })),
    ];
    await tx
      .deleteFrom('related_works')
      .where('source_id', '=', paper.source_id)
      .execute();
    for (const { table, row } of links) {
      await tx
        .insertInto(table)
        .values(row)
        .onConflict((oc) => oc.columns(['source_id', 'target_id']).doNothing())
        .execute();
    }

    await writeDocuments(tx, [paper.id]);
    await lockCounts(tx, paper.id);
    await recount(tx, [paper.id]);
    // Once this work is stored, its references count as citations of the
    // works they point at.
    const cited = await tx
      .selectFrom('papers')
      .select('id')
      .where(
        'source_id',
        'in',
        tx
          .selectFrom('citations')
          .select('target_id')
          .where('source_id', '=', paper.source_id),
      )
      .execute();
    await recount(
      tx,
      cited.map((row) => row.id).filter((id) => id !== paper.id),
      ['citations'],
    );
  });
}

/**
 * Imports OpenAlex work records from a JSON Lines file into the store. Each
 * line is upserted by its `id`, so importing the same file again changes
 * nothing. A malformed line is reported with its number and skipped.
 */
export async function importWorks(db: Db, file: string): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, skipped: [] };
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });

  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;

    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      result.skipped.push({
        line: lineNumber,
        reason: `invalid JSON: ${reason}`,
      });
      continue;
    }

    let reason: string | null;
    try {
      const work = mapWork(parsed);
      reason = typeof work === 'string' ? work : null;
      if (typeof work !== 'string') await storeWork(db, work);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      reason = `not stored: ${message}`;
    }
    if (reason) {
      result.skipped.push({ line: lineNumber, reason });
      continue;
    }
    result.imported += 1;
  }
  return result;
}
