import { ReportInput } from '@paperframe/core/contract';
import type { Context } from 'hono';
import { newId } from '../auth.js';
import { withCounts } from '../counts.js';
import type { Db } from '../db/database.js';
import type { UserRow } from '../db/schema.js';
import type { App, AppDeps, AppEnv } from '../http/context.js';
import { isModerator, moderator, writer } from '../http/guards.js';
import { forbidden } from '../http/problem.js';
import { readBody } from '../http/validate.js';

/** The columns moderation reads on a comment or a review. */
export interface ModeratedRow {
  id: string;
  paper_id: string;
  user_id: string;
  hidden: number;
}

/**
 * Whether `viewer` may see `row`: anyone while it is not hidden, its author
 * and moderators always.
 *
 * @param row - A comment or a review.
 * @param viewer - The signed-in reader, if any.
 * @return True when the row is visible to the viewer.
 */
export const visibleTo = (row: ModeratedRow, viewer: UserRow | null) =>
  row.hidden === 0 || row.user_id === viewer?.id || isModerator(viewer);

/**
 * Throws 403 unless `user` wrote `row` or is a moderator.
 *
 * @param row - The comment or review to delete.
 * @param user - The signed-in caller.
 * @param noun - What the row is, for the problem text.
 */
export function authorOrModerator(
  row: ModeratedRow,
  user: UserRow,
  noun: 'comment' | 'review',
): void {
  if (row.user_id !== user.id && !isModerator(user)) {
    throw forbidden(`Only the author can delete a ${noun}.`);
  }
}

/** One kind of item that readers report and moderators hide. */
export interface Moderated<Row extends ModeratedRow> {
  /** Its table, which is also the paper count hiding changes. */
  table: 'comments' | 'reviews';
  /** Its `target_type` in a report. */
  target: 'comment' | 'review';
  /** The item's own path, such as `/v1/comments/:cid`. */
  path: string;
  /** The name of the id parameter in `path`. */
  param: string;
  /** The item the caller may see, or a 404. */
  find: (db: Db, id: string, viewer: UserRow | null) => Promise<Row>;
  /** The item's documents as `viewer` sees them. */
  present: (db: Db, rows: Row[], viewer: UserRow | null) => Promise<unknown[]>;
}

/**
 * Registers `POST <path>/reports`, `<path>/hide` and `<path>/restore` for one
 * kind of item. Hiding and restoring change the paper's counts in the same
 * transaction.
 *
 * @param app - The app to add the routes to.
 * @param deps - The store and settings.
 * @param item - Where the item lives and how it is shown.
 */
export function moderationRoutes<Row extends ModeratedRow>(
  app: App,
  deps: AppDeps,
  item: Moderated<Row>,
): void {
  const { db } = deps;
  // The path always holds the parameter; Hono cannot tell from a name
  // chosen at run time.
  const itemId = (c: Context<AppEnv>) => c.req.param(item.param) ?? '';

  app.post(`${item.path}/reports`, async (c) => {
    const user = await writer(c, deps);
    const row = await item.find(db, itemId(c), user);
    const input = await readBody(c, ReportInput);
    const id = newId('rep');
    await db
      .insertInto('reports')
      .values({
        id,
        target_type: item.target,
        target_id: row.id,
        user_id: user.id,
        reason: input.reason,
        created_at: new Date().toISOString(),
      })
      .execute();
    return c.json({ id, status: 'received' }, 201);
  });

  for (const [action, hidden] of [
    ['hide', 1],
    ['restore', 0],
  ] as const) {
    app.post(`${item.path}/${action}`, async (c) => {
      const user = await moderator(c, deps);
      const row = await item.find(db, itemId(c), user);
      await withCounts(db, row.paper_id, [item.table], (tx) =>
        tx
          .updateTable(item.table)
          .set({ hidden })
          .where('id', '=', row.id)
          .execute(),
      );
      return c.json((await item.present(db, [{ ...row, hidden }], user))[0]);
    });
  }
}
