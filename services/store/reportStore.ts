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

export interface SubmitResult {
  reference: string;
  /** False when this submission key was already stored (a resent activity): nothing new was written. */
  created: boolean;
}

/** Reports, their routing decision (outbox rows) and activity de-duplication. */
export interface ReportStore {
  /**
   * Stores the report and one outbox row per queue in one transaction. `build` receives the new reference number.
   * The same submission key always yields the same reference and writes nothing the second time.
   */
  submit(submissionKey: string, build: (reference: string) => RoutedReport): Promise<SubmitResult>;
  getReport(reference: string): Promise<RoutedReport | undefined>;
  listReports(options?: { since?: string }): Promise<RoutedReport[]>;
  deliveries(reference: string): Promise<StoredDelivery[]>;
  /** Records an incoming activity; false when it was seen before (a duplicate delivery of the same activity). */
  markActivity(keyHash: string): Promise<boolean>;
  /** Forgets an activity whose turn failed, so a resend is processed. */
  unmarkActivity(keyHash: string): Promise<void>;
  /** Throws when the database cannot be reached (used by /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
