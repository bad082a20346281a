import { normaliseText } from '../../language/phrases';
import { lexiconFeatures } from './lexicon';

/**
 * Text → features for the embedded model: word unigrams and bigrams, and character 3- to 5-grams inside words
 * (with word-boundary marks), so typos, slang spellings and word endings still share features; plus one
 * `k:<category>` feature per hit of the domain lexicon (lexicon.ts).
 */
export function normalise(text: string): string {
  return normaliseText(text).replace(/\*/g, 'a'); // "p*ki" → "paki": censored slurs are still slurs
}

export function words(text: string): string[] {
  return normalise(text).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

export function features(text: string): string[] {
  const ws = words(text);
  const out: string[] = lexiconFeatures(normalise(text));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    out.push(`w:${w}`);
    if (i > 0) out.push(`b:${ws[i - 1]} ${w}`);
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) {
      for (let j = 0; j + n <= padded.length; j++) out.push(`c:${padded.slice(j, j + n)}`);
    }
  }
  return out;
}
