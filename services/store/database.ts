import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import { Migrator } from 'kysely/migration';
import { Pool } from 'pg';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL's connection pool (the shared rate limits use it); absent for SQLite. */
  pool?: Pool;
}

/**
 * The embedded SQLite database under DATA_DIR. WAL with synchronous=NORMAL: every commit survives a crash of the
 * process; a report's own transaction is committed with synchronous=FULL (SqlReportStore.submit), which also makes
 * everything written before it durable against a power cut. `secure_delete` overwrites deleted rows with zeros, so
 * erased text does not stay readable in the file (SqlReportStore.compact empties the write-ahead log after
 * erasures).
 */
export function openSqlite(dataDir: string): Kysely<Database> {
  mkdirSync(dataDir, { recursive: true });
  const database = new BetterSqlite3(path.join(dataDir, 'reports.sqlite'));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  database.pragma('secure_delete = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(database) }) });
}

/**
 * better-sqlite3 for Kysely's `SqliteDatabase` interface (its public way to plug in a database), keeping each
 * prepared statement for reuse: Kysely asks for a new statement on every query, and preparing one is about a
 * quarter of a report turn's CPU on SQLite (`npm run bench`, bench/README.md). A turn runs the same few statements.
 */
function reusingStatements(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(source) {
      let statement = statements.get(source);
      if (!statement) {
        if (statements.size >= 500) statements.clear();
        statement = database.prepare(source);
        statements.set(source, statement);
      }
      return statement;
    },
    close: () => database.close(),
  };
}

/**
 * PostgreSQL (scale-out: several instances share reports, the outbox and conversation state). An idle pooled
 * connection that the server drops (a restart, a fail-over) is reported to `onIdleError` and replaced, instead of
 * crashing the process.
 */
export function openPostgres(url: string, poolMax = 10, onIdleError: (err: Error) => void = () => {}): { db: Kysely<Database>; pool: Pool } {
  const pool = new Pool({ connectionString: url, max: poolMax });
  pool.on('error', onIdleError);
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), pool };
}

/** PostgreSQL when DATABASE_URL is set, the embedded SQLite file otherwise. */
export function openDatabase(
  settings: { DATABASE_URL?: string; DATA_DIR: string; DATABASE_POOL_MAX?: number },
  onIdleError?: (err: Error) => void,
): OpenDatabase {
  return settings.DATABASE_URL
    ? { ...openPostgres(settings.DATABASE_URL, settings.DATABASE_POOL_MAX, onIdleError), dialect: 'postgres' }
    : { db: openSqlite(path.resolve(settings.DATA_DIR)), dialect: 'sqlite' };
}

/**
 * Runs the versioned migrations. Safe when several instances start at once: in PostgreSQL Kysely's migrator takes
 * an advisory lock; SQLite has no such lock, but its migrations run in one transaction, so a process that lost the
 * race sees its transaction rolled back and, on the next try, finds the migrations done.
 */
export async function migrate(db: Kysely<Database>, tries = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
    if (!error) return;
    if (attempt >= tries) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new Error(`database migration ${failed} failed: ${(error as Error).message}`);
    }
    await new Promise((r) => setTimeout(r, 50 * attempt));
  }
}
