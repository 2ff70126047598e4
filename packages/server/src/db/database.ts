import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
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
    const pool = preparingPool(
      new pg.Pool({ connectionString: database, max: 10 }),
    );
    const db = new Kysely<DatabaseSchema>({
      dialect: new PostgresDialect({ pool }),
    });
    await migrateToLatest(db as Kysely<unknown>);
    // Only once the tables stop changing: a prepared `select *` fails
    // after its table gains a column.
    pool.prepare = true;
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

/** How many statements each PostgreSQL connection keeps prepared. */
const PREPARED_PER_CONNECTION = 200;

const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

/** A statement's name on the server: the same for the same SQL text. */
const statementName = (text: string) =>
  `pf_${createHash('sha1').update(text).digest('base64url')}`;

/**
 * Wraps a PostgreSQL pool so the statements a connection runs are prepared
 * once and then only bound and executed. Parsing and planning a query costs
 * the server more than running a read by primary key. Each connection
 * prepares at most a few hundred distinct statements; others run unnamed.
 */
function preparingPool(pool: pg.Pool): PostgresPool & { prepare: boolean } {
  const names = new Map<string, string>();
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrapper = {
    prepare: false,
    end: () => pool.end(),
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) {
        wrapped = preparingClient(client);
        clients.set(client, wrapped);
      }
      return wrapped;
    },
  };

  function preparingClient(client: pg.PoolClient): PostgresPoolClient {
    const prepared = new Set<string>();
    const nameFor = (text: string) => {
      if (!wrapper.prepare || !PREPARABLE.test(text)) return undefined;
      if (!prepared.has(text)) {
        if (prepared.size >= PREPARED_PER_CONNECTION) return undefined;
        prepared.add(text);
      }
      let name = names.get(text);
      if (!name) {
        name = statementName(text);
        if (names.size < PREPARED_PER_CONNECTION * 10) names.set(text, name);
      }
      return name;
    };
    return {
      // biome-ignore lint/suspicious/noExplicitAny: pg's overloads
      query(query: any, parameters?: ReadonlyArray<unknown>): any {
        if (typeof query !== 'string') return client.query(query);
        const values = parameters ? [...parameters] : [];
        const name = nameFor(query);
        return name
          ? client.query({ name, text: query, values })
          : client.query(query, values);
      },
      release: (destroy?: boolean) => client.release(destroy),
    };
  }

  return wrapper;
}
