import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../services/logging/logger';
import type { LocalDirectLine } from './localDirectLine';

export interface TokenEndpointOptions {
  /** Production: the Direct Line secret (stays on the server) and endpoint. */
  secret?: string;
  endpoint: string;
  /** Development: the local Direct Line instead. */
  local?: LocalDirectLine;
  /** Origins allowed to ask for a token; also sent to Direct Line as trusted origins. */
  allowedOrigins: string[];
  /** In development, pages on this machine are allowed too. */
  allowLoopbackOrigins: boolean;
  perMinute: number;
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  log: Logger;
}

/** The client's address: the socket's, or behind a trusted proxy the first X-Forwarded-For entry (port removed). */
export function clientAddress(req: Request, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.header('x-forwarded-for') ?? '').split(',')[0]!.trim() : '';
  if (!forwarded) return req.socket.remoteAddress ?? 'unknown';
  if (forwarded.startsWith('[')) return forwarded.slice(1, forwarded.indexOf(']')); // [IPv6]:port
  return forwarded.split(':').length === 2 ? forwarded.split(':')[0]! : forwarded; // IPv4:port, or IPv4 / bare IPv6
}

const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;

/** A fixed one-minute window per client address. */
class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(private readonly perMinute: number) {}

  /** Milliseconds to wait, or 0 when allowed. */
  take(key: string, now = Date.now()): number {
    const w = this.windows.get(key);
    if (!w || now - w.start >= 60_000) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(key, { start: now, count: 1 });
      return 0;
    }
    if (w.count >= this.perMinute) return 60_000 - (now - w.start);
    w.count++;
    return 0;
  }
}

/**
 * POST /api/directline/token: the page's way to a Web Chat token. In production it exchanges DIRECTLINE_SECRET at
 * Direct Line's tokens/generate for a conversation token (user id `dl_` + random, the trusted origins) and returns
 * only the token; in development it hands out a local Direct Line token. The Origin must be allowed, and each
 * client address gets a few tokens a minute.
 */
export function registerTokenEndpoint(server: Server, options: TokenEndpointOptions): void {
  const limiter = new RateLimiter(options.perMinute);
  server.post('/api/directline/token', async (req: Request, res: Response) => {
    const origin = (req.header('origin') ?? '').replace(/\/$/, '');
    const allowed = options.allowedOrigins.includes(origin) || (options.allowLoopbackOrigins && LOOPBACK_ORIGIN.test(origin));
    if (!allowed) {
      options.log.warn({ status: 403 }, 'token refused: origin not allowed');
      res.status(403);
      res.json({ error: 'this site is not allowed to open the chat' });
      return;
    }
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Vary', 'Origin');
    const wait = limiter.take(clientAddress(req, options.trustProxy));
    if (wait > 0) {
      res.header('Retry-After', String(Math.ceil(wait / 1000)));
      res.status(429);
      res.json({ error: 'too many requests: please wait a minute' });
      return;
    }
    if (options.local) {
      const { token, expiresIn } = options.local.issueToken();
      res.json({ token, domain: options.local.domain, expiresIn, webSocket: false, pollingInterval: 300 });
      return;
    }
    try {
      const answer = await fetch(`${options.endpoint.replace(/\/$/, '')}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: `dl_${randomBytes(16).toString('hex')}` }, trustedOrigins: options.allowedOrigins }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!answer.ok) throw new Error(`tokens/generate answered ${answer.status}`);
      const { token, expires_in: expiresIn } = (await answer.json()) as { token: string; expires_in?: number };
      res.json({ token, expiresIn, domain: `${options.endpoint.replace(/\/$/, '')}/v3/directline` });
    } catch (err) {
      options.log.error({ err: { message: (err as Error).message } }, 'could not get a Direct Line token');
      res.status(502);
      res.json({ error: 'the chat is not available just now' });
    }
  });
}
