import type { Generated } from 'kysely';

/** Table shapes for Kysely. The routed report itself is stored whole as JSON (validated by routedReportSchema). */
export interface ReportsTable {
  reference: string;
  /** Idempotency key of the submission (the draft's random id): a resent "send" finds the same report. */
  submission_key: string;
  created_at: string;
  borough: string;
  primary_category: string;
  report_json: string;
}

export interface OutboxTable {
  id: Generated<number>;
  reference: string;
  queue_id: string;
  /** Sent with every delivery so a partner sees a report once: `<reference>:<queue id>`. */
  idempotency_key: string;
  status: 'pending' | 'delivered' | 'dead';
  attempts: number;
  created_at: string;
  next_attempt_at: string;
  delivered_at: string | null;
  last_error: string | null;
  /** A worker's claim: rows whose lease has run out (a crashed worker) are claimed again. */
  lease_token: string | null;
  lease_until: string | null;
  dead_at: string | null;
}

export interface DeliveryAttemptsTable {
  id: Generated<number>;
  outbox_id: number;
  attempted_at: string;
  /** delivered | retry | dead */
  outcome: string;
  /** e.g. http_500, smtp_550, timeout: never report text. */
  error_class: string | null;
  duration_ms: number;
}

export interface BotStateTable {
  /** SHA-256 of the Bot Framework storage key, so channel and conversation ids are not kept in clear. */
  key_hash: string;
  data: string;
  etag: string;
  updated_at: string;
}

export interface ConversationLocksTable {
  key_hash: string;
  owner: string;
  until: string;
}

export interface Database {
  reports: ReportsTable;
  outbox: OutboxTable;
  delivery_attempts: DeliveryAttemptsTable;
  bot_state: BotStateTable;
  conversation_locks: ConversationLocksTable;
}
