/**
 * A turn refused before any of it ran, answered with an HTTP status the channel understands: 503 (busy: the channel
 * sends the activity again) or 429 (too many requests from one client). Nothing of the activity is stored.
 */
export class TurnRefusedError extends Error {
  override name = 'TurnRefusedError';
  constructor(
    readonly status: 429 | 503,
    readonly retryAfterSeconds: number,
    readonly reason: 'conversation busy' | 'too many conversations',
  ) {
    super(reason);
  }
}
