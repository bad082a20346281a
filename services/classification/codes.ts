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

/** What every classifier returns (the `classify` command prints this without `confidence`/`source`). */
export const classificationSchema = z.object({
  categories: z.array(categorySchema).min(1),
  hate: z.boolean(),
  strands: z.array(strandSchema),
  emergency: z.boolean(),
  /** 0..1: how sure the classifier is of the first category. The dialog asks more openly when this is low. */
  confidence: z.number().min(0).max(1),
  source: z.enum(['embedded', 'azure']),
});
export type Classification = z.infer<typeof classificationSchema>;

export interface Classifier {
  classify(text: string): Promise<Classification>;
}

/** Categories where the conversation switches to safe mode (docs/architecture.md 5). */
export const SAFE_MODE_CATEGORIES: readonly Category[] = ['domestic_abuse', 'exploitation'];
