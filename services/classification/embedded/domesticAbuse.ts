import { LISTS as DANGER_LISTS } from '../../danger/signs';
import { PhraseList, tokenise, tokeniseByClause, WHOSE, type Token } from '../../language/phrases';

/**
 * Domestic abuse is recognised from the relationship together with harm, control or threats (docs/architecture.md 4.3),
 * whatever the other words: "my ex keeps turning up and threatening me", "my ex partner ... shouts threats".
 * The partner or family member must be the one doing it ("my ex hits me", "hit by my husband"), not the one it
 * happens to ("a boy keeps hitting my son").
 */
const LISTS = {
  whose: 'my|her|his|their|our|mum|sister|daughter|friend',
  relation:
    'ex|partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|spouse|stepdad|stepmum|stepfather|stepmother|dad|father|mum|mother|son|daughter|brother|sister|uncle|aunt|grandson|granddaughter|grandad|granddad|grandfather|grandma|grandmother|nan|gran|cousin|family|carer',
  harm: 'hit|punch|kick|slap|push|shove|strangle|choke|beat|batter|hurt|threaten|threat|control|stalk|track|abuse|rape|force|lock|smash|throw|scream|shout|bully|humiliate|isolate|check|take|turn|spit|attack|scare|frighten|harass|kill|burn|intimidate|grab|drag|bite|pin',
  /** Following, watching or contacting is harm when it is aimed at someone ("my ex keeps messaging me"), not at a thing ("my son follows a group online"). */
  contact: 'follow|watch|message|text|texting|texted|texts|call|post|share',
  aimedAt: 'me|us|her|him|them|mum|dad|home|everywhere|photo|picture|pic|nude|address',
  /** Who is kept from something ("stops me seeing my friends"): "stop" alone is often a bus stop. */
  kept: 'me|us|her|him|them|mum|dad',
};

const ACTOR_DOES_HARM = new PhraseList(
  [
    '@whose @relation * @harm',
    '@whose @relation * @contact * @aimedAt',
    '@whose @relation * stop @kept|@harm',
    '@whose ex partner|husband|wife|boyfriend|girlfriend * @harm',
    'by @whose @relation',
  ],
  LISTS,
);
const PASSIVE = new Set(['get', 'got', 'gets', 'getting', 'be', 'is', 'was', 'were', 'been', 'being', 'are']);
const HARM = new Set([...LISTS.harm.split('|'), ...LISTS.contact.split('|')]);
/** Before the partner or family member, these make them the one it is done to ("hitting my son", "spat at my mum"). */
const DONE_TO = new Set(
  'at to on for with from about towards send give tell ask make let rob mug mock call jump assault stab glass headbutt trip corner surround chase target pull rip tear snatch steal upon'.split(
    ' ',
  ),
);
/** Participles after "was", "got"...: "my son was mugged", "my daughter was told" (not "my ex is always threatening"). */
const PARTICIPLE = /(?:ed|en|told|hit|thrown|sent|made|caught)$/;
/** What an overdose is of: the danger phrases' medicines ("meds", "antidepressants", "co-codamol"), and the words for them. */
const MEDICINE = new Set([...DANGER_LISTS.medicine.split('|'), 'overdose', 'medicine', 'drug']);

type Tokens = ReturnType<typeof tokenise>;

const EX_WHAT = new Set(['partner', 'husband', 'wife', 'boyfriend', 'girlfriend']);
/** Where the relation of a match starting at `start` ends: "my ex", "my ex partner". */
const relationAt = (tokens: Tokens, start: number) =>
  tokens[start + 1]?.word === 'ex' && EX_WHAT.has(tokens[start + 2]?.word ?? '') ? start + 2 : start + 1;

/** "my ex-landlord", "my son's teacher", "my dad's friend": someone else, not the partner or family member. */
const SOMEONE_ELSE = new Set(
  'landlord landlady boss employer manager colleague workmate teacher neighbour flatmate housemate roommate lodger tenant friend mate coach supervisor carer'.split(
    ' ',
  ),
);
/** "is", or the word a possessive "'s" is read as ("my son's teacher"). */
const isOrWhose = (t: Token | undefined) => t?.word === 'is' || t?.word === WHOSE;
const someoneElse = (tokens: Tokens, relation: number) =>
  [tokens[relation + 1], isOrWhose(tokens[relation + 1]) ? tokens[relation + 2] : undefined].some(
    (t) => t !== undefined && [...t.lemmas].some((l) => SOMEONE_ELSE.has(l)),
  ) || exsNewPartner(tokens, relation);
/** "my ex's new girlfriend": the ex's new partner, not the resident's. */
const exsNewPartner = (tokens: Tokens, relation: number) =>
  tokens[relation]?.word === 'ex' &&
  isOrWhose(tokens[relation + 1]) &&
  ['new', ...EX_WHAT].includes(tokens[relation + 2]?.word ?? '') &&
  [tokens[relation + 2], tokens[relation + 3]].some((t) => EX_WHAT.has(t?.word ?? ''));

/**
 * "shouting at me and my daughter", "cycled past me and my daughter shouting": the relation named together with the
 * resident is one of those it happens to (or, "me and my husband shouted back", one of those who do it), not an abuser.
 */
const alongsideMe = (tokens: Tokens, start: number) => tokens[start - 1]?.word === 'and' && ALONGSIDE.has(tokens[start - 2]?.word ?? '');
const ALONGSIDE = new Set(['me', 'us', 'i']);

/** Words after the partner or family member that make them the subject: "my ex follows", "my husband is", "my son keeps". */
const SUBJECT_NEXT = new Set('be is was are were has have had keep keeps kept will would always never just still start started said says'.split(' '));

/**
 * Whether the words before `start` in this sentence make the relation the object of someone else's act ("hitting
 * my son", "spat at my mum", "calling me and my husband names"), unless the relation starts a new clause of its own
 * ("I left him and my ex followed me", "she is from Poland, her husband hit her").
 */
function doneTo(tokens: Tokens, start: number, relation: number, clauseOf: readonly number[]): boolean {
  const next = tokens[relation + 1];
  const subject = next !== undefined && (SUBJECT_NEXT.has(next.word) || [...next.lemmas].some((l) => HARM.has(l)));
  for (let i = start - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.word === 'because' || t.word === 'since' || t.word === 'when') return false;
    // A new clause (after a comma, "and" or "but") or "then" before a relation that does something starts afresh.
    if (subject && (clauseOf[i + 1] !== clauseOf[i] || t.word === 'then')) return false;
    if ([...t.lemmas].some((l) => HARM.has(l) || DONE_TO.has(l))) return true;
  }
  return false;
}

/** "my son was mugged and punched", "my daughter was told to...": it happened to them ("is hitting" is not). */
function passive(tokens: Tokens, start: number, end: number): boolean {
  if (tokens[end - 1]!.word.endsWith('ing')) return false;
  for (let i = start + 1; i < end - 1; i++) {
    if (PASSIVE.has(tokens[i]!.word) && PARTICIPLE.test(tokens[i + 1]!.word)) return true;
  }
  return PASSIVE.has(tokens[end - 2]?.word ?? '');
}

/**
 * "videos of attacks", "a threat", "a heart attack", "my dad had a funny turn": the harm word is a thing talked about or
 * had, not something the relation does to anyone.
 */
const NOUN_BEFORE = new Set('of about the a an some any these those heart panic asthma anxiety funny dizzy'.split(' '));
/** "my daughter has locked herself in": done to themselves, not to someone else. */
const REFLEXIVE = new Set('myself herself himself themselves themself ourselves yourself'.split(' '));
/** "her son took her to hospital": taken somewhere, not something taken from her. */
const takenSomewhere = (tokens: Tokens, i: number) => tokens[i]!.lemmas.has('take') && [tokens[i + 1], tokens[i + 2]].some((t) => t?.word === 'to');
/** "tried to take her own life": self-harm, not something taken from her. */
const ownLife = (tokens: Tokens, i: number) => tokens[i]!.lemmas.has('take') && tokens[i + 2]?.word === 'own';
/** "my dad's choking on his food": something stuck, not someone choked. */
const chokingOn = (tokens: Tokens, i: number) => tokens[i]!.lemmas.has('choke') && tokens[i + 1]?.word === 'on';
const CRY = new Set(['scream', 'shout']);
/** "screaming in pain" (not "screams in my face"). */
const FELT = new Set(['pain', 'agony', 'fear', 'terror', 'shock', 'panic']);
/** "a kid has fallen off the climbing frame, his mum is screaming", "screaming for help": a cry aimed at nobody (not "screams at me"). */
const cryAtNobody = (tokens: Tokens, i: number) =>
  [...tokens[i]!.lemmas].some((l) => CRY.has(l)) &&
  (i === tokens.length - 1 || tokens[i + 1]!.word === 'for' || (tokens[i + 1]!.word === 'in' && FELT.has(tokens[i + 2]?.word ?? '')));
/** "my son turned them down": an offer refused, not someone turning up ("my ex keeps turning up"). */
const turnedDown = (tokens: Tokens, i: number) => tokens[i]!.lemmas.has('turn') && [tokens[i + 1], tokens[i + 2]].some((t) => t?.word === 'down');
function notHarmToOthers(tokens: Tokens, start: number, end: number): boolean {
  for (let i = end - 1; i > start; i--) {
    if ([...tokens[i]!.lemmas].some((l) => HARM.has(l)))
      return (
        NOUN_BEFORE.has(tokens[i - 1]?.word ?? '') ||
        REFLEXIVE.has(tokens[i + 1]?.word ?? '') ||
        takenSomewhere(tokens, i) ||
        ownLife(tokens, i) ||
        chokingOn(tokens, i) ||
        turnedDown(tokens, i) ||
        cryAtNobody(tokens, i)
      );
  }
  return false;
}

/**
 * "my son has taken a bottle of pills", "messaged me a picture of a load of pills" is an overdose, not abuse (not "takes
 * my money for drugs", "calls me a drug addict": what the money is for, or a name). Only medicine taken, or shown: "my
 * boyfriend controls my meds", "hits me and makes me take pills" are abuse.
 */
const medicine = (tokens: Tokens, start: number, end: number) =>
  tokens.slice(start, end).some((t) => [...t.lemmas].some((l) => l === 'take' || CONTACT.has(l))) &&
  tokens
    .slice(end, end + WORDS_AFTER)
    .some(
      (t, k) => [...t.lemmas].some((l) => MEDICINE.has(l)) && tokens[end + k - 1]?.word !== 'for' && !NOT_A_DOSE.has(tokens[end + k + 1]?.word ?? ''),
    );
const CONTACT = new Set(LISTS.contact.split('|'));
/** "calls me a drug addict", "takes my insulin off me": a name, or medicine taken from someone. */
const NOT_A_DOSE = new Set(['addict', 'addicts', 'dealer', 'dealers', 'debt', 'debts', 'money', 'off', 'from', 'away']);
/**
 * "my sister took something at a party", "my brother took a load of ket and now he won't wake up": something taken into
 * the body, an overdose told by what was taken or by what it did, not something taken from someone ("my ex took my
 * phone", "took something from my flat").
 */
function tookIntoBody(tokens: Tokens, end: number): boolean {
  if (!tokens[end - 1]!.lemmas.has('take')) return false;
  const what = tokens[end]?.word ?? '';
  if ((what === 'something' || what === 'stuff') && !FROM.has(tokens[end + 1]?.word ?? '')) return true;
  return tokens.slice(end).some((t) => [...t.lemmas].some((l) => UNWELL.has(l)));
}
const FROM = new Set(['from', 'of', 'off', 'out']);
const UNWELL = new Set(['wake', 'unconscious', 'collapse', 'responsive', 'respond', 'fitting', 'vomit', 'conscious']);
/**
 * "my girlfriend texted me sorry for everything and goodbye", "my son texted me saying he's had enough": a farewell, a
 * worry for their life, not abuse (not "he's had enough of me").
 */
const farewell = (tokens: Tokens, end: number) =>
  tokens
    .slice(end, end + WORDS_AFTER)
    .some(
      (t, k) =>
        t.word === 'goodbye' ||
        t.word === 'farewell' ||
        (t.word === 'enough' && tokens[end + k - 1]!.lemmas.has('have') && tokens[end + k + 1]?.word !== 'of'),
    );
/** How far after the harm or contact words a medicine or a farewell is looked for (one window for both). */
const WORDS_AFTER = 8;

/**
 * "reported missing by his mum", "picked up by my dad", "looked after by my nan": something done for someone by the
 * partner or family member, told in the few words before "by" with no harm among them (not "was hit by my husband",
 * "reported that he was attacked by his brother").
 */
const KINDLY = new Set('report collect pick bring raise adopt look care drive visit support help find foster'.split(' '));
function doneKindly(tokens: Tokens, by: number): boolean {
  for (let i = by - 1; i >= Math.max(0, by - 6); i--) {
    const lemmas = [...tokens[i]!.lemmas];
    if (lemmas.some((l) => HARM.has(l))) return false;
    if (lemmas.some((l) => KINDLY.has(l))) return true;
  }
  return false;
}

export function domesticAbuseWords(text: string): boolean {
  return text
    .split(/[.!?\n;]+/)
    .map(tokeniseByClause)
    .some(({ tokens, clauseOf }) =>
      ACTOR_DOES_HARM.matches(tokens).some(({ phrase, start, end }) =>
        phrase.source.startsWith('by')
          ? !doneKindly(tokens, start)
          : !passive(tokens, start, end) &&
            !doneTo(tokens, start, relationAt(tokens, start), clauseOf) &&
            !someoneElse(tokens, relationAt(tokens, start)) &&
            !alongsideMe(tokens, start) &&
            !notHarmToOthers(tokens, start, end) &&
            !medicine(tokens, start, end) &&
            !tookIntoBody(tokens, end) &&
            !farewell(tokens, end),
      ),
    );
}
