import { randomUUID } from 'node:crypto';
import type { Queue } from '../config/deployment';
import type { Logger } from '../logging/logger';
import type { ClaimedDelivery, Outbox, QueueFilter } from '../store/reportStore';
import { backoffMs } from './backoff';
import { errorClassOf, PermanentDeliveryError, TransientDeliveryError, type Transport } from './transport';

export interface WorkerOptions {
  outbox: Outbox;
  queues: readonly Queue[];
  transports: ReadonlyMap<string, Transport>;
  log: Logger;
  /** Deliveries at once to each queue (each queue has its own, so one partner's outage never holds up another's). */
  concurrency?: number;
  /** Attempts before a row goes to the dead-letter list. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long a claim holds; a crashed worker's rows are claimed again after it. */
  leaseMs?: number;
  /** Pause between looks at the outbox when there is nothing to do. */
  pollMs?: number;
  /** Warn when the oldest undelivered row is older than this. */
  backlogWarnMs?: number;
  /** Reports older than this many days are deleted with their deliveries, once a day (0: never). */
  retentionDays?: number;
  /** Purges reports (the store). */
  purge?: (before: Date) => Promise<string[]>;
  now?: () => Date;
  random?: () => number;
}

/** One queue's deliveries: its own loop, so a partner that is slow or down holds up nobody else. */
interface Lane {
  /** The queue's rows, or (housekeeping) the rows of queues no longer configured. */
  filter: QueueFilter;
  loop?: Promise<void>;
  wake?: () => void;
  /** notify() came while the lane was busy: it looks again at once. */
  woken: boolean;
}

/**
 * The delivery worker (transactional outbox): one lane per queue claims that queue's due rows, up to `concurrency` at
 * a time, and delivers them with the queue's transport; every attempt is recorded, retries back off exponentially with
 * jitter, and permanent failures and exhausted rows go to the dead-letter list. Lanes are independent: a partner that
 * hangs until its timeout, or is down for a day, slows only its own queue. A housekeeping lane dead-letters rows of
 * queues no longer configured, warns about a backlog and runs retention. At least once: a row is only marked delivered
 * after the transport succeeded, so a crash in between means one more delivery with the same idempotency key. Runs in
 * the bot process or alone (npm run worker).
 */
export class DeliveryWorker {
  private readonly token = randomUUID();
  private claims = 0;
  private running = false;
  private readonly lanes: Map<string, Lane>;
  private readonly housekeeping: Lane;
  private lastBacklogWarning = 0;
  private lastBacklogCheck = 0;
  private lastPurge = 0;
  private readonly o: Required<Omit<WorkerOptions, 'outbox' | 'queues' | 'transports' | 'log'>> & WorkerOptions;

  constructor(options: WorkerOptions) {
    this.o = {
      concurrency: 4,
      retentionDays: 0,
      purge: async () => [],
      maxAttempts: 10,
      baseDelayMs: 5_000,
      maxDelayMs: 3_600_000,
      leaseMs: 60_000,
      pollMs: 1_000,
      backlogWarnMs: 15 * 60_000,
      now: () => new Date(),
      random: Math.random,
      ...options,
    };
    const ids = this.o.queues.map((q) => q.id);
    this.lanes = new Map(ids.map((queue) => [queue, { filter: { queue }, woken: false }]));
    this.housekeeping = { filter: { notIn: ids }, woken: false };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const lane of this.lanes.values()) lane.loop = this.runLane(lane, () => this.deliverDue(lane));
    this.housekeeping.loop = this.runLane(this.housekeeping, () => this.houseKeep());
  }

  /** New rows for these queues (all, when not said) are in the outbox: look now rather than at the next poll. */
  notify(queues?: readonly string[]): void {
    for (const lane of queues ? queues.map((q) => this.lanes.get(q) ?? this.housekeeping) : this.lanes.values()) {
      if (lane.wake) lane.wake();
      else lane.woken = true;
    }
  }

  /** Stops claiming and waits for deliveries in flight. */
  async stop(): Promise<void> {
    this.running = false;
    const all = [...this.lanes.values(), this.housekeeping];
    for (const lane of all) lane.wake?.();
    await Promise.all(all.map((lane) => lane.loop));
  }

  /** One look at every queue (and at rows of queues no longer configured); returns how many rows it handled. */
  async runOnce(): Promise<number> {
    const handled = await Promise.all([...this.lanes.values()].map((lane) => this.deliverDue(lane)));
    return handled.reduce((a, b) => a + b, 0) + (await this.houseKeep());
  }

  /** Runs `step` until stopped; after a step that found nothing it waits for the poll interval or notify(). */
  private async runLane(lane: Lane, step: () => Promise<number>): Promise<void> {
    while (this.running) {
      let handled = 0;
      try {
        handled = await step();
      } catch (err) {
        const queue = 'queue' in lane.filter ? lane.filter.queue : '(housekeeping)';
        this.o.log.error({ queue, err: { name: (err as Error).name, message: (err as Error).message } }, 'delivery loop failed');
      }
      if (handled > 0 || !this.running) continue;
      if (lane.woken) {
        lane.woken = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => lane.wake?.(), this.o.pollMs);
        lane.wake = () => {
          clearTimeout(timer);
          lane.wake = undefined;
          resolve();
        };
      });
    }
  }

  /** Claims up to `concurrency` of the lane's due rows, delivers them side by side, and returns how many. */
  private async deliverDue(lane: Lane): Promise<number> {
    const token = `${this.token}.${++this.claims}`;
    const claimed = await this.o.outbox.claimDue(token, this.o.concurrency, this.o.leaseMs, lane.filter);
    await Promise.all(claimed.map((row) => this.deliver(row, token)));
    return claimed.length;
  }

  /** Rows of queues no longer configured (dead-lettered as unknown_queue), the backlog warning, retention. */
  private async houseKeep(): Promise<number> {
    const handled = await this.deliverDue(this.housekeeping);
    await this.checkBacklog();
    await this.purgeDaily();
    return handled;
  }

  private async deliver(row: ClaimedDelivery, token: string): Promise<void> {
    const attempt = row.attempts + 1;
    const started = Date.now();
    const queue = this.o.queues.find((q) => q.id === row.queueId);
    const transport = this.o.transports.get(row.queueId);
    const log = this.o.log.child({ outboxId: row.id, queue: row.queueId, transport: queue?.transport, attempt });
    try {
      if (!queue || !transport) throw new PermanentDeliveryError('unknown_queue');
      await transport.send({ report: row.report, queue, idempotencyKey: row.idempotencyKey, attempt });
      await this.o.outbox.finishAttempt(row.id, token, { outcome: 'delivered' }, { at: this.o.now(), durationMs: Date.now() - started });
      log.info({ ms: Date.now() - started }, 'delivered');
    } catch (err) {
      const errorClass = errorClassOf(err);
      const permanent = err instanceof PermanentDeliveryError || !(err instanceof TransientDeliveryError || isNetworkLike(err));
      const at = { at: this.o.now(), durationMs: Date.now() - started };
      if (permanent || attempt >= this.o.maxAttempts) {
        await this.o.outbox.finishAttempt(row.id, token, { outcome: 'dead', errorClass }, at);
        log.warn({ errorClass, reason: permanent ? 'permanent' : 'attempts_exhausted' }, 'delivery moved to the dead-letter list');
        return;
      }
      const wait = Math.max(
        backoffMs(attempt, this.o.baseDelayMs, this.o.maxDelayMs, this.o.random),
        (err as TransientDeliveryError).retryAfterMs ?? 0,
      );
      await this.o.outbox.finishAttempt(row.id, token, { outcome: 'retry', errorClass, nextAttemptAt: new Date(this.o.now().getTime() + wait) }, at);
      log.info({ errorClass, retryInMs: wait }, 'delivery failed: will retry');
    }
  }

  /** Retention: once a day, reports older than retentionDays go, with their deliveries. */
  async purgeDaily(): Promise<number> {
    const now = this.o.now().getTime();
    if (!this.o.retentionDays || now - this.lastPurge < 24 * 3600_000) return 0;
    this.lastPurge = now;
    const removed = await this.o.purge(new Date(now - this.o.retentionDays * 24 * 3600_000));
    if (removed.length > 0) this.o.log.info({ reports: removed.length, retentionDays: this.o.retentionDays }, 'retention: old reports deleted');
    return removed.length;
  }

  /**
   * Looks at the outbox's oldest undelivered row at most every 10 s (the housekeeping lane runs every poll) and warns
   * at most once a minute.
   */
  private async checkBacklog(): Promise<void> {
    const now = this.o.now().getTime();
    if (now - this.lastBacklogWarning < 60_000 || now - this.lastBacklogCheck < 10_000) return;
    this.lastBacklogCheck = now;
    const stats = await this.o.outbox.stats();
    const age = stats.oldestPendingAt ? now - Date.parse(stats.oldestPendingAt) : 0;
    if (age > this.o.backlogWarnMs) {
      this.lastBacklogWarning = now;
      this.o.log.warn(
        { pending: stats.pending, oldestPendingAgeSeconds: Math.round(age / 1000) },
        'outbox backlog: undelivered reports are getting old',
      );
    }
  }
}

/** An error a transport did not classify: treat connection-style failures as worth retrying. */
function isNetworkLike(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return /^E[A-Z]+$/.test(code) || (err as Error).name === 'TimeoutError';
}
