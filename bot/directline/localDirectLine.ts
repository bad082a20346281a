/**
 * DEVELOPMENT AID ONLY. A local Direct Line 3.0 (the subset Web Chat uses), so `npm start` gives a working chat in
 * the browser with no Azure account: start conversation, post activity, upload, get activities with watermark
 * (polling), token refresh, and the connector endpoints the bot's replies go to. Conversations live in memory.
 * It is never mounted in production or when DIRECTLINE_SECRET is set (bot/index.ts); the channel id is `webchat`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import restify, { type Request, type Response, type Server } from 'restify';
import type { RateLimits } from '../../services/limits/rateLimits';
import type { Logger } from '../../services/logging/logger';
import { clientAddress } from '../clientAddress';

interface Conversation {
  id: string;
  userId: string;
  activities: Array<Record<string, unknown>>;
  lastUsed: number;
}

const TOKEN_LIFETIME_S = 1800;
const IDLE_MS = 2 * 3600_000;
const BOT = { id: 'dg-community-safety-bot', name: 'Community safety reporting' };
/** Memory bounds: a conversation's transcript, and conversations and tokens held at once. */
const MAX_ACTIVITIES = 2_000;
const MAX_CONVERSATIONS = 5_000;

export interface LocalDirectLineOptions {
  /** This server's own base URL (loopback), for serviceUrl and the bot's messaging endpoint. */
  baseUrl: () => string;
  log: Logger;
  /** New conversations and messages per client address. */
  limits: Pick<RateLimits, 'conversations' | 'messages'>;
  trustedProxies: number;
}

class BotRefused extends Error {
  constructor(readonly status: number) {
    super(`bot answered ${status}`);
  }
}

export class LocalDirectLine {
  private readonly conversations = new Map<string, Conversation>();
  /** token → conversation id (undefined until the conversation starts) and user id. */
  private readonly tokens = new Map<string, { conversationId?: string; userId: string; expires: number }>();

  constructor(private readonly options: LocalDirectLineOptions) {}

  /** A token for a new resident (what the token endpoint hands the page in development). */
  issueToken(): { token: string; userId: string; expiresIn: number } {
    if (this.tokens.size >= MAX_CONVERSATIONS * 2) this.sweep();
    const userId = `dl_${randomBytes(12).toString('hex')}`;
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { userId, expires: Date.now() + TOKEN_LIFETIME_S * 1000 });
    return { token, userId, expiresIn: TOKEN_LIFETIME_S };
  }

  /** A path: the page resolves it against its own address (localhost or 127.0.0.1 alike). */
  readonly domain = '/v3/directline';

  register(server: Server): void {
    const json = restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, mapFiles: false });
    const multipart = restify.plugins.bodyParser({ maxBodySize: 4 * 1024 * 1024, mapParams: false, mapFiles: false, keepExtensions: false });
    server.post('/v3/directline/conversations', async (req: Request, res: Response) => this.start(req, res));
    server.get('/v3/directline/conversations/:id', async (req: Request, res: Response) => this.reconnect(req, res));
    server.post('/v3/directline/tokens/refresh', async (req: Request, res: Response) => this.refresh(req, res));
    server.post('/v3/directline/conversations/:id/activities', json, async (req: Request, res: Response) =>
      this.post(req, res, req.body as Record<string, unknown>),
    );
    server.post('/v3/directline/conversations/:id/upload', multipart, async (req: Request, res: Response) => this.upload(req, res));
    server.get('/v3/directline/conversations/:id/activities', async (req: Request, res: Response) => this.get(req, res));
    // Connector API: where the bot's replies arrive (serviceUrl of the activities we forward).
    server.post('/v3/conversations/:id/activities', json, async (req: Request, res: Response) => this.fromBot(req, res));
    server.post('/v3/conversations/:id/activities/:replyTo', json, async (req: Request, res: Response) => this.fromBot(req, res));
    const timer = setInterval(() => this.sweep(), 60_000);
    timer.unref();
  }

  private send(res: Response, status: number, body?: unknown): void {
    res.status(status);
    if (body === undefined) res.end();
    else res.json(body);
  }

  private auth(req: Request): { token: string; conversationId?: string; userId: string } | undefined {
    const token = /^Bearer (.+)$/.exec(req.header('authorization') ?? '')?.[1];
    const entry = token ? this.tokens.get(token) : undefined;
    if (!token || !entry || entry.expires < Date.now()) return undefined;
    return { token, ...entry };
  }

  private conversationFor(req: Request, res: Response): { conversation: Conversation; token: string } | undefined {
    const who = this.auth(req);
    const conversation = this.conversations.get(req.params.id);
    if (!who) return void this.send(res, 403, { error: { code: 'BadArgument', message: 'invalid or expired token' } });
    if (!conversation || who.conversationId !== conversation.id)
      return void this.send(res, 404, { error: { code: 'BadArgument', message: 'conversation not found' } });
    conversation.lastUsed = Date.now();
    return { conversation, token: who.token };
  }

  /** False (and 429 sent) when this client has used its allowance. */
  private async within(limit: keyof LocalDirectLineOptions['limits'], req: Request, res: Response): Promise<boolean> {
    const wait = await this.options.limits[limit].take(clientAddress(req, this.options.trustedProxies));
    if (wait === 0) return true;
    res.header('Retry-After', String(wait));
    this.send(res, 429, { error: { code: 'TooManyRequests', message: 'too many requests: please wait' } });
    return false;
  }

  private async start(req: Request, res: Response): Promise<void> {
    const who = this.auth(req);
    if (!who) return this.send(res, 403, { error: { code: 'BadArgument', message: 'invalid or expired token' } });
    if (who.conversationId && this.conversations.has(who.conversationId)) {
      return this.send(res, 200, { conversationId: who.conversationId, token: who.token, expires_in: TOKEN_LIFETIME_S });
    }
    if (!(await this.within('conversations', req, res))) return;
    if (this.conversations.size >= MAX_CONVERSATIONS) this.sweep();
    if (this.conversations.size >= MAX_CONVERSATIONS)
      return this.send(res, 503, { error: { code: 'ServiceUnavailable', message: 'too many conversations open' } });
    const conversation: Conversation = { id: randomUUID(), userId: who.userId, activities: [], lastUsed: Date.now() };
    this.conversations.set(conversation.id, conversation);
    this.tokens.set(who.token, { conversationId: conversation.id, userId: who.userId, expires: Date.now() + TOKEN_LIFETIME_S * 1000 });
    this.send(res, 201, { conversationId: conversation.id, token: who.token, expires_in: TOKEN_LIFETIME_S });
    // As Azure's Direct Line does: the bot hears that the resident joined (and says hello).
    void this.toBot(conversation, { type: 'conversationUpdate', membersAdded: [{ id: conversation.userId }] }).catch(() => undefined);
  }

  private async reconnect(req: Request, res: Response): Promise<void> {
    const found = this.conversationFor(req, res);
    if (found) this.send(res, 200, { conversationId: found.conversation.id, token: found.token, expires_in: TOKEN_LIFETIME_S });
  }

  private async refresh(req: Request, res: Response): Promise<void> {
    const who = this.auth(req);
    if (!who) return this.send(res, 403, { error: { code: 'BadArgument', message: 'invalid or expired token' } });
    this.tokens.delete(who.token);
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { conversationId: who.conversationId, userId: who.userId, expires: Date.now() + TOKEN_LIFETIME_S * 1000 });
    this.send(res, 200, { conversationId: who.conversationId, token, expires_in: TOKEN_LIFETIME_S });
  }

  private async post(req: Request, res: Response, body: Record<string, unknown> | undefined): Promise<void> {
    const found = this.conversationFor(req, res);
    if (!found) return;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.type !== 'string') {
      return this.send(res, 400, { error: { code: 'BadArgument', message: 'an activity needs a type' } });
    }
    if (found.conversation.activities.length >= MAX_ACTIVITIES) {
      return this.send(res, 429, { error: { code: 'TooManyRequests', message: 'this conversation is too long: please start a new one' } });
    }
    if (!(await this.within('messages', req, res))) return;
    try {
      const id = await this.toBot(found.conversation, body);
      this.send(res, 200, { id });
    } catch (err) {
      // The bot refusing what the client sent (4xx) is the client's error; anything else is the bot's.
      const refused = err instanceof BotRefused && err.status < 500;
      this.options.log.warn({ status: refused ? 400 : 502 }, 'local direct line: bot did not accept the activity');
      this.send(res, refused ? 400 : 502, { error: { code: refused ? 'BadArgument' : 'BotError', message: 'the bot could not take this activity' } });
    }
  }

  private async upload(req: Request, res: Response): Promise<void> {
    const files = Object.values((req as Request & { files?: Record<string, { path: string; type: string; name: string }> }).files ?? {});
    let activity: Record<string, unknown> = { type: 'message' };
    const attachments: Array<Record<string, unknown>> = [];
    try {
      for (const file of files) {
        const content = readFileSync(file.path);
        if (file.type === 'application/vnd.microsoft.activity') activity = JSON.parse(content.toString('utf8'));
        else attachments.push({ contentType: file.type, name: file.name, contentUrl: `data:${file.type};base64,${content.toString('base64')}` });
      }
    } catch {
      return this.send(res, 400, { error: { code: 'BadArgument', message: 'the upload is not an activity and files' } });
    } finally {
      // The body parser wrote each part to a temporary file: none is kept.
      for (const file of files) rmSync(file.path, { force: true });
    }
    await this.post(req, res, { ...activity, attachments });
  }

  private async get(req: Request, res: Response): Promise<void> {
    const found = this.conversationFor(req, res);
    if (!found) return;
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    const from = Math.max(0, Number(query.get('watermark') ?? 0) || 0);
    const { activities } = found.conversation;
    this.send(res, 200, { activities: activities.slice(from), watermark: String(activities.length) });
  }

  /** Forwards a resident's activity to the bot's own /api/messages, as the channel would. */
  private async toBot(conversation: Conversation, body: Record<string, unknown>): Promise<string> {
    const id = `${conversation.id}|${String(conversation.activities.length).padStart(7, '0')}`;
    const activity = {
      ...body,
      id,
      channelId: 'webchat',
      serviceUrl: `${this.options.baseUrl()}/`,
      timestamp: new Date().toISOString(),
      conversation: { id: conversation.id },
      from: { id: conversation.userId, role: 'user' },
      recipient: { ...BOT, role: 'bot' },
    };
    // The resident's own messages are echoed in the stream (Web Chat marks them sent); joins are not.
    if (body.type !== 'conversationUpdate') conversation.activities.push(activity);
    const res = await fetch(`${this.options.baseUrl()}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 400) throw new BotRefused(res.status);
    return id;
  }

  private async fromBot(req: Request, res: Response): Promise<void> {
    const conversation = this.conversations.get(req.params.id);
    if (!conversation) return this.send(res, 404, { error: { code: 'BadArgument', message: 'conversation not found' } });
    const body = (req.body ?? {}) as Record<string, unknown>;
    const id = `${conversation.id}|${String(conversation.activities.length).padStart(7, '0')}`;
    conversation.activities.push({
      ...body,
      id,
      timestamp: new Date().toISOString(),
      from: { ...BOT, role: 'bot' },
      conversation: { id: conversation.id },
    });
    this.send(res, 200, { id });
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, c] of this.conversations) if (now - c.lastUsed > IDLE_MS) this.conversations.delete(id);
    for (const [token, t] of this.tokens) if (t.expires < now) this.tokens.delete(token);
  }
}
