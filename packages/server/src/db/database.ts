import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDatabase,
} from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations.js';
import type { DatabaseSchema } from './schema.js';

/** The Kysely handle every query goes through. */
export type Db = Kysely<DatabaseSchema>;

/** An open store and what kind it is. */
export interface Store {
  db: Db;
  kind: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

/** True when `database` names a PostgreSQL server rather than a file. */
export function isPostgresUrl(database: string): boolean {
  return /^postgres(ql)?:\/\//i.test(database);
}

// COUNT(*) and SUM come back from pg as strings (int8); numbers are small here.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/**
 * Opens the store named by `database` (a SQLite path, `:memory:` or a
 * `postgres://` URL) and runs the migrations.
 */
export async function openStore(database: string): Promise<Store> {
  if (isPostgresUrl(database)) {
    const pool = new pg.Pool({ connectionString: database, max: 10 });
    const db = new Kysely<DatabaseSchema>({
      dialect: new PostgresDialect({ pool }),
    });
    await migrateToLatest(db as Kysely<unknown>);
    return { db, kind: 'postgres', close: () => db.destroy() };
  }

  if (database !== ':memory:') {
    mkdirSync(dirname(resolve(database)), { recursive: true });
  }
  const sqlite = new SQLite(database);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({ database: reusingStatements(sqlite) }),
  });
  await migrateToLatest(db as Kysely<unknown>);
  return { db, kind: 'sqlite', close: () => db.destroy() };
}

/** How many prepared statements a SQLite store keeps for reuse. */
const STATEMENT_CACHE = 500;

/**
 * Wraps a SQLite connection so each distinct SQL text is prepared once and
 * reused: preparing costs about as much as running a small query.
 */
function reusingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      // A statement still streaming rows cannot run again; use a fresh one.
      if (statement?.busy) statement = undefined;
      if (statement) {
        // Re-inserting keeps the map in least-recently-used order.
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= STATEMENT_CACHE) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
