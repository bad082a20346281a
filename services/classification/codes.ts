import { z } from 'zod';

/** Classification codes (docs/architecture.md 4.3). */
export const CATEGORIES = [
  'noise',
  'rowdy',
  'intimidation',
  'drugs',
  'vehicles',
  'environmental',
  'damage',
  'violence',
  'domestic_abuse',
  'exploitation',
  'extremism',
  'other',
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const STRANDS = ['race', 'religion', 'sexual_orientation', 'disability', 'transgender', 'other'] as const;
export const strandSchema = z.enum(STRANDS);
export type Strand = z.infer<typeof strandSchema>;

/** Categories where the conversation switches to safe mode (docs/architecture.md 5). */
export const SAFE_MODE_CATEGORIES: readonly Category[] = ['domestic_abuse', 'exploitation'];
/** Categories that are not anti-social behaviour: the ASB Case Review (Community Trigger) does not apply to them. */
export const NOT_ASB_CATEGORIES: readonly Category[] = [...SAFE_MODE_CATEGORIES, 'extremism'];
