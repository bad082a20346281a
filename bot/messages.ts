import { randomUUID } from 'node:crypto';
import { ActivityTypes, Channels, type Activity, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import type { Request, Response } from 'restify';
import type { RateLimits } from '../services/limits/rateLimits';
import type { Logger } from '../services/logging/logger';
import { hashKey } from '../services/store/botStorage';
import { describeProblem, incomingActivitySchema, isLoopbackUrl, replyServiceUrl, type IncomingActivity } from './activity';
import { clientAddress, isLoopbackAddress } from './clientAddress';
import type { ReportAdapter } from './adapter';
import type { ConversationGate } from './conversationGate';
import { TurnRefusedError } from './turnRefused';

/** Where a turn finds its admission check for a new conversation (set only when a limit applies to the caller). */
export const ADMIT_CONVERSATION = Symbol('admitConversation');
/** Seconds to wait before this client may start another conversation, or 0. */
export type AdmitConversation = () => Promise<number>;

export interface MessagesRouteOptions {
  adapter: ReportAdapter;
  /** The same authentication the adapter was built with: each request is checked before anything else runs. */
  authentication: BotFrameworkAuthentication;
  /** The bot's turn logic. */
  run(context: TurnContext): Promise<void>;
  gate: ConversationGate;
  log: Logger;
  /** True when no MicrosoftAppId is configured (development only). */
  authDisabled: boolean;
  /** Applied to callers from outside this machine while authentication is off (with it on, the channel is the caller). */
  limits: Pick<RateLimits, 'conversations' | 'messages'>;
  trustedProxies: number;
}

type Answer = { status: number; body?: unknown; retryAfter?: number };
/** What the turn's log line says of the activity (never ids or text). */
type Seen = { channelId?: string; activityType?: string };

/**
 * POST /api/messages: a body is checked for shape, then authenticated, then rate-limited (authentication off only),
 * then its turn runs when the conversation's previous turn is done. Every failure is an HTTP status with a short
 * reason and no internal detail.
 */
export function messagesRoute(options: MessagesRouteOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const turnLog = options.log.child({ turnId: randomUUID() });
    const started = Date.now();
    const seen: Seen = {};
    const answer: Answer = await handle(options, req, turnLog, seen).catch((err: unknown) => {
      turnLog.error({ err: { name: (err as Error)?.name } }, 'turn failed');
      return { status: 500, body: { error: 'the bot could not process this activity' } };
    });
    if (answer.retryAfter) res.header('Retry-After', String(answer.retryAfter));
    res.status(answer.status);
    if (answer.body === undefined) res.end();
    else res.json(answer.body);
    turnLog.info({ status: answer.status, ...seen, ms: Date.now() - started }, 'turn');
  };
}

async function handle(options: MessagesRouteOptions, req: Request, log: Logger, seen: Seen): Promise<Answer> {
  const checked = check(options, req);
  if ('status' in checked) {
    log.warn({ status: checked.status }, `rejected: ${checked.reason}`);
    return { status: checked.status, body: { error: checked.reason } };
  }
  const { activity } = checked;
  seen.channelId = loggable(activity.channelId);
  seen.activityType = loggable(activity.type);
  let authentication: AuthenticateRequestResult;
  try {
    authentication = await options.authentication.authenticateRequest(activity as unknown as Activity, String(req.header('authorization') ?? ''));
  } catch (err) {
    log.warn({ status: 401, reason: (err as Error)?.name }, 'rejected: not authenticated');
    return { status: 401, body: { error: 'unauthorized' } };
  }
  const limited = options.authDisabled ? clientAddress(req, options.trustedProxies) : undefined;
  const limit = limited && !isLoopbackAddress(limited) ? limited : undefined;
  if (limit) {
    const wait = await options.limits.messages.take(limit);
    if (wait > 0) return tooMany(log, wait, 'too many messages');
  }
  const admit: AdmitConversation | undefined = limit ? () => options.limits.conversations.take(limit) : undefined;
  try {
    const result = await options.gate.run(hashKey(activity.channelId, activity.conversation.id), () =>
      options.adapter.runTurn(authentication, prepare(activity), async (context) => {
        if (admit) context.turnState.set(ADMIT_CONVERSATION, admit);
        await options.run(context);
      }),
    );
    return { status: result?.status ?? 200, body: result?.body };
  } catch (err) {
    if (!(err instanceof TurnRefusedError)) throw err;
    if (err.status === 429) return tooMany(log, err.retryAfterSeconds, err.reason);
    log.warn({ status: err.status, reason: err.reason }, 'turn refused: the channel will send it again');
    return { status: err.status, body: { error: 'busy: please send again' }, retryAfter: err.retryAfterSeconds };
  }
}

const KNOWN = new Set<string>([...Object.values(Channels), ...Object.values(ActivityTypes)]);

/** Bot Framework's own channel ids and activity types are logged; anything else a client sent is not repeated. */
export function loggable(value: string): string {
  return KNOWN.has(value) ? value : 'other';
}

function tooMany(log: Logger, wait: number, reason: string): Answer {
  log.warn({ status: 429, reason }, 'rate limited');
  return { status: 429, body: { error: 'too many requests: please wait' }, retryAfter: wait };
}

type Checked = { activity: IncomingActivity } | { status: number; reason: string };

function check(options: MessagesRouteOptions, req: Request): Checked {
  if (!req.is('json') || typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
    return { status: 400, reason: 'expected a JSON Bot Framework activity' };
  }
  const parsed = incomingActivitySchema.safeParse(req.body);
  if (!parsed.success) return { status: 400, reason: `not a Bot Framework activity (${describeProblem(parsed.error)})` };
  if (options.authDisabled && !isLoopbackUrl(parsed.data.serviceUrl)) {
    return { status: 403, reason: 'authentication is off (no MicrosoftAppId), so only loopback serviceUrls are accepted' };
  }
  return { activity: parsed.data };
}

/**
 * Times as the adapter's own request path gives them to the bot (Date objects, with the original text kept), and a
 * service URL replies can reach.
 */
function prepare(activity: IncomingActivity): Activity {
  const prepared: Record<string, unknown> = { ...activity, serviceUrl: replyServiceUrl(activity.serviceUrl) };
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      prepared[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
      prepared[field] = new Date(value);
    }
  }
  return prepared as unknown as Activity;
}
