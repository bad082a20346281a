import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Kysely, Selectable, Transaction } from 'kysely';
import { routedReportSchema, type RoutedReport } from '../reports/routedReport';
import type { Database, StaffUsersTable } from '../store/schema';
import { outboxRow } from '../store/sqlStore';
import {
  linkKindSchema,
  roleSchema,
  statusSchema,
  type AuditEntry,
  type CaseChange,
  type CaseEvent,
  type CaseState,
  type Grant,
  type LinkKind,
  type ReportLink,
  type InboxFilter,
  type InboxRow,
  type Outcome,
  type QueueStatistics,
  type StaffStore,
  type StaffUser,
} from './staff';

function toUser(r: Selectable<StaffUsersTable>): StaffUser {
  return {
    id: r.id,
    email: r.email,
    role: roleSchema.parse(r.role),
    queues: JSON.parse(r.queues_json) as string[],
    source: r.source === 'entra' ? 'entra' : 'local',
    hasPassword: r.password_hash !== null,
    disabled: r.disabled_at !== null,
  };
}

/** A user's queues as stored: each once, in order. */
const queuesJson = (queues: readonly string[]) => JSON.stringify([...new Set(queues)].sort());

/** The staff store on Kysely, for SQLite and PostgreSQL alike (the same contract tests run on both). */
export class SqlStaffStore implements StaffStore {
  constructor(private readonly db: Kysely<Database>) {}

  async addUser(
    user: { email: string; role: StaffUser['role']; queues: string[]; source: 'local' | 'entra' },
    setup?: { tokenHash: string; expiresAt: Date },
  ): Promise<StaffUser> {
    const row = {
      id: randomUUID(),
      email: user.email.trim().toLowerCase(),
      role: user.role,
      queues_json: queuesJson(user.queues),
      source: user.source,
      password_hash: null,
      setup_token_hash: setup?.tokenHash ?? null,
      setup_expires_at: setup?.expiresAt.toISOString() ?? null,
      created_at: new Date().toISOString(),
      disabled_at: null,
      entra_oid: null,
    };
    await this.db.insertInto('staff_users').values(row).execute();
    return toUser(row);
  }

  async entraUser(identity: { oid: string; email: string }, grant: Grant | undefined, now: Date) {
    const email = identity.email.trim().toLowerCase();
    return this.db.transaction().execute(async (trx) => {
      const existing =
        (await trx.selectFrom('staff_users').selectAll().where('entra_oid', '=', identity.oid).executeTakeFirst()) ??
        (await trx.selectFrom('staff_users').selectAll().where('email', '=', email).where('entra_oid', 'is', null).executeTakeFirst());
      if (!grant) {
        if (existing) {
          await trx.updateTable('staff_users').set({ queues_json: '[]' }).where('id', '=', existing.id).execute();
          await trx.deleteFrom('staff_sessions').where('user_id', '=', existing.id).execute();
        }
        return undefined;
      }
      const granted = {
        email,
        role: grant.role,
        queues_json: queuesJson(grant.queues),
        source: 'entra',
        entra_oid: identity.oid,
        password_hash: null,
        setup_token_hash: null,
        setup_expires_at: null,
      };
      if (existing) {
        // Another account may hold the address the directory now gives this person: it is not taken over.
        const clash = await trx.selectFrom('staff_users').select('id').where('email', '=', email).where('id', '!=', existing.id).executeTakeFirst();
        const row = { ...existing, ...granted, email: clash ? existing.email : email };
        await trx.updateTable('staff_users').set(row).where('id', '=', existing.id).execute();
        return toUser(row);
      }
      const row = { ...granted, id: randomUUID(), created_at: now.toISOString(), disabled_at: null };
      await trx.insertInto('staff_users').values(row).execute();
      return toUser(row);
    });
  }

  async listUsers() {
    return (await this.db.selectFrom('staff_users').selectAll().orderBy('email').execute()).map(toUser);
  }

  async userByEmail(email: string) {
    const row = await this.db.selectFrom('staff_users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
  }

  async userById(id: string) {
    const row = await this.db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async usersWithQueue(queue: string) {
    const rows = await this.db.selectFrom('staff_users').selectAll().where('disabled_at', 'is', null).orderBy('email').execute();
    return rows.map(toUser).filter((u) => u.queues.includes(queue));
  }

  async takeSetupToken(tokenHash: string, now: Date) {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('staff_users').selectAll().where('setup_token_hash', '=', tokenHash).executeTakeFirst();
      if (!row) return undefined;
      await trx.updateTable('staff_users').set({ setup_token_hash: null, setup_expires_at: null }).where('id', '=', row.id).execute();
      return row.setup_expires_at && row.setup_expires_at > now.toISOString() ? toUser(row) : undefined;
    });
  }

  async setPassword(userId: string, passwordHash: string) {
    await this.db.updateTable('staff_users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
  }

  async updateUser(userId: string, change: { role: StaffUser['role']; queues: string[] }) {
    await this.db
      .updateTable('staff_users')
      .set({ role: change.role, queues_json: queuesJson(change.queues) })
      .where('id', '=', userId)
      .where('source', '=', 'local')
      .execute();
  }

  async setDisabled(userId: string, disabled: boolean, now: Date) {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('staff_users')
        .set({ disabled_at: disabled ? now.toISOString() : null })
        .where('id', '=', userId)
        .execute();
      if (disabled) await trx.deleteFrom('staff_sessions').where('user_id', '=', userId).execute();
    });
  }

  async resetPassword(userId: string, setup: { tokenHash: string; expiresAt: Date }) {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('staff_users')
        .set({ password_hash: null, setup_token_hash: setup.tokenHash, setup_expires_at: setup.expiresAt.toISOString() })
        .where('id', '=', userId)
        .where('source', '=', 'local')
        .execute();
      await trx.deleteFrom('staff_sessions').where('user_id', '=', userId).execute();
    });
  }

  async createSession(idHash: string, userId: string, now: Date) {
    const at = now.toISOString();
    await this.db.insertInto('staff_sessions').values({ id_hash: idHash, user_id: userId, created_at: at, last_seen_at: at }).execute();
  }

  async touchSession(idHash: string, now: Date, limits: { idleMs: number; absoluteMs: number }) {
    const row = await this.db
      .selectFrom('staff_sessions')
      .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
      .selectAll('staff_users')
      .select(['staff_sessions.created_at as session_created', 'staff_sessions.last_seen_at as last_seen'])
      .where('staff_sessions.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return undefined;
    const t = now.getTime();
    const lapsed = t - Date.parse(row.last_seen) > limits.idleMs || t - Date.parse(row.session_created) > limits.absoluteMs;
    if (lapsed || row.disabled_at !== null) {
      await this.endSession(idHash);
      return undefined;
    }
    await this.db.updateTable('staff_sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', idHash).execute();
    return toUser(row);
  }

  async endSession(idHash: string) {
    await this.db.deleteFrom('staff_sessions').where('id_hash', '=', idHash).execute();
  }

  async endAllSessions(userId: string) {
    await this.db.deleteFrom('staff_sessions').where('user_id', '=', userId).execute();
  }

  /** The reports routed to queues, each with that queue's case (none until someone acts on it). */
  private routedWithCases() {
    return this.db
      .selectFrom('outbox')
      .innerJoin('reports', 'reports.reference', 'outbox.reference')
      .leftJoin('cases', (j) => j.onRef('cases.reference', '=', 'outbox.reference').onRef('cases.queue_id', '=', 'outbox.queue_id'));
  }

  /**
   * The rows of one queue that match the filter, by arrival in the queue, newest first (oldest first for `before`):
   * the order of the outbox's (queue, created_at, reference) index, so a page reads only its own rows.
   */
  private inboxQuery(filter: InboxFilter) {
    let q = this.routedWithCases()
      .leftJoin('staff_users', 'staff_users.id', 'cases.assignee_id')
      .select([
        'reports.reference',
        'reports.created_at',
        'outbox.created_at as arrived_at',
        'reports.borough',
        'reports.primary_category',
        'reports.hate',
        'reports.danger',
        'cases.status',
        'staff_users.email as assignee',
      ])
      .where('outbox.queue_id', '=', filter.queue);
    if (filter.status === 'new') q = q.where((eb) => eb.or([eb('cases.status', 'is', null), eb('cases.status', '=', 'new')]));
    else if (filter.status) q = q.where('cases.status', '=', filter.status);
    if (filter.category) q = q.where('reports.primary_category', '=', filter.category);
    if (filter.borough) q = q.where('reports.borough', '=', filter.borough);
    if (filter.hate) q = q.where('reports.hate', '=', 1);
    if (filter.danger) q = q.where('reports.danger', '=', 1);
    if (filter.assignedTo) q = q.where('cases.assignee_id', '=', filter.assignedTo);
    if (filter.from) q = q.where('reports.created_at', '>=', filter.from);
    if (filter.to) q = q.where('reports.created_at', '<', nextDay(filter.to));
    const key = filter.after ?? filter.before;
    if (key) {
      const [at, reference] = key.split('|') as [string, string];
      const op = filter.after ? '<' : '>';
      q = q.where((eb) =>
        eb.or([eb('outbox.created_at', op, at), eb.and([eb('outbox.created_at', '=', at), eb('outbox.reference', op, reference)])]),
      );
    }
    const direction = filter.before && !filter.after ? 'asc' : 'desc';
    return q.orderBy('outbox.created_at', direction).orderBy('outbox.reference', direction);
  }

  async inbox(filter: InboxFilter, limit: number): Promise<InboxRow[]> {
    const rows = (await this.inboxQuery(filter).limit(limit).execute()).map(toRow);
    return filter.before && !filter.after ? rows.reverse() : rows;
  }

  async exportInbox(filter: InboxFilter, limit: number): Promise<Array<InboxRow & { report: RoutedReport }>> {
    const rows = await this.inboxQuery(filter).select('reports.report_json').limit(limit).execute();
    return rows.map((r) => ({ ...toRow(r), report: routedReportSchema.parse(JSON.parse(r.report_json)) }));
  }

  /**
   * New reports per queue: the queue's deliveries less its cases someone has acted on. Two counts over indexes
   * (outbox by queue, cases by queue and status) instead of a join over every row of the queue.
   */
  async countNew(queues: readonly string[]) {
    const counts: Record<string, number> = Object.fromEntries(queues.map((q) => [q, 0]));
    if (queues.length === 0) return counts;
    const [routed, acted] = await Promise.all([
      this.db
        .selectFrom('outbox')
        .select(['queue_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('queue_id', 'in', queues)
        .groupBy('queue_id')
        .execute(),
      this.db
        .selectFrom('cases')
        .select(['queue_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('queue_id', 'in', queues)
        .where('status', '!=', 'new')
        .groupBy('queue_id')
        .execute(),
    ]);
    for (const r of routed) counts[r.queue_id] = Number(r.n);
    for (const r of acted) counts[r.queue_id]! -= Number(r.n);
    return counts;
  }

  async statistics(queue: string, from: string, to: string): Promise<QueueStatistics> {
    const rows = await this.routedWithCases()
      .select([
        'reports.reference',
        'reports.created_at',
        'reports.primary_category',
        'reports.hate',
        'reports.danger',
        'cases.status',
        'cases.outcome',
        'cases.updated_at',
        (eb) =>
          eb
            .selectFrom('case_events')
            .select((e) => e.fn.min('case_events.at').as('first'))
            .whereRef('case_events.reference', '=', 'outbox.reference')
            .whereRef('case_events.queue_id', '=', 'outbox.queue_id')
            .as('first_action'),
        (eb) =>
          eb
            .selectFrom('report_links')
            .select((e) => e.fn.countAll<number>().as('n'))
            .where((w) =>
              w.or([w('report_links.reference', '=', w.ref('outbox.reference')), w('report_links.other_reference', '=', w.ref('outbox.reference'))]),
            )
            .as('links'),
      ])
      .where('outbox.queue_id', '=', queue)
      .where('reports.created_at', '>=', from)
      .where('reports.created_at', '<', nextDay(to))
      .execute();
    const stats: QueueStatistics = {
      reports: rows.length,
      byStatus: { new: 0, acknowledged: 0, in_progress: 0, closed: 0 },
      byCategory: {},
      byOutcome: {},
      hate: 0,
      danger: 0,
      medianHoursToFirstAction: null,
      medianHoursToClose: null,
      linked: 0,
    };
    const hours = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 3_600_000;
    const toAction: number[] = [];
    const toClose: number[] = [];
    for (const r of rows) {
      const status = statusSchema.parse(r.status ?? 'new');
      stats.byStatus[status]++;
      stats.byCategory[r.primary_category] = (stats.byCategory[r.primary_category] ?? 0) + 1;
      if (r.outcome) stats.byOutcome[r.outcome as Outcome] = (stats.byOutcome[r.outcome as Outcome] ?? 0) + 1;
      if (Number(r.hate) === 1) stats.hate++;
      if (Number(r.danger) === 1) stats.danger++;
      if (Number(r.links ?? 0) > 0) stats.linked++;
      if (r.first_action) toAction.push(hours(r.created_at, String(r.first_action)));
      if (status === 'closed' && r.updated_at) toClose.push(hours(r.created_at, r.updated_at));
    }
    stats.medianHoursToFirstAction = median(toAction);
    stats.medianHoursToClose = median(toClose);
    return stats;
  }

  async cases(reference: string): Promise<CaseState[]> {
    const rows = await this.db
      .selectFrom('outbox')
      .leftJoin('cases', (j) => j.onRef('cases.reference', '=', 'outbox.reference').onRef('cases.queue_id', '=', 'outbox.queue_id'))
      .leftJoin('staff_users', 'staff_users.id', 'cases.assignee_id')
      .select(['outbox.queue_id', 'cases.status', 'cases.outcome', 'cases.updated_at', 'staff_users.email'])
      .where('outbox.reference', '=', reference)
      .orderBy('outbox.queue_id')
      .execute();
    return rows.map((r) => ({
      queueId: r.queue_id,
      status: statusSchema.parse(r.status ?? 'new'),
      assignee: r.email ?? null,
      outcome: (r.outcome as Outcome | null) ?? null,
      updatedAt: r.updated_at ?? null,
    }));
  }

  async events(reference: string): Promise<CaseEvent[]> {
    const rows = await this.db.selectFrom('case_events').selectAll().where('reference', '=', reference).orderBy('id').execute();
    return rows.map((r) => ({ at: r.at, queueId: r.queue_id, userEmail: r.user_email, kind: r.kind as CaseEvent['kind'], detail: r.detail }));
  }

  async change(reference: string, queueId: string, by: StaffUser, change: CaseChange, now: Date): Promise<void> {
    await this.db.transaction().execute((trx) => applyChange(trx, reference, queueId, by, change, now));
  }

  async link(reference: string, other: string, kind: LinkKind, by: StaffUser, queues: { mine: string; theirs: string }, now: Date) {
    const at = now.toISOString();
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('report_links').where(pairOf(reference, other)).execute();
      await trx.insertInto('report_links').values({ reference, other_reference: other, kind, at, user_email: by.email }).execute();
      await linkHistory(trx, by, at, [reference, queues.mine, `${kind}:${other}`], [other, queues.theirs, `${kind}-from:${reference}`]);
    });
  }

  async unlink(reference: string, other: string, by: StaffUser, queues: { mine: string; theirs: string }, now: Date) {
    const at = now.toISOString();
    return this.db.transaction().execute(async (trx) => {
      const removed = await trx.deleteFrom('report_links').where(pairOf(reference, other)).executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) return false;
      await linkHistory(trx, by, at, [reference, queues.mine, `unlinked:${other}`], [other, queues.theirs, `unlinked:${reference}`]);
      return true;
    });
  }

  async links(reference: string): Promise<ReportLink[]> {
    const rows = await this.db
      .selectFrom('report_links')
      .selectAll()
      .where((eb) => eb.or([eb('reference', '=', reference), eb('other_reference', '=', reference)]))
      .orderBy('at')
      .execute();
    return rows.map((r) => {
      const outgoing = r.reference === reference;
      return { reference: outgoing ? r.other_reference : r.reference, kind: linkKindSchema.parse(r.kind), outgoing };
    });
  }

  async reroute(reference: string, route: { from: string; to: string; move: boolean; deliveredInStore: boolean }, by: StaffUser, now: Date) {
    const at = now.toISOString();
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('reports').select('report_json').where('reference', '=', reference).executeTakeFirst();
      if (!row) return false;
      const report = routedReportSchema.parse(JSON.parse(row.report_json));
      if (report.queues.includes(route.to)) return false;
      const updated: RoutedReport = { ...report, queues: [...report.queues, route.to] };
      await trx
        .updateTable('reports')
        .set({ report_json: JSON.stringify(updated) })
        .where('reference', '=', reference)
        .execute();
      await trx
        .insertInto('outbox')
        .values(outboxRow(reference, route.to, route.deliveredInStore, at))
        .execute();
      const how = route.move ? 'moved' : 'copied';
      await trx
        .insertInto('case_events')
        .values([
          { reference, queue_id: route.to, at, user_email: by.email, kind: 'routed', detail: `${how} from:${route.from}` },
          ...(route.move ? [{ reference, queue_id: route.from, at, user_email: by.email, kind: 'routed', detail: `moved to:${route.to}` }] : []),
        ])
        .execute();
      if (route.move) await applyChange(trx, reference, route.from, by, { kind: 'status', status: 'closed', outcome: 'referred' }, now);
      return true;
    });
  }

  async audit(entry: Omit<AuditEntry, 'at'>, now: Date): Promise<void> {
    await this.db
      .insertInto('staff_audit')
      .values({ at: now.toISOString(), user_email: entry.userEmail, action: entry.action, reference: entry.reference, detail: entry.detail })
      .execute();
  }

  async readAudit(options: { reference?: string; limit: number }): Promise<AuditEntry[]> {
    let q = this.db.selectFrom('staff_audit').selectAll().orderBy('id', 'desc').limit(options.limit);
    if (options.reference) q = q.where('reference', '=', options.reference);
    const rows = await q.execute();
    return rows.map((r) => ({
      at: r.at,
      userEmail: r.user_email,
      action: r.action as AuditEntry['action'],
      reference: r.reference,
      detail: r.detail,
    }));
  }
}

function toRow(r: {
  reference: string;
  created_at: string;
  arrived_at: string;
  borough: string;
  primary_category: string;
  hate: number;
  danger: number;
  status: string | null;
  assignee: string | null;
}): InboxRow {
  return {
    reference: r.reference,
    createdAt: r.created_at,
    arrivedAt: r.arrived_at,
    borough: r.borough,
    category: r.primary_category,
    hate: Number(r.hate) === 1,
    danger: Number(r.danger) === 1,
    status: statusSchema.parse(r.status ?? 'new'),
    assignee: r.assignee ?? null,
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(m * 10) / 10;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** A history line on each of two linked reports: [reference, the queue it is under, detail]. */
function linkHistory(trx: Transaction<Database>, by: StaffUser, at: string, ...lines: Array<[string, string, string]>) {
  const values = lines.map(([reference, queue, detail]) => ({ reference, queue_id: queue, at, user_email: by.email, kind: 'linked', detail }));
  return trx.insertInto('case_events').values(values).execute();
}

/** Any link between the two references, whichever way it was made. */
function pairOf(a: string, b: string) {
  return (eb: ExpressionBuilder<Database, 'report_links'>) =>
    eb.or([eb.and([eb('reference', '=', a), eb('other_reference', '=', b)]), eb.and([eb('reference', '=', b), eb('other_reference', '=', a)])]);
}

/** One change to a queue's case of a report, and its history line, inside the caller's transaction. */
async function applyChange(trx: Transaction<Database>, reference: string, queueId: string, by: StaffUser, change: CaseChange, now: Date) {
  const at = now.toISOString();
  const current = await trx.selectFrom('cases').selectAll().where('reference', '=', reference).where('queue_id', '=', queueId).executeTakeFirst();
  const next = {
    reference,
    queue_id: queueId,
    status: current?.status ?? 'new',
    assignee_id: current?.assignee_id ?? null,
    outcome: current?.outcome ?? null,
    updated_at: at,
  };
  let detail: string;
  if (change.kind === 'status') {
    next.status = change.status;
    next.outcome = change.status === 'closed' ? (change.outcome ?? null) : null;
    detail = change.status === 'closed' && change.outcome ? `${change.status}:${change.outcome}` : change.status;
  } else if (change.kind === 'assigned') {
    next.assignee_id = change.assigneeId;
    // Acknowledged by taking it: a new case someone is assigned to is no longer new.
    if (next.status === 'new' && change.assigneeId) next.status = 'acknowledged';
    detail = change.assigneeId
      ? ((await trx.selectFrom('staff_users').select('email').where('id', '=', change.assigneeId).executeTakeFirst())?.email ?? '')
      : '';
  } else {
    detail = change.text;
  }
  if (current) await trx.updateTable('cases').set(next).where('reference', '=', reference).where('queue_id', '=', queueId).execute();
  else await trx.insertInto('cases').values(next).execute();
  await trx.insertInto('case_events').values({ reference, queue_id: queueId, at, user_email: by.email, kind: change.kind, detail }).execute();
}
