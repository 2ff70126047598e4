import { ReactionUpdate } from '@paperframe/core/contract';
import { countsFromRows, withCounts } from '../counts.js';
import type { Db } from '../db/database.js';
import type { UserRow } from '../db/schema.js';
import type { App, AppDeps } from '../http/context.js';
import { writer } from '../http/guards.js';
import { HttpError } from '../http/problem.js';
import { readBody } from '../http/validate.js';
import { paperIdParam } from './papers.js';

/**
 * Reactions on a paper, with the caller's own when signed in. Likes,
 * dislikes and saves come from the paper's stored counts.
 */
export async function loadReactions(
  db: Db,
  paperId: string,
  user: UserRow | null,
) {
  const stored = await db
    .selectFrom('paper_counts')
    .select(['likes', 'dislikes', 'saves'])
    .where('paper_id', '=', paperId)
    .executeTakeFirst();
  const marks = await db
    .selectFrom('reaction_marks')
    .select(['kind', (eb) => eb.fn.countAll().as('n')])
    .where('paper_id', '=', paperId)
    .groupBy('kind')
    .orderBy('kind')
    .execute();
  // A paper stored before its counts row existed is counted from its rows.
  const { likes, dislikes, saves } = stored
    ? stored
    : ((await countsFromRows(db, [paperId])).get(paperId) ?? {
        likes: 0,
        dislikes: 0,
        saves: 0,
      });
  const counts = {
    likes: Number(likes),
    dislikes: Number(dislikes),
    saves: Number(saves),
    kinds: Object.fromEntries(marks.map((m) => [m.kind, Number(m.n)])),
  };
  if (!user) return { counts, mine: null };

  const vote = await db
    .selectFrom('votes')
    .select('vote')
    .where('paper_id', '=', paperId)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  const kinds = await db
    .selectFrom('reaction_marks')
    .select('kind')
    .where('paper_id', '=', paperId)
    .where('user_id', '=', user.id)
    .orderBy('kind')
    .execute();
  const collections = await db
    .selectFrom('collection_papers')
    .innerJoin(
      'collections',
      'collections.id',
      'collection_papers.collection_id',
    )
    .select('collections.id')
    .where('collection_papers.paper_id', '=', paperId)
    .where('collections.user_id', '=', user.id)
    .orderBy('collections.created_at')
    .execute();
  return {
    counts,
    mine: {
      vote: (vote?.vote ?? 'none') as 'like' | 'dislike' | 'none',
      kinds: kinds.map((k) => k.kind),
      collections: collections.map((col) => col.id),
    },
  };
}

/** Reactions on a paper and the reaction vocabulary. */
export function reactionRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;

  app.get('/v1/reaction-kinds', async (c) => {
    const rows = await db
      .selectFrom('reaction_kinds')
      .selectAll()
      .orderBy('position')
      .execute();
    return c.json({
      items: rows.map((r) => ({
        id: r.id,
        label: r.label,
        ...(r.description ? { description: r.description } : {}),
      })),
    });
  });

  app.get('/v1/papers/:id/reactions', async (c) => {
    const paperId = await paperIdParam(c, db);
    return c.json(await loadReactions(db, paperId, c.get('user')));
  });

  app.put('/v1/papers/:id/reactions/me', async (c) => {
    const user = await writer(c, deps);
    const paperId = await paperIdParam(c, db);
    const input = await readBody(c, ReactionUpdate);

    if (input.kinds) {
      const known = new Set(
        (await db.selectFrom('reaction_kinds').select('id').execute()).map(
          (r) => r.id,
        ),
      );
      const errors = input.kinds.flatMap((kind, i) =>
        known.has(kind)
          ? []
          : [
              {
                field: `kinds.${i}`,
                message: `"${kind}" is not a reaction kind; see GET /v1/reaction-kinds.`,
              },
            ],
      );
      if (errors.length > 0) {
        throw new HttpError(
          422,
          'Unprocessable Content',
          `${errors[0]!.field}: ${errors[0]!.message}`,
          { errors },
        );
      }
    }

    const now = new Date().toISOString();
    await withCounts(db, paperId, ['likes', 'dislikes'], async (tx) => {
      if (input.vote === 'none') {
        await tx
          .deleteFrom('votes')
          .where('user_id', '=', user.id)
          .where('paper_id', '=', paperId)
          .execute();
      } else if (input.vote) {
        await tx
          .insertInto('votes')
          .values({
            user_id: user.id,
            paper_id: paperId,
            vote: input.vote,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc
              .columns(['user_id', 'paper_id'])
              .doUpdateSet({ vote: input.vote, updated_at: now }),
          )
          .execute();
      }
      if (input.kinds) {
        await tx
          .deleteFrom('reaction_marks')
          .where('user_id', '=', user.id)
          .where('paper_id', '=', paperId)
          .execute();
        const kinds = [...new Set(input.kinds)];
        if (kinds.length > 0) {
          await tx
            .insertInto('reaction_marks')
            .values(
              kinds.map((kind) => ({
                user_id: user.id,
                paper_id: paperId,
                kind,
              })),
            )
            .execute();
        }
      }
    });
    return c.json(await loadReactions(db, paperId, user));
  });
}
