import type { DeploymentConfig } from '../config/deployment';
import { route } from '../routing/router';
import type { ReportStore } from '../store/reportStore';
import type { RoutedReport } from './routedReport';

export type ReportSubmission = Omit<RoutedReport, 'schemaVersion' | 'reference' | 'createdAt' | 'queues'>;

export interface SubmittedReport {
  reference: string;
  queues: string[];
  /** Queue names for telling the resident where it went. */
  queueNames: string[];
  created: boolean;
}

/** Routes a finished report and stores it with its outbox rows (one transaction, idempotent per submission key). */
export class ReportService {
  constructor(
    private readonly store: ReportStore,
    private readonly deployment: DeploymentConfig,
    private readonly now: () => Date = () => new Date(),
    /**
     * Called after a new report is stored, with the queues it still has to be delivered to (wakes their lanes of the
     * delivery worker); the resident never waits on delivery.
     */
    private readonly onStored: (queues: string[]) => void = () => {},
  ) {
    this.storeQueues = new Set(deployment.queues.filter((q) => q.transport === 'store').map((q) => q.id));
  }

  /** Queues with the `store` transport: kept in the database, so delivered as soon as the report is stored. */
  private readonly storeQueues: ReadonlySet<string>;

  queuesFor(report: Pick<ReportSubmission, 'categories' | 'hate' | 'emergencyIndicated' | 'where'>): string[] {
    return route(
      this.deployment.routing,
      { category: report.categories[0]!, hate: report.hate, emergency: report.emergencyIndicated, borough: report.where.borough },
      this.deployment.boroughs.map((b) => b.id),
    );
  }

  async submit(submissionKey: string, submission: ReportSubmission): Promise<SubmittedReport> {
    const queues = this.queuesFor(submission);
    const result = await this.store.submit(
      submissionKey,
      (reference) => ({ schemaVersion: 1, reference, createdAt: this.now().toISOString(), queues, ...submission }),
      { deliveredInStore: this.storeQueues },
    );
    const toDeliver = queues.filter((q) => !this.storeQueues.has(q));
    if (result.created && toDeliver.length > 0) this.onStored(toDeliver);
    // A resent submission returns the report as first stored.
    const stored = result.created ? queues : ((await this.store.getReport(result.reference))?.queues ?? queues);
    const names = stored.map((id) => this.deployment.queues.find((q) => q.id === id)?.name ?? id);
    return { reference: result.reference, queues: stored, queueNames: names, created: result.created };
  }
}
