/**
 * Exponential backoff with jitter: attempt n waits base·2^(n-1), capped at max, then a random point in its upper
 * half ("equal jitter"), so many rows failing together do not all come back at once.
 */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
