import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Category, Strand } from '../classification/codes';
import type { ReporterRole } from '../reports/routedReport';
import { ConfigurationError } from '../config/settings';

export const directoryEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  what: z.string().min(1),
  phone: z.string().optional(),
  textphone: z.string().optional(),
  web: z.url().optional(),
  hours: z.string().min(1),
  extra: z.string().optional(),
  /** Categories, `hate`, `hate:<strand>`, `victim`, `child`, or `any`. */
  for: z.array(z.string()),
  /** The service can arrange an interpreter (offered when a resident writes in another language). */
  interpreters: z.boolean().default(false),
  /** Only offered when the resident's words mention one of these (e.g. a faith-specific service). */
  mentions: z.array(z.string().min(2)).optional(),
  /** Only for reports in this borough. */
  borough: z.string().optional(),
  /** False: listed only when a borough's configuration names it (e.g. services funded locally). */
  enabled: z.boolean().default(true),
  sourceUrl: z.url(),
  checked: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export function loadDirectory(file: string): DirectoryEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigurationError(`Setting DIRECTORY_FILE: ${file} cannot be read as JSON (${(err as Error).message})`);
  }
  const result = z.object({ services: z.array(directoryEntrySchema).min(1) }).safeParse(raw);
  if (!result.success) {
    throw new ConfigurationError(result.error.issues.map((i) => `Directory file ${file}: entry ${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return result.data.services;
}

export interface SignpostNeeds {
  category?: Category;
  hate?: boolean;
  strands?: readonly Strand[];
  role?: ReporterRole;
  /** The report's borough; undefined when not known (every borough's local services may then be shown). */
  borough?: string;
  /** Local services a borough enables (its configuration's `signposts`). */
  boroughSignposts?: readonly string[];
  childAtRisk?: boolean;
  /** The resident's words, matched against entries' `mentions`; never stored or logged here. */
  text?: string;
  max?: number;
}

/**
 * Picks the few services that fit (docs/architecture.md 9): the most specific first (hate strand, then category, then hate,
 * victim support, children), then the borough's council; never more than `max` (default 3).
 */
export function chooseSignposts(directory: readonly DirectoryEntry[], needs: SignpostNeeds): DirectoryEntry[] {
  const max = needs.max ?? 3;
  const wanted: string[] = [];
  if (needs.childAtRisk) wanted.push('child');
  if (needs.hate) wanted.push(...(needs.strands ?? []).map((s) => `hate:${s}`), 'hate');
  if (needs.category) wanted.push(needs.category);
  if (needs.role === 'victim') wanted.push('victim');
  const words = (needs.text ?? '').toLowerCase();
  const usable = directory.filter(
    (e) =>
      (e.enabled || needs.boroughSignposts?.includes(e.id)) &&
      (!e.borough || !needs.borough || e.borough === needs.borough) &&
      (!e.mentions || e.mentions.some((m) => words.includes(m.toLowerCase()))),
  );
  const chosen: DirectoryEntry[] = [];
  for (const tag of wanted) {
    for (const entry of usable) {
      if (chosen.length >= max) return chosen;
      if (entry.for.includes(tag) && !chosen.includes(entry)) chosen.push(entry);
    }
  }
  for (const entry of usable) {
    if (chosen.length >= max) break;
    if (needs.boroughSignposts?.includes(entry.id) && !chosen.includes(entry)) chosen.push(entry);
  }
  if (chosen.length === 0) chosen.push(...usable.filter((e) => e.for.includes('any')).slice(0, max));
  return chosen;
}
