import { adjective, noun, verb } from 'wink-lemmatizer';
import winkLexicon from 'wink-lexicon';

/**
 * Words and phrases matched the way a person reads them (docs/architecture.md 4.3): every word of a message is
 * reduced to its base forms by a maintained English lemmatiser (wink-lemmatizer: "knives" → knife, "took" → take,
 * "men" → man), so a phrase list names each idea once, not each plural or tense.
 *
 * Phrase syntax, one phrase per string: words separated by spaces; `a|b` either word (so `a|b c` is a or b, then c);
 * `taken_in|collected` an alternative of several words ("taken in" or "collected"); `*` up to three other words; `#` a
 * number (digits or a number word). Words in a phrase are written in their base form ("knife", "take").
 */
export interface Token {
  /** The word as written (lower case, accents and curly apostrophes normalised). */
  word: string;
  /** The word and its base forms as a noun, verb and adjective. */
  lemmas: ReadonlySet<string>;
  /** The word and its base form as a noun only (`knife/n` in a phrase: "hammering" is not a hammer). */
  nouns: ReadonlySet<string>;
}

/** Contractions, with or without the apostrophe, become the words they stand for ("won't" → will not). */
const CONTRACTIONS: Record<string, string[]> = {
  "won't": ['will', 'not'],
  // "my friend od'd" is "oded", an overdose in text-speak (not "od would").
  "od'd": ['oded'],
  wont: ['will', 'not'],
  "can't": ['can', 'not'],
  cant: ['can', 'not'],
  cannot: ['can', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  ill: ['i', 'will'],
  id: ['i', 'would'],
  hes: ['he', 'is'],
  shes: ['she', 'is'],
  theres: ['there', 'is'],
  theyre: ['they', 'are'],
  youre: ['you', 'are'],
  theyll: ['they', 'will'],
  youll: ['you', 'will'],
  itll: ['it', 'will'],
  whos: ['who', 'is'],
  thats: ['that', 'is'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  hasnt: ['has', 'not'],
  havent: ['have', 'not'],
  hadnt: ['had', 'not'],
  wouldnt: ['would', 'not'],
  couldnt: ['could', 'not'],
  shouldnt: ['should', 'not'],
  // Text-speak: "a man tryna get in my door".
  tryna: ['trying', 'to'],
  // "sum1 jus got shanked by the station" (forty-sixth session).
  jus: ['just'],
  // "mans got a shank outside maccies" (forty-fifth session).
  mans: ['man', 'is'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
  // …and the words of time, people and pleas it shortens ("followed home every nite", "coming 2nite", "sum1 wiv a knife").
  nite: ['night'],
  nites: ['nights'],
  tonite: ['tonight'],
  '2nite': ['tonight'],
  '2day': ['today'],
  '2moro': ['tomorrow'],
  '2morrow': ['tomorrow'],
  tmrw: ['tomorrow'],
  wiv: ['with'],
  u: ['you'],
  sum1: ['someone'],
  some1: ['someone'],
  ppl: ['people'],
  gona: ['gonna'],
  sed: ['said'],
  wen: ['when'],
  b4: ['before'],
  pls: ['please'],
  plz: ['please'],
  // "hes bak n smashin da windows im scared wiv da baby" (fiftieth session).
  da: ['the'],
  bak: ['back'],
};
const SUFFIX_LIST: ReadonlyArray<[string, string]> = Object.entries({
  "n't": 'not',
  "'re": 'are',
  "'s": 'is',
  "'m": 'am',
  "'ll": 'will',
  "'d": 'would',
  "'ve": 'have',
});

const NUMBER_WORDS = new Set(
  'a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty few couple several'.split(' '),
);

/** "3", "three", and an ordinal written in figures ("the 14th", "3rd june"). */
const isNumber = (word: string) => /^\d+(?:st|nd|rd|th)?$/.test(word) || NUMBER_WORDS.has(word);

/** The number of words in a text as a person counts them ("don't" is one). */
export const wordsIn = (text: string) => text.match(/\p{L}+(?:['’]\p{L}+)*/gu)?.length ?? 0;

export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'");
}

function split(word: string): string[] {
  // (Own keys only: "constructor" is a word residents type, and every object has one.)
  if (Object.hasOwn(CONTRACTIONS, word)) return CONTRACTIONS[word]!;
  if (gDropped(word)) return [`${word}g`];
  for (const [suffix, full] of SUFFIX_LIST) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      const stem = word.slice(0, -suffix.length);
      return [suffix === "n't" && stem === 'ca' ? 'can' : suffix === "n't" && stem === 'wo' ? 'will' : stem, full];
    }
  }
  return [word];
}

/**
 * Text-speak drops the g of -ing ("man on floor not movin", "he's smashin the place up", "pushin him"): a word the
 * lexicon does not know, ending in -in, that the lemmatiser reads as a verb once its g is back, is that verb. Not the
 * nouns the lexicon lacks that would read so.
 */
function gDropped(word: string): boolean {
  if (word.length < 5 || !word.endsWith('in') || Object.hasOwn(LEXICON, word) || NOT_G_DROPPED.has(word)) return false;
  return verb(`${word}g`) !== `${word}g`;
}
const NOT_G_DROPPED = new Set('basin robin raisin satin muffin bobbin putin'.split(' '));

/** Forms the lemmatiser leaves as they are ("texted", "fishermen"). */
const MORE_LEMMAS: Record<string, string> = {
  being: 'be',
  texted: 'text',
  texting: 'text',
  whatsapped: 'whatsapp',
  fishermen: 'fisherman',
};

/**
 * The value for `key`, made once and remembered: bounded, so odd input cannot grow it without end (it starts again
 * when full). For what is worked out per word of every message (base forms here, spellings in spelling.ts).
 */
export function remembered<V>(cache: Map<string, V>, key: string, make: (key: string) => V, limit = 20_000): V {
  if (cache.has(key)) return cache.get(key)!;
  const value = make(key);
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
  return value;
}

/** Longer than any English word: a word this long (a crafted message) is worked out each time, never kept. */
export const LONGEST_WORD = 30;

/** `remembered` for what is worked out per word: words longer than LONGEST_WORD are not kept, so they cannot fill memory. */
export const rememberedWord = <V>(cache: Map<string, V>, word: string, make: (word: string) => V, limit?: number): V =>
  word.length > LONGEST_WORD ? make(word) : remembered(cache, word, make, limit);

/** Adds `value` to the list `map` holds for `key`, in the order values are added. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Each message is read by the danger phrases, the hate words and the domestic-abuse rule: a word's base forms are
// looked up once. Tokens are never changed after they are made, so one per word can be shared.
const TOKENS = new Map<string, Token>();
const toToken = (word: string): Token => rememberedWord(TOKENS, word, lemmatise);

function lemmatise(word: string): Token {
  if (!/[a-z]/.test(word) || word.length > LONGEST_WORD) return { word, lemmas: new Set([word]), nouns: new Set([word]) };
  const asNoun = noun(word);
  const lemmas = new Set([word, asNoun, verb(word), adjective(word)]);
  if (Object.hasOwn(MORE_LEMMAS, word)) lemmas.add(MORE_LEMMAS[word]!);
  return { word, lemmas, nouns: new Set([word, asNoun]) };
}

/**
 * "says hell come back and finish it": without its apostrophe "he'll" is a word of its own, and is read as "he will"
 * only before a verb that follows will ("a living hell", "a burnt-out shell" stay as written).
 */
const WILL_WITHOUT_APOSTROPHE: Record<string, string[]> = { hell: ['he', 'will'], shell: ['she', 'will'] };
const AFTER_WILL = new Set(
  'come be do get go kill hurt find make never not sort finish burn stab smash beat batter regret pay see end jump try take leave'.split(' '),
);

/**
 * The word a possessive "'s" is read as (`@whose` in the danger phrases): "my nan's flat" is "my nan 's flat".
 */
export const WHOSE = "'s";

/**
 * "my nan's flat", "my daughter's teacher", "my ex's new partner": "'s" before a thing or a person is whose it is, not
 * "is" (which would make "…'s teacher grabbed her arm" a sentence told in the present): the owner, then WHOSE ("took my
 * son's hearing aids" is the son's things, not the son). It is "is" after a pronoun ("he's", "there's"), before a word
 * of where, state or doing ("the man's outside", "my son's unconscious", "the baby's not breathing") and before a word
 * the lexicon does not know: only a word the lexicon gives first as a noun (or an adjective, then such a noun) is owned.
 */
function possessive(owner: string, next: string | undefined, after: string | undefined): boolean {
  if (next === undefined || NOT_OWNERS.has(owner)) return false;
  // "someone's shooting at cars", "somebody's screaming" (not "someone's car").
  if (SOMEONE.has(owner) && next.endsWith('ing')) return false;
  if (OWNED.has(next) || nounFirst(next)) return true;
  return after !== undefined && firstTag(next) === 'JJ' && (OWNED.has(after) || nounFirst(after));
}
const SOMEONE = new Set(['someone', 'somebody', 'anyone', 'anybody', 'nobody']);
const NOT_OWNERS = new Set('he she it there that what who where here how let this everyone everything something nothing anything one'.split(' '));
/** Owned words the lexicon does not know, or gives first as something else ("flat" as an adjective). */
const OWNED = new Set(
  'mum nan nanny gran grandad ex flat mates lads boyfriend girlfriend bf gf kids carer shed van motorbike moped scooter ebike pram buggy hoodie tracksuit ipad iphone xbox playstation shotgun airgun crossbow machete machetes taser catapult'.split(
    ' ',
  ),
);
/** Nouns that tell where someone is, not what is theirs ("my son's home", "the man's upstairs"). */
const PLACES = new Set('home upstairs downstairs inside outside'.split(' '));
const LEXICON = winkLexicon.lexicon as Record<string, readonly string[] | undefined>;
const firstTag = (word: string) => (Object.hasOwn(LEXICON, word) ? LEXICON[word]?.[0] : undefined);
const nounFirst = (word: string) => !PLACES.has(word) && (firstTag(word) === 'NN' || firstTag(word) === 'NNS');

/** Text-speak "b" is "be" after a word that a verb follows ("theyll b back", "gonna b there"; not "flat b", "plan b"). */
const beforeBe = (word: string | undefined) =>
  word !== undefined && (word.endsWith('ll') || ['will', 'gonna', 'to', 'wont', 'cant', 'not', 'would', 'could', 'might', 'must'].includes(word));

/**
 * "'d" is "had" before a past participle ("she'd been attacked years ago", "he'd gone", "they'd taken it"): a word the
 * lemmatiser reads as a form of another verb, not a -s or -ing form. Elsewhere it is "would" ("he'd kill me", "he'd hit
 * her": a form that could be either is read as the threat).
 */
function hadBefore(next: string | undefined): boolean {
  if (next === undefined || next.endsWith('ing') || next.endsWith('s')) return false;
  return next === 'better' || verb(next) !== next;
}

/** "someones shooting at cars", "somebodys jumped in", "someones car": "'s" without its apostrophe, read as with it. */
const S_WITHOUT_APOSTROPHE = new Set('someones somebodys everyones everybodys nobodys anyones anybodys'.split(' '));

export function tokenise(text: string): Token[] {
  const raw = (normaliseText(text).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []).map((word) =>
    S_WITHOUT_APOSTROPHE.has(word) ? `${word.slice(0, -1)}'s` : word,
  );
  return raw
    .flatMap((word, i) => {
      if (Object.hasOwn(WILL_WITHOUT_APOSTROPHE, word) && AFTER_WILL.has(raw[i + 1] ?? '')) return WILL_WITHOUT_APOSTROPHE[word]!;
      if (word === 'b' && beforeBe(raw[i - 1])) return ['be'];
      // "took my phone n said…" (not "the n word").
      if (word === 'n' && raw[i + 1] !== 'word') return ['and'];
      if (word.endsWith("'s") && possessive(word.slice(0, -2), raw[i + 1], raw[i + 2])) return [word.slice(0, -2), WHOSE];
      if ((word.endsWith("'d") || word === 'id') && hadBefore(raw[i + 1])) return [word.endsWith("'d") ? word.slice(0, -2) : 'i', 'had'];
      return split(word);
    })
    .map(toToken);
}

/**
 * A sentence's tokens, and for each the number of the clause it stands in (clauses begin after a comma, or at "and",
 * "but" or a laugh, "lol", "haha", "lmao": "bled everywhere lol she's fine"; the words are the same as the whole
 * sentence's). The danger reader and the domestic-abuse reader use it.
 * An "and" after one or two words joins who did or had it done ("me and my mate were attacked", "my son and his friend
 * got jumped"): it does not begin a clause.
 */
export function tokeniseByClause(sentence: string): { tokens: Token[]; clauseOf: number[] } {
  const clauses = sentence
    .split(/,|(?=\band\b|\bbut\b|\blol\b|\bhaha\b|\blmao\b)/i)
    .map(tokenise)
    .reduce<Token[][]>((joined, clause) => {
      const last = joined[joined.length - 1];
      if (last !== undefined && last.length > 0 && last.length <= 2 && clause[0]?.word === 'and') last.push(...clause);
      else joined.push(clause);
      return joined;
    }, []);
  return { tokens: clauses.flat(), clauseOf: clauses.flatMap((clause, n) => clause.map(() => n)) };
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Named word lists a phrase can use as `@name` (e.g. `@person`). */
export type Macros = Readonly<Record<string, string>>;

type Slot = { any: ReadonlySet<string>; nouns: ReadonlySet<string> } | { gap: number } | { number: true };

function parseSlot(part: string): Slot {
  if (part === '*') return { gap: 3 };
  if (part === '#') return { number: true };
  const alternatives = part.split('|');
  // "back in #|january" would look for the word "#": a number or a gap stands alone in its place.
  if (alternatives.some((a) => a === '#' || a === '*')) throw new Error(`"${part}": # and * stand alone, not among alternatives`);
  return {
    any: new Set(alternatives.filter((a) => !a.endsWith('/n'))),
    nouns: new Set(alternatives.filter((a) => a.endsWith('/n')).map((a) => a.slice(0, -2))),
  };
}

/**
 * A phrase with its `@name` lists written out (lists may name other lists, a few levels at most). Lists are written out
 * before alternatives of several words are spelt out (`spellOut`), so a list's "chip_shop" reads "chip shop".
 */
function expandLists(source: string, macros: Macros): string {
  let expanded = source;
  for (let depth = 0; depth < 5 && expanded.includes('@'); depth++) {
    expanded = expanded.replace(/@(\w+)/g, (_, name: string) => {
      const words = macros[name];
      if (words === undefined) throw new Error(`phrase "${source}" uses an unknown list @${name}`);
      return words;
    });
  }
  return expanded;
}

/**
 * A compiled phrase: `source` as written in its list (what explain() shows), `form` one of the phrases it stands for
 * once its lists and alternatives are spelt out. A leading `!` marks it `strong` (its meaning is up to the list that
 * holds it).
 */
export class Phrase {
  private readonly slots: Slot[];
  readonly strong: boolean;

  constructor(
    readonly source: string,
    form = source,
  ) {
    this.strong = form.startsWith('!');
    this.slots = form.replace(/^!/, '').trim().split(/\s+/).map(parseSlot);
    if (this.slots.length === 0 || 'gap' in this.slots[0]!) throw new Error(`phrase "${source}" must start with a word`);
  }

  /** The index of the token after the match, or -1. */
  private matchAt(tokens: readonly Token[], start: number, slot = 0): number {
    if (slot === this.slots.length) return start;
    const s = this.slots[slot]!;
    if ('gap' in s) {
      for (let skip = 0; skip <= s.gap && start + skip <= tokens.length; skip++) {
        const end = this.matchAt(tokens, start + skip, slot + 1);
        if (end >= 0) return end;
      }
      return -1;
    }
    const token = tokens[start];
    if (!token) return -1;
    const ok = 'number' in s ? isNumber(token.word) : overlaps(token.lemmas, s.any) || overlaps(token.nouns, s.nouns);
    return ok ? this.matchAt(tokens, start + 1, slot + 1) : -1;
  }

  get firstSlot(): Slot {
    return this.slots[0]!;
  }

  /** The second slot, when it is a word (not a gap or a number): PhraseList looks phrases up by it too. */
  get secondWord(): { any: ReadonlySet<string>; nouns: ReadonlySet<string> } | undefined {
    const second = this.slots[1];
    return second !== undefined && 'any' in second ? second : undefined;
  }

  /** The index of the token after a match starting at `start`, or -1, once the first word is known to match there. */
  endAfterFirstWord(tokens: readonly Token[], start: number): number {
    return this.matchAt(tokens, start + 1, 1);
  }
}

/**
 * The phrases a source stands for once its alternatives of several words are spelt out: "not taken_in|collected * post"
 * is "not collected * post" and "not taken in * post".
 */
export function spellOut(source: string): string[] {
  const strong = source.startsWith('!') ? '!' : '';
  let phrases = [''];
  for (const part of source.replace(/^!/, '').trim().split(/\s+/)) {
    const alternatives = part.split('|');
    const single = alternatives.filter((a) => !a.includes('_'));
    const choices = [...(single.length ? [single.join('|')] : []), ...alternatives.filter((a) => a.includes('_')).map((a) => a.replace(/_/g, ' '))];
    phrases = phrases.flatMap((start) => choices.map((choice) => `${start} ${choice}`.trim()));
  }
  return phrases.map((p) => strong + p);
}

/** The phrases a source stands for, compiled. */
const compile = (source: string, macros: Macros) => spellOut(expandLists(source, macros)).map((form) => new Phrase(source, form));

/**
 * The phrases one word starts, in the order a list holds them: those whose second slot is a gap, a number or nothing are
 * tried wherever the word stands; the rest only where the next word is one their second slot names.
 */
class Starts {
  private readonly open: Phrase[] = [];
  private readonly bySecond = new Map<string, Phrase[]>();
  private readonly bySecondNoun = new Map<string, Phrase[]>();

  constructor(
    phrases: readonly Phrase[],
    /** Compares two phrases by where they stand in their list. */
    private readonly inListOrder: (a: Phrase, b: Phrase) => number,
  ) {
    for (const phrase of phrases) {
      const second = phrase.secondWord;
      if (second === undefined) this.open.push(phrase);
      else {
        for (const word of second.any) addTo(this.bySecond, word, phrase);
        for (const word of second.nouns) addTo(this.bySecondNoun, word, phrase);
      }
    }
  }

  /** The phrases to try before `next` (undefined at the end of the words), in the list's order. */
  tried(next: Token | undefined): readonly Phrase[] {
    if (next === undefined) return this.open;
    const keyed: Phrase[] = [];
    for (const lemma of next.lemmas) keyed.push(...(this.bySecond.get(lemma) ?? []));
    for (const lemma of next.nouns) keyed.push(...(this.bySecondNoun.get(lemma) ?? []));
    if (keyed.length === 0) return this.open;
    return [...new Set([...this.open, ...keyed])].sort(this.inListOrder);
  }
}

/** A named list of phrases, matched together. Phrases are indexed by their first word, so a message is read once. */
export class PhraseList {
  private readonly byFirstWord = new Map<string, Phrase[]>();
  private readonly byFirstNoun = new Map<string, Phrase[]>();
  private readonly startingWithNumber: Phrase[] = [];

  /** Where each phrase stands in the list: the order its matches are found in at one word. */
  private readonly order = new Map<Phrase, number>();
  private readonly inListOrder = (a: Phrase, b: Phrase) => this.order.get(a)! - this.order.get(b)!;

  constructor(sources: readonly string[] | readonly Phrase[], macros: Macros = {}) {
    for (const source of sources) {
      for (const phrase of typeof source === 'string' ? compile(source, macros) : [source]) {
        this.order.set(phrase, this.order.size);
        const first = phrase.firstSlot;
        if ('number' in first) this.startingWithNumber.push(phrase);
        else if ('any' in first) {
          for (const word of first.any) addTo(this.byFirstWord, word, phrase);
          for (const word of first.nouns) addTo(this.byFirstNoun, word, phrase);
        }
      }
    }
  }

  /** Every match with the phrase that made it. */
  matches(tokens: readonly Token[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    for (let start = 0; start < tokens.length; start++) {
      const starts = this.startingWith(tokens[start]!);
      if (starts === undefined) continue;
      for (const phrase of starts.tried(tokens[start + 1])) {
        const end = phrase.endAfterFirstWord(tokens, start);
        if (end > start) found.push({ phrase, start, end });
      }
    }
    return found;
  }

  /**
   * The phrases a word can start, worked out once per word: tokens are shared, one per word (tokenise), so this is a
   * lookup for every word after its first message. A word like "he" starts hundreds of phrases, most of them with a
   * word second ("he * …" aside): those are looked up by the next word too, and only they are tried. Words that start
   * the same phrases ("man", "men") share one Starts.
   */
  private readonly startedBy = new WeakMap<Token, Starts>();
  private readonly startsOf = new Map<string, Starts>();

  private startingWith(token: Token): Starts | undefined {
    const known = this.startedBy.get(token);
    if (known !== undefined) return known;
    // Most words start no phrase: nothing is made or kept for them.
    let candidates: Set<Phrase> | undefined;
    const add = (list: readonly Phrase[] | undefined) => list?.forEach((p) => (candidates ??= new Set()).add(p));
    if (isNumber(token.word)) add(this.startingWithNumber);
    for (const lemma of token.lemmas) add(this.byFirstWord.get(lemma));
    for (const lemma of token.nouns) add(this.byFirstNoun.get(lemma));
    if (candidates === undefined) return undefined;
    const phrases = [...candidates].sort(this.inListOrder);
    const starts = remembered(this.startsOf, phrases.map((p) => this.order.get(p)).join(' '), () => new Starts(phrases, this.inListOrder));
    this.startedBy.set(token, starts);
    return starts;
  }

  /** Every match as [start, end) token indices. */
  findAll(tokens: readonly Token[]): Array<[number, number]> {
    return this.matches(tokens).map(({ start, end }) => [start, end]);
  }

  test(tokens: readonly Token[]): boolean {
    return this.matches(tokens).length > 0;
  }
}

export interface PhraseMatch {
  phrase: Phrase;
  start: number;
  end: number;
}

/**
 * Named phrase lists read together: one pass over a sentence's words finds the matches of every list (a sentence meets
 * some forty lists, and looking each word up once per list was most of the time a message took to read).
 */
export class PhraseBook<Name extends string> {
  private readonly all: PhraseList;
  private readonly nameOf = new Map<Phrase, Name>();

  constructor(lists: Readonly<Record<Name, readonly string[]>>, macros: Macros = {}) {
    for (const [name, sources] of Object.entries(lists) as Array<[Name, readonly string[]]>) {
      for (const phrase of sources.flatMap((source) => compile(source, macros))) this.nameOf.set(phrase, name);
    }
    this.all = new PhraseList([...this.nameOf.keys()]);
  }

  /** Every list's matches in the words, as each list alone would find them. */
  read(tokens: readonly Token[]): PhraseBookReading<Name> {
    const byName = new Map<Name, PhraseMatch[]>();
    for (const match of this.all.matches(tokens)) {
      const name = this.nameOf.get(match.phrase)!;
      const matches = byName.get(name);
      if (matches) matches.push(match);
      else byName.set(name, [match]);
    }
    return new PhraseBookReading(byName);
  }
}

export class PhraseBookReading<Name extends string> {
  constructor(private readonly byName: ReadonlyMap<Name, readonly PhraseMatch[]>) {}

  /** The list's matches with the phrase that made each. */
  matches(name: Name): readonly PhraseMatch[] {
    return this.byName.get(name) ?? [];
  }

  /** The list's matches as [start, end) token indices. */
  spans(name: Name): Array<[number, number]> {
    return this.matches(name).map(({ start, end }) => [start, end]);
  }

  has(name: Name): boolean {
    return this.byName.has(name);
  }

  /** Whether any list matched. */
  any(): boolean {
    return this.byName.size > 0;
  }
}
