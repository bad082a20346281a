import type { Queue } from '../config/deployment';
import type { RoutedReport } from '../reports/routedReport';

/** One delivery of one report to one partner queue (FixMyStreet's "send method" idea: one file per transport). */
export interface Delivery {
  report: RoutedReport;
  queue: Queue;
  /** `<reference>:<queue id>`: the same on every attempt, so the partner can see each report once. */
  idempotencyKey: string;
  /** 1 for the first attempt. */
  attempt: number;
}

export interface Transport {
  send(delivery: Delivery): Promise<void>;
  close?(): Promise<void>;
}

/** The partner refused in a way that retrying will not fix (4xx other than 408/429, invalid address): dead at once. */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
  constructor(
    /** A short class for logs and the attempts table, e.g. `http_400`, `smtp_550`: never report text. */
    readonly errorClass: string,
    message = errorClass,
  ) {
    super(message);
  }
}

/** Worth trying again later (timeouts, 5xx, 408/429, connection errors). */
export class TransientDeliveryError extends Error {
  override name = 'TransientDeliveryError';
  constructor(
    readonly errorClass: string,
    /** The partner asked us to wait this long (Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(errorClass);
  }
}

/** The error class of anything a transport threw, for logs and the attempts table. */
export function errorClassOf(err: unknown): string {
  if (err instanceof PermanentDeliveryError || err instanceof TransientDeliveryError) return err.errorClass;
  const e = err as { code?: unknown; name?: string };
  if (typeof e.code === 'string' && /^[A-Z_]+$/.test(e.code)) return e.code;
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timeout';
  return e.name ?? 'Error';
}

/** Milliseconds from a Retry-After header (seconds or an HTTP date). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** HTTP-style status → permanent or transient (408 and 429 and 5xx are worth retrying). */
export function errorForStatus(status: number, retryAfterMs?: number): Error {
  if (status === 408 || status === 429 || status >= 500) return new TransientDeliveryError(`http_${status}`, retryAfterMs);
  return new PermanentDeliveryError(`http_${status}`);
}
