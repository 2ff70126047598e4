import type { Context } from 'hono';
import type { Db } from '../db/database.js';
import type { App, AppDeps } from '../http/context.js';
import { badRequest, notFound } from '../http/problem.js';
import { parsePaperId } from '../ids.js';
import {
  combinedTag,
  MAX_BATCH,
  readPapers,
  refKey,
  resolvePapers,
} from '../papers.js';

/**
 * Resolves a scheme-prefixed paper id to the paper's own id: 400 when it is
 * malformed, 404 when no paper has it.
 */
export async function resolvePaperId(db: Db, raw: string): Promise<string> {
  const ref = parsePaperId(raw);
  if (!ref) throw malformed(raw);
  const found = await resolvePapers(db, [ref]);
  const id = found.get(refKey(ref));
  if (!id) throw notFound(`No paper has the id "${raw}".`);
  return id;
}

const malformed = (raw: string) =>
  badRequest(
    `"${raw}" is not a paper id. Use doi:…, arxiv:…, openalex:W… or pf:….`,
  );

/** Resolves the `{id}` path parameter with {@link resolvePaperId}. */
export function paperIdParam(c: Context, db: Db): Promise<string> {
  return resolvePaperId(db, c.req.param('id') ?? '');
}

/** `GET /v1/papers/{id}` and the batch `GET /v1/papers?ids=…`. */
export function paperRoutes(app: App, { db }: AppDeps): void {
  app.get('/v1/papers', async (c) => {
    const param = c.req.query('ids');
    if (param === undefined) {
      throw badRequest('Name the papers with ?ids=a,b,c.');
    }
    const asked = [
      ...new Set(
        param
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ];
    if (asked.length === 0) throw badRequest('?ids= names no paper.');
    if (asked.length > MAX_BATCH) {
      throw badRequest(
        `?ids= names ${asked.length} papers; ask for at most ${MAX_BATCH} at a time.`,
      );
    }

    const refs = asked.map((raw) => ({ raw, ref: parsePaperId(raw) }));
    const papers = await readPapers(
      db,
      refs.flatMap(({ ref }) => (ref ? [ref] : [])),
    );

    const items: string[] = [];
    const tags: string[] = [];
    const notFoundIds: string[] = [];
    const invalid: string[] = [];
    for (const { raw, ref } of refs) {
      const paper = ref ? papers.get(refKey(ref)) : undefined;
      if (paper) {
        items.push(paper.json);
        tags.push(paper.tag);
      } else notFoundIds.push(raw);
      if (!ref) invalid.push(raw);
    }
    const rest = `"notFound":${JSON.stringify(notFoundIds)},"invalid":${JSON.stringify(invalid)}`;
    c.header('Content-Type', 'application/json');
    c.header('ETag', `W/"${combinedTag([...tags, rest])}"`);
    return c.body(`{"items":[${items.join(',')}],${rest}}`);
  });

  app.get('/v1/papers/:id', async (c) => {
    const raw = c.req.param('id');
    const ref = parsePaperId(raw);
    if (!ref) throw malformed(raw);
    const paper = (await readPapers(db, [ref])).get(refKey(ref));
    if (!paper) throw notFound(`No paper has the id "${raw}".`);
    c.header('Content-Type', 'application/json');
    c.header('ETag', `W/"${paper.tag}"`);
    return c.body(paper.json);
  });
}
