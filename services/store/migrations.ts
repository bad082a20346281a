import { PostgresAdapter, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';

/** An auto-numbered primary key in either dialect (SQLite: integer autoincrement; PostgreSQL: identity). */
function withId<T extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) =>
    postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
  );
}

/**
 * Versioned schema migrations, run at start-up by Kysely's Migrator. Never edit a released migration: add the next
 * one. Names sort in order.
 */
const migrations: Record<string, Migration> = {
  '0001_reports_outbox_state': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reports')
        .addColumn('reference', 'text', (c) => c.primaryKey())
        .addColumn('submission_key', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('borough', 'text', (c) => c.notNull())
        .addColumn('primary_category', 'text', (c) => c.notNull())
        .addColumn('report_json', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('reports_created_at').on('reports').column('created_at').execute();
      await withId(db, db.schema.createTable('outbox'))
        .addColumn('reference', 'text', (c) => c.notNull().references('reports.reference').onDelete('cascade'))
        .addColumn('queue_id', 'text', (c) => c.notNull())
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('delivered_at', 'text')
        .addColumn('last_error', 'text')
        .execute();
      await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
      await db.schema
        .createTable('bot_state')
        .addColumn('key_hash', 'text', (c) => c.primaryKey())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('etag', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('bot_state_updated_at').on('bot_state').column('updated_at').execute();
      await db.schema
        .createTable('processed_activities')
        .addColumn('key_hash', 'text', (c) => c.primaryKey())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0002_delivery_worker': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('outbox').addColumn('lease_token', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('lease_until', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('dead_at', 'text').execute();
      await withId(db, db.schema.createTable('delivery_attempts'))
        .addColumn('outbox_id', 'integer', (c) => c.notNull().references('outbox.id').onDelete('cascade'))
        .addColumn('attempted_at', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('error_class', 'text')
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('delivery_attempts_outbox').on('delivery_attempts').column('outbox_id').execute();
    },
  },
  '0003_conversation_locks': {
    async up(db: Kysely<unknown>) {
      // Turns of one conversation run one at a time across instances (PostgreSQL scale-out).
      await db.schema
        .createTable('conversation_locks')
        .addColumn('key_hash', 'text', (c) => c.primaryKey())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('until', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('outbox_reference').on('outbox').column('reference').execute();
    },
  },
  '0004_dedupe_in_conversation_state': {
    async up(db: Kysely<unknown>) {
      // Activity ids are now remembered in the conversation's own state (one write per turn instead of two).
      await db.schema.dropTable('processed_activities').ifExists().execute();
    },
  },
  '0005_delivery_lanes': {
    async up(db: Kysely<unknown>) {
      // Each queue's lane claims its own due rows: a backlog for one partner is not read by the others' claims.
      await db.schema.createIndex('outbox_queue_due').on('outbox').columns(['queue_id', 'status', 'next_attempt_at']).execute();
    },
  },
  '0006_rate_limits': {
    async up(db: Kysely<unknown>) {
      // Counters of rate-limiter-flexible's PostgreSQL limiter (its own column names), shared by every instance.
      // SQLite (one instance) keeps its counters in memory and never reads this table.
      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'varchar(255)', (c) => c.primaryKey())
        .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('expire', 'bigint')
        .execute();
    },
  },
  '0007_staff_inbox': {
    async up(db: Kysely<unknown>) {
      // The staff inbox (issue 18): filters read columns, not the report's JSON (an inbox of 100,000 stays fast).
      await db.schema
        .alterTable('reports')
        .addColumn('hate', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('reports')
        .addColumn('danger', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      const rows = await (db as Kysely<{ reports: { reference: string; report_json: string } }>)
        .selectFrom('reports')
        .select(['reference', 'report_json'])
        .execute();
      for (const row of rows) {
        const report = JSON.parse(row.report_json) as { hate?: boolean; emergencyIndicated?: boolean };
        await (db as Kysely<{ reports: { reference: string; hate: number; danger: number } }>)
          .updateTable('reports')
          .set({ hate: report.hate ? 1 : 0, danger: report.emergencyIndicated ? 1 : 0 })
          .where('reference', '=', row.reference)
          .execute();
      }
      await db.schema.createIndex('outbox_queue_created').on('outbox').columns(['queue_id', 'created_at', 'reference']).execute();
      await db.schema
        .createTable('staff_users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('queues_json', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('setup_token_hash', 'text')
        .addColumn('setup_expires_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .execute();
      await db.schema
        .createTable('staff_sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('staff_sessions_user').on('staff_sessions').column('user_id').execute();
      await db.schema
        .createTable('cases')
        .addColumn('reference', 'text', (c) => c.notNull().references('reports.reference').onDelete('cascade'))
        .addColumn('queue_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('assignee_id', 'text')
        .addColumn('outcome', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('cases_pk', ['reference', 'queue_id'])
        .execute();
      await withId(db, db.schema.createTable('case_events'))
        .addColumn('reference', 'text', (c) => c.notNull().references('reports.reference').onDelete('cascade'))
        .addColumn('queue_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_email', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('case_events_reference').on('case_events').column('reference').execute();
      // Append-only: the store has no statement that updates or deletes a row of it (retention aside).
      await withId(db, db.schema.createTable('staff_audit'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_email', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('reference', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('staff_audit_reference').on('staff_audit').column('reference').execute();
    },
  },
  '0008_staff_entra_links': {
    async up(db: Kysely<unknown>) {
      // Entra ID accounts are found by their object id (an email address can be renamed or reused).
      await db.schema.alterTable('staff_users').addColumn('entra_oid', 'text').execute();
      await db.schema.createIndex('staff_users_entra_oid').unique().on('staff_users').column('entra_oid').execute();
      // "Duplicate of" and "linked to" between references (the start of Community Trigger counting).
      await db.schema
        .createTable('report_links')
        .addColumn('reference', 'text', (c) => c.notNull().references('reports.reference').onDelete('cascade'))
        .addColumn('other_reference', 'text', (c) => c.notNull().references('reports.reference').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_email', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('report_links_pk', ['reference', 'other_reference'])
        .execute();
      await db.schema.createIndex('report_links_other').on('report_links').column('other_reference').execute();
      // The inbox's count of new reports per queue counts cases by queue and status.
      await db.schema.createIndex('cases_queue_status').on('cases').columns(['queue_id', 'status']).execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
