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

export function loadExamples(file: string): LabelledExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = labelledExampleSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file} line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** `challenge` is frozen: never tuned on (data/README.md). */
export const loadSplit = (split: 'train' | 'test' | 'challenge') => loadExamples(path.join(DATA_DIR, `${split}.jsonl`));
