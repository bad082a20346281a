import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { routedReportSchema, type RoutedReport } from '../reports/routedReport';
import { newReference } from '../reports/reference';
import { migrationProvider } from './migrations';
import type { ReportStore, StoredDelivery, SubmitResult } from './reportStore';
import type { Database } from './schema';

/** Opens the embedded SQLite database under DATA_DIR (WAL, full sync: an acknowledged report is on disk). */
export function openSqlite(dataDir: string): Kysely<Database> {
  mkdirSync(dataDir, { recursive: true });
  const database = new BetterSqlite3(path.join(dataDir, 'reports.sqlite'));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

export async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${(error as Error).message}`);
  }
}

/** The report store on Kysely: one implementation for SQLite (and, later, PostgreSQL). */
export class SqlReportStore implements ReportStore {
  constructor(
    readonly db: Kysely<Database>,
    private readonly referencePrefix: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async submit(submissionKey: string, build: (reference: string) => RoutedReport): Promise<SubmitResult> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('reports').select('reference').where('submission_key', '=', submissionKey).executeTakeFirst();
      if (existing) return { reference: existing.reference, created: false };
      const reference = newReference(this.referencePrefix);
      const report = routedReportSchema.parse(build(reference));
      const at = this.now().toISOString();
      await trx
        .insertInto('reports')
        .values({
          reference,
          submission_key: submissionKey,
          created_at: report.createdAt,
          borough: report.where.borough,
          primary_category: report.categories[0]!,
          report_json: JSON.stringify(report),
        })
        .execute();
      await trx
        .insertInto('outbox')
        .values(
          report.queues.map((queue) => ({
            reference,
            queue_id: queue,
            idempotency_key: `${reference}:${queue}`,
            status: 'pending' as const,
            attempts: 0,
            created_at: at,
            next_attempt_at: at,
            delivered_at: null,
            last_error: null,
          })),
        )
        .execute();
      return { reference, created: true };
    });
  }

  async getReport(reference: string): Promise<RoutedReport | undefined> {
    const row = await this.db.selectFrom('reports').select('report_json').where('reference', '=', reference).executeTakeFirst();
    return row ? routedReportSchema.parse(JSON.parse(row.report_json)) : undefined;
  }

  async listReports(options: { since?: string } = {}): Promise<RoutedReport[]> {
    let query = this.db.selectFrom('reports').select('report_json').orderBy('created_at').orderBy('reference');
    if (options.since) query = query.where('created_at', '>=', options.since);
    const rows = await query.execute();
    return rows.map((r) => routedReportSchema.parse(JSON.parse(r.report_json)));
  }

  async deliveries(reference: string): Promise<StoredDelivery[]> {
    const rows = await this.db.selectFrom('outbox').selectAll().where('reference', '=', reference).orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      queueId: r.queue_id,
      idempotencyKey: r.idempotency_key,
      status: r.status,
      attempts: r.attempts,
      createdAt: r.created_at,
      deliveredAt: r.delivered_at,
      lastError: r.last_error,
    }));
  }

  async markActivity(keyHash: string): Promise<boolean> {
    const result = await this.db
      .insertInto('processed_activities')
      .values({ key_hash: keyHash, seen_at: this.now().toISOString() })
      .onConflict((oc) => oc.column('key_hash').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async unmarkActivity(keyHash: string): Promise<void> {
    await this.db.deleteFrom('processed_activities').where('key_hash', '=', keyHash).execute();
  }

  /** Removes activity marks and conversation state not touched since `before` (residents' unfinished words). */
  async purgeStale(before: Date): Promise<{ states: number; activities: number }> {
    const iso = before.toISOString();
    const states = await this.db.deleteFrom('bot_state').where('updated_at', '<', iso).executeTakeFirst();
    const activities = await this.db.deleteFrom('processed_activities').where('seen_at', '<', iso).executeTakeFirst();
    return { states: Number(states.numDeletedRows), activities: Number(activities.numDeletedRows) };
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
