import { createHmac } from 'node:crypto';
import type { QueueOf } from '../../config/deployment';
import { errorForStatus, parseRetryAfter, TransientDeliveryError, type Delivery, type Transport } from '../transport';

export const SIGNATURE_HEADER = 'x-dg-signature';
export const TIMESTAMP_HEADER = 'x-dg-timestamp';
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** `sha256=` + hex HMAC-SHA256 over `<timestamp>.<body>` with the queue's signing key. */
export function sign(key: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * HTTPS POST of the routed report JSON, signed (README "Receiving reports by webhook" shows how to verify).
 * 2xx: delivered. 408, 429 (Retry-After respected), 5xx, timeouts and connection errors: retried. Other 4xx: dead.
 */
export class WebhookTransport implements Transport {
  constructor(
    private readonly queue: QueueOf<'webhook'>,
    private readonly signingKey: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(delivery: Delivery): Promise<void> {
    const body = JSON.stringify(delivery.report);
    const timestamp = String(Math.floor(this.now().getTime() / 1000));
    let res: Response;
    try {
      res = await fetch(this.queue.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'dg-community-safety-bot',
          [IDEMPOTENCY_HEADER]: delivery.idempotencyKey,
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: sign(this.signingKey, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(this.queue.timeoutMs),
        redirect: 'error',
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      const name = (err as Error).name;
      throw new TransientDeliveryError(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : (cause ?? 'network_error'));
    }
    await res.body?.cancel().catch(() => undefined);
    if (res.ok) return;
    throw errorForStatus(res.status, parseRetryAfter(res.headers.get('retry-after')));
  }
}
