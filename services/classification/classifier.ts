import { z } from 'zod';
import { dangerLevelSchema } from '../danger/danger';
import { categorySchema, strandSchema } from './codes';

/** What every classifier returns (the `classify` command prints this without `confidence`/`source`). */
export const classificationSchema = z.object({
  categories: z.array(categorySchema).min(1),
  hate: z.boolean(),
  strands: z.array(strandSchema),
  /** From the danger detector (services/danger/), whatever classifier reads the rest. */
  danger: dangerLevelSchema,
  /** danger is not none. */
  emergency: z.boolean(),
  /** 0..1: how sure the classifier is of the first category. The dialog asks more openly when this is low. */
  confidence: z.number().min(0).max(1),
  source: z.enum(['embedded', 'azure']),
});
export type Classification = z.infer<typeof classificationSchema>;

/** Reads a resident's words: the embedded model (embedded/) or Azure AI Language (azure/), chosen in bot/index.ts. */
export interface Classifier {
  classify(text: string): Promise<Classification>;
}
