import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../services/logging/logger';
import { clientAddress, isLoopbackAddress } from './clientAddress';
import { messagesRoute, type MessagesRouteOptions } from './messages';
import type { WebAssets } from './web/assets';
import type { Pages } from './web/pages';

export interface ServerOptions {
  /** What /api/messages needs (bot/messages.ts). */
  messages: Omit<MessagesRouteOptions, 'log' | 'trustedProxies'>;
  log: Logger;
  production: boolean;
  trustedProxies: number;
  /** Throws when the store is unreachable; otherwise details for /readyz (the outbox backlog). */
  ready(): Promise<Record<string, unknown>>;
  /** The pages, rendered once (bot/web/pages.ts), and the files they load. */
  pages: Pages;
  assets: WebAssets;
  /** Origins allowed to embed the chat page in a frame. */
  frameAncestors: string[];
  /** Serve the chat page (false: Messenger only). */
  webChat: boolean;
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

/** What a refused request is told: its status in a few words, never a parser's or library's own message. */
const REFUSALS: Record<number, string> = {
  400: 'bad request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not found',
  405: 'method not allowed',
  406: 'not acceptable',
  413: 'request body too large',
  415: 'unsupported content type or encoding',
  429: 'too many requests',
};

/**
 * Headers on every answer, and bodies refused before any is read: a compressed body (restify would inflate it with
 * no limit on the inflated size, and a body that is not really gzip crashed the process) gets 415.
 */
function guardRequests(server: Server, production: boolean): void {
  server.pre((req: Request, res: Response, next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    if (production) res.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    const encoding = String(req.headers['content-encoding'] ?? 'identity')
      .trim()
      .toLowerCase();
    if (encoding !== 'identity' && encoding !== '') {
      res.header('Accept-Encoding', 'identity');
      sendJson(res, 415, { error: 'compressed request bodies are not accepted' });
      return next(false);
    }
    return next();
  });
  // Errors raised by restify itself (body parser, routing): the status and a short reason, nothing internal.
  server.on('restifyError', (_req: Request, _res: Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, done: () => void) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    const error = REFUSALS[status] ?? 'the request could not be processed';
    err.toJSON = () => ({ error });
    return done();
  });
}

/** Counts turns in flight, so a graceful stop can wait for them. */
function turnTracker() {
  let inFlight = 0;
  let drained: (() => void) | undefined;
  return {
    async around(work: () => Promise<void>): Promise<void> {
      inFlight++;
      try {
        await work();
      } finally {
        inFlight--;
        if (inFlight === 0) drained?.();
      }
    },
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve))),
  };
}

function messageRoutes(server: Server, options: ServerOptions, turns: ReturnType<typeof turnTracker>): void {
  const turn = messagesRoute({ ...options.messages, log: options.log, trustedProxies: options.trustedProxies });
  server.post(
    '/api/messages',
    // Activities are JSON: anything else is refused before a body parser (multipart would write files) sees it.
    (req: Request, res: Response, next) => {
      if (req.is('json')) return next();
      sendJson(res, 415, { error: 'expected a JSON Bot Framework activity' });
      return next(false);
    },
    restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes ?? 512 * 1024, mapParams: false, mapFiles: false, rejectUnknown: true }),
    async (req: Request, res: Response) => turns.around(() => turn(req, res)),
  );
}

function healthRoutes(server: Server, options: ServerOptions): void {
  server.get('/healthz', async (_req: Request, res: Response) => sendJson(res, 200, { status: 'ok' }));
  // Readiness for probes; the outbox figures only to callers on this machine (operators), not to the internet.
  server.get('/readyz', async (req: Request, res: Response) => {
    try {
      const details = await options.ready();
      sendJson(res, 200, isLoopbackAddress(clientAddress(req, options.trustedProxies)) ? { status: 'ready', ...details } : { status: 'ready' });
    } catch (err) {
      options.log.warn({ err: { message: (err as Error).message } }, 'not ready');
      sendJson(res, 503, { status: 'unavailable', reason: 'store unreachable' });
    }
  });
}

/** The chat page (unless Messenger only), the privacy and data deletion pages, and their scripts and styles. */
function pageRoutes(server: Server, options: ServerOptions): void {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self' https://*.botframework.com wss://*.botframework.com",
    `frame-ancestors 'self' ${options.frameAncestors.join(' ')}`.trim(),
  ].join('; ');
  const html = (body: string) => async (_req: Request, res: Response) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Content-Security-Policy': csp,
      'Cache-Control': 'no-store',
    });
    res.end(body);
  };
  const { pages, assets } = options;
  if (options.webChat) server.get('/', html(pages.chat));
  server.get('/privacy', html(pages.privacy));
  server.get('/data-deletion', html(pages.dataDeletion));
  server.get('/favicon.ico', async (_req: Request, res: Response) => {
    res.writeHead(204);
    res.end();
  });
  // Built by bot/web/build.ts, sent precompressed from memory (bot/web/assets.ts); embed.js keeps its name.
  const send = async (req: Request, res: Response) => assets.send(String(req.params.name ?? ''), req, res);
  server.get('/assets/:name', send);
  server.head('/assets/:name', send);
  server.get('/static/:name', send);
}

export function createServer(options: ServerOptions): BotServer {
  // restify logs through our logger (with its redaction), never its own default one.
  const server = restify.createServer({
    name: 'dg-safety-bot',
    handleUncaughtExceptions: false,
    log: options.log.child({ component: 'restify' }) as never,
  });
  server.server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Above the keep-alive time, as Node requires (nodejs/node#27363).
  server.server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const turns = turnTracker();
  guardRequests(server, options.production);
  messageRoutes(server, options, turns);
  healthRoutes(server, options);
  pageRoutes(server, options);
  options.extraRoutes?.(server);
  return {
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Connections idling in keep-alive would hold close() open.
        server.server.closeIdleConnections?.();
      });
      await turns.idle();
    },
  };
}
