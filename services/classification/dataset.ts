import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { dangerLevelSchema } from '../danger/danger';
import { categorySchema, strandSchema } from './codes';

/** One labelled resident-style description (services/classification/data/*.jsonl; see data/README.md). */
export const labelledExampleSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  /** The primary category first. */
  categories: z.array(categorySchema).min(1),
  hate: z.boolean(),
  strands: z.array(strandSchema),
  danger: dangerLevelSchema,
});
export type LabelledExample = z.infer<typeof labelledExampleSchema>;

export const DATA_DIR = path.join(__dirname, 'data');

function loadLines<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file} line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export const loadExamples = (file: string): LabelledExample[] => loadLines(file, labelledExampleSchema);

/** `challenge` is frozen: never tuned on (data/README.md). */
export const loadSplit = (split: 'train' | 'test' | 'challenge') => loadExamples(path.join(DATA_DIR, `${split}.jsonl`));

/** A second reader's danger level for one challenge description, labelled blind to the first (data/README.md). */
export const secondReadingSchema = z.object({ id: z.string().min(1), danger: dangerLevelSchema });

/** The challenge set with the second reader's danger levels in place of the first reader's (the rest as it is). */
export function loadChallengeSecondReading(file = path.join(DATA_DIR, 'challenge-second-reading.jsonl')): LabelledExample[] {
  const levels = new Map(loadLines(file, secondReadingSchema).map((r) => [r.id, r.danger]));
  return loadSplit('challenge').map((e) => {
    const danger = levels.get(e.id);
    if (danger === undefined) throw new Error(`${file}: no reading of ${e.id}`);
    return { ...e, danger };
  });
}
