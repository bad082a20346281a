import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CloudAdapter } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../services/logging/logger';
import type { ReportBot } from './reportBot';
import { describeProblem, incomingActivitySchema, isLoopbackUrl } from './activity';
import { chatPage, dataDeletionPage, privacyPage } from './web/pages';

export interface ServerOptions {
  adapter: CloudAdapter;
  bot: ReportBot;
  log: Logger;
  /** True when no MicrosoftAppId is configured (development only). */
  authDisabled: boolean;
  /** Throws when the store is unreachable; otherwise details for /readyz (the outbox backlog). */
  ready(): Promise<Record<string, unknown>>;
  partnershipName: string;
  /** Where Quick exit sends the resident. */
  quickExitUrl: string;
  /** Origins allowed to embed the chat page in a frame. */
  frameAncestors: string[];
  /** Extra routes (the token endpoint, the development Direct Line). */
  extraRoutes?: (server: Server) => void;
  /** Largest request body accepted on /api/messages. */
  maxBodyBytes?: number;
}

export interface BotServer {
  server: Server;
  /** Stops accepting connections and waits for turns in flight. */
  close(): Promise<void>;
}

/**
 * How long an idle keep-alive connection stays open. Longer than the proxies in front of the bot keep theirs (App
 * Service on Linux pools connections to the app for 60 s): with Node's 5 s default, a proxy can send a request on a
 * connection Node is just closing, and the channel gets a 502.
 */
const KEEP_ALIVE_MS = 65_000;

function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.json(body);
}

export function createServer(options: ServerOptions): BotServer {
  const { adapter, bot, log } = options;
  // restify logs through our logger (with its redaction), never its own default one.
  const server = restify.createServer({ name: 'dg-safety-bot', handleUncaughtExceptions: false, log: log.child({ component: 'restify' }) as never });
  server.server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Above the keep-alive time, as Node requires (nodejs/node#27363).
  server.server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  server.pre((req: Request, res: Response, next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    return next();
  });

  server.post(
    '/api/messages',
    restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes ?? 512 * 1024, mapParams: false, mapFiles: false, rejectUnknown: true }),
    async (req: Request, res: Response) => {
      const turnId = randomUUID();
      const turnLog = log.child({ turnId });
      const started = Date.now();
      if (!req.is('json') || typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
        sendJson(res, 400, { error: 'expected a JSON Bot Framework activity' });
        turnLog.warn({ status: 400 }, 'rejected: not a JSON object');
        return;
      }
      const parsed = incomingActivitySchema.safeParse(req.body);
      if (!parsed.success) {
        sendJson(res, 400, { error: `not a Bot Framework activity (${describeProblem(parsed.error)})` });
        turnLog.warn({ status: 400 }, 'rejected: not an activity');
        return;
      }
      if (options.authDisabled && !isLoopbackUrl(parsed.data.serviceUrl)) {
        sendJson(res, 403, { error: 'authentication is off (no MicrosoftAppId), so only loopback serviceUrls are accepted' });
        turnLog.warn({ status: 403, channelId: parsed.data.channelId }, 'rejected: non-loopback serviceUrl with auth off');
        return;
      }
      inFlight++;
      try {
        await adapter.process(req, res, (context) => bot.run(context));
        turnLog.info({ status: res.statusCode, channelId: parsed.data.channelId, activityType: parsed.data.type, ms: Date.now() - started }, 'turn');
      } catch (err) {
        turnLog.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'turn failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'the bot could not process this activity' });
      } finally {
        inFlight--;
        if (inFlight === 0) drained?.();
      }
    },
  );

  server.get('/healthz', async (_req: Request, res: Response) => sendJson(res, 200, { status: 'ok' }));
  server.get('/readyz', async (_req: Request, res: Response) => {
    try {
      sendJson(res, 200, { status: 'ready', ...(await options.ready()) });
    } catch (err) {
      log.warn({ err: { message: (err as Error).message } }, 'not ready');
      sendJson(res, 503, { status: 'unavailable', reason: 'store unreachable' });
    }
  });
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self' https://*.botframework.com wss://*.botframework.com",
    `frame-ancestors 'self' ${options.frameAncestors.join(' ')}`.trim(),
  ].join('; ');
  const html = (body: string) => async (_req: Request, res: Response) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });
    res.end(body);
  };
  server.get('/', html(chatPage(options.partnershipName, options.quickExitUrl)));
  server.get('/privacy', html(privacyPage(options.partnershipName)));
  server.get('/data-deletion', html(dataDeletionPage(options.partnershipName)));
  server.get('/favicon.ico', async (_req: Request, res: Response) => {
    res.writeHead(204);
    res.end();
  });
  // Static files are read once (Web Chat's bundle is about 4 MB), on first request.
  const file = (path: string, type: string, cache: string) => {
    let body: Buffer | undefined;
    return async (_req: Request, res: Response) => {
      body ??= readFileSync(path);
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': cache });
      res.end(body);
    };
  };
  // Web Chat from the installed package (no CDN, works offline).
  server.get('/webchat/webchat.js', file(path.join(path.dirname(require.resolve('botframework-webchat')), '../dist/webchat.js'), 'text/javascript; charset=utf-8', 'public, max-age=86400'));
  for (const [name, type] of [['chat.js', 'text/javascript'], ['chat.css', 'text/css'], ['embed.js', 'text/javascript']] as const) {
    server.get(`/static/${name}`, file(path.join(__dirname, 'web/static', name), `${type}; charset=utf-8`, 'public, max-age=300'));
  }
  options.extraRoutes?.(server);

  return {
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Connections idling in keep-alive would hold close() open.
        server.server.closeIdleConnections?.();
      });
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
    },
  };
}
