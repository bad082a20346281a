import { CATEGORIES, STRANDS, type Category, type Strand } from '../codes';
import type { LabelledExample } from '../dataset';

/**
 * Class names of the custom multi-label project in Azure AI Language: our category codes, plus `hate`,
 * `strand_<code>` for each strand, and `emergency`. The same names are used to export the training data
 * (deployment/language/) and to read the model's answers back.
 */
export const HATE_LABEL = 'hate';
export const EMERGENCY_LABEL = 'emergency';
export const strandLabel = (s: Strand) => `strand_${s}`;

export const ALL_LABELS: string[] = [...CATEGORIES, HATE_LABEL, ...STRANDS.map(strandLabel), EMERGENCY_LABEL];

export function labelsOf(e: LabelledExample): string[] {
  return [...e.categories, ...(e.hate ? [HATE_LABEL, ...e.strands.map(strandLabel)] : []), ...(e.danger !== 'none' ? [EMERGENCY_LABEL] : [])];
}

/** The model's classes (any order, with confidences) read back as our codes. */
export function readLabels(classes: ReadonlyArray<{ category: string; confidenceScore: number }>, threshold = 0.5) {
  const sure = (label: string) => classes.some((c) => c.category === label && c.confidenceScore >= threshold);
  const categories = classes
    .filter((c): c is { category: Category; confidenceScore: number } => (CATEGORIES as readonly string[]).includes(c.category))
    .sort((a, b) => b.confidenceScore - a.confidenceScore);
  return {
    categories: categories.filter((c, i) => i === 0 || c.confidenceScore >= threshold).map((c) => c.category),
    confidence: categories[0]?.confidenceScore ?? 0,
    hate: sure(HATE_LABEL),
    strands: STRANDS.filter((s) => sure(strandLabel(s))),
    emergency: sure(EMERGENCY_LABEL),
  };
}
