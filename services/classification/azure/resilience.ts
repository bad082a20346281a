/**
 * Keeping a turn fast when Azure AI Language is slow or down: a time budget per call and a circuit breaker that
 * stops calling for a while after repeated failures (or for as long as a 429's Retry-After asks).
 */
export class BudgetExceeded extends Error {
  override name = 'BudgetExceeded';
}

/** Runs `work` with an AbortSignal that fires after `ms`; rejects with BudgetExceeded when the budget runs out. */
export async function withBudget<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new BudgetExceeded(`over the ${ms} ms budget`));
      controller.abort();
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;
  private trial = false;

  constructor(
    private readonly threshold = 3,
    private readonly cooldownMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    if (this.openUntil === 0) return 'closed';
    return this.now() < this.openUntil ? 'open' : 'half-open';
  }

  /** True when a call may go out: closed, or one trial call once the cool-down is over. */
  allow(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trial) return false;
    this.trial = true;
    return true;
  }

  success(): void {
    this.failures = 0;
    this.openUntil = 0;
    this.trial = false;
  }

  /** A failure; `retryAfterMs` (from a 429) opens the breaker at once for at least that long. */
  failure(retryAfterMs?: number): void {
    this.failures++;
    this.trial = false;
    if (retryAfterMs !== undefined || this.failures >= this.threshold || this.openUntil !== 0) {
      this.openUntil = this.now() + Math.max(this.cooldownMs, retryAfterMs ?? 0);
    }
  }
}
