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
  /** 1 when the report is a hate incident; 1 when danger was indicated (copies of the JSON's, for the inbox filters). */
  hate: Generated<number>;
  danger: Generated<number>;
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

export interface StaffUsersTable {
  id: string;
  email: string;
  role: string;
  queues_json: string;
  /** `local` (a password here) or `entra` (Microsoft Entra ID). */
  source: string;
  password_hash: string | null;
  /** SHA-256 of the one-time sign-in link's token, until the first password is set. */
  setup_token_hash: string | null;
  setup_expires_at: string | null;
  created_at: string;
  disabled_at: string | null;
  /** The Entra ID object id (`oid`) of an `entra` account. */
  entra_oid: string | null;
}

export interface ReportLinksTable {
  /** The report marked. */
  reference: string;
  /** The report it is a duplicate of, or linked to. */
  other_reference: string;
  kind: string;
  at: string;
  user_email: string;
}

export interface StaffSessionsTable {
  /** SHA-256 of the cookie's value: a copy of the database gives no one a session. */
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
}

export interface CasesTable {
  reference: string;
  queue_id: string;
  status: string;
  assignee_id: string | null;
  outcome: string | null;
  updated_at: string;
}

export interface CaseEventsTable {
  id: Generated<number>;
  reference: string;
  queue_id: string;
  at: string;
  user_email: string;
  kind: string;
  detail: string;
}

export interface StaffAuditTable {
  id: Generated<number>;
  at: string;
  user_email: string;
  action: string;
  reference: string | null;
  detail: string;
}

export interface Database {
  staff_users: StaffUsersTable;
  staff_sessions: StaffSessionsTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  staff_audit: StaffAuditTable;
  report_links: ReportLinksTable;
  reports: ReportsTable;
  outbox: OutboxTable;
  delivery_attempts: DeliveryAttemptsTable;
  bot_state: BotStateTable;
  conversation_locks: ConversationLocksTable;
}
