import {
  REVIEW_LISTS,
  REVIEW_NEEDS_ITEM,
  ReviewInput,
  ReviewPatch,
} from '@paperframe/core/contract';
import { newId } from '../auth.js';
import { withCounts } from '../counts.js';
import type { Db } from '../db/database.js';
import type { ReviewRow, UserRow } from '../db/schema.js';
import type { App, AppDeps } from '../http/context.js';
import {
  encodeCursor,
  isModerator,
  pageParams,
  writer,
} from '../http/guards.js';
import { conflict, forbidden, HttpError, notFound } from '../http/problem.js';
import { readBody } from '../http/validate.js';
import {
  authorOrModerator,
  moderationRoutes,
  visibleTo,
} from './moderation.js';
import { paperIdParam } from './papers.js';

async function authors(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function present(db: Db, rows: ReviewRow[], viewer: UserRow | null) {
  const ids = rows.map((r) => r.id);
  const names = await authors(
    db,
    rows.map((r) => r.user_id),
  );
  const counts =
    ids.length === 0
      ? []
      : await db
          .selectFrom('review_helpful')
          .select(['review_id', (eb) => eb.fn.countAll().as('n')])
          .where('review_id', 'in', ids)
          .groupBy('review_id')
          .execute();
  const helpful = new Map(counts.map((r) => [r.review_id, Number(r.n)]));
  const marked =
    viewer && ids.length > 0
      ? new Set(
          (
            await db
              .selectFrom('review_helpful')
              .select('review_id')
              .where('review_id', 'in', ids)
              .where('user_id', '=', viewer.id)
              .execute()
          ).map((r) => r.review_id),
        )
      : null;
  return rows.map((r) => ({
    id: r.id,
    paperId: r.paper_id,
    author: { id: r.user_id, name: names.get(r.user_id) ?? 'Unknown' },
    summary: r.summary,
    strengths: JSON.parse(r.strengths) as string[],
    concerns: JSON.parse(r.concerns) as string[],
    questions: JSON.parse(r.questions) as string[],
    rating: r.rating,
    confidence: r.confidence,
    helpful: helpful.get(r.id) ?? 0,
    ...(marked ? { helpfulByMe: marked.has(r.id) } : {}),
    hidden: r.hidden === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** True when `error` is a unique-constraint violation on either store. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** The 409 for a second review of one paper by one reader. */
function alreadyReviewed(id: string) {
  return new HttpError(
    409,
    'Conflict',
    `You have already reviewed this paper; edit that review (PATCH /v1/reviews/${id}) instead of writing a second one.`,
    { headers: { Location: `/v1/reviews/${id}` } },
  );
}

/** The 422 for an edit that would leave no item in any list. */
function needsItem() {
  return new HttpError(
    422,
    'Unprocessable Content',
    `strengths: ${REVIEW_NEEDS_ITEM}`,
    {
      errors: REVIEW_LISTS.map((field) => ({
        field,
        message: REVIEW_NEEDS_ITEM,
      })),
    },
  );
}

async function ownReviewOf(db: Db, paperId: string, userId: string) {
  return db
    .selectFrom('reviews')
    .select('id')
    .where('paper_id', '=', paperId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** A review the caller may see, or 404 (hidden ones look absent). */
async function findReview(db: Db, id: string, viewer: UserRow | null) {
  const row = await db
    .selectFrom('reviews')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !visibleTo(row, viewer))
    throw notFound(`No review has the id "${id}".`);
  return row;
}

/**
 * Structured reviews: list, write (one per reader and paper), edit, delete,
 * mark helpful, report, hide, restore.
 */
export function reviewRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;

  app.get('/v1/papers/:id/reviews', async (c) => {
    const paperId = await paperIdParam(c, db);
    const { cursor, limit } = pageParams(c);
    const viewer = c.get('user');

    let query = db
      .selectFrom('reviews')
      .selectAll()
      .where('paper_id', '=', paperId);
    if (!isModerator(viewer)) {
      query = query.where((eb) =>
        eb.or([eb('hidden', '=', 0), eb('user_id', '=', viewer?.id ?? '')]),
      );
    }
    // Newest first; the cursor is the last row's (created_at, id), so rows
    // added while a reader pages are never skipped or repeated.
    if (cursor) {
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', cursor.createdAt),
          eb.and([
            eb('created_at', '=', cursor.createdAt),
            eb('id', '<', cursor.id),
          ]),
        ]),
      );
    }
    const rows = await query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const more = rows.length > limit;
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    return c.json({
      items: await present(db, shown, viewer),
      nextCursor:
        more && last
          ? encodeCursor({ createdAt: last.created_at, id: last.id })
          : null,
    });
  });

  app.post('/v1/papers/:id/reviews', async (c) => {
    const user = await writer(c, deps);
    const paperId = await paperIdParam(c, db);
    const input = await readBody(c, ReviewInput);
    const existing = await ownReviewOf(db, paperId, user.id);
    if (existing) throw alreadyReviewed(existing.id);
    const now = new Date().toISOString();
    const row: ReviewRow = {
      id: newId('rev'),
      paper_id: paperId,
      user_id: user.id,
      summary: input.summary,
      strengths: JSON.stringify(input.strengths),
      concerns: JSON.stringify(input.concerns),
      questions: JSON.stringify(input.questions),
      rating: input.rating,
      confidence: input.confidence,
      helpful: 0,
      hidden: 0,
      created_at: now,
      updated_at: now,
    };
    try {
      await withCounts(db, paperId, ['reviews'], (tx) =>
        tx.insertInto('reviews').values(row).execute(),
      );
    } catch (error) {
      // Two posts at once: the unique index lets only the first in.
      const first = isUniqueViolation(error)
        ? await ownReviewOf(db, paperId, user.id)
        : undefined;
      if (first) throw alreadyReviewed(first.id);
      throw error;
    }
    c.header('Location', `/v1/reviews/${row.id}`);
    return c.json((await present(db, [row], user))[0], 201);
  });

  app.get('/v1/reviews/:rid', async (c) => {
    const viewer = c.get('user');
    const row = await findReview(db, c.req.param('rid'), viewer);
    return c.json((await present(db, [row], viewer))[0]);
  });

  app.patch('/v1/reviews/:rid', async (c) => {
    const user = await writer(c, deps);
    const row = await findReview(db, c.req.param('rid'), user);
    if (row.user_id !== user.id) {
      throw forbidden('Only the author can edit a review.');
    }
    const input = await readBody(c, ReviewPatch);
    const changes: Partial<ReviewRow> = {
      updated_at: new Date().toISOString(),
    };
    if (input.summary !== undefined) changes.summary = input.summary;
    for (const key of REVIEW_LISTS) {
      if (input[key] !== undefined) changes[key] = JSON.stringify(input[key]);
    }
    if (input.rating !== undefined) changes.rating = input.rating;
    if (input.confidence !== undefined) changes.confidence = input.confidence;

    // The lists the patch leaves alone must still hold what the check saw,
    // or two edits that each empty one list could leave none between them.
    let current = row;
    for (let attempt = 0; attempt < 5; attempt++) {
      const kept = REVIEW_LISTS.filter((key) => input[key] === undefined);
      const items = REVIEW_LISTS.map((key) =>
        input[key] === undefined
          ? (JSON.parse(current[key]) as string[]).length
          : (input[key]?.length ?? 0),
      );
      if (items.every((n) => n === 0)) throw needsItem();

      let update = db
        .updateTable('reviews')
        .set(changes)
        .where('id', '=', current.id);
      for (const key of kept) update = update.where(key, '=', current[key]);
      const result = await update.executeTakeFirst();
      if (Number(result.numUpdatedRows) > 0) {
        return c.json(
          (await present(db, [{ ...current, ...changes }], user))[0],
        );
      }
      current = await findReview(db, row.id, user);
    }
    throw conflict('The review kept changing while it was edited; try again.');
  });

  app.delete('/v1/reviews/:rid', async (c) => {
    const user = await writer(c, deps);
    const row = await findReview(db, c.req.param('rid'), user);
    authorOrModerator(row, user, 'review');
    await withCounts(db, row.paper_id, ['reviews'], async (tx) => {
      await tx
        .deleteFrom('review_helpful')
        .where('review_id', '=', row.id)
        .execute();
      await tx.deleteFrom('reviews').where('id', '=', row.id).execute();
    });
    return c.body(null, 204);
  });

  // One mark per reader, kept as a row; the count is the number of rows.
  app.put('/v1/reviews/:rid/helpful', async (c) => {
    const user = await writer(c, deps);
    const row = await findReview(db, c.req.param('rid'), user);
    if (row.user_id === user.id) {
      throw forbidden('You cannot mark your own review helpful.');
    }
    await db
      .insertInto('review_helpful')
      .values({
        review_id: row.id,
        user_id: user.id,
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.columns(['review_id', 'user_id']).doNothing())
      .execute();
    return c.json((await present(db, [row], user))[0]);
  });

  app.delete('/v1/reviews/:rid/helpful', async (c) => {
    const user = await writer(c, deps);
    const row = await findReview(db, c.req.param('rid'), user);
    if (row.user_id === user.id) {
      throw forbidden('You cannot mark your own review helpful.');
    }
    await db
      .deleteFrom('review_helpful')
      .where('review_id', '=', row.id)
      .where('user_id', '=', user.id)
      .execute();
    return c.json((await present(db, [row], user))[0]);
  });

  moderationRoutes(app, deps, {
    table: 'reviews',
    target: 'review',
    path: '/v1/reviews/:rid',
    param: 'rid',
    find: findReview,
    present,
  });
}
