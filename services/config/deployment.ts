import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { categorySchema } from '../classification/codes';
import { roleSchema } from '../staff/staff';
import { ConfigurationError, publicBaseOf, type Settings } from './settings';

/**
 * The partnership's deployment configuration (deployment/config/): its boroughs (tenants), partner queues and the
 * routing table. Adding a borough is adding a file under boroughs/ and its queues; no code changes.
 */
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');
const outward = z
  .string()
  .transform((s) => s.toUpperCase().replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]?$/, 'must be a postcode district such as DA12'));
const sector = z
  .string()
  .transform((s) => s.toUpperCase().replace(/\s+/g, ' ').trim())
  .pipe(z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? \d$/, 'must be a postcode sector such as "DA1 1"'));

export const boroughSchema = z.object({
  id,
  name: z.string().min(1),
  council: z.object({
    name: z.string().min(1),
    phone: z.string().min(1),
    website: z.url(),
    asbPage: z.url().optional(),
  }),
  /** Postcode districts wholly inside the borough. */
  postcodeDistricts: z.array(outward).default([]),
  /** Sectors inside the borough within districts that are shared with a neighbour. */
  postcodeSectors: z.array(sector).default([]),
  /** Districts partly inside the borough: a postcode here whose sector is not listed makes the bot ask. */
  sharedDistricts: z.array(outward).default([]),
  /** Towns, villages, wards and landmarks residents name. */
  places: z.array(z.string().min(2)).min(1),
  /** Directory ids of local services signposted for this borough. */
  signposts: z.array(z.string()).default([]),
});
export type Borough = z.infer<typeof boroughSchema>;

/** The name of a setting (environment variable) that holds a secret: secrets never live in these files. */
const settingName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be the name of a setting (environment variable), like SMTP_PASSWORD');

/** Where a transport connects; queues name one. Secrets are the names of settings, read at start-up. */
export const connectionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('smtp'),
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(587),
    /** true: TLS from the start (port 465); false: STARTTLS when offered. */
    secure: z.boolean().default(false),
    /** Refuse to send unless the server upgrades to TLS. */
    requireTLS: z.boolean().default(true),
    /** Accept a server certificate that does not verify (never in production). */
    allowUnverifiedCertificate: z.boolean().default(false),
    userSetting: settingName.optional(),
    passwordSetting: settingName.optional(),
    from: z.email('must be an email address'),
  }),
  z.object({ type: z.literal('azure-storage'), connectionStringSetting: settingName }),
  z.object({ type: z.literal('service-bus'), connectionStringSetting: settingName }),
]);
export type Connection = z.infer<typeof connectionSchema>;

const queueBase = { id, name: z.string().min(1), partner: z.string().min(1) };
export const queueSchema = z.discriminatedUnion('transport', [
  /** Kept in the database; staff read it with the reports CLI. The embedded default. */
  z.object({ ...queueBase, transport: z.literal('store') }),
  z.object({
    ...queueBase,
    transport: z.literal('email'),
    connection: z.string().min(1),
    to: z.array(z.email('must be an email address')).min(1),
    /**
     * `notice` (the default): the reference, type, borough, danger and hate flags and a link to the report in the staff
     * inbox, nothing the resident wrote; `report`: the whole report, with the routed report attached as JSON.
     */
    emailContent: z.enum(['notice', 'report'], { error: 'must be "notice" or "report"' }).default('notice'),
    /**
     * The folder under email/ (in this configuration folder) holding the email's subject.njk, text.njk and html.njk;
     * by default "notice" or "report", as emailContent says.
     */
    template: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'must be a folder name under email/ (lower-case letters, digits and -)')
      .optional(),
  }),
  z.object({
    ...queueBase,
    transport: z.literal('webhook'),
    url: z.url('must be an absolute URL'),
    signingKeySetting: settingName,
    timeoutMs: z.number().int().min(100).max(60000).default(10000),
  }),
  z.object({
    ...queueBase,
    transport: z.literal('azure-queue'),
    connection: z.string().min(1),
    queueName: z
      .string()
      .regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, 'must be a valid Azure queue name (3-63 lower-case letters, digits and single dashes)'),
  }),
  z.object({ ...queueBase, transport: z.literal('service-bus'), connection: z.string().min(1), entity: z.string().min(1) }),
]);
export type Queue = z.infer<typeof queueSchema>;
export type QueueOf<T extends Queue['transport']> = Extract<Queue, { transport: T }>;

/** The folder under email/ of an email queue's templates. */
export const emailTemplateOf = (q: QueueOf<'email'>) => q.template ?? q.emailContent;

export const queuesFileSchema = z.object({
  connections: z.record(z.string(), connectionSchema).default({}),
  queues: z.array(queueSchema).min(1),
});

/** `{borough}` in a queue id stands for the report's borough, e.g. `{borough}-csu` → `dartford-csu`. */
const queueRef = z.string().regex(/^(\{borough\}-)?[a-z][a-z0-9-]*$/, 'must be a queue id, optionally starting with {borough}-');
export const routingSchema = z.object({
  rules: z
    .array(
      z
        .object({
          category: categorySchema.optional(),
          hate: z.literal(true).optional(),
          /** Applies when the resident was given the 999 answer (danger now, or "yes" to "Is someone in danger right now?"). */
          emergency: z.literal(true).optional(),
          queues: z.array(queueRef).min(1),
          /** Queues this rule takes the place of when it applies (police receive a hate report once). */
          replaces: z.array(z.string()).default([]),
        })
        .refine(
          (r) => [r.category, r.hate, r.emergency].filter((x) => x !== undefined).length === 1,
          'needs exactly one of "category", "hate" or "emergency"',
        ),
    )
    .min(1),
  /** When the borough is unknown or outside the area, this queue takes the place of every `{borough}-…` queue. */
  unknownBoroughQueue: id,
});
export type RoutingTable = z.infer<typeof routingSchema>;

export const partnershipSchema = z.object({
  name: z.string().min(1),
  referencePrefix: z.string().regex(/^[A-Z]{2,4}$/, 'must be 2 to 4 capital letters'),
  privacyUrl: z.string().min(1),
});

/** The privacy notice (deployment/config/privacy.json): who is responsible, why, on what basis, rights. */
export const privacyNoticeSchema = z.object({
  about: z.string().optional(),
  controllers: z.array(z.object({ name: z.string().min(1), address: z.string().min(1), phone: z.string().min(1), dataProtection: z.url() })).min(1),
  jointly: z.string().min(1),
  purpose: z.string().min(1),
  lawfulBasis: z.array(z.string().min(1)).min(1),
  rights: z.array(z.string().min(1)).min(1),
  complaints: z.string().min(1),
});
export type PrivacyNotice = z.infer<typeof privacyNoticeSchema>;

/**
 * Who may use the staff inbox when they sign in with Microsoft Entra ID (deployment/config/staff-access.json): each
 * Entra ID group's members get a role and queues. A member of several groups gets every queue they grant and the
 * highest of their roles; someone in none of them cannot sign in. Without the file, no group grants anything.
 */
export const staffAccessSchema = z.object({
  about: z.string().optional(),
  groups: z
    .array(
      z.object({
        id: z.uuid('must be the object id of an Entra ID group, a GUID'),
        /** The group's name in Entra ID, for people reading this file. */
        name: z.string().min(1),
        role: roleSchema,
        queues: z.array(id).min(1),
      }),
    )
    .default([]),
});
export type StaffAccess = z.infer<typeof staffAccessSchema>;

export interface DeploymentConfig {
  partnership: z.infer<typeof partnershipSchema>;
  privacy: PrivacyNotice;
  boroughs: Borough[];
  queues: Queue[];
  connections: Record<string, Connection>;
  routing: RoutingTable;
  staffAccess: StaffAccess;
  /** Secret values, by setting name, for the settings the files name. */
  secrets: Record<string, string>;
  /** Where the partner email templates are (email/ in the configuration folder). */
  emailTemplatesDir: string;
}

/**
 * Boroughs, queues and the services signposted by the names staff know them by (the staff pages and partner emails show
 * these, never ids).
 */
export interface Names {
  borough(id: string): string;
  queue(id: string): string;
  /** A directory entry (services/signposting/directory.ts); an id the directory no longer lists, as is. */
  service(id: string): string;
}

/** A place the locator could not put in a borough, or put outside the partnership's area (DESIGN 4.4). */
export const OTHER_BOROUGHS: ReadonlyMap<string, string> = new Map([
  ['unknown', 'Not known'],
  ['outside', 'Outside the area'],
]);

export function namesOf(config: Pick<DeploymentConfig, 'boroughs' | 'queues'>, directory: readonly { id: string; name: string }[] = []): Names {
  return {
    borough: (id) => config.boroughs.find((b) => b.id === id)?.name ?? OTHER_BOROUGHS.get(id) ?? id,
    queue: (id) => config.queues.find((q) => q.id === id)?.name ?? id,
    service: (id) => directory.find((e) => e.id === id)?.name ?? id,
  };
}

/** The files of one email template (services/delivery/transports/emailMessage.ts renders them). */
export const EMAIL_TEMPLATE_FILES = ['subject.njk', 'text.njk', 'html.njk'] as const;

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigurationError(`Configuration file ${file}: cannot be read as JSON (${(err as Error).message})`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new ConfigurationError(
      result.error.issues.map((i) => `Configuration file ${file}: entry ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n'),
    );
  }
  return result.data;
}

export function loadDeploymentConfig(dir: string, env: Record<string, string | undefined> = process.env): DeploymentConfig {
  const partnership = readJson(path.join(dir, 'partnership.json'), partnershipSchema);
  const privacy = readJson(path.join(dir, 'privacy.json'), privacyNoticeSchema);
  const boroughDir = path.join(dir, 'boroughs');
  const boroughs = readdirSync(boroughDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson(path.join(boroughDir, f), boroughSchema));
  const queuesFile = path.join(dir, 'queues.json');
  const { queues, connections } = readJson(queuesFile, queuesFileSchema);
  const routingFile = path.join(dir, 'routing.json');
  const routing = readJson(routingFile, routingSchema);
  const accessFile = path.join(dir, 'staff-access.json');
  const staffAccess = existsSync(accessFile) ? readJson(accessFile, staffAccessSchema) : { groups: [] };
  const secrets = readSecrets(queuesFile, queues, connections, env);
  const emailTemplatesDir = path.join(dir, 'email');
  const config = { partnership, privacy, boroughs, queues, connections, routing, staffAccess, secrets, emailTemplatesDir };
  checkReferences(config, routingFile, queuesFile);
  return config;
}

/** The settings the queue file names, read now so a missing secret stops start-up rather than a delivery. */
function readSecrets(
  file: string,
  queues: Queue[],
  connections: Record<string, Connection>,
  env: Record<string, string | undefined>,
): Record<string, string> {
  const wanted: Array<[string, string]> = [];
  queues.forEach((q, i) => {
    if (q.transport === 'webhook') wanted.push([`queues.${i}.signingKeySetting`, q.signingKeySetting]);
  });
  for (const [name, c] of Object.entries(connections)) {
    if (c.type === 'smtp') {
      if (c.userSetting) wanted.push([`connections.${name}.userSetting`, c.userSetting]);
      if (c.passwordSetting) wanted.push([`connections.${name}.passwordSetting`, c.passwordSetting]);
    } else wanted.push([`connections.${name}.connectionStringSetting`, c.connectionStringSetting]);
  }
  const secrets: Record<string, string> = {};
  const problems: string[] = [];
  for (const [entry, setting] of wanted) {
    const value = env[setting];
    if (value) secrets[setting] = value;
    else problems.push(`Configuration file ${file}: entry ${entry}: setting ${setting} is not set`);
  }
  if (problems.length > 0) throw new ConfigurationError(problems.join('\n'));
  return secrets;
}

/** Every queue a rule can produce, for every borough, must exist; borough ids must be unique; connections must fit. */
export function checkReferences(config: Omit<DeploymentConfig, 'secrets'>, routingFile = 'routing.json', queuesFile = 'queues.json'): void {
  const known = new Set(config.queues.map((q) => q.id));
  const problems: string[] = [];
  const seen = new Set<string>();
  const seenQueues = new Set<string>();
  for (const b of config.boroughs) {
    if (seen.has(b.id)) problems.push(`Configuration: borough id "${b.id}" is used twice`);
    seen.add(b.id);
  }
  const needs = { email: 'smtp', 'azure-queue': 'azure-storage', 'service-bus': 'service-bus' } as const;
  config.queues.forEach((q, i) => {
    if (seenQueues.has(q.id)) problems.push(`Configuration file ${queuesFile}: entry queues.${i}.id: queue "${q.id}" is defined twice`);
    seenQueues.add(q.id);
    if (q.transport === 'email') {
      const folder = path.join(config.emailTemplatesDir, emailTemplateOf(q));
      const missing = EMAIL_TEMPLATE_FILES.filter((f) => !existsSync(path.join(folder, f)));
      if (missing.length) problems.push(`Configuration file ${queuesFile}: entry queues.${i}.template: ${folder} has no ${missing.join(', ')}`);
    }
    if (q.transport === 'email' || q.transport === 'azure-queue' || q.transport === 'service-bus') {
      const c = config.connections[q.connection];
      if (!c) problems.push(`Configuration file ${queuesFile}: entry queues.${i}.connection: no connection named "${q.connection}"`);
      else if (c.type !== needs[q.transport])
        problems.push(
          `Configuration file ${queuesFile}: entry queues.${i}.connection: "${q.connection}" is ${c.type}, ${q.transport} needs ${needs[q.transport]}`,
        );
    }
  });
  if (!known.has(config.routing.unknownBoroughQueue)) {
    problems.push(
      `Configuration file ${routingFile}: entry unknownBoroughQueue: queue "${config.routing.unknownBoroughQueue}" is not in queues.json`,
    );
  }
  config.routing.rules.forEach((rule, i) => {
    for (const ref of rule.queues) {
      const ids = ref.startsWith('{borough}-') ? config.boroughs.map((b) => ref.replace('{borough}', b.id)) : [ref];
      for (const q of ids) {
        if (!known.has(q)) problems.push(`Configuration file ${routingFile}: entry rules.${i}.queues: queue "${q}" is not in queues.json`);
      }
    }
  });
  config.staffAccess.groups.forEach((g, i) => {
    for (const q of g.queues) {
      if (!known.has(q)) problems.push(`Configuration file staff-access.json: entry groups.${i}.queues: queue "${q}" is not in queues.json`);
    }
  });
  if (problems.length > 0) throw new ConfigurationError(problems.join('\n'));
}

/**
 * The address of a report's page in the staff inbox, which notice emails link to. A notice email needs the inbox
 * (STAFF_ENABLED) and, in production, the service's public address (PUBLIC_BASE_URL).
 */
export function inboxLinks(settings: Settings, config: Pick<DeploymentConfig, 'queues'>): (reference: string) => string {
  const notices = config.queues.filter((q) => q.transport === 'email' && q.emailContent === 'notice').map((q) => q.id);
  if (notices.length > 0 && !settings.STAFF_ENABLED) {
    throw new ConfigurationError(
      `Configuration file queues.json: queues ${notices.join(', ')} send notice emails that link to the staff inbox, which STAFF_ENABLED=false turns off: set "emailContent": "report" on them, or turn the inbox on`,
    );
  }
  if (notices.length > 0 && settings.NODE_ENV === 'production' && !settings.PUBLIC_BASE_URL) {
    throw new ConfigurationError(
      'Setting PUBLIC_BASE_URL: is required in production when a queue sends notice emails (they link to the staff inbox)',
    );
  }
  const base = publicBaseOf(settings);
  return (reference) => new URL(`/staff/reports/${encodeURIComponent(reference)}`, base).href;
}
