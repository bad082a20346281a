import { normaliseText, rememberedWord } from '../../language/phrases';
import { lexiconFeatures } from './lexicon';
import { noun, verb } from 'wink-lemmatizer';

/**
 * Text → features for the embedded model: word unigrams and bigrams, and character 3- to 5-grams inside words
 * (with word-boundary marks), so typos, slang spellings and word endings still share features; each word's base form
 * (wink-lemmatizer, as the phrases use: "took" → take, "knives" → knife) where it differs, with pairs of base forms
 * side by side and one word apart ("take * pill", "he punch … face"), so a tense or plural the training data never
 * had still reads like the ones it had; plus one `k:<category>` feature per hit of the domain lexicon (lexicon.ts).
 */
export function normalise(text: string): string {
  // Censored slurs are still slurs: "p*ki" → "paki", "n*gger" → "nigger", "r*tard" → "retard".
  return normaliseText(text)
    .replace(/\bn\*+gg/g, 'nigg')
    .replace(/\br\*+t/g, 'ret')
    .replace(/\*/g, 'a');
}

export function words(text: string): string[] {
  return normalise(text).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

/** The verb's base form where the word is an inflected verb, else the noun's ("knives" → knife). */
const baseForm = (w: string) => (verb(w) !== w ? verb(w) : noun(w));

/**
 * A word's base form and the features it has wherever it stands (the word, its base form, its character n-grams), made
 * once per word: a message's words are mostly words seen before, and the same strings are looked up faster. At most
 * 5,000 words are kept (a few MB; the labelled descriptions hold 6,173 words), and words longer than any English word are
 * made each time, not kept (rememberedWord), so crafted messages cannot fill memory.
 */
const WORDS = new Map<string, WordFeatures>();
const ofWord = (w: string): WordFeatures => rememberedWord(WORDS, w, wordFeatures, 5_000);

interface WordFeatures {
  base: string;
  own: readonly string[];
}

function wordFeatures(w: string): WordFeatures {
  const base = baseForm(w);
  const own = [`w:${w}`];
  if (base !== w) own.push(`l:${base}`);
  const padded = `<${w}>`;
  for (let n = 3; n <= 5; n++) {
    for (let j = 0; j + n <= padded.length; j++) own.push(`c:${padded.slice(j, j + n)}`);
  }
  return { base, own };
}

export function features(text: string): string[] {
  const ws = words(text);
  const read = ws.map(ofWord);
  const ls = read.map((r) => r.base);
  const out: string[] = lexiconFeatures(normalise(text));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    for (const f of read[i]!.own) out.push(f);
    if (i > 0) out.push(`b:${ws[i - 1]} ${w}`);
    // A pair of base forms side by side is a new feature only where one of them differs from the word (else `b:`).
    if (i > 0 && (ls[i] !== w || ls[i - 1] !== ws[i - 1])) out.push(`m:${ls[i - 1]} ${ls[i]}`);
    if (i > 1) out.push(`s:${ls[i - 2]} ${ls[i]}`);
  }
  return out;
}
