import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
} from 'kysely';
import { COUNT_NAMES, repairCounts } from '../counts.js';
import { fillMissingDocuments } from '../documents.js';
import type { Db } from './database.js';

/** The vocabulary of specific reactions a fresh store starts with. */
const REACTION_KINDS = [
  ['insightful', 'Insightful', 'Changed how I think about the problem.'],
  ['rigorous', 'Rigorous', 'Careful methods and honest evaluation.'],
  ['reproducible', 'Reproducible', 'Code, data or details enough to rerun it.'],
  ['useful-method', 'Useful method', 'A technique I would reuse.'],
  ['well-written', 'Well written', 'Clear to read.'],
  ['overclaimed', 'Overclaimed', 'Conclusions go beyond the evidence.'],
  ['needs-replication', 'Needs replication', 'Results should be checked.'],
] as const;

// Both stores run these unchanged, so they use only types that SQLite and
// PostgreSQL agree on: text and integer (booleans as 0/1, times as ISO text).
const init: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('papers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source_id', 'text', (c) => c.notNull().unique())
      .addColumn('doi', 'text')
      .addColumn('arxiv', 'text')
      .addColumn('openalex', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('abstract', 'text')
      .addColumn('type', 'text')
      .addColumn('year', 'integer')
      .addColumn('venue', 'text')
      .addColumn('is_oa', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('oa_url', 'text')
      .addColumn('landing_url', 'text')
      .addColumn('code_links', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('dataset_links', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('citations_reported', 'integer')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    for (const col of ['doi', 'arxiv', 'openalex']) {
      await db.schema
        .createIndex(`papers_${col}_idx`)
        .on('papers')
        .column(col)
        .execute();
    }

    for (const table of ['people', 'institutions', 'topics']) {
      await db.schema
        .createTable(table)
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();
    }

    await db.schema
      .createTable('authorships')
      .addColumn('paper_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('institution_ids', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('authorships_pk', ['paper_id', 'position'])
      .execute();
    await db.schema
      .createIndex('authorships_person_idx')
      .on('authorships')
      .column('person_id')
      .execute();

    await db.schema
      .createTable('paper_topics')
      .addColumn('paper_id', 'text', (c) => c.notNull())
      .addColumn('topic_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('paper_topics_pk', ['paper_id', 'topic_id'])
      .execute();
    await db.schema
      .createIndex('paper_topics_topic_idx')
      .on('paper_topics')
      .column('topic_id')
      .execute();

    for (const table of ['citations', 'related_works']) {
      await db.schema
        .createTable(table)
        .addColumn('source_id', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint(`${table}_pk`, ['source_id', 'target_id'])
        .execute();
      await db.schema
        .createIndex(`${table}_target_idx`)
        .on(table)
        .column('target_id')
        .execute();
    }

    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text')
      .addColumn('role', 'text', (c) => c.notNull().defaultTo('user'))
      .addColumn('external_subject', 'text', (c) => c.unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('votes')
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('paper_id', 'text', (c) => c.notNull())
      .addColumn('vote', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('votes_pk', ['user_id', 'paper_id'])
      .execute();
    await db.schema
      .createIndex('votes_paper_idx')
      .on('votes')
      .column('paper_id')
      .execute();

    await db.schema
      .createTable('reaction_kinds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db
      .insertInto('reaction_kinds' as never)
      .values(
        REACTION_KINDS.map(([id, label, description], position) => ({
          id,
          label,
          description,
          position,
        })) as never,
      )
      .execute();

    await db.schema
      .createTable('reaction_marks')
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('paper_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reaction_marks_pk', [
        'user_id',
        'paper_id',
        'kind',
      ])
      .execute();
    await db.schema
      .createIndex('reaction_marks_paper_idx')
      .on('reaction_marks')
      .column('paper_id')
      .execute();

    await db.schema
      .createTable('collections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('collections_user_idx')
      .on('collections')
      .column('user_id')
      .execute();

    await db.schema
      .createTable('collection_papers')
      .addColumn('collection_id', 'text', (c) => c.notNull())
      .addColumn('paper_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('collection_papers_pk', [
        'collection_id',
        'paper_id',
      ])
      .execute();
    await db.schema
      .createIndex('collection_papers_paper_idx')
      .on('collection_papers')
      .column('paper_id')
      .execute();

    await db.schema
      .createTable('reviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('paper_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('strengths', 'text', (c) => c.notNull())
      .addColumn('concerns', 'text', (c) => c.notNull())
      .addColumn('questions', 'text', (c) => c.notNull())
      .addColumn('rating', 'integer')
      .addColumn('confidence', 'integer')
      .addColumn('helpful', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('reviews_paper_idx')
      .on('reviews')
      .columns(['paper_id', 'created_at', 'id'])
      .execute();

    await db.schema
      .createTable('comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('paper_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text')
      .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('comments_paper_idx')
      .on('comments')
      .columns(['paper_id', 'created_at', 'id'])
      .execute();
    await db.schema
      .createIndex('comments_parent_idx')
      .on('comments')
      .column('parent_id')
      .execute();

    await db.schema
      .createTable('reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('target_type', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('window_start', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
      .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
      .execute();
  },
};

// Helpful marks are rows (one per reader and review), so the count shown is
// always the number of rows. One review per reader per paper: a second one
// is refused with a 409 that points at the first.
const helpfulAndOneReview: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('review_helpful')
      .addColumn('review_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('review_helpful_pk', ['review_id', 'user_id'])
      .execute();
    await db.schema
      .createIndex('reviews_one_per_reader_idx')
      .on('reviews')
      .columns(['paper_id', 'user_id'])
      .unique()
      .execute();
  },
};

// A paper read answers from two rows: the document written at import and
// counts kept by every write that changes a counted row. Existing stores get
// both filled from the rows they already hold.
const paperReads: Migration = {
  async up(db: Kysely<unknown>) {
    let counts = db.schema
      .createTable('paper_counts')
      .addColumn('paper_id', 'text', (c) => c.primaryKey());
    for (const name of [...COUNT_NAMES, 'version']) {
      counts = counts.addColumn(name, 'integer', (c) =>
        c.notNull().defaultTo(0),
      );
    }
    await counts.execute();
    await db.schema
      .createTable('paper_documents')
      .addColumn('paper_id', 'text', (c) => c.primaryKey())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();

    await repairCounts(db as Db);
    await fillMissingDocuments(db as Db);
  },
};

const provider: MigrationProvider = {
  async getMigrations() {
    return {
      '0001_init': init,
      '0002_helpful_and_one_review': helpfulAndOneReview,
      '0003_paper_reads': paperReads,
    };
  },
};

/**
 * Brings the store's schema up to date. Safe to run on every start and from
 * two processes at once: Kysely takes a lock around the migration table.
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
