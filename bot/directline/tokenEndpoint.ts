import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { RateLimit } from '../../services/limits/rateLimits';
import type { Logger } from '../../services/logging/logger';
import { isLoopbackUrl } from '../activity';
import { clientAddress } from '../clientAddress';
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
  /** Tokens per client address. */
  limit: RateLimit;
  /** Proxies in front of the bot that append to X-Forwarded-For (see clientAddress). */
  trustedProxies: number;
  log: Logger;
}

/** A page on this machine (development): an origin exactly, on localhost or a loopback address. */
function isLoopbackOrigin(origin: string): boolean {
  return isLoopbackUrl(origin) && new URL(origin).origin === origin;
}

/**
 * POST /api/directline/token: the page's way to a Web Chat token. In production it exchanges DIRECTLINE_SECRET at
 * Direct Line's tokens/generate for a conversation token (user id `dl_` + random, the trusted origins) and returns
 * only the token; in development it hands out a local Direct Line token. The Origin must be allowed, and each
 * client address gets a few tokens a minute.
 */
export function registerTokenEndpoint(server: Server, options: TokenEndpointOptions): void {
  server.post('/api/directline/token', async (req: Request, res: Response) => {
    const origin = (req.header('origin') ?? '').replace(/\/$/, '');
    const allowed = options.allowedOrigins.includes(origin) || (options.allowLoopbackOrigins && isLoopbackOrigin(origin));
    if (!allowed) {
      options.log.warn({ status: 403 }, 'token refused: origin not allowed');
      res.status(403);
      res.json({ error: 'this site is not allowed to open the chat' });
      return;
    }
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Vary', 'Origin');
    const wait = await options.limit.take(clientAddress(req, options.trustedProxies));
    if (wait > 0) {
      res.header('Retry-After', String(wait));
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
