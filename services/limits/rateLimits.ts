import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** One limit: so many requests per key (a client address) per window. */
export interface RateLimit {
  /** Counts one request for `key`: 0 when it is allowed, otherwise the seconds to wait before the next. */
  take(key: string): Promise<number>;
}

export interface RateLimitRule {
  /** Names the counters (and keeps limits apart in the shared table). */
  name: string;
  points: number;
  windowSeconds: number;
}

/**
 * A limit on rate-limiter-flexible: counters in memory for the embedded SQLite store (one instance), or in
 * PostgreSQL's `rate_limits` table when several instances share it, so a client cannot multiply its allowance by
 * the number of instances. If PostgreSQL cannot be reached, each instance counts in memory until it can.
 */
export function createRateLimit(rule: RateLimitRule, pool?: Pool): RateLimit {
  const base = { keyPrefix: rule.name, points: rule.points, duration: rule.windowSeconds };
  const limiter: RateLimiterAbstract = pool
    ? new RateLimiterPostgres({
        ...base,
        storeClient: pool,
        tableName: 'rate_limits',
        tableCreated: true,
        clearExpiredByTimeout: true,
        insuranceLimiter: new RateLimiterMemory(base),
      })
    : new RateLimiterMemory(base);
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return 0;
      } catch (refused) {
        if (refused instanceof RateLimiterRes) return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
        throw refused;
      }
    },
  };
}

/** The limits the bot applies to what arrives from the internet (settings in services/config/settings.ts). */
export interface RateLimits {
  /** Chat tokens (POST /api/directline/token) per client address. */
  tokens: RateLimit;
  /** New conversations per client address (local Direct Line; /api/messages when authentication is off). */
  conversations: RateLimit;
  /** Messages per client address (local Direct Line; /api/messages when authentication is off). */
  messages: RateLimit;
}

export function createRateLimits(
  settings: { TOKEN_RATE_LIMIT_PER_MINUTE: number; CONVERSATION_RATE_LIMIT_PER_HOUR: number; MESSAGE_RATE_LIMIT_PER_MINUTE: number },
  pool?: Pool,
): RateLimits {
  return {
    tokens: createRateLimit({ name: 'tokens', points: settings.TOKEN_RATE_LIMIT_PER_MINUTE, windowSeconds: 60 }, pool),
    conversations: createRateLimit({ name: 'conversations', points: settings.CONVERSATION_RATE_LIMIT_PER_HOUR, windowSeconds: 3600 }, pool),
    messages: createRateLimit({ name: 'messages', points: settings.MESSAGE_RATE_LIMIT_PER_MINUTE, windowSeconds: 60 }, pool),
  };
}
