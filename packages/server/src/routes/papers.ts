import type { Context } from 'hono';
import type { Db } from '../db/database.js';
import type { App, AppDeps } from '../http/context.js';
import { badRequest, notFound } from '../http/problem.js';
import { parsePaperId } from '../ids.js';
import { loadPapers, MAX_BATCH, refKey, resolvePapers } from '../papers.js';

/**
 * Resolves a scheme-prefixed paper id to the paper's own id: 400 when it is
 * malformed, 404 when no paper has it.
 */
export async function resolvePaperId(db: Db, raw: string): Promise<string> {
  const ref = parsePaperId(raw);
  if (!ref) {
    throw badRequest(
      `"${raw}" is not a paper id. Use doi:…, arxiv:…, openalex:W… or pf:….`,
    );
  }
  const found = await resolvePapers(db, [ref]);
  const id = found.get(refKey(ref));
  if (!id) throw notFound(`No paper has the id "${raw}".`);
  return id;
}

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
    const found = await resolvePapers(
      db,
      refs.flatMap(({ ref }) => (ref ? [ref] : [])),
    );
    const papers = await loadPapers(db, [...found.values()]);

    const items = [];
    const notFoundIds: string[] = [];
    const invalid: string[] = [];
    for (const { raw, ref } of refs) {
      const paper = ref ? papers.get(found.get(refKey(ref)) ?? '') : undefined;
      if (paper) items.push(paper);
      else notFoundIds.push(raw);
      if (!ref) invalid.push(raw);
    }
    return c.json({ items, notFound: notFoundIds, invalid });
  });

  app.get('/v1/papers/:id', async (c) => {
    const id = await paperIdParam(c, db);
    const paper = (await loadPapers(db, [id])).get(id);
    if (!paper) throw notFound(`No paper has the id "${c.req.param('id')}".`);
    return c.json(paper);
  });
}
