import './requireNode';
import { isIPv6 } from 'node:net';
import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, ConversationState, type TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { DialogState } from 'botbuilder-dialogs';
import * as copy from '../dialogs/copy/en';
import type { ReportDraft } from '../dialogs/draft';
import { MainDialog } from '../dialogs/mainDialog';
import type { DialogServices } from '../dialogs/services';
import type { TextAnalyser } from '../services/classification/analysis';
import { AzureLanguage } from '../services/classification/azure/azureLanguage';
import type { Classifier } from '../services/classification/codes';
import { EmbeddedClassifier } from '../services/classification/embedded/embeddedClassifier';
import { EmbeddedTextAnalyser } from '../services/classification/embedded/textAnalyser';
import { loadDeploymentConfig, type DeploymentConfig } from '../services/config/deployment';
import type { Transport } from '../services/delivery/transport';
import { createTransports } from '../services/delivery/transports';
import { DeliveryWorker } from '../services/delivery/worker';
import type { Outbox, ReportStore } from '../services/store/reportStore';
import { ConfigurationError, loadSettings, type Settings } from '../services/config/settings';
import { Locator, loadNeighbours } from '../services/location/locator';
import { createRateLimits } from '../services/limits/rateLimits';
import { guardProcess, routeConsole } from '../services/logging/processGuards';
import { createLogger, type Logger } from '../services/logging/logger';
import { ReportService } from '../services/reports/reportService';
import { loadDirectory } from '../services/signposting/directory';
import { SqlBotStorage } from '../services/store/botStorage';
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
import { createServer, type BotServer } from './server';

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
export function chooseLanguageServices(settings: Settings, log: Logger): { classifier: Classifier; analyser: TextAnalyser } {
  const embedded = { classifier: EmbeddedClassifier.default(), analyser: new EmbeddedTextAnalyser() };
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
  return { classifier: azure, analyser: azure };
}

/** The delivery worker and one transport per queue, from settings and the queues configuration. */
export function createWorker(settings: Settings, deployment: DeploymentConfig, outbox: Outbox & Pick<ReportStore, 'purgeReports'>, log: Logger): { worker: DeliveryWorker; transports: Map<string, Transport> } {
  const transports = createTransports(deployment);
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

/** The composition root: settings → services → adapter → server. Everything is chosen here, from configuration. */
export async function startApp(settings: Settings, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(settings.LOG_LEVEL);
  const now = options.now ?? (() => new Date());
  const loaded = loadDeploymentConfig(settings.CONFIG_DIR);
  // Links sent in chat must be absolute: a path in partnership.json is taken from the bot's public address.
  const publicBase = settings.PUBLIC_BASE_URL ?? `http://localhost:${settings.PORT}`;
  const deployment = { ...loaded, partnership: { ...loaded.partnership, privacyUrl: new URL(loaded.partnership.privacyUrl, publicBase).href } };
  const directory = loadDirectory(settings.DIRECTORY_FILE);
  prepareWhen();

  const { db, dialect, pool } = openDatabase(settings, (err) => log.warn({ err: { message: err.message } }, 'database connection lost: it will be replaced'));
  await migrate(db);
  const store = new SqlReportStore(db, deployment.partnership.referencePrefix, now, dialect);
  const purge = async () => {
    const removed = await store.purgeStale(new Date(now().getTime() - settings.STATE_TTL_HOURS * 3600_000));
    if (removed.states > 0) log.info(removed, 'stale conversation state removed');
  };
  await purge();
  const purgeTimer = setInterval(() => void purge().catch((err) => log.error({ err: { message: err.message } }, 'purge failed')), 3600_000);
  purgeTimer.unref();

  const conversationState = new ConversationState(new SqlBotStorage(db, now));
  const welcomed = conversationState.createProperty<boolean>('welcomed');
  const delivery = settings.RUN_WORKER ? createWorker(settings, deployment, store, log) : undefined;
  const language = chooseLanguageServices(settings, log);
  const services: DialogServices = {
    ...language,
    locator: new Locator(deployment.boroughs, loadNeighbours(settings.CONFIG_DIR)),
    reports: new ReportService(store, deployment, now, (queues) => delivery?.worker.notify(queues)),
    directory,
    deployment,
    draft: conversationState.createProperty<ReportDraft | undefined>('draft'),
    welcomed,
    clearConversation: (context: TurnContext) => conversationState.delete(context),
    now,
    log,
  };

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
  const limits = createRateLimits(settings, pool);

  const bot = new ReportBot({
    conversationState,
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    welcomed,
    mainDialog: new MainDialog(services),
    recentActivities: conversationState.createProperty<string[]>('recentActivities'),
    maxMessageChars: settings.MAX_MESSAGE_CHARS,
    log,
    messenger: new MessengerChannel(conversationState.createProperty<string[] | undefined>('messengerNumbered')),
  });

  // The chat page's token: Azure Direct Line in production, the local development Direct Line otherwise.
  let listeningUrl = '';
  const localDirectLine =
    settings.WEBCHAT_ENABLED && settings.NODE_ENV !== 'production' && !settings.DIRECTLINE_SECRET
      ? new LocalDirectLine({ baseUrl: () => listeningUrl, log, limits, trustedProxies: settings.TRUST_PROXY })
      : undefined;
  const ownOrigin = new URL(publicBase).origin;
  const gate = new ConversationGate({ shared: dialect === 'postgres' ? store : undefined, ...options.conversationLock });
  const server = createServer({
    messages: { adapter, authentication, run: (context) => bot.run(context), gate, authDisabled: !settings.MicrosoftAppId, limits },
    log,
    production: settings.NODE_ENV === 'production',
    trustedProxies: settings.TRUST_PROXY,
    webChat: settings.WEBCHAT_ENABLED,
    ready: async () => {
      const stats = await store.stats();
      const age = stats.oldestPendingAt ? Math.round((now().getTime() - Date.parse(stats.oldestPendingAt)) / 1000) : 0;
      return { outbox: { pending: stats.pending, dead: stats.dead, oldestPendingAgeSeconds: age, workerInProcess: Boolean(delivery) } };
    },
    partnershipName: deployment.partnership.name,
    quickExitUrl: settings.QUICK_EXIT_URL,
    frameAncestors: settings.WEBCHAT_ALLOWED_ORIGINS,
    extraRoutes: (s) => {
      if (!settings.WEBCHAT_ENABLED) return;
      localDirectLine?.register(s);
      registerTokenEndpoint(s, {
        secret: settings.DIRECTLINE_SECRET,
        endpoint: settings.DIRECTLINE_ENDPOINT,
        local: localDirectLine,
        allowedOrigins: [ownOrigin, ...settings.WEBCHAT_ALLOWED_ORIGINS],
        allowLoopbackOrigins: settings.NODE_ENV !== 'production',
        limit: limits.tokens,
        trustedProxies: settings.TRUST_PROXY,
        log,
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.server.listen(settings.PORT, settings.HOST, () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.PORT;
  const url = `http://${localAddress(settings.HOST)}:${port}`;
  listeningUrl = url;
  if (localDirectLine) log.info('local Direct Line for development is on (no DIRECTLINE_SECRET): the chat page works offline');
  if (!settings.MicrosoftAppId) log.warn('MicrosoftAppId is not set: authentication is off and replies go only to loopback serviceUrls (development only)');
  log.info({ port, store: dialect }, 'bot listening');
  delivery?.worker.start();

  return {
    server,
    worker: delivery?.worker,
    store,
    url,
    async stop() {
      clearInterval(purgeTimer);
      await server.close();
      if (delivery) {
        await delivery.worker.stop();
        await closeTransports(delivery.transports);
      }
      await store.close();
    },
  };
}

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
