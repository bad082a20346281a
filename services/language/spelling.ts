import { noun, verb } from 'wink-lemmatizer';
import winkLexicon from 'wink-lexicon';
import { addTo, rememberedWord, tokenise, type Token } from './phrases';

/**
 * Typos in the few words a frightened person must not be misread in: "shes not brething", "man with a nife", "hes
 * unconsious". A word that is not English as the lexicon knows it (wink-lexicon, the lemmatiser's own word list) nor a
 * form the lemmatiser recognises, and that is one edit (two, for words of nine letters or more) from exactly one of
 * the given words, is read as that word. The list is short on purpose: checked against every labelled description, a
 * list of all the danger phrases' words changed real words the lexicon does not hold ("lads" → loads, "freak" → break).
 */
export class Spelling {
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string | undefined>();
  /** The base forms of the listed words: real words even where the lexicon lacks them ("strangle" for "strangled"). */
  private readonly bases: ReadonlySet<string>;

  constructor(private readonly words: ReadonlySet<string>) {
    for (const w of words) addTo(this.byLength, w.length, w);
    this.bases = new Set([...words].flatMap((w) => [verb(w), noun(w)]));
  }

  /** The tokens with misspelt words read as the words they were meant to be. */
  correct(tokens: readonly Token[]): Token[] {
    return tokens.map((t) => {
      const meant = this.meant(t.word);
      return meant ? (tokenise(meant)[0] ?? t) : t;
    });
  }

  /** The listed word a misspelling stands for, or undefined. */
  meant(word: string): string | undefined {
    if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word) || this.words.has(word) || this.bases.has(word)) return undefined;
    return rememberedWord(this.cache, word, (w) => (known(w) ? undefined : this.nearest(w)));
  }

  private nearest(word: string): string | undefined {
    const most = word.length >= 9 ? 2 : 1;
    let nearest: string[] = [];
    let best = most + 1;
    for (let length = word.length - most; length <= word.length + most; length++) {
      for (const w of this.byLength.get(length) ?? []) {
        const d = distance(word, w, most);
        if (d > most) continue;
        if (d < best) [best, nearest] = [d, [w]];
        else if (d === best) nearest.push(w);
      }
    }
    // The nearest words: two forms of one word ("knife", "knives") are one meaning; two words are a guess.
    return new Set(nearest.map((w) => noun(verb(w)))).size === 1 ? nearest[0] : undefined;
  }
}

/** Shorter words have too many neighbours. */
const MIN_LENGTH = 4;

const LEXICON = winkLexicon.lexicon;
/** A word the lexicon has, or one the lemmatiser reads as a form of another ("breeding" → breed, "stamping" → stamp). */
const inLexicon = (word: string) => word in LEXICON || verb(word) !== word || noun(word) !== word;
/** …or the plural of one, which the lemmatiser does not always know ("stabbings"). */
const known = (word: string) => inLexicon(word) || (word.endsWith('s') && inLexicon(word.slice(0, -1)));

/**
 * Edit distance with two letters swapped counting as one edit ("fier" for "fire", "nkife" for "knife"; optimal string
 * alignment), giving up (returning limit + 1) once every path is over the limit.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return limit + 1;
    [before, previous] = [previous, row];
  }
  return previous[b.length]!;
}

/**
 * The share of a text's words that are English words the lexicon holds, as written or as a base form ("smashed",
 * "windows"). Residents' English scores high even with slang and typos ("my car got done over last nite": 0.77);
 * other languages score low, even those that share a few short words with English (Polish "i", "to", "on").
 */
export function englishShare(text: string): number {
  // Words of two letters or more, without a possessive "'s" ("mum's" is "mum").
  const words = (text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []).map((w) => w.replace(/['’]s$/, '')).filter((w) => w.length > 1);
  if (words.length === 0) return 0;
  return words.filter((w) => w in LEXICON || noun(w) in LEXICON || verb(w) in LEXICON).length / words.length;
}
