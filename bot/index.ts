import './requireNode';
import { randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Pool } from 'pg';
import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, ConversationState } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { DialogState } from 'botbuilder-dialogs';
import * as copy from '../dialogs/copy/en';
import { MainDialog } from '../dialogs/mainDialog';
import type { DialogServices } from '../dialogs/services';
import { AzureLanguage } from '../services/classification/azure/azureLanguage';
import { EmbeddedClassifier } from '../services/classification/embedded/embeddedClassifier';
import { EmbeddedTextAnalyser } from '../services/classification/embedded/textAnalyser';
import { inboxLinks, loadDeploymentConfig, type DeploymentConfig } from '../services/config/deployment';
import type { Transport } from '../services/delivery/transport';
import { createTransports } from '../services/delivery/transports';
import { DeliveryWorker } from '../services/delivery/worker';
import type { Outbox, ReportStore } from '../services/store/reportStore';
import { ConfigurationError, loadSettings, publicBaseOf, type Settings } from '../services/config/settings';
import { createRateLimit, createRateLimits, type RateLimits } from '../services/limits/rateLimits';
import { guardProcess, routeConsole } from '../services/logging/processGuards';
import { createLogger, type Logger } from '../services/logging/logger';
import { loadDirectory, type DirectoryEntry } from '../services/signposting/directory';
import { SqlBotStorage } from '../services/store/botStorage';
import { createDialogServices, type LanguageServices } from './dialogServices';
import { migrate, openDatabase } from '../services/store/database';
import { SqlReportStore } from '../services/store/sqlStore';
import { prepareWhen } from '../services/when/parseWhen';
import { ReportBot } from './reportBot';
import { ReportAdapter } from './adapter';
import { ConversationGate } from './conversationGate';
import { TurnRefusedError } from './turnRefused';
import { MessengerChannel } from './channels/facebook';
import { LocalDirectLine } from './directline/localDirectLine';
import { registerTokenEndpoint } from './directline/tokenEndpoint';
import type { Server } from 'restify';
import { createServer, type BotServer } from './server';
import { WebAssets } from './web/assets';
import { renderPages } from './web/pages';
import { registerStaffRoutes, type StaffAppOptions } from './staff/staffApp';
import { SqlStaffStore } from '../services/staff/sqlStaffStore';
import { EntraSignIn } from './staff/entraSignIn';

export interface App {
  server: BotServer;
  worker?: DeliveryWorker;
  store: SqlReportStore;
  url: string;
  /** Graceful stop: no new connections, turns in flight finish, the store closes. */
  stop(): Promise<void>;
}

export interface AppOptions {
  log?: Logger;
  now?: () => Date;
  /** Conversation lock timing across instances (tests shorten it). */
  conversationLock?: { waitMs: number; leaseMs: number };
}

/** Azure AI Language when LANGUAGE_ENDPOINT and LANGUAGE_KEY are set, the embedded implementations otherwise. */
export function chooseLanguageServices(settings: Settings, log: Logger): LanguageServices {
  const classifier = EmbeddedClassifier.default();
  // Danger is always read by the embedded detector (phrases and its model), on the Azure path too.
  const embedded = { classifier, analyser: new EmbeddedTextAnalyser(), danger: classifier.danger };
  if (!settings.LANGUAGE_ENDPOINT || !settings.LANGUAGE_KEY) return embedded;
  const azure = new AzureLanguage({
    endpoint: settings.LANGUAGE_ENDPOINT,
    key: settings.LANGUAGE_KEY,
    project: settings.LANGUAGE_PROJECT,
    deployment: settings.LANGUAGE_DEPLOYMENT,
    budgetMs: settings.LANGUAGE_TIME_BUDGET_MS,
    log,
    fallback: embedded,
  });
  log.info({ customClassification: Boolean(settings.LANGUAGE_PROJECT) }, 'using Azure AI Language');
  return { classifier: azure, analyser: azure, danger: embedded.danger };
}

/** The delivery worker and one transport per queue, from settings and the queues configuration. */
export function createWorker(
  settings: Settings,
  deployment: DeploymentConfig,
  outbox: Outbox & Pick<ReportStore, 'purgeReports'>,
  log: Logger,
  directory: readonly DirectoryEntry[],
): { worker: DeliveryWorker; transports: Map<string, Transport> } {
  const transports = createTransports({ ...deployment, inboxUrl: inboxLinks(settings, deployment), directory });
  const worker = new DeliveryWorker({
    outbox,
    queues: deployment.queues,
    transports,
    log: log.child({ component: 'delivery' }),
    concurrency: settings.DELIVERY_CONCURRENCY,
    maxAttempts: settings.DELIVERY_MAX_ATTEMPTS,
    baseDelayMs: settings.DELIVERY_BASE_DELAY_MS,
    maxDelayMs: settings.DELIVERY_MAX_DELAY_MS,
    leaseMs: settings.DELIVERY_LEASE_MS,
    pollMs: settings.DELIVERY_POLL_MS,
    backlogWarnMs: settings.OUTBOX_WARN_MINUTES * 60_000,
    retentionDays: settings.RETENTION_DAYS,
    purge: (before) => outbox.purgeReports(before, false),
  });
  return { worker, transports };
}

export async function closeTransports(transports: Map<string, Transport>): Promise<void> {
  await Promise.all([...transports.values()].map((t) => t.close?.()));
}

/** How this machine reaches the address the bot listens on (an IPv6 literal in brackets, "any" as loopback). */
function localAddress(host: string): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return isIPv6(reachable) ? `[${reachable}]` : reachable;
}

/**
 * Azure's public cloud endpoints with another OpenID metadata URL for channel tokens. botbuilder takes any one of
 * these as meaning all are given, so all are given: its own public-cloud values.
 */
function publicCloudWith(openIdMetadataUrl: string): Record<string, string> {
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/** The partnership's configuration, with the links sent in chat made absolute from the bot's public address. */
function loadDeployment(settings: Settings): { deployment: DeploymentConfig; publicBase: string } {
  const loaded = loadDeploymentConfig(settings.CONFIG_DIR);
  const publicBase = publicBaseOf(settings);
  const privacyUrl = new URL(loaded.partnership.privacyUrl, publicBase).href;
  return { deployment: { ...loaded, partnership: { ...loaded.partnership, privacyUrl } }, publicBase };
}

/** The store (SQLite or PostgreSQL, migrated), and the hourly purge of unfinished conversations. */
async function openStore(settings: Settings, deployment: DeploymentConfig, log: Logger, now: () => Date) {
  const { db, dialect, pool } = openDatabase(settings, (err) =>
    log.warn({ err: { message: err.message } }, 'database connection lost: it will be replaced'),
  );
  await migrate(db);
  const store = new SqlReportStore(db, deployment.partnership.referencePrefix, now, dialect);
  const purge = async () => {
    const removed = await store.purgeStale(new Date(now().getTime() - settings.STATE_TTL_HOURS * 3600_000));
    if (removed.states > 0) log.info(removed, 'stale conversation state removed');
  };
  await purge();
  const purgeTimer = setInterval(() => void purge().catch((err) => log.error({ err: { message: err.message } }, 'purge failed')), 3600_000);
  purgeTimer.unref();
  return { db, dialect, pool, store, stopPurge: () => clearInterval(purgeTimer) };
}

/** Bot Framework authentication from the Microsoft* settings, and the adapter that answers a failed turn. */
function createAdapter(settings: Settings, log: Logger): { adapter: ReportAdapter; authentication: ConfigurationBotFrameworkAuthentication } {
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.MicrosoftAppId ?? '',
    MicrosoftAppPassword: settings.MicrosoftAppPassword ?? '',
    MicrosoftAppType: settings.MicrosoftAppType,
    MicrosoftAppTenantId: settings.MicrosoftAppTenantId ?? '',
    ...(settings.BotOpenIdMetadata && publicCloudWith(settings.BotOpenIdMetadata)),
  });
  const adapter = new ReportAdapter(authentication);
  adapter.onTurnError = async (context, error) => {
    // A refused turn (busy, rate-limited) is answered with its HTTP status by bot/messages.ts, not an apology.
    if (error instanceof TurnRefusedError) throw error;
    log.error({ err: { name: error.name, message: error.message, stack: error.stack } }, 'turn error');
    try {
      await context.sendActivity(copy.TURN_ERROR);
      await context.sendActivity(copy.EMERGENCY);
    } catch {
      // The channel may be the thing that failed; the error is already logged.
    }
  };
  return { adapter, authentication };
}

function createBot(conversationState: ConversationState, services: DialogServices, settings: Settings, log: Logger): ReportBot {
  return new ReportBot({
    conversationState,
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    welcomed: services.welcomed,
    mainDialog: new MainDialog(services),
    recentActivities: conversationState.createProperty<string[]>('recentActivities'),
    draft: services.draft,
    maxMessageChars: settings.MAX_MESSAGE_CHARS,
    log,
    messenger: new MessengerChannel(conversationState.createProperty<string[] | undefined>('messengerNumbered')),
  });
}

/** The chat page's token endpoint: Azure Direct Line in production, the local development Direct Line otherwise. */
function webChatRoutes(settings: Settings, publicBase: string, limits: RateLimits, log: Logger, baseUrl: () => string) {
  if (!settings.WEBCHAT_ENABLED) return { register: () => undefined, local: false };
  const local =
    settings.NODE_ENV !== 'production' && !settings.DIRECTLINE_SECRET
      ? new LocalDirectLine({ baseUrl, log, limits, trustedProxies: settings.TRUST_PROXY })
      : undefined;
  const register = (server: Server) => {
    local?.register(server);
    registerTokenEndpoint(server, {
      secret: settings.DIRECTLINE_SECRET,
      endpoint: settings.DIRECTLINE_ENDPOINT,
      local,
      allowedOrigins: [new URL(publicBase).origin, ...settings.WEBCHAT_ALLOWED_ORIGINS],
      allowLoopbackOrigins: settings.NODE_ENV !== 'production',
      limit: limits.tokens,
      trustedProxies: settings.TRUST_PROXY,
      log,
    });
  };
  return { register, local: Boolean(local) };
}

/** The staff inbox at /staff (bot/staff/), unless STAFF_ENABLED=false. */
function staffApp(
  settings: Settings,
  deployment: DeploymentConfig,
  directory: readonly DirectoryEntry[],
  publicBase: string,
  store: SqlReportStore,
  assets: WebAssets,
  log: Logger,
  now: () => Date,
  pool?: Pool,
) {
  if (!settings.STAFF_ENABLED) return undefined;
  const production = settings.NODE_ENV === 'production';
  const { STAFF_ENTRA_CLIENT_ID: clientId, STAFF_ENTRA_CLIENT_SECRET: clientSecret } = settings;
  const issuer = settings.STAFF_ENTRA_ISSUER ?? `https://login.microsoftonline.com/${settings.STAFF_ENTRA_TENANT_ID}/v2.0`;
  const entra =
    clientId && clientSecret
      ? new EntraSignIn({
          issuer,
          clientId,
          clientSecret,
          redirectUri: new URL('/staff/sign-in/entra/callback', publicBase).href,
          allowHttp: !production && issuer.startsWith('http:'),
        })
      : undefined;
  const options: StaffAppOptions = {
    staff: new SqlStaffStore(store.db),
    reports: store,
    deployment,
    assets,
    production,
    // Outside production a secret per process is enough (forms open across a restart ask to be sent again).
    secret: settings.STAFF_SECRET ?? randomBytes(32).toString('hex'),
    localAccounts: settings.STAFF_LOCAL_ACCOUNTS ?? !production,
    entra,
    directory,
    publicBase,
    log: log.child({ component: 'staff' }),
    trustedProxies: settings.TRUST_PROXY,
    now,
    limits: {
      signInPerAccount: createRateLimit({ name: 'staff-sign-in-account', points: 10, windowSeconds: 900 }, pool),
      signInPerAddress: createRateLimit({ name: 'staff-sign-in-address', points: 30, windowSeconds: 900 }, pool),
    },
  };
  return (server: Server) => registerStaffRoutes(server, options);
}

/** Listens on HOST:PORT; the address this machine reaches it on. */
async function listen(server: BotServer, settings: Settings): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.server.listen(settings.PORT, settings.HOST, () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.PORT;
  return `http://${localAddress(settings.HOST)}:${port}`;
}

/**
 * The composition root, used by `npm start`, the tests and the benchmarks: settings → store → services → adapter →
 * routes. Everything is chosen here, from configuration.
 */
export async function startApp(settings: Settings, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(settings.LOG_LEVEL);
  const now = options.now ?? (() => new Date());
  const { deployment, publicBase } = loadDeployment(settings);
  const assets = await WebAssets.load(settings.NODE_ENV === 'production');
  const pages = renderPages({
    deployment,
    assets,
    exitUrl: settings.QUICK_EXIT_URL,
    retentionDays: settings.RETENTION_DAYS,
    maxMessageChars: settings.MAX_MESSAGE_CHARS,
  });
  prepareWhen();
  const { dialect, pool, store, stopPurge } = await openStore(settings, deployment, log, now);
  const directory = loadDirectory(settings.DIRECTORY_FILE);
  const delivery = settings.RUN_WORKER ? createWorker(settings, deployment, store, log, directory) : undefined;
  const conversationState = new ConversationState(new SqlBotStorage(store.db, now));
  const services = createDialogServices({
    deployment,
    directory,
    store,
    conversationState,
    language: chooseLanguageServices(settings, log),
    configDir: settings.CONFIG_DIR,
    now,
    log,
    notify: (queues) => delivery?.worker.notify(queues),
  });
  const bot = createBot(conversationState, services, settings, log);
  const { adapter, authentication } = createAdapter(settings, log);
  const limits = createRateLimits(settings, pool);
  const gate = new ConversationGate({ shared: dialect === 'postgres' ? store : undefined, ...options.conversationLock });
  let url = '';
  const webChat = webChatRoutes(settings, publicBase, limits, log, () => url);
  const staffRoutes = staffApp(settings, deployment, directory, publicBase, store, assets, log, now, pool);
  const server = createServer({
    messages: { adapter, authentication, run: (context) => bot.run(context), gate, authDisabled: !settings.MicrosoftAppId, limits },
    log,
    production: settings.NODE_ENV === 'production',
    trustedProxies: settings.TRUST_PROXY,
    webChat: settings.WEBCHAT_ENABLED,
    ready: () => readiness(store, now, Boolean(delivery)),
    pages,
    assets,
    frameAncestors: settings.WEBCHAT_ALLOWED_ORIGINS,
    extraRoutes: (server) => {
      webChat.register(server);
      staffRoutes?.(server);
    },
  });
  url = await listen(server, settings);
  if (webChat.local) log.info('local Direct Line for development is on (no DIRECTLINE_SECRET): the chat page works offline');
  if (!settings.MicrosoftAppId)
    log.warn('MicrosoftAppId is not set: authentication is off and replies go only to loopback serviceUrls (development only)');
  log.info({ port: new URL(url).port, store: dialect }, 'bot listening');
  delivery?.worker.start();
  const stop = async () => {
    stopPurge();
    await server.close();
    if (delivery) await delivery.worker.stop().then(() => closeTransports(delivery.transports));
    await store.close();
  };
  return { server, worker: delivery?.worker, store, url, stop };
}

/** What /readyz tells an operator: the outbox backlog. Throws when the store cannot be reached. */
async function readiness(store: SqlReportStore, now: () => Date, workerInProcess: boolean): Promise<Record<string, unknown>> {
  const stats = await store.stats();
  const age = stats.oldestPendingAt ? Math.round((now().getTime() - Date.parse(stats.oldestPendingAt)) / 1000) : 0;
  return { outbox: { pending: stats.pending, dead: stats.dead, oldestPendingAgeSeconds: age, workerInProcess } };
}

/** How long a stop on SIGTERM or SIGINT waits for turns in flight and the outbox worker (most platforms kill at 30 s). */
const SHUTDOWN_DEADLINE_MS = 25_000;

async function main(): Promise<void> {
  let settings: Settings;
  try {
    settings = loadSettings();
  } catch (err) {
    if (err instanceof ConfigurationError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(settings.LOG_LEVEL);
  routeConsole(log);
  guardProcess(log);
  let app: App;
  try {
    app = await startApp(settings, { log });
  } catch (err) {
    if (err instanceof ConfigurationError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    log.fatal({ err: { message: (err as Error).message } }, 'could not start');
    process.exit(1);
  }
  process.stdout.write(`Bot running: ${app.url}/api/messages (chat page ${app.url}/)\n`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing turns in flight');
    // A turn that never ends must not keep the process from exiting: its activity was not answered, so the channel sends
    // it again to another instance, and a report already acknowledged is in the outbox.
    setTimeout(() => {
      log.error({ afterMs: SHUTDOWN_DEADLINE_MS }, 'shutdown: still waiting, exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    app.stop().then(
      () => process.exit(0),
      (err) => {
        log.error({ err: { message: (err as Error).message } }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

if (require.main === module) void main();
