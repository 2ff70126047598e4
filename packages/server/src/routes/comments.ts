import { CommentInput, CommentPatch } from '@paperframe/core/contract';
import { newId } from '../auth.js';
import { withCounts } from '../counts.js';
import type { Db } from '../db/database.js';
import type { CommentRow, UserRow } from '../db/schema.js';
import type { App, AppDeps } from '../http/context.js';
import {
  encodeCursor,
  isModerator,
  pageParams,
  writer,
} from '../http/guards.js';
import { forbidden, HttpError, notFound } from '../http/problem.js';
import { readBody } from '../http/validate.js';
import {
  authorOrModerator,
  moderationRoutes,
  visibleTo,
} from './moderation.js';
import { paperIdParam } from './papers.js';

interface CommentDoc {
  id: string;
  paperId: string;
  author: { id: string; name: string };
  kind: 'note' | 'caveat' | 'replication';
  body: string;
  parentId: string | null;
  hidden: boolean;
  placeholder?: true;
  replies: CommentDoc[];
  createdAt: string;
  updatedAt: string;
}

/** The author a placeholder shows in place of the hidden comment's. */
const HIDDEN_AUTHOR = { id: 'hidden', name: '' };

/**
 * The documents of `rows` as `viewer` may see them, each with its replies. A
 * hidden top-level comment the viewer may not read becomes a placeholder when
 * it has replies the viewer may read, and is left out otherwise.
 */
async function present(
  db: Db,
  rows: CommentRow[],
  viewer: UserRow | null,
): Promise<CommentDoc[]> {
  const replies =
    rows.length === 0
      ? []
      : await db
          .selectFrom('comments')
          .selectAll()
          .where(
            'parent_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('created_at')
          .orderBy('id')
          .execute();
  const visibleReplies = replies.filter((r) => visibleTo(r, viewer));
  const ids = [...rows, ...visibleReplies].map((r) => r.user_id);
  const names =
    ids.length === 0
      ? new Map<string, string>()
      : new Map(
          (
            await db
              .selectFrom('users')
              .select(['id', 'name'])
              .where('id', 'in', [...new Set(ids)])
              .execute()
          ).map((u) => [u.id, u.name]),
        );
  const doc = (r: CommentRow, children: CommentDoc[]): CommentDoc => ({
    id: r.id,
    paperId: r.paper_id,
    author: { id: r.user_id, name: names.get(r.user_id) ?? 'Unknown' },
    kind: r.kind as CommentDoc['kind'],
    body: r.body,
    parentId: r.parent_id,
    hidden: r.hidden === 1,
    replies: children,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
  return rows.flatMap((r) => {
    const children = visibleReplies
      .filter((x) => x.parent_id === r.id)
      .map((x) => doc(x, []));
    if (visibleTo(r, viewer)) return [doc(r, children)];
    // A hidden comment stays in the thread, without its words or author,
    // while it has replies the viewer may read.
    if (r.parent_id !== null || children.length === 0) return [];
    return [
      {
        id: r.id,
        paperId: r.paper_id,
        author: HIDDEN_AUTHOR,
        kind: r.kind as CommentDoc['kind'],
        body: '',
        parentId: null,
        hidden: true,
        placeholder: true,
        replies: children,
        createdAt: r.created_at,
        updatedAt: r.created_at,
      },
    ];
  });
}

async function findComment(db: Db, id: string, viewer: UserRow | null) {
  const row = await db
    .selectFrom('comments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !visibleTo(row, viewer)) {
    throw notFound(`No comment has the id "${id}".`);
  }
  return row;
}

/** A 422 or 409 naming `parentId`. */
function parentProblem(status: 409 | 422, message: string) {
  return new HttpError(
    status,
    status === 409 ? 'Conflict' : 'Unprocessable Content',
    `parentId: ${message}`,
    { errors: [{ field: 'parentId', message }] },
  );
}

/**
 * Throws unless `parentId` names a visible top-level comment on the paper:
 * 422 when there is none (never was, or deleted) or it is a reply, 409 when
 * a moderator hid it.
 */
async function checkParent(
  db: Db,
  paperId: string,
  parentId: string,
): Promise<void> {
  const parent = await db
    .selectFrom('comments')
    .select(['paper_id', 'parent_id', 'hidden'])
    .where('id', '=', parentId)
    .executeTakeFirst();
  if (!parent || parent.paper_id !== paperId) {
    throw parentProblem(422, 'No comment on this paper has that id.');
  }
  if (parent.parent_id !== null) {
    throw parentProblem(
      422,
      'Replies are one level deep; reply to the top-level comment.',
    );
  }
  if (parent.hidden !== 0) {
    throw parentProblem(
      409,
      'That comment was hidden by a moderator and takes no new replies.',
    );
  }
}

/** The discussion: comments with one level of replies, and moderation. */
export function commentRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;

  app.get('/v1/papers/:id/comments', async (c) => {
    const paperId = await paperIdParam(c, db);
    const { cursor, limit } = pageParams(c);
    const viewer = c.get('user');

    let query = db
      .selectFrom('comments')
      .selectAll()
      .where('paper_id', '=', paperId)
      .where('parent_id', 'is', null);
    if (!isModerator(viewer)) {
      const me = viewer?.id ?? '';
      query = query.where((eb) =>
        eb.or([
          eb('hidden', '=', 0),
          eb('user_id', '=', me),
          // Hidden, but with a reply the viewer may read: a placeholder.
          eb.exists(
            eb
              .selectFrom('comments as reply')
              .select('reply.id')
              .whereRef('reply.parent_id', '=', 'comments.id')
              .where((r) =>
                r.or([r('reply.hidden', '=', 0), r('reply.user_id', '=', me)]),
              ),
          ),
        ]),
      );
    }
    // Oldest first, as a conversation reads; keyset paging on
    // (created_at, id) keeps pages stable while comments are added.
    if (cursor) {
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '>', cursor.createdAt),
          eb.and([
            eb('created_at', '=', cursor.createdAt),
            eb('id', '>', cursor.id),
          ]),
        ]),
      );
    }
    const rows = await query
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit + 1)
      .execute();
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    return c.json({
      items: await present(db, shown, viewer),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ createdAt: last.created_at, id: last.id })
          : null,
    });
  });

  app.post('/v1/papers/:id/comments', async (c) => {
    const user = await writer(c, deps);
    const paperId = await paperIdParam(c, db);
    const input = await readBody(c, CommentInput);

    const now = new Date().toISOString();
    const row: CommentRow = {
      id: newId('com'),
      paper_id: paperId,
      user_id: user.id,
      kind: input.kind,
      body: input.body,
      parent_id: input.parentId,
      hidden: 0,
      created_at: now,
      updated_at: now,
    };
    // The parent is checked in the transaction that holds the paper's counts,
    // which hiding and deleting also take, so neither can slip in between.
    await withCounts(db, paperId, ['comments'], async (tx) => {
      if (input.parentId) await checkParent(tx, paperId, input.parentId);
      await tx.insertInto('comments').values(row).execute();
    });
    c.header('Location', `/v1/comments/${row.id}`);
    return c.json((await present(db, [row], user))[0], 201);
  });

  app.get('/v1/comments/:cid', async (c) => {
    const viewer = c.get('user');
    const id = c.req.param('cid');
    const row = await db
      .selectFrom('comments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    const [doc] = row ? await present(db, [row], viewer) : [];
    if (!doc) throw notFound(`No comment has the id "${id}".`);
    return c.json(doc);
  });

  app.patch('/v1/comments/:cid', async (c) => {
    const user = await writer(c, deps);
    const row = await findComment(db, c.req.param('cid'), user);
    if (row.user_id !== user.id) {
      throw forbidden('Only the author can edit a comment.');
    }
    const input = await readBody(c, CommentPatch);
    const changes: Partial<CommentRow> = {
      updated_at: new Date().toISOString(),
    };
    if (input.kind !== undefined) changes.kind = input.kind;
    if (input.body !== undefined) changes.body = input.body;
    await db
      .updateTable('comments')
      .set(changes)
      .where('id', '=', row.id)
      .execute();
    return c.json((await present(db, [{ ...row, ...changes }], user))[0]);
  });

  app.delete('/v1/comments/:cid', async (c) => {
    const user = await writer(c, deps);
    const row = await findComment(db, c.req.param('cid'), user);
    authorOrModerator(row, user, 'comment');
    await withCounts(db, row.paper_id, ['comments'], async (tx) => {
      await tx.deleteFrom('comments').where('parent_id', '=', row.id).execute();
      await tx.deleteFrom('comments').where('id', '=', row.id).execute();
    });
    return c.body(null, 204);
  });

  moderationRoutes(app, deps, {
    table: 'comments',
    target: 'comment',
    path: '/v1/comments/:cid',
    param: 'cid',
    find: findComment,
    present,
  });
}
