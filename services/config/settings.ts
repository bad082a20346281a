import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting the bot reads from the environment (and from `.env`, see loadSettings).
 * This schema is the single source of truth: README's configuration table and `.env.example` follow it.
 */
const port = z.coerce
  .number({ error: 'must be a whole number between 1 and 65535' })
  .int('must be a whole number between 1 and 65535')
  .min(0, 'must be a whole number between 1 and 65535')
  .max(65535, 'must be a whole number between 1 and 65535');

/** A whole number in a range, with the message every such setting gives. */
const wholeNumber = (min: number, max: number, unit = '') => {
  const message = `must be a whole number${unit ? ` of ${unit}` : ''} from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' }).transform((v) => ['true', '1', 'yes'].includes(v));

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

export const settingsSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
    PORT: port.default(3978),
    HOST: z.string().trim().min(1, 'must not be empty').default('0.0.0.0'),
    DATA_DIR: z.string().trim().min(1, 'must be a folder path').default('./data'),
    /** PostgreSQL for several instances (postgres://user:password@host:5432/db?sslmode=require); empty: SQLite. */
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a PostgreSQL URL such as postgres://user:password@host:5432/reports')
        .optional(),
    ),
    DATABASE_POOL_MAX: wholeNumber(1, 100).default(10),
    /** Reports older than this are deleted with their deliveries by the worker's daily purge. */
    RETENTION_DAYS: wholeNumber(1, 3650, 'days').default(400),
    CONFIG_DIR: z.string().trim().min(1, 'must be a folder path').default('./deployment/config'),
    DIRECTORY_FILE: z.string().trim().min(1, 'must be a file path').default('./deployment/directory/services.json'),
    /** The bot's public address, for links the bot sends (the privacy page). Defaults to http://localhost:PORT. */
    PUBLIC_BASE_URL: optionalText.pipe(z.url({ error: 'must be an absolute URL such as https://report.example.gov.uk' }).optional()),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z
      .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { error: 'must be MultiTenant, SingleTenant or UserAssignedMSI' })
      .default('MultiTenant'),
    MicrosoftAppTenantId: optionalText,
    /**
     * Bot Framework's OpenID metadata for tokens from the channel (its own setting name). Empty: Azure Bot Service's
     * public one. Set only for a sovereign cloud, or a test's local OpenID server.
     */
    BotOpenIdMetadata: optionalText.pipe(z.url({ error: 'must be the URL of an OpenID Connect metadata document' }).optional()),
    MAX_MESSAGE_CHARS: wholeNumber(200, 20000).default(4000),
    LANGUAGE_ENDPOINT: optionalText.pipe(
      z.url({ error: 'must be the Azure AI Language endpoint URL, like https://<name>.cognitiveservices.azure.com/' }).optional(),
    ),
    LANGUAGE_KEY: optionalText,
    LANGUAGE_PROJECT: optionalText,
    LANGUAGE_DEPLOYMENT: optionalText,
    LANGUAGE_TIME_BUDGET_MS: wholeNumber(200, 10000, 'milliseconds').default(2500),
    /** Direct Line secret of the Azure Bot's Web Chat channel; when set, the page gets tokens from Azure (never the secret). */
    DIRECTLINE_SECRET: optionalText,
    /** Direct Line endpoint (a regional one, e.g. https://europe.directline.botframework.com). */
    DIRECTLINE_ENDPOINT: z
      .url({ error: 'must be an absolute URL such as https://directline.botframework.com' })
      .default('https://directline.botframework.com'),
    /** Web pages allowed to ask for a chat token (the council sites that embed the widget), comma-separated origins. */
    WEBCHAT_ALLOWED_ORIGINS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim().replace(/\/$/, ''))
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.string().refine(isWebOrigin, {
            error: (i) =>
              `must be a comma-separated list of origins such as https://www.dartford.gov.uk (scheme and host only, no path or wildcard; got "${String(i.input).slice(0, 60)}")`,
          }),
        ),
      ),
    /** Serve the chat page and token endpoint. Production needs DIRECTLINE_SECRET for it; false for Messenger only. */
    WEBCHAT_ENABLED: flag.default(true),
    TOKEN_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1000).default(10),
    /** New conversations per client address per hour (local Direct Line; /api/messages when authentication is off). */
    CONVERSATION_RATE_LIMIT_PER_HOUR: wholeNumber(1, 100_000).default(30),
    /** Messages per client address per minute (local Direct Line; /api/messages when authentication is off). */
    MESSAGE_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 100_000).default(60),
    /**
     * How many proxies in front of the bot append the client's address to X-Forwarded-For: false (none; the socket's
     * address is used), true (one, as App Service's front end), or a number. Rate limits use the address that many
     * entries from the right.
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .default('false')
      .transform((v, ctx) => {
        if (['false', 'no', '0', ''].includes(v)) return 0;
        if (['true', 'yes'].includes(v)) return 1;
        if (/^[1-9]$/.test(v)) return Number(v);
        ctx.addIssue({ code: 'custom', message: 'must be true, false or the number of proxies in front of the bot (1 to 9)' });
        return z.NEVER;
      }),
    /** Where "Quick exit" sends the resident: a neutral site. */
    QUICK_EXIT_URL: z.url({ error: 'must be an absolute URL' }).default('https://www.bbc.co.uk/weather'),
    /** Run the delivery worker inside the bot process (false when `npm run worker` runs it separately). */
    RUN_WORKER: flag.default(true),
    DELIVERY_CONCURRENCY: wholeNumber(1, 64).default(4),
    DELIVERY_MAX_ATTEMPTS: wholeNumber(1, 100).default(10),
    DELIVERY_BASE_DELAY_MS: wholeNumber(10, 3_600_000, 'milliseconds').default(5000),
    DELIVERY_MAX_DELAY_MS: wholeNumber(100, 86_400_000, 'milliseconds').default(3_600_000),
    DELIVERY_LEASE_MS: wholeNumber(500, 3_600_000, 'milliseconds').default(60_000),
    DELIVERY_POLL_MS: wholeNumber(10, 60_000, 'milliseconds').default(1000),
    OUTBOX_WARN_MINUTES: wholeNumber(1, 10_080, 'minutes').default(15),
    /** The staff inbox at /staff (docs/architecture.md 13). */
    STAFF_ENABLED: flag.default(true),
    /** Signs the staff pages' CSRF tokens; the same on every instance (Key Vault reference); 32 characters or more. */
    STAFF_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters (a random secret)').optional()),
    /** Local staff accounts (email and password) in production: off unless this says so (Entra ID is the production sign-in). */
    STAFF_LOCAL_ACCOUNTS: optionalText.pipe(flag.optional()),
    /** Microsoft Entra ID sign-in to the staff inbox: the directory (tenant) id of the council's Entra ID. */
    STAFF_ENTRA_TENANT_ID: optionalText.pipe(
      z.uuid('must be the directory (tenant) id, a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47').optional(),
    ),
    /** The application (client) id of the inbox's app registration. */
    STAFF_ENTRA_CLIENT_ID: optionalText.pipe(z.uuid('must be the application (client) id of the app registration, a GUID').optional()),
    /** A client secret of that app registration (Key Vault reference). */
    STAFF_ENTRA_CLIENT_SECRET: optionalText,
    /**
     * The OpenID Connect issuer. Empty: https://login.microsoftonline.com/<STAFF_ENTRA_TENANT_ID>/v2.0. Set only for a
     * sovereign cloud, or a test's local OpenID Connect provider.
     */
    STAFF_ENTRA_ISSUER: optionalText.pipe(z.url({ error: 'must be the issuer URL of an OpenID Connect provider' }).optional()),
    STATE_TTL_HOURS: z.coerce
      .number({ error: 'must be a number of hours from 1 to 720' })
      .min(1, 'must be a number of hours from 1 to 720')
      .max(720, 'must be a number of hours from 1 to 720')
      .default(24),
  })
  .superRefine((s, ctx) => {
    if (s.NODE_ENV === 'production' && !s.MicrosoftAppId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message: 'is required when NODE_ENV is production (the bot never runs without Bot Framework authentication there)',
      });
    }
    if (s.MicrosoftAppType !== 'UserAssignedMSI' && s.MicrosoftAppId && !s.MicrosoftAppPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: `is required when MicrosoftAppId is set and MicrosoftAppType is ${s.MicrosoftAppType}`,
      });
    }
    if (s.LANGUAGE_ENDPOINT && !s.LANGUAGE_KEY)
      ctx.addIssue({ code: 'custom', path: ['LANGUAGE_KEY'], message: 'is required when LANGUAGE_ENDPOINT is set' });
    if (s.LANGUAGE_KEY && !s.LANGUAGE_ENDPOINT)
      ctx.addIssue({ code: 'custom', path: ['LANGUAGE_ENDPOINT'], message: 'is required when LANGUAGE_KEY is set' });
    if (!!s.LANGUAGE_PROJECT !== !!s.LANGUAGE_DEPLOYMENT) {
      ctx.addIssue({
        code: 'custom',
        path: [s.LANGUAGE_PROJECT ? 'LANGUAGE_DEPLOYMENT' : 'LANGUAGE_PROJECT'],
        message: 'must be set together with LANGUAGE_PROJECT and LANGUAGE_DEPLOYMENT',
      });
    }
    if (s.NODE_ENV === 'production' && s.BotOpenIdMetadata?.startsWith('http:')) {
      ctx.addIssue({ code: 'custom', path: ['BotOpenIdMetadata'], message: 'must use https in production' });
    }
    if (s.NODE_ENV === 'production' && s.LANGUAGE_ENDPOINT?.startsWith('http:')) {
      ctx.addIssue({ code: 'custom', path: ['LANGUAGE_ENDPOINT'], message: 'must use https in production' });
    }
    if (s.NODE_ENV === 'production' && s.WEBCHAT_ENABLED && !s.DIRECTLINE_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['DIRECTLINE_SECRET'],
        message:
          "is required when NODE_ENV is production and the web chat is on (copy it from the Azure Bot's Web Chat channel, or set WEBCHAT_ENABLED=false for Messenger only)",
      });
    }
    if (s.NODE_ENV === 'production') {
      const insecure = s.WEBCHAT_ALLOWED_ORIGINS.find((o) => !o.startsWith('https://'));
      if (insecure)
        ctx.addIssue({
          code: 'custom',
          path: ['WEBCHAT_ALLOWED_ORIGINS'],
          message: `must list only https origins in production (got "${insecure.slice(0, 60)}")`,
        });
    }
    if (s.NODE_ENV === 'production' && s.STAFF_ENABLED && !s.STAFF_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['STAFF_SECRET'],
        message:
          'is required when NODE_ENV is production and the staff inbox is on (a random secret of 32 characters or more, or STAFF_ENABLED=false)',
      });
    }
    const entra = [s.STAFF_ENTRA_CLIENT_ID, s.STAFF_ENTRA_CLIENT_SECRET, s.STAFF_ENTRA_TENANT_ID ?? s.STAFF_ENTRA_ISSUER];
    if (entra.some(Boolean)) {
      const names = ['STAFF_ENTRA_CLIENT_ID', 'STAFF_ENTRA_CLIENT_SECRET', 'STAFF_ENTRA_TENANT_ID'];
      entra.forEach((v, i) => {
        if (!v)
          ctx.addIssue({
            code: 'custom',
            path: [names[i]!],
            message: 'must be set together with STAFF_ENTRA_CLIENT_ID, STAFF_ENTRA_CLIENT_SECRET and STAFF_ENTRA_TENANT_ID (Entra ID sign-in)',
          });
      });
      if (s.NODE_ENV === 'production' && s.STAFF_ENTRA_ISSUER?.startsWith('http:'))
        ctx.addIssue({ code: 'custom', path: ['STAFF_ENTRA_ISSUER'], message: 'must use https in production' });
      if (s.NODE_ENV === 'production' && !s.PUBLIC_BASE_URL?.startsWith('https:'))
        ctx.addIssue({
          code: 'custom',
          path: ['PUBLIC_BASE_URL'],
          message:
            'must be the https address of the service when Entra ID sign-in is on (its redirect URI is PUBLIC_BASE_URL/staff/sign-in/entra/callback)',
        });
    }
    if (s.MicrosoftAppType !== 'MultiTenant' && s.MicrosoftAppId && !s.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: `is required when MicrosoftAppType is ${s.MicrosoftAppType}` });
    }
  });

export type Settings = z.infer<typeof settingsSchema>;

/** The service's public address: PUBLIC_BASE_URL, or this machine's port outside a deployment. */
export const publicBaseOf = (settings: Pick<Settings, 'PUBLIC_BASE_URL' | 'PORT'>) => settings.PUBLIC_BASE_URL ?? `http://localhost:${settings.PORT}`;

/** An http(s) origin exactly: scheme, host and port, nothing else (no path, query, credentials or wildcard). */
function isWebOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value && !url.hostname.includes('*');
  } catch {
    return false;
  }
}

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** One line per problem: "Setting PORT: must be a whole number between 1 and 65535 (got "abc")". */
export function formatIssues(issues: z.core.$ZodIssue[], source: Record<string, unknown>, what = 'Setting'): string {
  return issues
    .map((issue) => {
      const key = issue.path.join('.');
      const got = source[key];
      const shown = typeof got === 'string' && !/PASSWORD|SECRET|KEY/i.test(key) ? ` (got "${got.slice(0, 60)}")` : '';
      return `${what} ${key}: ${issue.message}${shown}`;
    })
    .join('\n');
}

/** Reads settings from an environment object. Throws ConfigurationError naming each bad setting. */
export function parseSettings(env: Record<string, string | undefined>): Settings {
  const result = settingsSchema.safeParse(env);
  if (!result.success) throw new ConfigurationError(formatIssues(result.error.issues, env));
  return result.data;
}

/** Loads `.env` from the working folder (values already in the environment win), then parses. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Settings {
  const file = path.join(cwd, '.env');
  if (env === process.env && existsSync(file)) process.loadEnvFile(file);
  return parseSettings(env);
}
