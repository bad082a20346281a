import { z } from 'zod';
import { categorySchema } from '../classification/codes';
import type { RoutedReport } from '../reports/routedReport';

/**
 * The staff side (docs/architecture.md 13): CSU and partner staff read the reports routed to their queues, change
 * their status, write notes, and every view, search, change and export is audited. Shapes here are the one source;
 * the store (sqlStaffStore.ts) and the web app (bot/staff/) follow them.
 */
export const ROLES = ['officer', 'manager', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const STATUSES = ['new', 'acknowledged', 'in_progress', 'closed'] as const;
export const statusSchema = z.enum(STATUSES);
export type CaseStatus = z.infer<typeof statusSchema>;

export const OUTCOMES = ['advice_given', 'warning_issued', 'referred', 'enforcement', 'no_further_action', 'duplicate'] as const;
export const outcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcomeSchema>;

export const STATUS_LABELS: Record<CaseStatus, string> = { new: 'New', acknowledged: 'Acknowledged', in_progress: 'In progress', closed: 'Closed' };
export const OUTCOME_LABELS: Record<Outcome, string> = {
  advice_given: 'Advice given',
  warning_issued: 'Warning issued',
  referred: 'Referred to another service',
  enforcement: 'Enforcement action',
  no_further_action: 'No further action',
  duplicate: 'Duplicate of another report',
};

export interface StaffUser {
  id: string;
  email: string;
  role: Role;
  queues: string[];
  source: 'local' | 'entra';
  hasPassword: boolean;
  disabled: boolean;
}

/** What an Entra ID user's groups grant (deployment/config/staff-access.json). */
export interface Grant {
  role: Role;
  queues: string[];
}

/**
 * The role and queues a user's Entra ID groups grant: every queue of every group they are in, and the highest of
 * those groups' roles; undefined when none of their groups grants anything.
 */
export function grantFor(groups: readonly string[], access: ReadonlyArray<{ id: string; role: Role; queues: string[] }>): Grant | undefined {
  const member = new Set(groups.map((g) => g.toLowerCase()));
  const matching = access.filter((g) => member.has(g.id.toLowerCase()));
  if (matching.length === 0) return undefined;
  const role = ROLES[Math.max(...matching.map((g) => ROLES.indexOf(g.role)))]!;
  return { role, queues: [...new Set(matching.flatMap((g) => g.queues))].sort() };
}

/** Managers and admins: the roles above officer. */
const managing = (u: StaffUser) => ROLES.indexOf(u.role) >= ROLES.indexOf('manager');

/**
 * Who may do what (issue 18): officers work cases; managers also move and copy, export, and read the audit and the
 * statistics; admins also manage users.
 */
export const can = {
  work: (u: StaffUser) => !u.disabled,
  /** Copy or move a report to another queue. */
  reroute: managing,
  export: managing,
  readAudit: managing,
  readStatistics: managing,
  /** Add staff, change their role and queues, disable them, send a new sign-in link. */
  manageUsers: (u: StaffUser) => u.role === 'admin',
};

export const inboxFilterSchema = z.object({
  queue: z.string().min(1).max(60),
  status: statusSchema.optional(),
  category: categorySchema.optional(),
  borough: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,30}$/)
    .optional(),
  hate: z.literal(true).optional(),
  danger: z.literal(true).optional(),
  /** Only the cases assigned to this staff user (the inbox's "Assigned to me"). */
  assignedTo: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Keyset paging, older: the last row of the page before, `arrivedAt|reference`. */
  after: z
    .string()
    .regex(/^[0-9TZ:.-]{10,30}\|[A-Z0-9-]{4,30}$/)
    .optional(),
  /** Keyset paging, newer: the first row of the page after, `arrivedAt|reference`. */
  before: z
    .string()
    .regex(/^[0-9TZ:.-]{10,30}\|[A-Z0-9-]{4,30}$/)
    .optional(),
});
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export interface InboxRow {
  reference: string;
  createdAt: string;
  /** When it reached this queue (the inbox's order): when it was made, or copied or moved here. */
  arrivedAt: string;
  borough: string;
  category: string;
  hate: boolean;
  danger: boolean;
  status: CaseStatus;
  assignee: string | null;
}

export interface CaseState {
  queueId: string;
  status: CaseStatus;
  assignee: string | null;
  outcome: Outcome | null;
  updatedAt: string | null;
}

export interface CaseEvent {
  at: string;
  queueId: string;
  userEmail: string;
  /** `routed`: detail `copied from|moved from|moved to:<queue>`; `linked`: detail `<kind>|<kind>-from|unlinked:<reference>`. */
  kind: 'status' | 'assigned' | 'note' | 'routed' | 'linked';
  detail: string;
}

export const LINK_KINDS = ['duplicate', 'linked'] as const;
export const linkKindSchema = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof linkKindSchema>;

/** A link seen from one report: `duplicate` with `outgoing` means this report is a duplicate of the other. */
export interface ReportLink {
  reference: string;
  kind: LinkKind;
  outgoing: boolean;
}

export type AuditAction = 'sign_in' | 'sign_in_refused' | 'sign_out' | 'view' | 'search' | 'change' | 'export' | 'user_added' | 'user_changed';

export interface AuditEntry {
  at: string;
  userEmail: string;
  action: AuditAction;
  reference: string | null;
  detail: string;
}

export const statisticsPeriodSchema = z.object({ from: z.iso.date(), to: z.iso.date() });

/** A queue's figures over a period, for managers. */
export interface QueueStatistics {
  reports: number;
  byStatus: Record<CaseStatus, number>;
  byCategory: Record<string, number>;
  byOutcome: Partial<Record<Outcome, number>>;
  hate: number;
  danger: number;
  /** Median hours from the report to the first thing staff did with it (of those acted on); null when none. */
  medianHoursToFirstAction: number | null;
  /** Median hours from the report to its closing (of those closed); null when none. */
  medianHoursToClose: number | null;
  /** Reports marked as a duplicate of, or linked to, another. */
  linked: number;
}

/** A change to one queue's case of a report. */
export type CaseChange =
  { kind: 'status'; status: CaseStatus; outcome?: Outcome } | { kind: 'assigned'; assigneeId: string | null } | { kind: 'note'; text: string };

export interface StaffStore {
  addUser(
    user: { email: string; role: Role; queues: string[]; source: 'local' | 'entra' },
    setup?: { tokenHash: string; expiresAt: Date },
  ): Promise<StaffUser>;
  listUsers(): Promise<StaffUser[]>;
  /**
   * The account of someone who signed in with Entra ID, found by their object id (or else their email address, which
   * turns a local account into an Entra one: its password stops working), created if new, with the role and queues
   * their groups grant now. Without a grant, an existing account loses its queues and sessions, and none is created.
   */
  entraUser(identity: { oid: string; email: string }, grant: Grant | undefined, now: Date): Promise<StaffUser | undefined>;
  userByEmail(email: string): Promise<(StaffUser & { passwordHash: string | null }) | undefined>;
  userById(id: string): Promise<StaffUser | undefined>;
  /** Staff who hold the queue (for "assign to a colleague"). */
  usersWithQueue(queue: string): Promise<StaffUser[]>;
  /** The user whose one-time link this is, while it is valid; the link then no longer works. */
  takeSetupToken(tokenHash: string, now: Date): Promise<StaffUser | undefined>;
  setPassword(userId: string, passwordHash: string): Promise<void>;
  /** A local account's role and queues (an Entra account's come from its groups). */
  updateUser(userId: string, change: { role: Role; queues: string[] }): Promise<void>;
  /** Disabled: cannot sign in, and every session ends. */
  setDisabled(userId: string, disabled: boolean, now: Date): Promise<void>;
  /** A new one-time link for a local account: its password stops working and its sessions end. */
  resetPassword(userId: string, setup: { tokenHash: string; expiresAt: Date }): Promise<void>;

  createSession(idHash: string, userId: string, now: Date): Promise<void>;
  /** The session's user if it is within its idle and absolute limits (and marks it seen); else deletes it. */
  touchSession(idHash: string, now: Date, limits: { idleMs: number; absoluteMs: number }): Promise<StaffUser | undefined>;
  endSession(idHash: string): Promise<void>;
  endAllSessions(userId: string): Promise<void>;

  /**
   * Newest arrival first, one page; only rows of `filter.queue` (the caller checks the user holds it). With
   * `before`, the `limit` rows just newer than it (still newest first).
   */
  inbox(filter: InboxFilter, limit: number): Promise<InboxRow[]>;
  /** The same rows with their whole routed report, for an export. */
  exportInbox(filter: InboxFilter, limit: number): Promise<Array<InboxRow & { report: RoutedReport }>>;
  countNew(queues: readonly string[]): Promise<Record<string, number>>;
  /** A queue's figures for reports made from `from` to `to` (dates, inclusive). */
  statistics(queue: string, from: string, to: string): Promise<QueueStatistics>;
  /** The report's cases, by queue, for the queues it was routed to (new where nothing was done yet). */
  cases(reference: string): Promise<CaseState[]>;
  events(reference: string): Promise<CaseEvent[]>;
  change(reference: string, queueId: string, by: StaffUser, change: CaseChange, now: Date): Promise<void>;

  /**
   * Marks `reference` as a duplicate of, or linked to, `other` (in place of any link between the two), with a history
   * line on each: `queues` names the queue each line is under.
   */
  link(reference: string, other: string, kind: LinkKind, by: StaffUser, queues: { mine: string; theirs: string }, now: Date): Promise<void>;
  /** Removes any link between the two; false when there was none. */
  unlink(reference: string, other: string, by: StaffUser, queues: { mine: string; theirs: string }, now: Date): Promise<boolean>;
  links(reference: string): Promise<ReportLink[]>;
  /**
   * Sends the report to another queue too: the report lists it, a delivery to it is queued (or recorded as delivered
   * for a `store` queue), and both queues' histories say so. With `move`, the case of `from` is closed as referred.
   * False when the report was already routed there.
   */
  reroute(
    reference: string,
    route: { from: string; to: string; move: boolean; deliveredInStore: boolean },
    by: StaffUser,
    now: Date,
  ): Promise<boolean>;

  audit(entry: Omit<AuditEntry, 'at'>, now: Date): Promise<void>;
  readAudit(options: { reference?: string; limit: number }): Promise<AuditEntry[]>;
}
