import type { RoutedReport } from '../reports/routedReport';

export interface StoredDelivery {
  id: number;
  queueId: string;
  idempotencyKey: string;
  status: 'pending' | 'delivered' | 'dead';
  attempts: number;
  createdAt: string;
  deliveredAt: string | null;
  lastError: string | null;
}

export interface DeliveryAttempt {
  attemptedAt: string;
  outcome: 'delivered' | 'retry' | 'dead';
  errorClass: string | null;
  durationMs: number;
}

export interface DeliveryRow extends StoredDelivery {
  reference: string;
  nextAttemptAt: string;
  deadAt: string | null;
}

/** A row claimed by a worker, with its report. */
export interface ClaimedDelivery {
  id: number;
  reference: string;
  queueId: string;
  idempotencyKey: string;
  attempts: number;
  report: RoutedReport;
}

export type AttemptOutcome =
  { outcome: 'delivered' } | { outcome: 'retry'; errorClass: string; nextAttemptAt: Date } | { outcome: 'dead'; errorClass: string };

export interface OutboxStats {
  pending: number;
  dead: number;
  /** Creation time of the oldest undelivered (pending) row. */
  oldestPendingAt: string | null;
}

export type QueueFilter = { queue: string } | { notIn: readonly string[] };

/** The outbox as the delivery worker and staff see it. */
export interface Outbox {
  /**
   * Claims up to `limit` due rows for `leaseMs` (rows whose lease ran out count as due), oldest first: of one queue,
   * of every queue but those named, or of any. `token` names this one claim.
   */
  claimDue(token: string, limit: number, leaseMs: number, filter?: QueueFilter): Promise<ClaimedDelivery[]>;
  /** Records one attempt and its outcome in one transaction. */
  finishAttempt(id: number, token: string, result: AttemptOutcome, attempt: { at: Date; durationMs: number }): Promise<void>;
  listDeliveries(filter?: { queue?: string; status?: StoredDelivery['status'] }): Promise<DeliveryRow[]>;
  attempts(outboxId: number): Promise<DeliveryAttempt[]>;
  /** Puts dead (or pending) rows back to be delivered now; returns how many. */
  retry(ids: number[] | 'all-dead'): Promise<number>;
  stats(): Promise<OutboxStats>;
}

export interface SubmitResult {
  reference: string;
  /** False when this submission key was already stored (a resent activity): nothing new was written. */
  created: boolean;
}

/** Reports, their routing decision (outbox rows), and the conversation locks of a scale-out. */
export interface ReportStore {
  /**
   * Stores the report and one outbox row per queue in one transaction. `build` receives the new reference number.
   * The same submission key always yields the same reference and writes nothing the second time. Queues in
   * `deliveredInStore` use the `store` transport: their rows are delivered at once (the report is already here).
   */
  submit(
    submissionKey: string,
    build: (reference: string) => RoutedReport,
    options?: { deliveredInStore?: ReadonlySet<string> },
  ): Promise<SubmitResult>;
  getReport(reference: string): Promise<RoutedReport | undefined>;
  listReports(options?: { since?: string }): Promise<RoutedReport[]>;
  deliveries(reference: string): Promise<StoredDelivery[]>;
  /**
   * Takes the conversation's lock for `ttlMs` if it is free (or its holder's time ran out): turns of one
   * conversation then run one at a time even across instances. False when another holds it.
   */
  lockConversation(keyHash: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Extends a lock this owner still holds (a long turn); false when it lapsed and another took it. */
  renewConversationLock(keyHash: string, owner: string, ttlMs: number): Promise<boolean>;
  unlockConversation(keyHash: string, owner: string): Promise<void>;
  /**
   * Reports created before `before` (and, with them, their deliveries); deleted unless `dryRun`. Deleted text is
   * made unreadable in the database files (see `compact`).
   */
  purgeReports(before: Date, dryRun: boolean): Promise<string[]>;
  /** One report and its deliveries, for an erasure request; false when the reference is not stored. */
  eraseReport(reference: string): Promise<boolean>;
  /** Throws when the database cannot be reached (used by /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
