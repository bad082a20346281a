import { sql, type Kysely, type Selectable } from 'kysely';
import { routedReportSchema, type RoutedReport } from '../reports/routedReport';
import { newReference } from '../reports/reference';
import type { Dialect } from './database';
import type {
  AttemptOutcome,
  ClaimedDelivery,
  DeliveryAttempt,
  DeliveryRow,
  Outbox,
  OutboxStats,
  QueueFilter,
  ReportStore,
  StoredDelivery,
  SubmitResult,
} from './reportStore';
import type { Database, OutboxTable } from './schema';

export { migrate, openSqlite } from './database';

function toDelivery(r: Selectable<OutboxTable>): StoredDelivery {
  return {
    id: r.id,
    queueId: r.queue_id,
    idempotencyKey: r.idempotency_key,
    status: r.status,
    attempts: r.attempts,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
    lastError: r.last_error,
  };
}

/** The report store on Kysely: one implementation for SQLite (and, later, PostgreSQL). */
export class SqlReportStore implements ReportStore, Outbox {
  constructor(
    readonly db: Kysely<Database>,
    private readonly referencePrefix: string,
    private readonly now: () => Date = () => new Date(),
    readonly dialect: Dialect = 'sqlite',
  ) {}

  async submit(
    submissionKey: string,
    build: (reference: string) => RoutedReport,
    options: { deliveredInStore?: ReadonlySet<string> } = {},
  ): Promise<SubmitResult> {
    const deliveredInStore = options.deliveredInStore ?? new Set<string>();
    if (this.dialect !== 'sqlite') return this.insertReport(this.db, submissionKey, build, deliveredInStore);
    // SQLite: the report's commit is synced to disk before the resident is told the reference (synchronous=FULL;
    // see openSqlite). The connection is reserved for the whole sequence, so no other statement (another resident's
    // turn or report) runs while the setting is FULL, and no report commits while it is NORMAL.
    return this.db.connection().execute(async (conn) => {
      await sql`pragma synchronous = FULL`.execute(conn);
      try {
        return await this.insertReport(conn, submissionKey, build, deliveredInStore);
      } finally {
        await sql`pragma synchronous = NORMAL`.execute(conn);
      }
    });
  }

  private insertReport(
    db: Kysely<Database>,
    submissionKey: string,
    build: (reference: string) => RoutedReport,
    deliveredInStore: ReadonlySet<string>,
  ): Promise<SubmitResult> {
    return db.transaction().execute(async (trx) => {
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
          hate: report.hate ? 1 : 0,
          danger: report.emergencyIndicated ? 1 : 0,
        })
        .execute();
      await trx
        .insertInto('outbox')
        .values(report.queues.map((queue) => outboxRow(reference, queue, deliveredInStore.has(queue), at)))
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
    return rows.map(toDelivery);
  }

  async claimDue(token: string, limit: number, leaseMs: number, filter?: QueueFilter): Promise<ClaimedDelivery[]> {
    const now = this.now();
    const iso = now.toISOString();
    // One statement: a row goes to one claimant even with several workers (or processes) on the same database.
    let due = this.db
      .selectFrom('outbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', iso)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', iso)]))
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit);
    if (filter && 'queue' in filter) due = due.where('queue_id', '=', filter.queue);
    else if (filter?.notIn.length) due = due.where('queue_id', 'not in', filter.notIn);
    // PostgreSQL: workers on several instances skip rows another is claiming (SQLite writes are serial anyway).
    if (this.dialect === 'postgres') due = due.forUpdate().skipLocked();
    const claimed = await this.db
      .updateTable('outbox')
      .set({ lease_token: token, lease_until: new Date(now.getTime() + leaseMs).toISOString() })
      .where('id', 'in', due)
      .returning(['id', 'reference', 'queue_id', 'idempotency_key', 'attempts'])
      .execute();
    if (claimed.length === 0) return [];
    // By primary key (a search of the outbox by lease token would read every row it ever held).
    const reports = await this.db
      .selectFrom('reports')
      .select(['reference', 'report_json'])
      .where('reference', 'in', [...new Set(claimed.map((r) => r.reference))])
      .execute();
    const byReference = new Map(reports.map((r) => [r.reference, routedReportSchema.parse(JSON.parse(r.report_json))]));
    return claimed
      .sort((a, b) => a.id - b.id)
      .map((r) => ({
        id: r.id,
        reference: r.reference,
        queueId: r.queue_id,
        idempotencyKey: r.idempotency_key,
        attempts: r.attempts,
        report: byReference.get(r.reference)!,
      }));
  }

  async finishAttempt(id: number, token: string, result: AttemptOutcome, attempt: { at: Date; durationMs: number }): Promise<void> {
    const at = attempt.at.toISOString();
    await this.db.transaction().execute(async (trx) => {
      const base = trx.updateTable('outbox').where('id', '=', id).where('status', '=', 'pending');
      if (result.outcome === 'delivered') {
        // Delivered counts whoever holds the lease now: the partner has it.
        await base
          .set((eb) => ({ status: 'delivered', delivered_at: at, attempts: eb('attempts', '+', 1), lease_token: null, lease_until: null }))
          .execute();
      } else {
        // A retry or dead-letter only by the worker that still holds the claim.
        const mine = base.where('lease_token', '=', token);
        if (result.outcome === 'retry') {
          await mine
            .set((eb) => ({
              attempts: eb('attempts', '+', 1),
              next_attempt_at: result.nextAttemptAt.toISOString(),
              last_error: result.errorClass,
              lease_token: null,
              lease_until: null,
            }))
            .execute();
        } else {
          await mine
            .set((eb) => ({
              status: 'dead',
              dead_at: at,
              attempts: eb('attempts', '+', 1),
              last_error: result.errorClass,
              lease_token: null,
              lease_until: null,
            }))
            .execute();
        }
      }
      await trx
        .insertInto('delivery_attempts')
        .values({
          outbox_id: id,
          attempted_at: at,
          outcome: result.outcome,
          error_class: result.outcome === 'delivered' ? null : result.errorClass,
          duration_ms: Math.round(attempt.durationMs),
        })
        .execute();
    });
  }

  async listDeliveries(filter: { queue?: string; status?: StoredDelivery['status'] } = {}): Promise<DeliveryRow[]> {
    let query = this.db.selectFrom('outbox').selectAll().orderBy('id');
    if (filter.queue) query = query.where('queue_id', '=', filter.queue);
    if (filter.status) query = query.where('status', '=', filter.status);
    return (await query.execute()).map((r) => ({ ...toDelivery(r), reference: r.reference, nextAttemptAt: r.next_attempt_at, deadAt: r.dead_at }));
  }

  async attempts(outboxId: number): Promise<DeliveryAttempt[]> {
    const rows = await this.db.selectFrom('delivery_attempts').selectAll().where('outbox_id', '=', outboxId).orderBy('id').execute();
    return rows.map((r) => ({
      attemptedAt: r.attempted_at,
      outcome: r.outcome as DeliveryAttempt['outcome'],
      errorClass: r.error_class,
      durationMs: r.duration_ms,
    }));
  }

  async retry(ids: number[] | 'all-dead'): Promise<number> {
    let query = this.db
      .updateTable('outbox')
      .set({ status: 'pending', attempts: 0, next_attempt_at: this.now().toISOString(), dead_at: null, lease_token: null, lease_until: null });
    query =
      ids === 'all-dead' ? query.where('status', '=', 'dead') : query.where('id', 'in', ids.length ? ids : [-1]).where('status', '!=', 'delivered');
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async stats(): Promise<OutboxStats> {
    const rows = await this.db
      .selectFrom('outbox')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('created_at').as('oldest')])
      .where('status', 'in', ['pending', 'dead'])
      .groupBy('status')
      .execute();
    const pending = rows.find((r) => r.status === 'pending');
    return {
      pending: Number(pending?.n ?? 0),
      dead: Number(rows.find((r) => r.status === 'dead')?.n ?? 0),
      oldestPendingAt: (pending?.oldest as string | undefined) ?? null,
    };
  }

  /** Removes conversation state not touched since `before` (residents' unfinished words) and lapsed locks. */
  async purgeStale(before: Date): Promise<{ states: number }> {
    const iso = before.toISOString();
    const states = await this.db.deleteFrom('bot_state').where('updated_at', '<', iso).executeTakeFirst();
    await this.db.deleteFrom('conversation_locks').where('until', '<', this.now().toISOString()).execute();
    await this.compact();
    return { states: Number(states.numDeletedRows) };
  }

  /**
   * Makes erased text unreadable in the database files. SQLite: deleted rows are already overwritten with zeros in
   * the database file (secure_delete, see openSqlite), but earlier copies of their pages stay in the write-ahead log
   * until it is checkpointed and emptied, which this does. PostgreSQL keeps deleted rows in its files until a vacuum
   * reuses the space (autovacuum, or `VACUUM (FULL)` for an erasure that must be immediate: deployment/README.md).
   * Returns false when the log could not be emptied now (another process was reading); the next purge tries again.
   */
  async compact(): Promise<boolean> {
    if (this.dialect !== 'sqlite') return true;
    const result = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(this.db);
    return result.rows[0]?.busy === 0;
  }

  /** Deletes one report with its deliveries and their attempts (an erasure request); false when there is none. */
  async eraseReport(reference: string): Promise<boolean> {
    const deleted = await this.db.transaction().execute(async (trx) => {
      const outbox = trx.selectFrom('outbox').select('id').where('reference', '=', reference);
      await trx.deleteFrom('delivery_attempts').where('outbox_id', 'in', outbox).execute();
      await trx.deleteFrom('outbox').where('reference', '=', reference).execute();
      return trx.deleteFrom('reports').where('reference', '=', reference).executeTakeFirst();
    });
    await this.compact();
    return Number(deleted.numDeletedRows) > 0;
  }

  /**
   * Takes the conversation's lock, or a lapsed one, in one statement: RETURNING gives a row only when this call
   * inserted the lock or took over a lapsed one (a live lock's conflict updates nothing).
   */
  async lockConversation(keyHash: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    const until = new Date(now.getTime() + ttlMs).toISOString();
    const taken = await this.db
      .insertInto('conversation_locks')
      .values({ key_hash: keyHash, owner, until })
      .onConflict((oc) => oc.column('key_hash').doUpdateSet({ owner, until }).where('conversation_locks.until', '<', now.toISOString()))
      .returning('owner')
      .executeTakeFirst();
    return taken?.owner === owner;
  }

  async renewConversationLock(keyHash: string, owner: string, ttlMs: number): Promise<boolean> {
    const until = new Date(this.now().getTime() + ttlMs).toISOString();
    const renewed = await this.db
      .updateTable('conversation_locks')
      .set({ until })
      .where('key_hash', '=', keyHash)
      .where('owner', '=', owner)
      .executeTakeFirst();
    return Number(renewed.numUpdatedRows) > 0;
  }

  async unlockConversation(keyHash: string, owner: string): Promise<void> {
    await this.db.deleteFrom('conversation_locks').where('key_hash', '=', keyHash).where('owner', '=', owner).execute();
  }

  async purgeReports(before: Date, dryRun: boolean): Promise<string[]> {
    const old = this.db.selectFrom('reports').select('reference').where('created_at', '<', before.toISOString());
    const references = (await old.execute()).map((r) => r.reference);
    if (dryRun || references.length === 0) return references;
    await this.db.transaction().execute(async (trx) => {
      // Explicitly, not only by cascade: deliveries and their attempts go with the report.
      const outbox = trx.selectFrom('outbox').select('id').where('reference', 'in', old);
      await trx.deleteFrom('delivery_attempts').where('outbox_id', 'in', outbox).execute();
      await trx.deleteFrom('outbox').where('reference', 'in', old).execute();
      await trx
        .deleteFrom('report_links')
        .where((eb) => eb.or([eb('reference', 'in', old), eb('other_reference', 'in', old)]))
        .execute();
      await trx.deleteFrom('reports').where('created_at', '<', before.toISOString()).execute();
    });
    await this.compact();
    return references;
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** A new delivery of the report to one queue; a `store` queue's is delivered at once (the report is already here). */
export function outboxRow(reference: string, queue: string, deliveredInStore: boolean, at: string) {
  return {
    reference,
    queue_id: queue,
    idempotency_key: `${reference}:${queue}`,
    status: deliveredInStore ? ('delivered' as const) : ('pending' as const),
    attempts: 0,
    created_at: at,
    next_attempt_at: at,
    delivered_at: deliveredInStore ? at : null,
    last_error: null,
    lease_token: null,
    lease_until: null,
    dead_at: null,
  };
}
