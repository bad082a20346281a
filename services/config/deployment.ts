import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { categorySchema } from '../classification/codes';
import { ConfigurationError } from './settings';

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

export const queueSchema = z.object({
  id,
  name: z.string().min(1),
  partner: z.string().min(1),
  transport: z.enum(['store']).default('store'),
});
export type Queue = z.infer<typeof queueSchema>;

/** `{borough}` in a queue id stands for the report's borough, e.g. `{borough}-csu` → `dartford-csu`. */
const queueRef = z.string().regex(/^(\{borough\}-)?[a-z][a-z0-9-]*$/, 'must be a queue id, optionally starting with {borough}-');
export const routingSchema = z.object({
  rules: z
    .array(
      z
        .object({
          category: categorySchema.optional(),
          hate: z.literal(true).optional(),
          queues: z.array(queueRef).min(1),
          /** Queues this rule takes the place of when it applies (police receive a hate report once). */
          replaces: z.array(z.string()).default([]),
        })
        .refine((r) => (r.category === undefined) !== (r.hate === undefined), 'needs exactly one of "category" or "hate"'),
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

export interface DeploymentConfig {
  partnership: z.infer<typeof partnershipSchema>;
  boroughs: Borough[];
  queues: Queue[];
  routing: RoutingTable;
}

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

export function loadDeploymentConfig(dir: string): DeploymentConfig {
  const partnership = readJson(path.join(dir, 'partnership.json'), partnershipSchema);
  const boroughDir = path.join(dir, 'boroughs');
  const boroughs = readdirSync(boroughDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson(path.join(boroughDir, f), boroughSchema));
  const queues = readJson(path.join(dir, 'queues.json'), z.object({ queues: z.array(queueSchema).min(1) })).queues;
  const routingFile = path.join(dir, 'routing.json');
  const routing = readJson(routingFile, routingSchema);
  const config = { partnership, boroughs, queues, routing };
  checkReferences(config, routingFile);
  return config;
}

/** Every queue a rule can produce, for every borough, must exist; borough ids must be unique. */
export function checkReferences(config: DeploymentConfig, routingFile = 'routing.json'): void {
  const known = new Set(config.queues.map((q) => q.id));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const b of config.boroughs) {
    if (seen.has(b.id)) problems.push(`Configuration: borough id "${b.id}" is used twice`);
    seen.add(b.id);
  }
  if (!known.has(config.routing.unknownBoroughQueue)) {
    problems.push(`Configuration file ${routingFile}: entry unknownBoroughQueue: queue "${config.routing.unknownBoroughQueue}" is not in queues.json`);
  }
  config.routing.rules.forEach((rule, i) => {
    for (const ref of rule.queues) {
      const ids = ref.startsWith('{borough}-') ? config.boroughs.map((b) => ref.replace('{borough}', b.id)) : [ref];
      for (const q of ids) {
        if (!known.has(q)) problems.push(`Configuration file ${routingFile}: entry rules.${i}.queues: queue "${q}" is not in queues.json`);
      }
    }
  });
  if (problems.length > 0) throw new ConfigurationError(problems.join('\n'));
}
