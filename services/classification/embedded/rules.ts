import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { normaliseText, PhraseBook, PhraseList, tokenise, type PhraseBookReading, type Token } from '../../language/phrases';
import { STRANDS, strandSchema, type Strand } from '../codes';
import { DATA_DIR } from '../dataset';
import { normalise } from './features';

/**
 * Explicit rules beside the statistical model, where safety or clear wording needs them, read from the hate lexicon
 * (services/classification/data/hate-lexicon.json, which says why it holds offensive words). Abuse (a slur, a
 * symbol, a hostile phrase, the name of a hate such as "racist") marks a hate incident whatever the model says, and
 * names its strand; a characteristic ("wheelchair", "mosque") is hate only with hostility.
 */
const phrases = z.array(z.string().min(1));
export const hateLexiconSchema = z.object({
  about: z.string(),
  notHate: phrases,
  notWhy: phrases,
  hostility: phrases,
  general: phrases,
  strands: z.record(strandSchema, z.object({ abuse: phrases, characteristics: phrases })),
});

/** The names of the lexicon's lists read together in one pass over a description's words. */
type ListName = 'hostility' | 'general' | `abuse ${Strand}` | `characteristics ${Strand}`;

interface Lexicon {
  notHate: PhraseList;
  /** The teller saying the characteristic is not why ("I don't think it's about that"). */
  notWhy: PhraseList;
  /** Hostility, the general phrases of hate, and each strand's abuse and characteristics. */
  lists: PhraseBook<ListName>;
  /** The one-word abuse of each strand ("paki", "faggot"), for reading a censored one ("n***er"). */
  slurs: Array<[Strand, string[]]>;
}

let loaded: Lexicon | undefined;

function lexicon(): Lexicon {
  if (loaded) return loaded;
  const file = path.join(DATA_DIR, 'hate-lexicon.json');
  const data = hateLexiconSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const strands = STRANDS.filter((s) => data.strands[s]);
  const lists: Partial<Record<ListName, readonly string[]>> = { hostility: data.hostility, general: data.general };
  for (const s of strands) {
    lists[`abuse ${s}`] = data.strands[s]!.abuse;
    lists[`characteristics ${s}`] = data.strands[s]!.characteristics;
  }
  loaded = {
    notHate: new PhraseList(data.notHate),
    notWhy: new PhraseList(data.notWhy),
    lists: new PhraseBook(lists as Record<ListName, readonly string[]>),
    slurs: STRANDS.map((s) => [s, (data.strands[s]?.abuse ?? []).filter((p) => !p.includes(' ')).flatMap((p) => p.split('|'))]),
  };
  return loaded;
}

/** "p*ki" → "paki", "n***er" → "nigger": censored slurs are still slurs. */
const tokensOf = (text: string): Token[] => tokenise(normalise(uncensor(normaliseText(text), lexicon().slurs)));

/** Everyday swearing, censored the same way: "c***" or "f**" may be one of these, so it is not read as a slur. */
const SWEARS =
  'fuck fucker fucking fucked cunt cunts shit piss pissed twat twats dick dicks cock bitch bitches bastard wanker prick slag slut whore arse arsehole crap tosser knob bellend'.split(
    ' ',
  );

/** Mild words of the lexicon nobody writes with stars: "n***er" is not "nutter". */
const NEVER_CENSORED = new Set(['nutter', 'nutters', 'loony', 'loonies', 'psycho', 'weirdo', 'racist', 'racism', 'racial', 'racially']);

/**
 * A word written with stars is read as the slur it stands for when the slurs of the lexicon that fit it are all of
 * one strand and no everyday swear fits: with two letters or more shown, the stars stand for any number of letters
 * ("n***er", "f****t"); with one, for as many as there are stars ("n*****" is six letters).
 */
export function uncensor(text: string, slurs: ReadonlyArray<[Strand, readonly string[]]>): string {
  return text.replace(/\b[a-z]+\*[a-z*]*/g, (word) => {
    const shown = word.replace(/\*/g, '').length;
    if (shown < 2 && word.length < 4) return word;
    const pattern = new RegExp(`^${word.replace(/\*+/g, (stars) => (shown >= 2 ? '[a-z]+' : `[a-z]{${stars.length}}`))}$`);
    const fits = slurs.map(([, words]) => words.find((w) => pattern.test(w) && !NEVER_CENSORED.has(w))).filter((w) => w !== undefined);
    return fits.length === 1 && !SWEARS.some((w) => pattern.test(w)) ? fits[0]! : word;
  });
}

function withoutSpans(tokens: Token[], spans: Array<[number, number]>): Token[] {
  const drop = new Set(spans.flatMap(([start, end]) => Array.from({ length: end - start }, (_, i) => start + i)));
  return tokens.filter((_, i) => !drop.has(i));
}

/** What the words of a description say about hate. */
export interface HateReading {
  /** Abuse or a general phrase of hate: hate whatever else is said. */
  abuse: boolean;
  /** Hostility: somebody targeted, abused, attacked or their property damaged. */
  hostile: boolean;
  /** The strands the abuse or the characteristics point to. */
  strands: Strand[];
}

export function readHate(text: string): HateReading {
  const { lists, notWhy } = lexicon();
  const tokens = withoutNotHate(text);
  const read = lists.read(tokens);
  const abused = STRANDS.filter((s) => read.has(`abuse ${s}`));
  // Each sentence's words and what the lists find in them, read once for every strand asked about.
  let sentences: Array<[Token[], PhraseBookReading<ListName>]> | undefined;
  const doersOnly = (strand: Strand) =>
    (sentences ??= sentencesOf(text)
      .map(withoutNotHate)
      .map((tokens) => [tokens, lists.read(tokens)])).every(([tokens, found]) =>
      characteristicsOfTheDoer(tokens, found.spans(`characteristics ${strand}`), found.spans('hostility')),
    );
  const characteristics = STRANDS.filter((s) => read.has(`characteristics ${s}`) && !doersOnly(s));
  // "We're the only Black family in the close but I don't think it's about that, she shouts at everyone."
  const named = characteristics.length > 0 && notWhy.test(tokens) ? [] : characteristics;
  return {
    abuse: abused.length > 0 || read.has('general'),
    hostile: read.has('hostility'),
    strands: STRANDS.filter((s) => abused.includes(s) || named.includes(s)),
  };
}

const sentencesOf = (text: string) => text.split(/[.!?\n;]+/).filter((s) => /[a-z]/i.test(s));

/** The words with the phrases that are not hate ("a black eye") taken out. */
function withoutNotHate(text: string): Token[] {
  const tokens = tokensOf(text);
  return withoutSpans(tokens, lexicon().notHate.findAll(tokens));
}

/** Another person, or words that aim at someone ("call my son a…"): what is named after them is not the doer's. */
const SOMEONE_ELSE = new Set(
  'he she they someone somebody people man woman lad boy girl kid youth teenager gang group neighbour guy bloke person bouncer staff driver guard manager owner landlord shopkeeper customer teacher police call tell say'.split(
    ' ',
  ),
);
/**
 * Before a hostile word, these make it done to the one named ("keeps finding coins thrown", "got spat at"); "have" does
 * too, before her, the… ("had her scarf pulled off": `doneToAt`).
 */
const DONE_TO = new Set(['get', 'find', 'receive', 'wake']);
/** After a form of "be", a passive: "was attacked", "is being followed" (not "is always rude", "is Polish and plays…"). */
const PARTICIPLE = /(?:ed|en|torn|thrown|drawn|shown|blown|told|hit|sent|made|caught|spat|being|burnt|cut|put|left|kept|struck|stuck|shot|set)$/;
/**
 * Whether the word at `i` makes a hostile word after it done to the one named: a passive, or get, have, find…
 * ("my neighbour, who is gay, keeps complaining": "who is" tells who the doer is).
 */
function doneToAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (RELATIVE.has(tokens[i - 1]?.word ?? '')) return false;
  if (t.lemmas.has('be')) return PARTICIPLE.test(tokens[i + 1]?.word ?? '');
  // "had her scarf pulled off" (not "have been breaking bottles": there "have" only helps the verb after it).
  // …or "had eggs thrown at her house", "had stones thrown": a thing, then what was done with it.
  // …but not "has just smashed a bottle": there "have" helps the verb after a word of time.
  if (t.lemmas.has('have')) {
    const next = tokens[i + 1]?.word ?? '';
    return OBJECT_START.has(next) || (!HAVE_THEN_VERB.has(next) && DONE_WITH.has(tokens[i + 2]?.word ?? ''));
  }
  return [...t.lemmas].some((l) => DONE_TO.has(l));
}
/**
 * Another person, unless "my", "our" or "your" makes them the one the doer acts on ("complains about my kids"), or
 * "of" makes them the doers themselves ("a group of Romanian men").
 */
const someoneElseAt = (tokens: readonly Token[], i: number) =>
  [...tokens[i]!.lemmas].some((l) => SOMEONE_ELSE.has(l)) && !OWN.has(tokens[i - 1]?.word ?? '') && tokens[i + 1]?.word !== 'of';
/** What "have" takes when it tells of something done to someone: "had her scarf pulled off", "had the windows smashed". */
const OBJECT_START = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'its', 'the', 'a', 'an', 'them', 'him', 'me', 'us']);
/** "had eggs thrown", "had windows smashed", "had tyres slashed" (not "have CCTV pointed at my garden"). */
const DONE_WITH = new Set(
  'thrown smashed kicked scratched sprayed daubed spat pushed posted left dumped slashed broken stolen ripped torn burnt burned egged keyed damaged vandalised painted written shoved'.split(
    ' ',
  ),
);
/** Words of time between "have" and the verb it helps: "has just smashed", "have already broken". */
const HAVE_THEN_VERB = new Set(['just', 'already', 'also', 'now', 'then', 'since', 'never', 'ever', 'always', 'recently', 'been']);
const OWN = new Set(['my', 'our', 'your']);
const RELATIVE = new Set(['who', 'that', 'which']);
/** "a woman in a hijab", "a man with a turban", "a lad wearing a kippah", "lads from the mosque": the one before has the characteristic. */
const HAS = new Set(['in', 'with', 'wearing', 'from']);

/**
 * "My disabled neighbour shouts at my kids", "Polish builders shout across the gardens": a sentence that opens with a
 * characteristic and goes on to a hostile word, with nobody else named and nothing done to anyone, tells of the
 * doer. True when every mention of the characteristic in the sentence is such (or there is none).
 */
function characteristicsOfTheDoer(
  tokens: readonly Token[],
  characteristic: ReadonlyArray<[number, number]>,
  hostility: ReadonlyArray<[number, number]>,
): boolean {
  const hostileStart = hostility[0]?.[0];
  return characteristic.every(([start, end]) => {
    // "I'm a carer for my dad who has dementia, he shouts at me": a relative named with it, then "he" or "she" for them.
    const relatives =
      RELATIVES.has(tokens[start - 3]?.word ?? '') && tokens[start - 2]?.word === 'who' && HAS_OR_IS.has(tokens[start - 1]?.word ?? '');
    if (hostileStart === undefined || (start >= OPENING_WORDS && !relatives) || end > hostileStart) return false;
    const doneTo = tokens.slice(0, hostileStart).some((_, i) => doneToAt(tokens, i));
    // The word just after the characteristic is who has it ("my disabled neighbour"); anyone after that is someone else.
    const named = (from: number, to: number) =>
      tokens.slice(from, to).some((t, k) => someoneElseAt(tokens, from + k) && !(relatives && THE_RELATIVE.has(t.word)));
    // "a woman in a hijab keeps shouting", "a lad in a wheelchair shouts abuse", "a man with Tourette's shouts swear
    // words": the one named just before has it.
    const hasAt = [3, 2, 1].find((back) => HAS.has(tokens[start - back]?.word ?? ''));
    const head = hasAt === undefined ? start : start - hasAt - 1;
    // ("my mum has MS and her carer tells her she's a burden": someone who cares for or works with them, named after it.)
    const helperAfter = tokens.slice(end + 1, hostileStart).some((t) => [...t.lemmas].some((l) => HELPERS.has(l)));
    return !doneTo && !named(0, Math.max(0, head)) && !named(end + 1, hostileStart) && !helperAfter;
  });
}
/** Those who care for or work with someone (named before the characteristic, they may be the teller: "I'm a carer for…"). */
const HELPERS = new Set(['carer', 'nurse', 'colleague', 'boss']);
/** How near the start of a sentence its subject is taken to be. */
const OPENING_WORDS = 8;
/** A relative who has the characteristic, told by "who has" or "who is" ("my dad who has dementia"). */
const RELATIVES = new Set(
  'dad father mum mother nan gran grandad grandma grandmother grandfather husband wife partner son daughter brother sister uncle aunt'.split(' '),
);
const HAS_OR_IS = new Set(['has', 'is', 'had', 'was']);
/** The pronoun that then stands for the relative. */
const THE_RELATIVE = new Set(['he', 'she']);

/** Abuse in the words: used on the Azure path too. */
export const hateWords = (text: string) => readHate(text).abuse;
