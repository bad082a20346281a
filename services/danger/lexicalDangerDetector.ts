import { PhraseBook, PhraseList, tokenise, tokeniseByClause, wordsIn, WHOSE, type Phrase, type Token } from '../language/phrases';
import { Spelling } from '../language/spelling';
import { DANGER_SIGNS, type DangerDetector, type DangerReading, type DangerSign, type ReadingContext } from './danger';
import {
  AFTERMATH,
  AFTERWARDS,
  ASKED_IF_TRUE,
  ASKED_WHAT_IT_IS,
  ASKED_WHAT_TO_DO,
  ASKING,
  ATTACKS_ON_THINGS,
  BACK_JUST_NOW,
  BURNING_ON_PURPOSE,
  CRITICAL_WORDS,
  DEALT_WITH,
  FIGURES_OF_SPEECH,
  FOUND,
  HABIT,
  HERE,
  HOME_ATTACKED,
  INJURIES_SEEN,
  INJURY_EXPLAINED,
  HORSEPLAY,
  HARMLESS,
  IF_ANYONE,
  IN_CUSTODY,
  JOURNEY,
  LATELY,
  MINUTES_AGO,
  TODAY,
  LISTS,
  LONG_AGO,
  UNDATED_PAST,
  MAYBE_NOW,
  NOT_A_SCENE,
  NOT_DANGER,
  PLANNED_FOR,
  WORRY,
  KEEPSAKE,
  DISPOSAL,
  NOT_NOW,
  NOT_PAST,
  NOT_SEEN,
  SEEN_TO,
  NOT_SEEN_AT_HOME,
  NOW,
  NOW_UNLESS_HABIT,
  ONLY_WITH_NOW,
  OUT_OF_HAND,
  PAST,
  PLAY,
  RECENTLY,
  SIGNS,
  STILL_AT_RISK,
  STILL_AWAY,
  THERE_IS,
  AFRAID_TO_GO_OUT,
  UNSEEN,
  REFUSES_CARE,
  SAID_TO_BE_WELL,
  SAID_TO_BE_FALSE,
  WELL_NOW,
  THINGS_MISSING,
  MISSING_WITH_THEM,
} from './signs';

/** Where one sentence ends and the next begins: the detector reads sentence by sentence. */
export const SENTENCE_BREAK = /[.!?\n;]+|\s[-–]\s/;
/**
 * A sentence longer than this many words is read in pieces of this many, each beginning OVERLAP_WORDS before the last
 * ended (so no phrase is cut in two). The longest of the labelled descriptions' 21,000 sentences has 57 words; a sentence
 * is read by looking back over its words for each sign, so one of thousands of words with no full stop (crafted: "knife "
 * 3,333 times) took a third of a second, and a message's reading grew with the square of its length.
 */
export const PIECE_WORDS = 150;
const OVERLAP_WORDS = 20;
/** Screens, films and games: a weapon or a fight in one is not real. */
const MEDIA = new Set('film movie game tv telly screen xbox playstation video song youtube netflix fortnite minecraft roblox gta fifa'.split(' '));
/** "shooting people in a game", "kill me in fortnite", "stabbed on the telly": where the danger happens. */
const ON_MEDIA = new Set(['in', 'on', 'during']);
/** "videos of beheadings", "a film where a man is stabbed", "a game about shooting": what the screen shows. */
const SHOWING = new Set(['of', 'where', 'about', 'show', 'shows', 'showing', 'that', 'which', 'with', 'called', 'have', 'has', 'full']);
/** Someone who could be doing it for real: after one of these the danger is theirs, not the screen's ("the tv was on and he has a knife"). */
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'someone', 'somebody', 'man', 'woman', 'lad', 'boy', 'girl']);
/** Whether any base form of the word is one of these. */
const lemmaIn = (t: Token, words: ReadonlySet<string>) => [...t.lemmas].some((l) => words.has(l));
const isMedia = (t: Token | undefined) => t !== undefined && (MEDIA.has(t.word) || lemmaIn(t, MEDIA));

/**
 * Whether the danger read at [start, end) happens on a screen: a film, game or video is where it happens just after
 * it ("kill me in fortnite later") or shows it just before ("videos of people getting stabbed"). A screen elsewhere in
 * the sentence ("he turned the tv up and started hitting her", "they filmed the fight") does not make it unreal.
 */
function onScreen(tokens: readonly Token[], start: number, end: number, sign?: DangerSign): boolean {
  for (let m = end; m < Math.min(tokens.length, end + 5); m++) {
    // ("in a video", "in a drill video"; the "in" or "on" after the sign: not "getting his head stamped on, people just
    // filming", forty-third session.)
    // ("I saw a man shot in a film": the sign's own last word may be the "in", with the screen just after it.)
    const after = (k: number) => k >= end || (k === end - 1 && m - k <= 2);
    if (isMedia(tokens[m]) && [m - 1, m - 2, m - 3].some((k) => after(k) && ON_MEDIA.has(tokens[k]!.word)))
      return !(sign === 'weapon' && filmedAt(tokens, m));
  }
  // "posting videos about wanting to shoot up the school": someone's own intention, shown on a screen, is real.
  if (AHEAD.has(tokens[start]!.word) || MEANT.has(tokens[start]!.word) || lemmaIn(tokens[start]!, INTENT)) return false;
  // ("a video at school of someone being stabbed": a little further back for an attack shown; a weapon or a threat far
  // from the video may be its makers' own: "a video going round of lads with zombie knives saying they're going to get
  // the boys".)
  const reach = sign === 'attack' ? 7 : 5;
  for (let m = Math.max(0, start - reach); m < start; m++) {
    if (!isMedia(tokens[m])) continue;
    // "they sent him a video of a knife saying he's got till friday": a weapon or a threat sent to someone is aimed at them
    // (not "my mate sent me a video of a stabbing at the station": an attack shown).
    if (sign !== 'attack' && sentTo(tokens, m)) return false;
    const between = tokens.slice(m + 1, start);
    // "a lad posting videos with a zombie knife": his own videos, with the weapon in his hands (not "watching videos with
    // guns in").
    const maker = tokens[m - 1];
    if (between[0]?.word === 'with' && maker !== undefined && lemmaIn(maker, POSTING)) continue;
    // ("a video at school of someone being stabbed": whoever comes after "of" is shown; "the tv was on and he has a knife"
    // is not.)
    const shows = between.findIndex((t) => SHOWING.has(t.word));
    // ("a video going round of my son being beaten up": someone of the teller's own, shown, was really hurt.)
    const ownShown = shows >= 0 && between.slice(shows + 1).some((t) => OWN.has(t.word));
    if (between.length === 0 || (shows >= 0 && !ownShown && !between.slice(0, shows).some((t) => SUBJECTS.has(t.word)))) return true;
  }
  return false;
}
/** Whether the video or photo at `media` was sent to someone ("sent him a video", "messaged me a photo"). */
function sentTo(tokens: readonly Token[], media: number): boolean {
  for (let k = media - 1; k >= Math.max(1, media - 3); k--) {
    if (AIMED_AT.has(tokens[k]!.word) && lemmaIn(tokens[k - 1]!, SENDING)) return true;
  }
  return false;
}
const SENDING = new Set(['send', 'text', 'message', 'snapchat', 'dm']);
/**
 * "showing off knives in videos filmed in the alley behind our house": a weapon in a video made at a real place was
 * there (forty-fifth session; not a fight: "girls fighting on tiktok videos filmed in the park, they post them online").
 */
function filmedAt(tokens: readonly Token[], media: number): boolean {
  const verb = tokens[media + 1];
  return verb !== undefined && lemmaIn(verb, FILMED) && PLACED.has(tokens[media + 2]?.word ?? '');
}
const FILMED = new Set(['film', 'record', 'shoot']);
const PLACED = new Set(['in', 'at', 'on', 'outside', 'behind', 'near', 'by', 'round', 'around']);
/**
 * Words of what will happen: "he'll", "would", "is going to", "they're coming". A threat with one of them looks ahead;
 * a clause with one of them is later, not past (looksAhead: not "would", which also tells of a past habit, nor "going"
 * without "to").
 */
const AHEAD = new Set(['will', 'would', 'gonna', 'going', 'coming', 'intend', 'intends', 'intending']);
/** Clothes someone is dressed in: a look-alike of those who carry weapons for their work is not one (NOT_DANGER). */
const DRESS = new Set(['gear', 'uniform', 'uniforms', 'clothes', 'costume', 'costumes', 'outfit', 'camo', 'camouflage', 'fatigues', 'jacket']);
/** Words that put a case rather than tell what happened ("if he comes back"). */
const IF = new Set(['if', 'unless']);
/** The teller and their own people ("of my son", "of me"). */
const OWN = new Set(['my', 'our', 'me', 'us']);
/** Who makes the video ("posting videos with a knife"), not who watches one. */
const POSTING = new Set(['post', 'upload', 'make', 'film', 'share']);
/**
 * Words of what someone means to do: "wants to", "plans to" (a clause with one is later, not past); shown on a screen,
 * an intention is still someone's own, as one said is ("threatens to", "swore to": INTENT).
 */
const MEANT = new Set(['want', 'wants', 'wanting', 'plan', 'plans', 'planning']);
const INTENT = new Set(['threaten', 'promise', 'swear', 'vow']);
/**
 * "man with gun", "acid attack", "gang fight with knives": a first message of a few words that names a weapon, an
 * attack, a fire, a break-in, someone trapped or followed, and nothing told in the past, is a report of what is
 * happening, as a caller's first words are (not an answer to a question: "a man with a knife" at "Who was involved?").
 */
function isHeadline(text: string, sentences: readonly SentenceReading[], kinds: readonly DangerSign[]): boolean {
  const words = wordsIn(text);
  return (
    words >= 2 &&
    words <= HEADLINE_WORDS &&
    sentences.length === 1 &&
    !sentences[0]!.signsInThePast &&
    kinds.every((k) => HEADLINE_SIGNS.has(k)) &&
    // Named, not told of someone ("he is violent", "hes strapped": who someone is; the tokeniser spells out text-speak).
    !tokenise(text).some((t) => TOLD_OF.has(t.word))
  );
}
const HEADLINE_WORDS = 5;
/** After "missing", what is missed ("missing his dad", "missing the bus"). */
const MISSED = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'the', 'a', 'an', 'him', 'them', 'me', 'us', 'you', 'out']);
/**
 * A plea alone, of a headline's few words, is a cry now ("call an ambulance please"), unless it opens by asking what to
 * do ("do I call 999 or 101?"; "can you send the police" is a plea).
 */
const ASKED_BY = new Set(['do', 'does', 'should', 'shall', 'is', 'are', 'how', 'what', 'when', 'where', 'which', 'who', 'why', 'whether', 'if']);
/** After "is that true", the words that open another question (ASKED_IF_TRUE). */
const ASKED_NEXT = new Set(['or', 'should', 'what', 'how', 'can', 'could', 'do', 'does', 'would']);
/**
 * "FIRE!!", "fire fire": the word alone is asked about, as a weapon named alone is ("knife"); in a sentence it needs
 * more ("there's a fire", "fire next door"; not "the fire door is broken", "a fire pit").
 */
const CRY_OF_FIRE = /^[^a-z0-9]*(?:fire[^a-z0-9]*)+$/i;
/**
 * "im scared", "I'm so frightened", "help im scared": fear typed as the whole message (too short for the model) is asked
 * about, not taken as a story ("I'm scared of spiders", "scared of my husband" are read as any sentence is).
 */
const CRY_OF_FEAR =
  /^[^a-z]*(?:(?:help|please|pls)[^a-z]+)*(?:(?:i\s*am|i['’]?m)\s+)?(?:(?:so|really|very|too)\s+)*(?:scared|frightened|terrified)[^a-z]*$/i;
/** A cry typed as the whole message, and the sign it is asked about as. */
const CRIES_ALONE: ReadonlyArray<[RegExp, DangerSign]> = [
  [CRY_OF_FIRE, 'fire'],
  [CRY_OF_FEAR, 'plea'],
];
const TOLD_OF = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
const HEADLINE_SIGNS: ReadonlySet<DangerSign> = new Set(['weapon', 'attack', 'fire', 'break_in', 'trapped', 'followed']);
/** Signs that a screen makes unreal ("shooting people in a game"). */
const ON_SCREEN: ReadonlySet<DangerSign> = new Set(['weapon', 'attack', 'threat']);
/** Signs a question about the service or the law can name without reporting them (ASKING). */
const ASKED_ABOUT: ReadonlySet<DangerSign> = new Set(['weapon', 'attack', 'threat', 'followed', 'break_in']);
/**
 * The teller or someone they know, or the present, in what is asked about ("how do I report a man who's threatening me",
 * "what do I do if my neighbour says he's got a gun", "should I call the police there's a man with a knife outside"): a
 * report, not a question.
 */
const REPORTED = new Set(['me', 'us', 'i', 'he', 'she', 'they', 'him', 'her', 'is', 'are', 'am', 'now', 'here', 'tonight']);
/** A question that ends "tell if", "know whether": what follows is the case asked about, its "is" included. */
const WHETHER = new Set(['if', 'whether']);
const BE_NOW = new Set(['is', 'are', 'am']);
/** Someone unnamed, after "if": the case put is anyone's ("if a friend offers him a knife"). */
const UNNAMED = new Set(['a', 'an', 'someone', 'somebody', 'anyone', 'anybody']);
/**
 * The words of REPORTED that, after such an "if", tell of the case put, not of the teller or of now ("…if a man is waving
 * a knife" is still told as now).
 */
const OF_THE_CASE = new Set(['him', 'her', 'them']);
/** Anyone, named or not (LISTS.person: "me", "people", "a lad", "my son"…). */
const PERSON = new Set(LISTS.person.split('|'));
/** How many words may come before a question's opening words ("hi, quick question, how do I…"). */
const ASKING_WITHIN = 4;
/** "wouldn't stop", "didn't stop", "couldn't stop": a refusal told in the past. */
const PAST_REFUSAL = new Set(['would', 'did', 'could']);
/** Habit words that tell of one time when their clause is told in the past (oneTimeOfDay). */
const ONCE_IN_THE_PAST = new Set(['after', 'apparently']);
/** Before an -ing word, even with a word between, these make it past or a habit ("was chasing", "keeps on following"). */
const NOT_NOW_BEFORE_ING = new Set([
  // "they'll be waiting for him": a bare "be" follows will, would or to, so it is later, not now.
  'be',
  'was',
  'were',
  'been',
  'keep',
  'keeps',
  'kept',
  'used',
  'stop',
  'stopped',
  'start',
  'started',
  // "I found her wandering in the road at 3am": how she was found, not what is happening.
  'found',
]);
/**
 * Just before an -ing word, these make it a noun or a time ("after fighting", "scared of going"); two words before,
 * they belong to something else ("a group of lads chasing someone").
 */
const NOT_NOW_JUST_BEFORE_ING = new Set(['after', 'when', 'before', 'about', 'of', 'for', 'from', 'like', 'without']);
/** Just before an -ing word, these make it the name of a kind of crime ("a school shooting", "a drive-by shooting"). */
const NAMING_ING = new Set(['school', 'mass', 'drive', 'by', 'revenge']);
/** Just before an -ing word, these make it a noun ("a stabbing", "no fighting"); two words before, they belong to another noun ("a bat trying to get in"). */
const DETERMINERS = new Set(['a', 'the', 'no', 'any']);
const POSSESSIVES = ['my', 'his', 'her', 'their', 'our', 'your'];
/** Words ending in -ing that are not a thing being done ("went missing last month", "this morning", "going to kill me"). */
const NOT_PROGRESSIVE = new Set([
  'missing',
  'morning',
  'evening',
  'during',
  'nothing',
  'something',
  'anything',
  'everything',
  'building',
  'ceiling',
  'going',
  // "has been given a restraining order": an order's name, not someone restraining (forty-ninth session).
  'restraining',
]);
const SET = new Set(['set', 'sets']);
const PERFECT = new Set(['have', 'has']);
const KEEP = new Set(['keep', 'keeps', 'kept']);
const PRESENT_KEEP = new Set(['keep', 'keeps']);
/** What a nuisance does again and again ("keeps piling rubbish", "keeps parking across my drive"): not a danger going on. */
const NUISANCE = new Set(['park', 'pile', 'dump', 'leave', 'block', 'rev', 'bark', 'tip', 'litter', 'vandalise', 'vandalize', 'deface']);
const WAS = new Set(['was', 'were']);
const THING = ['it', 'this', 'that'];
const THING_IS = ['is', 'was', 'will'];
/**
 * "is it coming back this year", of a fair, asked or told ("it's coming back next week"): a thing, not someone (not
 * "it will happen again", nor "the lad who did it is still hanging around").
 */
const ofAThing = (tokens: readonly Token[], start: number) =>
  (THING.includes(tokens[start - 1]?.word ?? '') && THING_IS.includes(tokens[start - 2]?.word ?? '')) ||
  (tokens[start]!.lemmas.has('come') &&
    THING_IS.includes(tokens[start - 1]?.word ?? '') &&
    THING.includes(tokens[start - 2]?.word ?? '') &&
    !tokens[start - 3]?.lemmas.has('do'));
/**
 * "…had a fall last month and now he's nervous about the paving": how someone feels since, not whoever did it still
 * about (fear of what is to come is read by its own phrases: "scared he'll come back").
 */
const FEELINGS = new Set('nervous scared afraid worried frightened anxious terrified shaken upset wary'.split(' '));
const feelingAfter = (tokens: readonly Token[], end: number) => tokens[end]?.lemmas.has('be') === true && FEELINGS.has(tokens[end + 1]?.word ?? '');
/** Whoever did it caught, unless denied ("hasn't been caught"; not "we're not taking it further", which closes it). */
const CAUGHT = new Set(['caught', 'arrested', 'charged', 'convicted', 'sentenced']);
/** "is being broken into": a crime told as it happens (forty-seventh session). */
const beingBroken = (tokens: readonly Token[], start: number, end: number) =>
  tokens
    .slice(start, end - 1)
    .some((t, i) => t.word === 'being' && tokens[start + i + 1]!.word === 'broken' && BE_NOW.has(tokens[start + i - 1]?.word ?? ''));

/** Sounds of danger: with a screen in the sentence they may be the screen's. */
const SOUNDS = new Set(['gunfire', 'gunshot', 'gunshots', 'shots', 'explosion', 'explosions']);
/** Fighting as a word that play can qualify ("play fighting"), not a blow ("punched"). */
const FIGHTING = new Set(['fight', 'scrap', 'wrestle', 'brawl']);
const WEAPONS = new Set(LISTS.weapon.split('|').map((w) => w.replace('/n', '')));
/** Things that are weapons when held or used on someone (LISTS.object). */
const HELD_AS_WEAPONS = new Set(LISTS.object.split('|').map((w) => w.replace('/n', '')));
/** Signs of harm to someone that, told as happening again, tell of a pattern or harm going on ("bleeding again"; not a fire or a break-in again). */
const AGAIN_SIGNS = new Set<DangerSign>(['attack', 'threat', 'followed', 'weapon', 'medical']);
const CONDITIONS = new Set(['if', 'unless', 'when', 'whenever', 'because', 'but']);
/**
 * "…slapped him last weekend and he says it's not the first time", "…bit him last week, it's happened before", "she's
 * done it before": it has happened before, as "again" says (not "it's never happened before").
 */
const notTheFirstTime = (tokens: readonly Token[]) =>
  tokens.some(
    (t, i) =>
      (t.word === 'not' && tokens[i + 1]?.word === 'the' && tokens[i + 2]?.word === 'first' && tokens[i + 3]?.word === 'time') ||
      (t.word === 'before' &&
        (tokens[i - 1]?.lemmas.has('happen') || (DONE_IT.has(tokens[i - 1]?.word ?? '') && tokens[i - 2]?.lemmas.has('do'))) &&
        !tokens.slice(Math.max(0, i - 4), i).some((w) => NEGATIONS.has(w.word))),
  );
const DONE_IT = new Set(['it', 'this', 'that']);
const MISSING_OR_AWAY = new Set(['missing', 'away']);
/**
 * "has gone missing again, last time she was found in a flat": missing once more, so a NOT_DANGER phrase of an absence
 * that ended ("…missing… was found") does not take it out.
 */
const missingAgain = (tokens: readonly Token[], start: number, end: number) =>
  tokens.slice(start, end - 1).some((t, i) => MISSING_OR_AWAY.has(t.word) && tokens[start + i + 1]?.word === 'again');
/**
 * "went missing for 3 days and came back with cash": back with what someone who uses a child gives them, so the absence
 * did not end the worry (a NOT_DANGER phrase of an absence that ended does not take it out).
 */
const backWithSigns = (tokens: readonly Token[], start: number, end: number) =>
  tokens.slice(start, end).some((t) => MISSING_OR_AWAY.has(t.word)) &&
  ((tokens[end]?.word === 'with' && [tokens[end + 1], tokens[end + 2], tokens[end + 3]].some((t) => BROUGHT_BACK.has(t?.word ?? ''))) ||
    // "…went missing for four days, turned up in Margate, and now he's got two phones".
    tokens.slice(end).some((t, i, after) => HELD_SINCE.has(t.word) && after.slice(i + 1, i + 4).some((w) => HELD_SINCE_SIGNS.has(w.word))));
/**
 * "she's scared they'll find her here", "im scared he will find me": the fear of being found by whoever someone fled, not a
 * worry of what may happen (the NOT_DANGER phrase of worry does not take out the threat it ends in).
 */
const foundBy = (tokens: readonly Token[], end: number) =>
  (tokens[end]?.lemmas.has('find') || tokens[end]?.lemmas.has('track')) && FOUND_WHO.has(tokens[end + 1]?.word ?? '');
const FOUND_WHO = new Set(['me', 'her', 'him', 'us', 'them', 'you']);
const BROUGHT_BACK = new Set(['cash', 'money', 'phone', 'phones', 'trainers', 'clothes', 'bruises', 'injuries', 'drugs']);
/** What someone has had since: "he's got two phones", "has loads of cash" (not "had her phone off"). */
const HELD_SINCE = new Set(['got', 'has', 'had']);
const HELD_SINCE_SIGNS = new Set(['phones', 'cash', 'bruises', 'injuries', 'drugs']);
/** "…gets aggressive when I say no, last time he pushed me into the door": the last of several times, a few words before. */
const lastTimeBefore = (tokens: readonly Token[], start: number) =>
  tokens.slice(Math.max(0, start - 4), start).some((t, i, before) => t.word === 'last' && before[i + 1]?.word === 'time');
/** Whether one of the `reach` words before `start` is such a word. */
const shortlyBefore = (tokens: readonly Token[], start: number, reach: number, is: (t: Token) => boolean) =>
  tokens.slice(Math.max(0, start - reach), start).some(is);
/** "keeps her curtains shut", "kept the blinds down": a "keep" in the three words before. */
const keptSo = (tokens: readonly Token[], start: number) => shortlyBefore(tokens, start, 3, (t) => t.lemmas.has('keep'));
/** "again" within a few words after, before any "if" ("he'd kill me if I looked at his bird again" is not) or "never again". */
function againAfter(tokens: readonly Token[], end: number): boolean {
  for (let i = end; i < Math.min(tokens.length, end + 6) && !CONDITIONS.has(tokens[i]!.word); i++) {
    if (tokens[i]!.word === 'again') return !NEGATIONS.has(tokens[i - 1]?.word ?? '');
  }
  return false;
}
/** What a sound comes from, named beside what it is likened to ("fireworks… bangs like gunshots", "foxes… sounds like someone being strangled", "practising the drums… sounds like gunfire", "the paintball place… sounds like gunfire", "the gym… drops weights… sound like someone being thrown about"). */
const SOUND_SOURCES = new Set([
  'firework',
  'banger',
  'rocket',
  'fox',
  'foxes',
  'vixen',
  'peacock',
  'owl',
  // "my neighbour's parrot screams all day, it sounds like a woman screaming for help" (forty-seventh session).
  'parrot',
  'cockatoo',
  'exhaust',
  'backfire',
  'engine',
  'drum',
  'drums',
  'paintball',
  'paintballing',
  'airsoft',
  // "the gym under our flat drops weights and the bangs sound like someone being thrown about".
  'weight',
  'gym',
]);
/** "sounds like someone is being strangled": the sign a few words after "sounds|sounded like". */
const soundsLike = (tokens: readonly Token[], start: number) =>
  tokens.slice(Math.max(0, start - 5), start).some((t, i, before) => t.word === 'like' && i > 0 && before[i - 1]!.lemmas.has('sound'));
/** "like gunshots", "like a gunshot": what something is likened to. */
const likenedAt = (tokens: readonly Token[], start: number) =>
  tokens[start - 1]?.word === 'like' || (tokens[start - 2]?.word === 'like' && DETERMINERS.has(tokens[start - 1]!.word));
const SEEM = new Set(['sound', 'look', 'seem']);
const ONLY = new Set(['just', 'only', 'actually']);
/**
 * What something seemed, when the same sentence goes on to say what it was: from "sounds|looks|seems like" to "but it's
 * just|only|actually…" ("it sounds like someone is being thrown against the wall but it's just him dropping weights").
 */
function dismissedLikenesses(tokens: readonly Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  tokens.forEach((t, i) => {
    if (t.word !== 'like' || !tokens[i - 1] || !lemmaIn(tokens[i - 1]!, SEEM)) return;
    const but = tokens.findIndex(
      (b, j) => j > i && b.word === 'but' && tokens[j + 1]?.word === 'it' && tokens[j + 2]?.lemmas.has('be') && ONLY.has(tokens[j + 3]?.word ?? ''),
    );
    if (but > 0) spans.push([i, but]);
  });
  return spans;
}
const inSpans = (i: number, spans: ReadonlyArray<[number, number]>) => spans.some(([start, end]) => start <= i && i < end);
/** Words that make a threat a joke (a sentence with one of them is not read for threats). */
const JOKING = new Set(['joke', 'joking', 'jokingly', 'banter', 'lol', 'lmao', 'kidding']);
const DOUBT = new Set(['if', 'whether']);
/** Who comes to help: "the police have been round" is not whoever did it coming back. */
const HELPERS = new Set(['police', 'officers', 'officer', 'pcso', 'pcsos', 'paramedics', 'ambulance', 'firefighters', 'council']);
/** Words of a wish or a worry before someone said to be well ("hope she's ok", "make sure he's alright"). */
const HOPE = new Set(['hope', 'sure', 'check', 'see', 'pray', 'wonder']);
const NEGATIONS = new Set(['nobody', 'noone', 'nothing', 'never', 'not', 'no', 'none', 'nearly', 'almost']);
/** Acts told in the present perfect by what they left behind (isOngoing). */
const LEFT_BEHIND = new Set(['pour']);
/** Things whose harm is left for later, done to in the present perfect ("has cut the brake cables": isOngoing). */
const HARMED_FOR_LATER = new Set(['brake', 'brakes']);
const LIT = new Set(['lit', 'ignited', 'torched', 'alight']);
/** Helping verbs between a negation and the verb it denies ("nobody has been hurt"). */
const HELPING = new Set(['has', 'have', 'had', 'been', 'was', 'were', 'is', 'are', 'got']);
const YEAR_IN_THE_PAST = /\b(?:in|back in|during|since|from) (?:19|20)\d\d\b/;
/** A year written as a word: "2019". */
const YEAR = /^(?:19|20)\d\d$/;
/**
 * "my ex hit me in 2021, he lives in Scotland now": a year before this one, as the time of its clause (so that "now"
 * after it is a contrast with then, not danger now).
 */
function yearsPast(tokens: readonly Token[]): Array<[number, number]> {
  const thisYear = new Date().getFullYear();
  return tokens.flatMap((t, i): Array<[number, number]> =>
    YEAR.test(t.word) && Number(t.word) < thisYear && ['in', 'during'].includes(tokens[i - 1]?.word ?? '') ? [[i - 1, i + 1]] : [],
  );
}

interface SentenceReading {
  signs: Set<DangerSign>;
  /** The phrases that matched, for explain(). */
  matched: string[];
  /** A sign phrase marked `!`: now by itself. */
  immediate: boolean;
  now: boolean;
  /** The only words of now are a bare "now" or "just" after the danger ("he was glassed two years ago, the man is now back"). */
  contrastNow: boolean;
  /** Tells what was left unmended (AFTERMATH): its "now" does not keep a past danger open. */
  aftermath: boolean;
  maybeNow: boolean;
  /** Ends by asking whether what was heard is true (ASKED_IF_TRUE). */
  askedIfTrue: boolean;
  /** Says what was told is false ("the police said it was a fake story", SAID_TO_BE_FALSE). */
  saidToBeFalse: boolean;
  /** Someone is here now ("he's outside", HERE). */
  here: boolean;
  /** A time in the past (PAST); someone well now is `wellNow`, which closes a danger too unless self-harm or pills were seen. */
  pastTime: boolean;
  /** A time in the past of the sentence is a year or more ago (LONG_AGO), and every other says nothing of when (UNDATED_PAST). */
  longAgo: boolean;
  /** Every time in the past of the sentence says nothing of when ("used to", "previously": UNDATED_PAST). */
  undatedPast: boolean;
  /** A danger now by itself, or someone here with a sign, in a clause in the present with no time of its own. */
  nowDespitePast: boolean;
  /** Told after the event (AFTERWARDS): over, unless something says it is now or goes on. */
  afterwards: boolean;
  /** What was done about it (DEALT_WITH), and whether every sign of the sentence is told in the past tense. */
  dealtWith: boolean;
  /** Someone said to be well, without "now" (SAID_TO_BE_WELL): what was done about it, unless after self-harm or pills. */
  saidToBeWell: boolean;
  signsInThePast: boolean;
  /** A sign in a clause told in the present, with no time of its own ("he's got a knife"). */
  signInThePresent: boolean;
  atRisk: boolean;
  /** Harm not seen to (REFUSES_CARE), and someone said to be well now (WELL_NOW). */
  refusesCare: boolean;
  wellNow: boolean;
  /** Harm that can seem fine and not be: self-harm, or pills or an overdose taken. */
  canSeemWell: boolean;
  /** Pills or an overdose taken minutes or an hour ago (MINUTES_AGO): now, as they are still working. */
  justSwallowed: boolean;
  /** A medical sign told in the present, in a clause with no time of its own ("…he still can't walk straight"). */
  harmGoesOn: boolean;
  /**
   * A danger now by itself in a clause with a time of today of its own ("went to sleep last night and didn't wake up
   * this morning"): the time of another clause is not its time (not "blood on the pavement from a fight last night").
   */
  nowByItselfToday: boolean;
  /** Afraid to go out (AFRAID_TO_GO_OUT): keeps open a danger of the last day only. */
  afraidToGoOut: boolean;
  /** A threat that looks ahead by its own words ("you're next", "snitches get stitches"). */
  threatSaysItself: boolean;
  /** Someone missing was found, came back or is safe (FOUND). */
  found: boolean;
  /** Someone missing has just come back, told after every sign of the sentence (BACK_JUST_NOW). */
  backJustNow: boolean;
  /** Someone has not been seen since (UNSEEN). */
  unseen: boolean;
  /** The sentence, or one before it, tells of whoever did something (a threat, an attack, abuse): NOT_SEEN is about them. */
  whoeverDidIt: boolean;
  /** Its only sign of someone missing is that they have not been seen (NOT_SEEN): where they are, told, closes it. */
  onlyNotSeen: boolean;
  /** The first clause with a time older than the last day, and the last with a time of the last day (LATELY). */
  olderClause: number | undefined;
  latelyClause: number | undefined;
  /**
   * A threat of what will happen, in a clause after a time in the past ("stabbed yesterday, and they're posting that
   * they'll finish him"), or one in its own words told in the present ("…are messaging her saying she's next"): it looks
   * forward.
   */
  openThreat: boolean;
  /** A threat of what will happen ("he says he will kill me", "threatened to stab me"), wherever it stands. */
  threatAhead: boolean;
  /** …told only as threatening ("the man who was threatening me"), not in words that look ahead ("he'll kill me"). */
  threatenedOnly: boolean;
  /** Whoever did it is held (IN_CUSTODY: "has been arrested and is on remand"). */
  inCustody: boolean;
  habit: boolean;
  /** A habit that goes on ("he hits me when he drinks"), not one of the past ("when I was at school I was beaten up regularly"). */
  habitNow: boolean;
  /** An attack told in the present simple ("he hits her", "pushes her around"): what someone does, a habit. */
  habitualAttack: boolean;
  /** Harm to someone told as happening again ("he hit her again last night"): a pattern, which a past time does not close. */
  again: boolean;
  /** A sign done by a partner, named before it as its doer ("my husband hit me"; not "my husband was punched"). */
  byPartner: boolean;
  /** Things thrown at windows, cars or buses (ATTACKS_ON_THINGS): an attack only when it is happening now. */
  thingsAttacked: boolean;
  /** Words that look like danger were read as something else (a figure of speech, NOT_DANGER, BURNING_ON_PURPOSE, a screen, a joke). */
  explained: boolean;
  /** An injury seen on someone, not told how they came by it (INJURIES_SEEN): a sign only when nothing else is (read()). */
  injurySeen: boolean;
}

/**
 * The embedded danger detector: phrases of base forms (signs.ts), read sentence by sentence, favouring recall
 * (a false alarm costs one extra question; a miss could cost a life). Deterministic and fast: a few microseconds
 * per sentence.
 *
 * Level, when a sign is found: a clear word of now ("right now", "is being", an -ing form of the danger in a sentence
 * with no time in the past, "there's a man with...") makes it `now`; so does a danger now by itself, or someone here
 * with a sign, in a present clause with no time of its own; otherwise an explicit past time ("last week",
 * "two years ago") makes it `none`, unless something goes on (the resident still at risk, "I'm scared to go home",
 * someone still missing; a habit; a "now" after the danger), then `possible`; otherwise a habit ("keeps", "every
 * night", "he hits her") makes it `possible`; otherwise a weaker word of now ("please", "outside", "tonight") or a sign
 * that is now by itself (not breathing, on fire, trapped) makes it `now`; otherwise words told after the event
 * ("recently", a crime number, "the school is aware") make it `none` unless something goes on, someone is still
 * missing, care is refused or a threat looks ahead; else `possible`. A day or a weekend in a clause that looks ahead
 * ("is going to… at the weekend") is later, not a time in the past.
 */
export class LexicalDangerDetector implements DangerDetector {
  private static instance: LexicalDangerDetector | undefined;

  /** One per process: the phrases are compiled once. */
  static shared(): LexicalDangerDetector {
    return (LexicalDangerDetector.instance ??= new LexicalDangerDetector());
  }

  // The phrase lists, read in one pass per form of the sentence's words (PhraseBook).
  private readonly signs = new PhraseBook(SIGNS, LISTS);
  /** In the words as written (the spelling mended), before the look-alikes are taken out. */
  private readonly asWritten = new PhraseBook(
    {
      figures: FIGURES_OF_SPEECH,
      notDanger: NOT_DANGER,
      worry: WORRY,
      thingsMissing: THINGS_MISSING,
      missingWithThem: MISSING_WITH_THEM,
      horseplay: HORSEPLAY,
      harmless: HARMLESS,
      play: PLAY,
      wellNow: WELL_NOW,
      notPast: NOT_PAST,
      atRisk: STILL_AT_RISK,
      stillAway: STILL_AWAY,
      refusesCare: REFUSES_CARE,
      afraidToGoOut: AFRAID_TO_GO_OUT,
      asking: ASKING,
      askedIfTrue: ASKED_IF_TRUE,
      saidToBeFalse: SAID_TO_BE_FALSE,
      inCustody: IN_CUSTODY,
      aftermath: AFTERMATH,
      askedWhatItIs: ASKED_WHAT_IT_IS,
      ifAnyone: IF_ANYONE,
      askedWhatToDo: ASKED_WHAT_TO_DO,
      notSeenAtHome: NOT_SEEN_AT_HOME,
      homeAttacked: HOME_ATTACKED,
      keepsake: KEEPSAKE,
      plannedFor: PLANNED_FOR,
      injuryExplained: INJURY_EXPLAINED,
    },
    LISTS,
  );
  private readonly disposal = new PhraseList(DISPOSAL, LISTS);
  /** Once the look-alikes are taken out, before a fire burnt on purpose is. */
  private readonly fires = new PhraseBook({ burningOnPurpose: BURNING_ON_PURPOSE, outOfHand: OUT_OF_HAND }, LISTS);
  /** In the words the signs are read in. */
  private readonly inWords = new PhraseBook(
    {
      found: FOUND,
      backJustNow: BACK_JUST_NOW,
      notSeen: NOT_SEEN,
      injuriesSeen: INJURIES_SEEN,
      seenTo: SEEN_TO,
      attacksOnThings: ATTACKS_ON_THINGS,
      notNow: NOT_NOW,
      habit: HABIT,
      journey: JOURNEY,
      notAScene: NOT_A_SCENE,
      lately: LATELY,
      afterwards: AFTERWARDS,
      recently: RECENTLY,
      dealtWith: DEALT_WITH,
      saidToBeWell: SAID_TO_BE_WELL,
      today: TODAY,
      minutesAgo: MINUTES_AGO,
      unseen: UNSEEN,
    },
    LISTS,
  );
  /** Once the words that only seem to say now are taken out. */
  private readonly ofNow = new PhraseBook({ now: NOW, nowUnlessHabit: NOW_UNLESS_HABIT, thereIs: THERE_IS }, LISTS);
  /** Once journeys are taken out. */
  private readonly ofPlace = new PhraseBook({ here: HERE, maybeNow: MAYBE_NOW }, LISTS);
  private readonly past = new PhraseList(PAST, LISTS);
  private readonly longAgo = new PhraseList(LONG_AGO, LISTS);
  private readonly undated = new PhraseList(UNDATED_PAST, LISTS);
  /** "shes not brething", "a nife", "hes unconsious": a typo in a word that must not be missed (CRITICAL_WORDS). */
  private readonly spelling = new Spelling(new Set(CRITICAL_WORDS));

  read(text: string, context: ReadingContext = {}): DangerReading {
    const cry = CRIES_ALONE.find(([pattern]) => pattern.test(text));
    if (cry) return { level: 'possible', signs: [cry[1]] };
    const sentences = this.sentences(text);
    const reading = this.levelOf(text, sentences, context);
    // Injuries seen on someone ("she always has bruises and makes excuses"), when nothing else is a sign and nothing
    // said it was over or something else: a sign that asks, never the 999 answer by itself (INJURIES_SEEN).
    if (reading.level !== 'none' || reading.over || reading.explained || !sentences.some((s) => s.injurySeen)) return reading;
    const injured = this.levelOf(text, this.sentences(text, true), context);
    return injured.level === 'now' ? { ...injured, level: 'possible' } : injured;
  }

  private levelOf(text: string, sentences: readonly SentenceReading[], context: ReadingContext): DangerReading {
    const signs = new Set(sentences.flatMap((s) => [...s.signs]));
    // "he took an overdose but says he's fine now": after self-harm or an overdose, seeming fine does not make it over.
    const canSeemWell = sentences.some((s) => s.canSeemWell);
    // "he's got a knife but I'm safe now in the bathroom": someone well now does not close a danger told in the present.
    const signInThePresent = sentences.some((s) => s.signInThePresent);
    const past = sentences.some((s) => s.pastTime || (s.wellNow && !canSeemWell && !signInThePresent)) || YEAR_IN_THE_PAST.test(text.toLowerCase());
    // Beside a time in the past, "now" after the danger contrasts then with now; it does not say the danger is now (but
    // something is going on now, so it is not over either: see below).
    // So does a bare "now" after what was done about it ("both got suspended, now his mum is slagging us off").
    const dealtWithIn = (s: SentenceReading) => s.dealtWith || (s.saidToBeWell && !canSeemWell);
    const toldAfter = sentences.some((s) => s.afterwards || dealtWithIn(s));
    const now = sentences.some((s) => s.now && !((past || toldAfter) && s.contrastNow));
    // A plea counts with a word of now or someone here ("I'm not safe, he's outside"), or when it is the whole message
    // ("send police", "call an ambulance": a cry now, as "FIRE!!" is asked about; not "should I call the police?").
    const pleaAlone = wordsIn(text) <= HEADLINE_WORDS && sentences.length === 1 && !ASKED_BY.has(tokenise(text)[0]?.word ?? '');
    for (const sign of ONLY_WITH_NOW) if (!now && !pleaAlone && !sentences.some((s) => s.here)) signs.delete(sign);
    if (now && sentences.some((s) => s.thingsAttacked)) signs.add('attack');
    // "I was told a woman was attacked walking her dog on the trails… Is it true?": heard, and asked about (not when a
    // word of now, someone here or a danger now by itself says otherwise); the model does not read it again either.
    // Nor is one said to be false ("posts about a man with a knife in the town centre but the police said it was a fake
    // story"), even where it names a place.
    const heardOnly = sentences.some((s) => s.askedIfTrue) && !sentences.some((s) => s.maybeNow);
    if ((heardOnly || sentences.some((s) => s.saidToBeFalse)) && !now && !sentences.some((s) => s.here || s.immediate))
      return { level: 'none', signs: [], explained: true };
    if (signs.size === 0) return sentences.some((s) => s.explained) ? { level: 'none', signs: [], explained: true } : { level: 'none', signs: [] };
    const kinds = DANGER_SIGNS.filter((s) => signs.has(s));
    if (this.missingAndBack(kinds, sentences)) return { level: 'none', signs: [], over: true };
    if (now || (pleaAlone && signs.has('plea'))) return { level: 'now', signs: kinds };
    // "he had a fall yesterday and he's not breathing": the time belongs to another clause.
    if (past && sentences.some((s) => s.nowDespitePast)) return { level: 'now', signs: kinds };
    // Within the last day or so, self-harm or pills taken (which can seem fine and not be: "took a bunch of painkillers
    // last night and is still being sick"), fear of going out, a threat that looks ahead by its own words ("last night
    // a note saying you're next"), or harm done by a partner ("my husband hit me last night", who is still the resident's
    // husband, however well they say they are now) keeps it open; after an older time they do not.
    const inTheLastDay = sentences.some((s) => s.latelyClause !== undefined);
    const careRefused =
      sentences.some((s) => s.refusesCare) && !(sentences.some((s) => s.wellNow) && !signs.has('medical') && !signs.has('self_harm'));
    // "…two years ago, and now…", or a habit beside it ("he hits me when he drinks; last week he…"): something goes
    // on, so ask rather than call it over. (After times a year or more ago only, a bare "now" tells of life since:
    // "stabbed about ten years ago, there's a memorial bench now".)
    const onlyLongAgo = sentences.some((s) => s.longAgo) && sentences.every((s) => !s.pastTime || s.longAgo || s.undatedPast) && !inTheLastDay;
    // ("It is attracting rats which are now coming into our gardens… Last week someone set light to some of the bags": a
    // "now" told before any danger is not a contrast with it.)
    const firstSign = sentences.findIndex((s) => s.signs.size > 0);
    // "my son was stabbed yesterday. They say they will finish him": a threat of what will happen, told in a sentence of
    // no time of its own after the past one, looks forward as it would in the same sentence (openThreat).
    const firstPast = sentences.findIndex((s) => s.pastTime);
    if (past)
      return sentences.some(
        (s, i) =>
          s.atRisk ||
          (firstPast >= 0 && i > firstPast && s.threatAhead && !s.threatenedOnly && !s.pastTime) ||
          // ("…in the early hours. It's a burnt out shell now": the "now" of a look-alike, what is left, is not the danger's.)
          // (Nor the "now" of what was left unmended: "…last year, now Royal Mail won't replace it", nor of someone well:
          // "…arrested for carrying a knife last year, he seems to have turned his life around now".)
          (s.contrastNow && !onlyLongAgo && i >= firstSign && !s.explained && !s.aftermath && !(s.wellNow && !canSeemWell)) ||
          s.habitNow ||
          s.again ||
          s.openThreat ||
          s.harmGoesOn,
      ) ||
        careRefused ||
        (inTheLastDay && (canSeemWell || sentences.some((s) => s.afraidToGoOut || s.threatSaysItself || s.byPartner))) ||
        (sentences.some((s) => s.nowByItselfToday) && !sentences.some((s) => s.afterwards || dealtWithIn(s) || s.wellNow || s.found)) ||
        this.stillOpen(signs, sentences) ||
        happenedAgain(sentences)
        ? { level: 'possible', signs: kinds }
        : { level: 'none', signs: [], over: true };
    if (sentences.some((s) => s.habit || s.habitualAttack)) return { level: 'possible', signs: kinds };
    const inThePastTense = sentences.every((s) => s.signs.size === 0 || s.signsInThePast);
    // (Harm by a partner or family is not ended by "she says it's fine": "her boyfriend strangled her, she says it's fine
    // but she has marks on her neck".)
    const endedByWellOnly = sentences.some((s) => s.byPartner) && !sentences.some((s) => s.dealtWith);
    const dealtWith = sentences.some(dealtWithIn) && inThePastTense && !endedByWellOnly;
    const heldNow = sentences.some((s) => s.inCustody);
    const closed =
      (dealtWith || sentences.some((s) => s.afterwards)) &&
      !careRefused &&
      // "my ex broke in and took the kids, the police are aware": someone taken is so until found, however it was told.
      !this.stillOpen(signs, sentences) &&
      // ("follow up: the man who was threatening me has been arrested and is on remand": held, he threatens no more.)
      !sentences.some((s) => s.atRisk || s.afraidToGoOut || s.contrastNow || (s.threatAhead && !(s.threatenedOnly && heldNow)));
    // "collapsed at work this morning, he's been taken to hospital": a danger now by itself, told in the past tense and
    // dealt with, is over (not "there's a man unconscious in the road, I've rung 999").
    if (sentences.some((s) => s.justSwallowed) && !closed) return { level: 'now', signs: kinds };
    if (sentences.some((s) => s.maybeNow) || (sentences.some((s) => s.immediate) && !(closed && inThePastTense)))
      return { level: 'now', signs: kinds };
    if (closed) return { level: 'none', signs: [], over: true };
    if (!context.answer && isHeadline(text, sentences, kinds)) return { level: 'now', signs: kinds };
    return { level: 'possible', signs: kinds };
  }

  /**
   * Someone missing, back: only not seen, then told where they are ("I haven't seen him for a few days… his daughter
   * rang and said he's gone to stay with her"; not "keeps going missing and comes back with cash"), or just walked in,
   * told after the last sign ("…hasn't come back, oh he's just walked in").
   */
  private missingAndBack(kinds: readonly DangerSign[], sentences: readonly SentenceReading[]): boolean {
    if (!kinds.every((k) => k === 'taken')) return false;
    const lastSign = sentences.findLastIndex((s) => s.signs.size > 0);
    return (
      sentences.some((s, i) => i >= lastSign && s.backJustNow) ||
      (sentences.every((s) => !s.signs.size || s.onlyNotSeen) && sentences.some((s) => s.found))
    );
  }

  /**
   * Someone taken or missing is so until found (or said to be well now: "when my mum went missing last year… she's fine
   * now"); someone who may harm themselves, fall ill or be missing and has not been seen since is still a worry. Neither
   * is closed by how long ago it began.
   */
  private stillOpen(signs: ReadonlySet<DangerSign>, sentences: readonly SentenceReading[]): boolean {
    if (signs.has('taken') && !sentences.some((s) => s.found || s.wellNow)) return true;
    return VULNERABLE.some((sign) => signs.has(sign)) && sentences.some((s) => s.unseen);
  }

  /**
   * How long ago these past times are: one is a year or more ago and the others say nothing of when (`longAgo`), or
   * none says when (`undatedPast`). Each time is what a LONG_AGO or UNDATED_PAST phrase overlaps, or a year two or more
   * before this one ("stabbed outside a nightclub in 2015, we campaign for knife bins now"; last year may be less than a
   * year ago; forty-fourth session).
   */
  private agesOf(written: readonly Token[], times: ReadonlyArray<[number, number]>): { longAgo: boolean; undatedPast: boolean } {
    if (times.length === 0) return { longAgo: false, undatedPast: false };
    const phrased = overlapsOneOf(this.longAgo.findAll(written));
    const yearsBefore = new Date().getFullYear() - 2;
    const isLongAgo = (time: [number, number]) =>
      phrased(time) || written.slice(...time).some((t) => YEAR.test(t.word) && Number(t.word) <= yearsBefore);
    const isUndated = overlapsOneOf(this.undated.findAll(written));
    return { longAgo: times.some(isLongAgo) && times.every((t) => isLongAgo(t) || isUndated(t)), undatedPast: times.every(isUndated) };
  }

  /** Whether the words read any sign, a plea only as asked (readSign). */
  private readsASign(tokens: readonly Token[]): boolean {
    const read = this.signs.read(tokens);
    return DANGER_SIGNS.some((sign) => read.matches(sign).some(({ start }) => sign !== 'plea' || pleaAsked(tokens[start]!)));
  }

  /** The phrases that matched and the words of time that were read: why a message got its level. */
  explain(text: string): string[] {
    return this.sentences(text).flatMap((s) => [
      // A phrase as written, once a sentence, however many of the phrases it stands for read there.
      ...new Set(s.matched),
      ...(['now', 'maybeNow', 'pastTime', 'wellNow', 'habit'] as const).filter((k) => s[k]).map((k) => `(${k})`),
    ]);
  }

  /** The message's sentences as read, injuries seen read as signs too when `injuries` (read()). */
  private sentences(text: string, injuries = false): SentenceReading[] {
    const readings: SentenceReading[] = [];
    // "A man shouted abuse at me. I haven't seen him since": whoever did something, told of in an earlier sentence.
    let doerBefore = false;
    // "we found an old air rifle in the loft, how do we get rid of it safely?": a keepsake to be rid of (KEEPSAKE), asked
    // only when a sentence names one.
    let asked: boolean | undefined;
    const disposing = () => (asked ??= this.disposal.test(tokenise(text)));
    for (const sentence of text
      .split(SENTENCE_BREAK)
      .filter((s) => /[a-z0-9]/i.test(s))
      .flatMap(piecesOf)) {
      const reading = this.readSentence(sentence, doerBefore, disposing, injuries);
      doerBefore = reading.whoeverDidIt;
      readings.push(reading);
    }
    return readings;
  }

  private readSentence(sentence: string, doerBefore = false, disposing = () => false, injuries = false): SentenceReading {
    const { tokens: typed, clauseOf } = tokeniseByClause(sentence);
    const written = this.spelling.correct(typed);
    const asWritten = this.asWritten.read(written);
    const figures = asWritten.spans('figures');
    const thingsMissing = asWritten.has('missingWithThem') ? [] : asWritten.spans('thingsMissing');
    // ("…someone's going to get stabbed at the party on Friday": a day ahead within a few words of a worry.)
    const plannedAfter = (end: number) => asWritten.matches('plannedFor').some((time) => time.start >= end && time.start <= end + 6);
    const notDanger = [...asWritten.matches('notDanger'), ...asWritten.matches('worry').filter(({ end }) => !plannedAfter(end))]
      .filter(
        ({ phrase, start, end }) =>
          !deniedWithin(written, phrase, start, end) &&
          !missingAgain(written, start, end) &&
          !backWithSigns(written, start, end) &&
          !foundBy(written, end) &&
          !petBesideSomeone(written, start, end) &&
          !wieldedAfter(written, start, end) &&
          !aimedAtSomeone(written, start, end) &&
          !leftWhereChildrenCome(written, start, end) &&
          !(lemmaIn(written[start]!, WEAPONS) && wieldedJustBefore(written, start)) &&
          !threatenedWith(written, start, end) &&
          // ("a man in army gear with a gun is outside the school": dressed as one who carries them, not one.)
          !written.slice(start, end).some((t) => DRESS.has(t.word)) &&
          // ("my car is being broken into right now": happening as it is told, not a theft told of; not "I want to report my
          // car being broken into".)
          !beingBroken(written, start, end),
      )
      .map(({ start, end }): [number, number] => [start, end]);
    const keepsakes =
      asWritten.has('keepsake') && disposing()
        ? asWritten.spans('keepsake').filter(([start, end]) => !wieldedLater(written, end) && !wieldedJustBefore(written, start))
        : [];
    let tokens = blank(written, [...figures, ...notDanger, ...thingsMissing, ...keepsakes]);
    const fires = this.fires.read(tokens);
    const burningOnPurpose = fires.spans('burningOnPurpose');
    if (burningOnPurpose.length > 0 && !fires.has('outOfHand')) tokens = blank(tokens, [...burningOnPurpose, ...spansOf(tokens, 'smoke')]);
    const inWords = this.inWords.read(tokens);
    // "'I'll kill you' as a joke", "…in fortnite later lol"; not "I'm not joking", "I don't know if he's joking".
    // …or "it's just a game", or shouting at a screen ("screams at his xbox game, kill him kill him").
    const joking =
      tokens.some((t, i) => lemmaIn(t, JOKING) && !tokens.slice(Math.max(0, i - 3), i).some((w) => NEGATIONS.has(w.word) || DOUBT.has(w.word))) ||
      asWritten.has('play') ||
      tokens.some((t, i) => isMedia(t) && [tokens[i - 1], tokens[i - 2], tokens[i - 3]].some((w) => w?.word === 'at'));
    // "it sounds like someone is being thrown about but it's just him dropping weights": what it seemed, then what it was.
    const seemingOnly = dismissedLikenesses(tokens);
    const horseplay = asWritten.has('horseplay');
    // (In the teller's own words, with no fear told beside: not "everyone says he's harmless but she's terrified".)
    const harmless =
      !written.some((t) => FEELINGS.has(t.word)) &&
      asWritten.matches('harmless').some(({ start }) => !negated(written, start) && !claimedBefore(written, start));
    const aftermath = asWritten.matches('aftermath');
    // Whoever did it is held (IN_CUSTODY), and in which clauses that is told.
    const held = asWritten.matches('inCustody').filter(({ start }) => !negated(written, start, 2));
    const heldIn = (clause: number) => held.some(({ start }) => clauseOf[start] === clause);
    // A question about the service or the law: the clause it opens asks about what it names (ASKING).
    // ("what should I do if I see someone carrying a knife": the second question opens the clause the weapon is in.)
    const askings = asWritten.matches('asking').filter(({ start }) => start <= ASKING_WITHIN);
    // ("how can parents tell if their child is carrying a knife?": after "tell if", "is" is the case asked about; not "how
    // do I know if he's still outside with the gun".)
    // ("what should I say to my son if a friend offers him a knife": after "if" and someone unnamed, "him" is the case put;
    // not "…if someone is outside with a knife right now", nor "…if someone threatens me".)
    const unreported = (from: number, end: number) => {
      const caseAsked = WHETHER.has(written[from - 1]?.word ?? '');
      const words = written.slice(from, end);
      const put = words.findIndex((t, i) => WHETHER.has(t.word) && UNNAMED.has((words[i + 1] ?? written[end])?.word ?? ''));
      const ofTheCase = (t: Token, i: number) => (caseAsked && BE_NOW.has(t.word)) || (put >= 0 && i > put && OF_THE_CASE.has(t.word));
      return !words.some((t, i) => REPORTED.has(t.word) && !ofTheCase(t, i));
    };
    // ("Is an air rifle classed as a firearm?": the weapons are in the question's clause; "If someone posts a threat…, do I
    // report it…?": the question comes after the case it puts.)
    const whatItIs = asWritten.matches('askedWhatItIs').filter(({ start }) => start <= ASKING_WITHIN);
    const ifAnyone = asWritten.matches('ifAnyone').filter(({ start }) => start <= ASKING_WITHIN);
    const whatToDo = asWritten.matches('askedWhatToDo');
    const askedAbout = (start: number, end: number) =>
      askings.some((asking) => start >= asking.end && clauseOf[start] === clauseOf[asking.start] && unreported(asking.end, end)) ||
      whatItIs.some((question) => start > question.start && clauseOf[start] === clauseOf[question.start] && unreported(question.start + 1, end)) ||
      // (A sign may open with the one the case names: "if someone is stabbed…, will this chat tell the police".)
      ifAnyone.some((put) => start > put.start && unreported(put.start + 1, end) && whatToDo.some((question) => question.start >= end));
    const signs = new Set<DangerSign>();
    /** The clauses of threats, and of harm someone means to do to themselves, told as what will happen. */
    const aheadClauses: number[] = [];
    /** The clauses of threats told in their own present words ("you're next"). */
    const saysItselfClauses: number[] = [];
    let threatened = false;
    const matched: string[] = [];
    let ongoing = false;
    let immediate = false;
    let afterSigns = 0;
    let notReal = false;
    let immediateApart = false;
    let canSeemWell = false;
    let swallowed = false;
    let again = false;
    let byPartner = false;
    /** The clauses of the signs, and of those that are now by themselves ("not breathing", "on fire"). */
    const signClauses: number[] = [];
    const signStarts: number[] = [];
    const medicalClauses: number[] = [];
    const immediateClauses: number[] = [];
    // "my mum's husband pushes her around": an attack told in the present simple is what he does, a habit.
    const habitualAttackClauses: number[] = [];
    /** The clauses of signs told as going on ("following me", "has taken my son"; not a threat: "say round two is coming"). */
    const ongoingClauses: number[] = [];
    const readSign = (sign: DangerSign, { phrase, start, end }: { phrase: Phrase; start: number; end: number }) => {
      if (negated(tokens, start, 2, clauseOf) || negatedWithin(tokens, phrase, start, end) || (sign === 'medical' && wished(tokens, start))) return;
      if (sign === 'plea' && !pleaAsked(tokens[start]!)) return;
      // A burn seen (INJURIES_SEEN), not a threat to burn: "came in today confused, with a burn on her hand".
      if (sign === 'threat' && tokens[start]!.lemmas.has('burn') && DETERMINERS.has(tokens[start - 1]?.word ?? '')) return;
      // "my son is missing his dad", "my mum missing her tablets": someone or something missed, not someone missing.
      if (sign === 'taken' && tokens[end - 1]?.word === 'missing' && MISSED.has(tokens[end]?.word ?? '')) return;
      // Fighting as a word only ("fighting", "a scrap"), not a blow.
      const fightingOnly = () => sign === 'attack' && tokens.slice(start, end).every((t) => lemmaIn(t, FIGHTING));
      const somethingElse =
        // on a screen, or a threat in a joke;
        (ON_SCREEN.has(sign) && onScreen(tokens, start, end, sign)) ||
        (joking && sign === 'threat') ||
        // what it seemed, before the sentence says what it was;
        inSpans(start, seemingOnly) ||
        // asked about, not reported;
        (ASKED_ABOUT.has(sign) && askedAbout(start, end)) ||
        // a pet missing, not someone ("I've lost my cat, she's been missing since friday");
        (sign === 'taken' && aboutAPet(tokens)) ||
        // an attack on a pet ("the geese attacked my dog last week");
        (sign === 'attack' && onAPet(tokens, end)) ||
        // sticks, stones, "get off me" and fighting in horseplay ("kids fighting in the park, just play fighting");
        (horseplay && ((sign === 'weapon' && !tokens.slice(start, end).some((t) => lemmaIn(t, WEAPONS))) || sign === 'plea' || fightingOnly())) ||
        // being followed or fighting said to be harmless ("following them a few steps, he's harmless");
        (harmless && (sign === 'followed' || fightingOnly())) ||
        // a sound likened to harm, with what makes it named (fireworks, foxes).
        ((likenedAt(tokens, start) || soundsLike(tokens, start)) && tokens.some((t) => lemmaIn(t, SOUND_SOURCES)));
      if (somethingElse) {
        notReal = true;
        return;
      }
      signs.add(sign);
      swallowed ||= (sign === 'medical' || sign === 'self_harm') && tokens.slice(start, end).some((t) => lemmaIn(t, SWALLOWED));
      canSeemWell ||= sign === 'self_harm' || swallowed;
      // "they'll finish him", "shouting that they'd burn us out": what will happen, wherever the will stands.
      // …and so does a harm someone means to do to themselves ("yesterday she said she's going to take all her tablets tonight").
      if (LOOKING_AHEAD.has(sign) && tokens.slice(Math.max(0, start - 2), end).some((t) => AHEAD.has(t.word))) aheadClauses.push(clauseOf[start]!);
      // …and so does one told in its own present words ("a note saying snitches get stitches", not "said he'd kill me").
      const saysItself = sign === 'threat' && tokens.slice(start, end).some((t) => SAYS_ITSELF.has(t.word));
      if (saysItself) saysItselfClauses.push(clauseOf[start]!);
      // ("threatened with a knife" is a weapon shown, not a threat of what will happen.)
      threatened ||=
        saysItself ||
        (sign === 'threat' && tokens.slice(start, end).some((t, i) => t.lemmas.has('threaten') && tokens[start + i + 1]?.word !== 'with'));
      // A threat told of ("…now he won't go out because they said they'd finish the job") leaves a "now" before it a
      // contrast with the past, as one after every sign is.
      const threatToldOf = sign === 'threat' && tokens.slice(Math.max(0, start - 3), start + 1).some((t) => lemmaIn(t, SAYING));
      if (!threatToldOf) afterSigns = Math.max(afterSigns, end);
      signClauses.push(clauseOf[start]!);
      signStarts.push(start);
      byPartner ||= partnerDidIt(tokens, clauseOf, start, end);
      if (sign === 'medical') medicalClauses.push(clauseOf[start]!);
      if (sign === 'attack' && attackAsHabit(tokens, start, end)) habitualAttackClauses.push(clauseOf[start]!);
      // ("he hit her again", "followed me home again"; not "he'd kill me if I looked at his bird again").
      if (AGAIN_SIGNS.has(sign) && (againAfter(tokens, end) || notTheFirstTime(tokens) || lastTimeBefore(tokens, start))) again = true;
      matched.push(`${sign}: ${phrase.source}`);
      // "the gang have said they are coming for my brother", "he's told my friends he's coming for me": a threat passed
      // on looks ahead; it is not happening as told (but "she's threatening to kill herself" is).
      // So is one written or said, told by its own verb ("someone has written 'you're next' on my car").
      const passedOn =
        sign === 'threat' &&
        (tokens.slice(0, start).some((t, i) => clauseOf[i] === clauseOf[start] && lemmaIn(t, SAYING)) || lemmaIn(tokens[start]!, WRITTEN_OR_SAID));
      if ((isOngoing(tokens, start, end) || doneWithNow(tokens, clauseOf, start, end)) && !passedOn) {
        ongoing = true;
        if (sign !== 'threat') ongoingClauses.push(clauseOf[start]!);
      }
      // "was set on fire", "set his coat on fire" is what was done; "is on fire" is how it is now.
      // "my partner locks me in when he goes out" is a habit, not now.
      // "a car was on fire on the A2 this morning" tells of a fire, not of one burning now.
      const toldOf =
        // ("tried to set my front door on fire": a thing of two words between, in the same clause.)
        tokens.slice(0, start).some((t, i) => i >= start - 4 && clauseOf[i] === clauseOf[start] && SET.has(t.word)) ||
        (sign === 'fire' && WAS.has(tokens[start - 1]?.word ?? ''));
      // "fireworks at midnight, they sound like gunshots": what something is likened to is not there for sure (ask).
      // "…play shoot em up games til 4am and the gunfire through the wall": a sound heard with a screen in the sentence
      // may be the screen's (ask).
      // (…and "fireworks every night, bangs like gunshots": the sound likened, with what makes it named, is theirs: above.)
      const likened = likenedAt(tokens, start) || (tokens.slice(start, end).some((t) => SOUNDS.has(t.word)) && tokens.some(isMedia));
      const now =
        phrase.strong && !toldOf && !likened && !habitualForm(tokens, start, end) && !notKeptIn(tokens, end) && !shownBeing(tokens, start, end);
      immediate ||= now;
      if (now) immediateClauses.push(clauseOf[start]!);
      // "she's unconscious and they keep kicking her" (not "he keeps collapsing").
      // (nor "the kids keep playing on the railway": the keeping is inside the phrase.)
      immediateApart ||= now && ![tokens[start - 1], tokens[start - 2], ...tokens.slice(start, end)].some((t) => KEEP.has(t?.word ?? ''));
    };
    const signsRead = this.signs.read(tokens);
    for (const sign of DANGER_SIGNS) for (const match of signsRead.matches(sign)) readSign(sign, match);
    // "a black eye playing rugby", "fell off a ramp" (not "she says she fell": the excuse it often is).
    const injuryExplained = asWritten.matches('injuryExplained').some(({ start }) => !claimedBefore(written, start));
    const injurySeen = !injuryExplained && inWords.has('injuriesSeen');
    if (injuries && injurySeen) for (const match of inWords.matches('injuriesSeen')) readSign('attack', match);
    // Someone found, back or safe ("never turned up", "hasn't come back" are not found, nor children "home alone").
    // (…nor found the last time: "has gone missing again, last time she was found in a flat in London".)
    const found = inWords.matches('found').some(
      ({ start, end }) =>
        !negated(tokens, start) &&
        tokens[end]?.word !== 'alone' &&
        !lastTimeBefore(tokens, start) &&
        // ("…has told him if he comes back he's a dead man": a case put, not someone back.)
        !shortlyBefore(tokens, start, 3, (t) => IF.has(t.word)) &&
        // ("…hasn't been seen since he left a note on friday, his car was found at the white cliffs": a thing of theirs.)
        !(start > 0 && lemmaIn(tokens[start - 1]!, THINGS_FOUND)),
    );
    // Not seen since: someone missing, unless the sentence tells of whoever did something (NOT_SEEN), or says where they
    // are ("I think she's gone on holiday": FOUND).
    const whoeverDidIt =
      doerBefore || WHOEVER_DID_IT.some((sign) => signs.has(sign)) || tokens.some((t) => lemmaIn(t, DOERS_VERBS)) || inWords.has('seenTo');
    const notSeen = !whoeverDidIt && !found ? inWords.matches('notSeen') : [];
    for (const match of notSeen) readSign('taken', match);
    // "…hasn't opened her curtains today but her daughter says she's gone away for the weekend", "I haven't seen her for
    // a week, I think she's gone on holiday": told where she is (the model does not read it again as someone missing).
    if (found && (asWritten.has('notSeenAtHome') || (!whoeverDidIt && inWords.has('notSeen')))) notReal = true;
    // (…nor "she's frightened and keeps her curtains shut all day": what someone seen does.)
    else for (const match of asWritten.matches('notSeenAtHome')) if (!keptSo(written, match.start)) readSign('taken', match);
    for (const match of asWritten.matches('homeAttacked')) readSign('attack', match);
    // (not in play: "lads having a snowball fight in the street and hitting cars").
    const thingsAttacked = horseplay
      ? []
      : inWords.matches('attacksOnThings').filter(({ start, end }) => !negated(tokens, start) && !onScreen(tokens, start, end));
    for (const { phrase, start, end } of thingsAttacked) {
      afterSigns = Math.max(afterSigns, end);
      matched.push(`attack (only now): ${phrase.source}`);
      ongoing ||= isOngoing(tokens, start, end);
    }
    // (…and the "now" of someone well now: "he's over it now".)
    const withoutFalseNow = blank(tokens, [...inWords.spans('notNow'), ...asWritten.spans('wellNow')]);
    const ofNow = this.ofNow.read(withoutFalseNow);
    // "keeps hitting me", "keeps self harming", "kept on at her" (not "told him to keep his mouth shut").
    // "he keeps following me" (not "I just keep thinking about it": the teller's mind, not what someone does).
    // "he keeps going back there" ("going" is not read as an act by ingForm, for "going to").
    const keepsDoing = (i: number) =>
      tokens[i + 1]?.word === 'on' || tokens.slice(i + 1, i + 3).some((t) => t.word === 'going' || (ingForm(t) && !lemmaIn(t, MIND)));
    const clauses = byClause(tokens, clauseOf);
    const clause = (n: number): readonly Token[] => clauses[n] ?? [];
    // "after school", "after dark": a habit in the present ("kids carry knives in the park after school"), one time when
    // told in the past ("my son got jumped for his phone after school"). So is hearsay: "the dealers are carrying knives
    // now apparently", but "there was a fight at the fair on saturday night and apparently someone had a knife".
    const oneTimeOfDay = (start: number) => ONCE_IN_THE_PAST.has(tokens[start]!.word) && toldInThePast(clause(clauseOf[start]!));
    // "the leaders have banned the boy for a month": how long a ban lasts, not how long something has gone on.
    const banLasts = (start: number) => tokens[start]!.word === 'for' && shortlyBefore(tokens, start, 4, (t) => SANCTIONS.has(t.word));
    // "he has put his hands round my throat twice tonight": attacks counted today, in one clause, are not a habit (a car
    // that "has driven past four times tonight" still is).
    const today = inWords.spans('today');
    const countedToday = (end: number) => signs.has('attack') && today.some(([start]) => start === end && clauseOf[start] === clauseOf[end - 1]);
    // "he has been drinking all day": today, up to now (not "he sits in the garden all day drinking").
    const allDayToNow = (start: number) => tokens[start]!.word === 'all' && shortlyBefore(tokens, start, 3, (t) => t.word === 'been');
    // "my mate said on snapchat he's taken loads of tablets": pills taken, told online, not a habit of the place (a wish to
    // die posted online stays as it was read: "posting on Instagram about not wanting to be here" is a question).
    const postedHarm = (end: number) => signs.has('medical') && ONLINE.has(tokens[end - 1]!.word);
    const habits = inWords
      .spans('habit')
      .filter(
        ([start, end]) =>
          (end - start > 1 || !KEEP.has(tokens[start]!.word) || keepsDoing(start)) &&
          !oneTimeOfDay(start) &&
          !banLasts(start) &&
          !countedToday(end) &&
          !allDayToNow(start) &&
          !postedHarm(end),
      );
    // "my son says he is going to jump off the bridge at the weekend", "they're stabbing him after school on Friday": a
    // day or a weekend in a clause that looks ahead, with nothing told in the past, is later, not past.
    const writtenClauses = byClause(written, clauseOf);
    const wellNow = asWritten.spans('wellNow');
    // "she passed out but she's fine now": someone well now closes it as a time in the past does (not after self-harm or
    // pills, which can seem fine and not be: see read()).
    const times = [
      ...this.past
        .findAll(blank(written, asWritten.spans('notPast')))
        .filter(([start, end]) => !(canBeAhead(written.slice(start, end)) && looksAhead(writtenClauses[clauseOf[start]!] ?? []))),
      ...yearsPast(written),
    ];
    const pastTimes = [...times, ...(canSeemWell ? [] : wellNow)];
    const past = pastTimes.length > 0;
    // "there's a bloke on the floor and people keep kicking him", "he is outside and keeps trying to get in": "keep"
    // beside a scene that is happening tells of now, not of a habit ("kids keep throwing stones at my window").
    const keepOnly = habits.length > 0 && habits.every(([start]) => KEEP.has(tokens[start]!.word));
    // ("…doesn't want to be here anymore" is not someone here, nor a place word of now.)
    const notAfterTo = ({ start }: { start: number }) => tokens[start - 1]?.word !== 'to';
    // A journey told of, or where someone works or lives ("back behind the bar", "lives right outside the school"), is not
    // someone here now, nor a place word of now (JOURNEY).
    const withoutJourneys = blank(tokens, inWords.spans('journey'));
    const places = this.ofPlace.read(withoutJourneys);
    const hereAt = places.matches('here').filter(notAfterTo);
    const here = hereAt.length > 0;
    const scenes = inWords.has('notAScene') ? [] : [...ofNow.matches('nowUnlessHabit'), ...(signs.size > 0 ? ofNow.matches('thereIs') : [])];
    const thereIs = scenes.length > 0;
    const sceneNow = immediateApart || here || thereIs;
    // "she's been unconscious for ages and I can't wake her", "he's stabbed him twice and he's bleeding on the floor":
    // how long or how many, beside a danger that is now by itself, is not a habit ("he has hit me three times" is).
    // So is a count in another clause than a sign told as going on in an -ing form ("there's a man following me round the
    // car park, he's slowed down next to me twice"; not "a car that has followed my daughter and her friends twice").
    const aCount = ([, end]: [number, number]) => COUNTS.has(tokens[end - 1]!.word);
    const countsOnly = habits.length > 0 && habits.every((span) => tokens[span[0]]!.word === 'for' || aCount(span));
    const goingOnApart =
      habits.every(aCount) && ongoingClauses.some((n) => clause(n).some(ingForm) && !habits.some(([start]) => clauseOf[start] === n));
    const habit = habits.length > 0 && !(keepOnly && sceneNow && !past) && !(countsOnly && (immediateApart || goingOnApart) && !past);
    const pastClauses = new Set(pastTimes.map(([start]) => clauseOf[start]!));
    // The clauses of older times (not of the last day), and of times of the last day (LATELY) when someone does
    // something then ("the stalls are back again this week" is not, nor "he was arrested and today I saw him in court":
    // seen where the law deals with him): happenedAgain().
    const lately = inWords.spans('lately');
    const isLately = overlapsOneOf(lately);
    const olderClauses = pastTimes.filter((span) => !isLately(span)).map(([start]) => clauseOf[start]!);
    const latelyClauses = lately
      .map(([start]) => clauseOf[start]!)
      .filter((n) => signClauses.includes(n) || (clause(n).some((t) => DOERS.has(t.word)) && !seenInCourt(clause(n))));
    // A habit tells that the danger goes on when it is the danger's own ("he hits me when he drinks") or a partner's
    // ("my boyfriend gets angry when I go out without him"), not a place's ("…last summer, people still take drugs
    // there every night", "…on Saturday, the lads are always there").
    // So is a habit of the same doer told with "and" and no new subject ("a man sits outside my house most nights and
    // watches me"), or the habit first, then what the same he, she or they did ("they shout racist abuse at us every day
    // and yesterday they followed my son home from school"; not "two years ago he was mugged and since then he won't go
    // out after dark").
    const sameDoer = (n: number, m: number) =>
      signClauses.includes(m) && (continues(clause(Math.max(n, m))) || (m > n && sameSubject(clause(n), clause(m))));
    // (…or a family member's habit, when a sign of the sentence is theirs, done to the teller: "my grandson takes my pension
    // every week…, he grabbed my wrist on friday".)
    // (…or, after harm by a partner, a habit aimed at someone: "…pushed her down the stairs in October, I hear him
    // shouting at her every night".)
    const goesOn = (n: number) =>
      signClauses.includes(n) ||
      clause(n).some((t) => PARTNERS.has(t.word) || (byPartner && FAMILY.has(t.word))) ||
      (byPartner && clause(n).some((t, i, words) => t.word === 'at' && AIMED_AT.has(words[i + 1]?.word ?? ''))) ||
      atTheirHome(clause(n)) ||
      sameDoer(n, n - 1) ||
      sameDoer(n, n + 1);
    // A habit of a nuisance: "keeps" or "still", then its verb.
    const nuisance = (start: number) => {
      const verb = KEEP.has(tokens[start]!.word) || tokens[start]!.word === 'still' ? tokens[start + 1] : undefined;
      return verb !== undefined && lemmaIn(verb, NUISANCE);
    };
    // "he had a fall yesterday and he's not breathing", "the police came earlier but he's back and he's got a knife": a
    // clause in the present, with no time of its own, tells of now whatever another clause says of the past.
    const inThePresent = (n: number) => !pastClauses.has(n) && clause(n).some((t) => PRESENT_NOW.has(t.word));
    // "…in the summer someone threatened to burn us out, tonight there's a man standing at our gate": a scene tonight, told
    // in the present, is now too (not "tonight he's drinking again": ask).
    const sceneTonight = scenes.some(({ start }) => inThePresent(clauseOf[start]!) && clause(clauseOf[start]!).some((t) => t.word === 'tonight'));
    // "…he's here again and hitting her": a clause that goes on with the verb of a present one is in the present too.
    const presentOrGoesOn = (n: number) => inThePresent(n) || (continues(clause(n)) && inThePresent(n - 1));
    const nowDespitePast =
      immediateClauses.some(presentOrGoesOn) ||
      (hereAt.some(({ start }) => inThePresent(clauseOf[start]!)) && signClauses.some(presentOrGoesOn)) ||
      // "I reported him last month, now he's following me in his car".
      (ongoingClauses.some(inThePresent) && !habit) ||
      sceneTonight;
    // "fighting outside the pubs every Friday" is a habit, not now; "people fighting outside the Co-op on Saturday
    // night" takes its time from the sentence ("he is smashing…" says the present itself).
    // A figure of speech, or a sign read in the words as written and none once the look-alikes are taken out (or all on a
    // screen or in a joke).
    const explained = signs.size === 0 && (notReal || figures.length > 0 || (tokens !== written && this.readsASign(written)));
    // ("there's a burnt out mattress on the rec": a thing that is there, not a scene.)
    const happeningNow = (((ongoing || (thereIs && !explained)) && !past) || presentProgressive(tokens)) && !habit;
    const wordsOfNow = ofNow.matches('now');
    // "…and now he glares at me every time": "now" beside a habit is these days, not this minute (after a past time it
    // still tells that something goes on: contrastNow).
    const habitClauses = new Set(habits.filter(([start]) => !KEEP.has(tokens[start]!.word)).map(([start]) => clauseOf[start]!));
    const thisMinute = wordsOfNow.filter(
      ({ start, end }) => !(end - start === 1 && tokens[start]!.word === 'now' && habitClauses.has(clauseOf[start]!)),
    );
    // "a boy was seen with a knife near the school", "a man threatened my son with a knife outside the shop": told in
    // the past tense, where it happened is not where it is happening (ask instead).
    // Nor is a place in a clause that looks ahead to a day ("he's coming to our house on Sunday").
    const maybeNow =
      cryForHelp(written) ||
      places.matches('maybeNow').some((match) => {
        const its = clause(clauseOf[match.start]!);
        return notAfterTo(match) && !toldInThePast(its) && !onADayAhead(its);
      });
    // "…the man is now drinking there again", "…two years ago, I've just seen one of them again"; after a time older
    // than the last day, "still": "he punched my mum at Christmas, he's still at home" (not "he hit me an hour ago and
    // he's still here").
    const onlyOlder = olderClauses.length > 0 && lately.length === 0;
    // "…one of them was stabbed outside last week, I read it in the paper. It's still going on": in a sentence of no sign,
    // what goes on is the trouble, not a danger this minute.
    const stillGoingOn = (start: number) =>
      signs.size === 0 &&
      tokens[start]?.word === 'still' &&
      (tokens[start + 1]?.lemmas.has('happen') || (tokens[start + 1]?.lemmas.has('go') && tokens[start + 2]?.word === 'on'));
    const contrastAfterSigns = ({ start, end }: { start: number; end: number }) =>
      start >= afterSigns &&
      ((end - start === 1 && tokens[start]?.word === 'now') ||
        tokens.slice(start, end).some((t) => t.word === 'just') ||
        (onlyOlder && tokens[start]?.word === 'still') ||
        stillGoingOn(start));
    return {
      signs,
      matched,
      immediate,
      now: happeningNow || thisMinute.length > 0,
      contrastNow: !happeningNow && !maybeNow && wordsOfNow.length > 0 && wordsOfNow.every(contrastAfterSigns),
      maybeNow,
      here,
      pastTime: times.length > 0,
      ...this.agesOf(written, times),
      // "he has been threatening me recently" goes on ("I've been to the minor injuries unit" is still told after).
      afterwards:
        // ("…the lad who did it hasn't been caught": not what was done about it; forty-seventh session.)
        inWords
          .matches('afterwards')
          .some(({ start, end }) => !(negated(tokens, start) && tokens.slice(start, end).some((t) => CAUGHT.has(t.word)))) ||
        (inWords.has('recently') && !tokens.some((t, i) => PERFECT.has(t.word) && tokens[i + 1]?.word === 'been')),
      nowDespitePast,
      // (not "he doesn't want to report it to the police", "I haven't told anyone").
      dealtWith: inWords.matches('dealtWith').some(({ start }) => !negated(tokens, start, 4)),
      // (nor "I hope she's ok", "can you check he's alright": a wish or a question, not news.)
      saidToBeWell: inWords
        .matches('saidToBeWell')
        .some(({ start }) => !negated(tokens, start, 4) && !shortlyBefore(tokens, start, 3, (t) => DOUBT.has(t.word) || lemmaIn(t, HOPE))),
      // (A sign told of whoever is held, "the man who assaulted me has been sent to prison", is told after the event.)
      signsInThePast: signClauses.every((n) => toldInThePast(clause(n)) || heldIn(n)),
      signInThePresent: signClauses.some(inThePresent),
      // Read in the words as written: a look-alike taken out for the signs ("I'm scared * will…") may still tell that
      // someone is at risk ("I'm scared they'll come back"). Not negated ("he doesn't know where I live"; "a man I don't
      // know has been waiting" is still at risk), within a clause ("he's alright now, they've made up" is not "now
      // they"), not of a thing ("is it coming back this year", of a fair; "now they're always locked", of toilets left
      // locked: AFTERMATH), nor of who came to help ("the police have been round").
      atRisk: [...asWritten.matches('atRisk'), ...(found ? [] : asWritten.matches('stillAway'))].some(
        ({ start, end }) =>
          !negated(written, start, 1) &&
          clauseOf[start] === clauseOf[end - 1] &&
          !ofAThing(written, start) &&
          !aftermath.some((left) => start < left.end && end > left.start) &&
          !HELPERS.has(written[start - 1]?.word ?? '') &&
          !feelingAfter(written, end),
      ),
      refusesCare: asWritten.has('refusesCare'),
      // (Not denied inside: "said it was not fake"; "checked and it's nothing" ends with what it was.)
      saidToBeFalse: asWritten.matches('saidToBeFalse').some(({ start, end }) => !written.slice(start, end - 1).some((t) => NEGATIONS.has(t.word))),
      aftermath: aftermath.length > 0,
      askedIfTrue: asWritten.matches('askedIfTrue').some(({ end }) => end === written.length || ASKED_NEXT.has(written[end]!.word)),
      wellNow: wellNow.length > 0,
      canSeemWell,
      justSwallowed: swallowed && !times.length && inWords.matches('minutesAgo').some(({ start }) => !negated(tokens, start)),
      harmGoesOn: medicalClauses.some(inThePresent),
      nowByItselfToday: immediateClauses.length > 0 && today.some(([start]) => immediateClauses.includes(clauseOf[start]!)),
      afraidToGoOut: asWritten.has('afraidToGoOut'),
      threatSaysItself: saysItselfClauses.length > 0,
      found,
      backJustNow: inWords.matches('backJustNow').some(({ start }) => signStarts.every((sign) => sign < start)),
      unseen: inWords.has('unseen'),
      whoeverDidIt,
      onlyNotSeen: notSeen.length > 0 && signsRead.matches('taken').length === 0,
      habit,
      olderClause: olderClauses.length > 0 ? Math.min(...olderClauses) : undefined,
      latelyClause: latelyClauses.length > 0 ? Math.max(...latelyClauses) : undefined,
      // "…last month keeps driving past my house": "keeps" tells of now whatever clause it stands in ("kept" does not).
      // "…who attacked me in June sits outside my house most evenings and then follows me": the habit goes on into a
      // clause with no time of its own.
      habitNow:
        habits.some(([start]) => {
          const n = clauseOf[start]!;
          // ("…keeps piling mattresses and bags in the front garden… last week someone set light to some of the bags": a
          // nuisance that goes on, told apart from the danger and by someone else, does not keep it open.)
          if (nuisance(start) && !goesOn(n)) return false;
          // ("…have been targeting my neighbour… last week they pushed him": what they have been doing up to now goes on.)
          const upToNow = PERFECT.has(tokens[start]!.word) && tokens[start + 1]?.word === 'been';
          return (
            (!pastClauses.has(n) && (goesOn(n) || upToNow)) ||
            (sameDoer(n, n + 1) && !pastClauses.has(n + 1)) ||
            PRESENT_KEEP.has(tokens[start]!.word)
          );
        }) || habitualAttackClauses.some((n) => !pastClauses.has(n)),
      habitualAttack: habitualAttackClauses.length > 0,
      again,
      byPartner,
      // …or a threat in its own words, told in the present ("stabbed on saturday, and they are messaging her saying she's next").
      openThreat: (pastClauses.size > 0 && aheadClauses.some((clause) => clause >= Math.max(...pastClauses))) || saysItselfClauses.some(inThePresent),
      threatAhead: aheadClauses.length > 0 || threatened,
      threatenedOnly: threatened && aheadClauses.length === 0,
      inCustody: held.length > 0,
      thingsAttacked: thingsAttacked.length > 0,
      explained,
      injurySeen,
    };
  }
}

/** The tokens of each clause, by the clause numbers of tokeniseByClause(). */
function byClause(tokens: readonly Token[], clauseOf: readonly number[]): Token[][] {
  const clauses: Token[][] = [];
  tokens.forEach((t, i) => (clauses[clauseOf[i]!] ??= []).push(t));
  return clauses;
}

/** Whether a span of words overlaps one of these spans. */
const overlapsOneOf =
  (spans: ReadonlyArray<[number, number]>) =>
  ([start, end]: readonly [number, number]): boolean =>
    spans.some(([s, e]) => s < end && start < e);

/** The tokens with the given spans replaced by nothing-matching blanks (so phrases cannot match across them). */
function blank(tokens: Token[], spans: Array<[number, number]>): Token[] {
  if (spans.length === 0) return tokens;
  const out = [...tokens];
  for (const [start, end] of spans) for (let i = start; i < end; i++) out[i] = { word: '', lemmas: new Set(), nouns: new Set() };
  return out;
}

/** Where a word (any form of it) stands, as spans for blank(). */
function spansOf(tokens: readonly Token[], lemma: string): Array<[number, number]> {
  return tokens.flatMap((t, i): Array<[number, number]> => (t.lemmas.has(lemma) ? [[i, i + 1]] : []));
}

/** Signs that can tell of what someone will do: a threat, or harm to themselves. */
const LOOKING_AHEAD: ReadonlySet<DangerSign> = new Set(['threat', 'self_harm', 'medical']);
/** Times that can be ahead as well as past: "on Friday", "at the weekend" (not "last Friday", "a week ago"). */
const WEEK = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend']);
const canBeAhead = (time: readonly Token[]) => time.some((t) => WEEK.has(t.word)) && !time.some((t) => ['last', 'ago', 'past'].includes(t.word));
/**
 * A clause that looks ahead to a day: "he's coming to our house on Sunday", "they're coming back tomorrow"; with
 * "tomorrow", whatever the verb ("…but he's back tomorrow", forty-seventh session).
 */
const onADayAhead = (clause: readonly Token[]) => clause.some((t) => t.word === 'tomorrow') || (canBeAhead(clause) && looksAhead(clause));
/** Before a past form, "who" begins a clause that tells who someone is ("the lads who bullied him"), not what happened. */
const WHO = new Set(['who']);
/**
 * A clause that tells of what will happen ("is going to", "he'll", "wants to", "plans to", "they're coming", "are
 * stabbing him… on Friday") and of nothing done in the past ("was", "punched"; "told" or "said" may report what will).
 */
function looksAhead(clause: readonly Token[]): boolean {
  // ("they told my son they're stabbing him on Friday": what was said tells of later; "…to sort out the lads who bullied
  // him": a past in a clause that tells who someone is.)
  if (clause.some((t, i) => pastForm(t) && !lemmaIn(t, SAYING) && !WHO.has(clause[i - 1]?.word ?? ''))) return false;
  return clause.some(
    (t, i) =>
      MEANT.has(t.word) ||
      ['will', 'gonna'].includes(t.word) ||
      (t.word === 'going' && clause[i + 1]?.word === 'to') ||
      (PRESENT.has(t.word) && clause.slice(i + 1, i + 3).some((next) => ingForm(next) && next.word !== 'going')),
  );
}

/**
 * "help hes got a knife", "Help! There's a fire", "help man with knife in tesco stabbed security guard": a sentence that
 * opens with the word "help" (as written, not "helped"), alone or before who or what, is a cry for help now, as "please"
 * is (not "help with the forms").
 */
const cryForHelp = (tokens: readonly Token[]) =>
  (tokens[0]?.word === 'help' && (tokens[1] === undefined || HELP_BEFORE.has(tokens[1].word))) ||
  // "pls hurry man got knife at my door": a cry, whatever the tense after it (not "quick", as in "quick question").
  tokens[tokens[0]?.word === 'please' ? 1 : 0]?.word === 'hurry';
const HELP_BEFORE = new Set('me us he she they there someone somebody please my our quick now police man men woman lad lads gang fire'.split(' '));
/**
 * A plea in the form it is asked with ("help me", "please help him", "call the police", "staff are calling the police"), not
 * help given or a call made ("the council are helping him", "the manager has called the police").
 */
const PLEA_FORMS: ReadonlyArray<readonly [lemma: string, asked: readonly string[]]> = [
  ['help', ['help']],
  ['call', ['call', 'calling']],
  ['ring', ['ring', 'ringing']],
  ['send', ['send']],
];
const pleaAsked = (token: Token) => PLEA_FORMS.every(([lemma, asked]) => !token.lemmas.has(lemma) || asked.includes(token.word));

/**
 * Threats that look ahead by their own words, whenever they were said (a photo of someone's front door sent to them
 * says "I know where you live"; "Pakis will burn" written on a shop's wall says it to whoever passes; "if he comes back
 * he's a dead man" says what will happen).
 */
const SAYS_ITSELF = new Set(
  'snitch snitches grass grasses next photo photos picture pictures pic pics written wrote sprayed painted scrawled dead goner'.split(' '),
);
/** Words that begin a clause's own subject: after "and", one of them tells of someone or something else. */
const OWN_SUBJECT = new Set([...SUBJECTS, ...DETERMINERS, ...POSSESSIVES, 'an', 'it', 'there', 'this', 'that', 'these', 'those', 'people', 'police']);
/** A clause that goes on with the verb of the one before: "and watches me", "and then follows me" (not "and they…", "and since then…"). */
function continues(clause: readonly Token[]): boolean {
  const [and, next, after] = clause;
  if (and?.word !== 'and' || next === undefined) return false;
  const verb = next.word === 'then' ? after : next;
  return (
    verb !== undefined &&
    !OWN_SUBJECT.has(verb.word) &&
    !AUXILIARIES.has(verb.word) &&
    /(?:s|ed|ing)$/.test(verb.word) &&
    [...verb.lemmas].some((l) => l !== verb.word)
  );
}
/** The he, she or they among a clause's first words ("they shout…", "and yesterday they followed…"), if any. */
const subjectOf = (clause: readonly Token[]) => clause.slice(0, 4).find((t) => THIRD_PERSON.has(t.word))?.word;
const THIRD_PERSON = new Set(['he', 'she', 'they']);
/** Two clauses joined by "and" whose he, she or they is the same: one doer. */
const sameSubject = (first: readonly Token[], then: readonly Token[]) =>
  then[0]?.word === 'and' && subjectOf(first) !== undefined && subjectOf(first) === subjectOf(then);
/** "and was in hospital for a week": a verb that tells of being, not of doing. */
const AUXILIARIES = new Set(['was', 'is', 'has', 'does', 'being', 'having', 'doing', 'seems', 'looks', 'feels']);
/** "…leaving dead birds on my doorstep every morning", "…outside our house most nights": a habit aimed at someone's home. */
const HOME = new Set(['house', 'home', 'door', 'doorstep', 'flat', 'window', 'windows', 'garden', 'drive', 'car', 'letterbox']);
const atTheirHome = (clause: readonly Token[]) =>
  clause.some((t, i) => ['my', 'our', 'her', 'his'].includes(t.word) && HOME.has(clause[i + 1]?.word ?? ''));

/** Things of someone missing that may be found without them. */
const THINGS_FOUND = new Set(['car', 'van', 'bike', 'phone', 'bag', 'coat', 'jacket', 'clothes', 'shoe', 'note', 'wallet', 'purse', 'key', 'body']);
/** Someone seen where the law deals with them ("today I saw him in court"; not "he turned up at court and threatened me"). */
const seenInCourt = (clause: readonly Token[]) => clause.some((t) => COURT.has(t.word)) && clause.some((t) => t.lemmas.has('see'));
const COURT = new Set(['court', 'courts', 'magistrates', 'trial', 'hearing', 'sentencing']);
/** Who does something again ("this week he's started…", "last night someone tried our door"). */
const DOERS = new Set([
  'he',
  'she',
  'they',
  'someone',
  'somebody',
  'man',
  'men',
  'lad',
  'lads',
  'boy',
  'boys',
  'gang',
  'group',
  'same',
  'them',
  'him',
]);

/** An older time, then a time of the last day after it (in a later clause or sentence): it happened again. */
function happenedAgain(sentences: readonly SentenceReading[]): boolean {
  const first = sentences.findIndex((s) => s.olderClause !== undefined);
  if (first < 0) return false;
  return sentences.some((s, i) => s.latelyClause !== undefined && (i > first || (i === first && s.latelyClause > sentences[first]!.olderClause!)));
}

/** Whom a habit of abuse at home is told of. */
const PARTNERS = new Set(LISTS.partner.split('|'));
/** …and family at home, when what they did was to the teller ("my son… yesterday he shoved me against the door"). */
const FAMILY = new Set('son daughter dad father mum mother brother sister stepson stepdaughter grandson granddaughter'.split(' '));
const TELLER = new Set(['me', 'us']);
/** Whom a partner's habit is aimed at ("shouting at her every night"). */
const AIMED_AT = new Set(['me', 'us', 'her', 'him', 'them']);
const BODY = new Set([
  'arm',
  'arms',
  'wrist',
  'wrists',
  'hand',
  'hands',
  'face',
  'head',
  'neck',
  'throat',
  'hair',
  'leg',
  'legs',
  'back',
  'chest',
  'ribs',
  'eye',
  'nose',
  'mouth',
]);

/** Words that say which partner or family member ("my new boyfriend", "my eldest son", "my 16 year old daughter"). */
const WHICH_ONE = new Set([
  'new',
  'teenage',
  'eldest',
  'oldest',
  'youngest',
  'older',
  'younger',
  'little',
  'big',
  'grown',
  'adult',
  'year',
  'old',
  'yr',
]);
const PASSIVE_AFTER = new Set(['was', 'were', 'got', 'get', 'been', 'is', 'are', 'being']);
/**
 * A partner named before a sign in its clause, as its doer: "my husband hit me last night", "her ex has punched her",
 * "my mum's new boyfriend… and last night he threw the remote at my sister" (a clause that says "he" or "she" goes back
 * to the sentence's earlier clauses), or after it by itself ("she threw a kettle at me last night, my girlfriend") (not
 * "my husband was punched", "someone attacked my boyfriend"). A son, daughter, parent or sibling counts when what was
 * done was to the teller ("my son takes my pension, yesterday he shoved me against the kitchen door"; not "my brother
 * punched a lad at the pub last night").
 */
function partnerDidIt(tokens: readonly Token[], clauseOf: readonly number[], start: number, end: number): boolean {
  const byPronoun = tokens.slice(0, start).some((t, i) => clauseOf[i] === clauseOf[start] && (t.word === 'he' || t.word === 'she'));
  // ("…shoved me", "…grabbed my wrist", "threw a mug at my head").
  const toTheTeller = tokens
    .slice(start, end + 1)
    .some((t, i) => TELLER.has(t.word) || (t.word === 'my' && BODY.has(tokens[start + i + 1]?.word ?? '')));
  for (let i = start - 1; i >= 0 && (byPronoun || clauseOf[i] === clauseOf[start]); i--) {
    if (!PARTNERS.has(tokens[i]!.word) && !(toTheTeller && FAMILY.has(tokens[i]!.word))) continue;
    // ("my new boyfriend", "my teenage son", "my 16 year old son": the words that say which one are passed over.)
    let o = i - 1;
    while (o > i - 5 && o >= 0 && (WHICH_ONE.has(tokens[o]!.word) || /^\d+$/.test(tokens[o]!.word))) o--;
    const owner = tokens[o];
    const owned = POSSESSIVES.includes(owner?.word ?? '') || owner?.word === WHOSE || tokens[i]!.word === 'ex';
    const next = tokens[i + 1];
    const passive = next !== undefined && PASSIVE_AFTER.has(next.word) && /(?:ed|en|hit|cut|shot|beat)$/.test(tokens[i + 2]?.word ?? '');
    return owned && !passive;
  }
  // …or named by itself in a clause after it: "she threw a kettle of boiling water at me last night, my girlfriend".
  return byPronoun && namedAfter(tokens, clauseOf, clauseOf[start]! + 1);
}

/** A clause that is only "my" and a partner ("…, my girlfriend, …"), the words that say which one between. */
function namedAfter(tokens: readonly Token[], clauseOf: readonly number[], clause: number): boolean {
  const words = tokens.filter((_, i) => clauseOf[i] === clause).map((t) => t.word);
  const which = words.slice(1, -1);
  return words[0] === 'my' && PARTNERS.has(words.at(-1) ?? '') && which.every((w) => WHICH_ONE.has(w));
}

/** A sentence as read: itself, or if longer than PIECE_WORDS words, overlapping pieces of it (cut where a word begins). */
export function piecesOf(sentence: string): string[] {
  // (More words than PIECE_WORDS need at least two characters each, but the last: most sentences are not looked into.)
  if (sentence.length <= 2 * PIECE_WORDS) return [sentence];
  const wordStarts = [...sentence.matchAll(/[a-z0-9]+/gi)].map((m) => m.index);
  if (wordStarts.length <= PIECE_WORDS) return [sentence];
  const pieces: string[] = [];
  for (let first = 0; ; first += PIECE_WORDS - OVERLAP_WORDS) {
    pieces.push(sentence.slice(wordStarts[first], wordStarts[first + PIECE_WORDS] ?? sentence.length));
    if (first + PIECE_WORDS >= wordStarts.length) return pieces;
  }
}

/** Pets named as the teller's, or lost: "I've lost my cat, she's been missing since friday" is not someone missing. */
const PETS = new Set(LISTS.pet.split('|'));
/** Places online: "on snapchat" tells of a habit, except of pills taken, told there, which may be happening now. */
const ONLINE = new Set(LISTS.online.split('|'));
const isPet = (t: Token | undefined) => t !== undefined && lemmaIn(t, PETS);
/**
 * A look-alike about an animal that is about someone too: "a man with a dog is stuck on the bench" (the pet is with
 * whoever is stuck), "he'll kill the dog and me" (someone after the pet is as much the one it is done to); not "a fox is
 * stuck", "I'll kill that bloody dog". Nor is a pet word that names a person ("a dog walker is being attacked by two
 * dogs").
 */
const petBesideSomeone = (tokens: readonly Token[], start: number, end: number) =>
  (isPet(tokens[start]) && [tokens[start - 1], tokens[start - 2]].some((t) => t?.word === 'with')) ||
  (isPet(tokens[start]) && PET_PEOPLE.has(tokens[start + 1]?.word ?? '')) ||
  (isPet(tokens[end - 1]) && tokens[end]?.word === 'and' && SOMEONE_AFTER.has(tokens[end + 1]?.word ?? ''));
const SOMEONE_AFTER = new Set([...AIMED_AT, ...POSSESSIVES, 'you']);
/**
 * A blade kept for a trade or a pastime that is then used on someone: "he's got the knife he uses for work and he's
 * waving it at me right now" (not "…carries his knives to and from work in a case").
 */
const wieldedAfter = (tokens: readonly Token[], start: number, end: number) =>
  tokens.slice(start, end).some((t) => lemmaIn(t, BLADES)) && wieldedLater(tokens, end);
const wieldedLater = (tokens: readonly Token[], end: number) =>
  tokens.some((t, i) => i >= end && lemmaIn(t, WIELDING) && tokens.slice(i + 1, i + 5).some((w) => w.word === 'it' || w.word === 'them'));
/**
 * A weapon found and left where it lies, where children come: "found a big knife hidden in the bushes by the school
 * gates this morning and left it there, kids will be arriving soon" (not "…in the woods, I've left it where it was, what
 * should I do"; forty-fifth session).
 */
const leftWhereChildrenCome = (tokens: readonly Token[], start: number, end: number) =>
  tokens.slice(start, end).some((t) => lemmaIn(t, WEAPONS)) &&
  tokens.some(
    (t, i) =>
      (t.word === 'still' || (t.lemmas.has('leave') && tokens[i + 1]?.word === 'it')) &&
      STILL_THERE.has(tokens[i + (t.word === 'still' ? 1 : 2)]?.word ?? ''),
  ) &&
  tokens.some((t) => lemmaIn(t, CHILDREN_COME));
const STILL_THERE = new Set(['there', 'where']);
const CHILDREN_COME = new Set(['kid', 'child', 'school', 'pupil', 'playground']);
/**
 * "my neighbour waved a knife at me, is that illegal?", "…waved an old army knife at me": a weapon wielded, whatever
 * is asked of it or however old it is (forty-fifth session).
 */
const wieldedJustBefore = (tokens: readonly Token[], start: number) => shortlyBefore(tokens, start, 4, (t) => lemmaIn(t, WIELDING));
/**
 * Someone threatened with a thing that is a weapon in other hands: "keeps threatening my nan with his walking stick when
 * he's had a drink" (forty-eighth session; not "an old man pointed a walking stick at my kids").
 */
const threatenedWith = (tokens: readonly Token[], start: number, end: number) =>
  tokens.slice(start, end).some((t) => lemmaIn(t, WEAPONS) || lemmaIn(t, HELD_AS_WEAPONS)) &&
  shortlyBefore(tokens, start, 2, (t) => t.word === 'with') &&
  shortlyBefore(tokens, start, 7, (t) => t.lemmas.has('threaten'));
/**
 * A toy or BB gun fired or pointed at people: "kids are firing a bb gun at people from the upstairs window", "pointed
 * it at year 7s" (forty-seventh session; the labelled descriptions that do so are all danger).
 */
const aimedAtSomeone = (tokens: readonly Token[], start: number, end: number) =>
  tokens.slice(start, end).some((t) => lemmaIn(t, GUNS)) &&
  tokens.slice(Math.max(0, start - 4), end + 6).some((t) => lemmaIn(t, AIMING)) &&
  tokens.slice(end, end + 8).some((t, i, after) => t.word === 'at' && (PERSON.has(after[i + 1]?.word ?? '') || after[i + 1]?.word === 'year'));
const GUNS = new Set(['gun', 'pistol', 'rifle']);
const AIMING = new Set(['fire', 'point', 'shoot', 'aim']);
/** (Base forms: "knives", "cleavers", "tools" are read by theirs.) */
const BLADES = new Set(['knife', 'cleaver', 'blade', 'tool']);
const WIELDING = new Set(['wave', 'point', 'swing', 'brandish', 'threaten', 'hold', 'stab', 'slash', 'pull']);
/** Who works with pets ("a dog walker"). */
const PET_PEOPLE = new Set(['walker', 'walkers', 'owner', 'owners', 'sitter', 'groomer', 'trainer', 'warden', 'handler']);
/**
 * People named (not "he" or "she"): a pet in a sentence with one of them may not be the one missing ("someone has been
 * leaving dead birds on my doorstep and my cat's gone missing" is read as it was).
 */
const PEOPLE_NAMED = new Set([...PERSON].filter((w) => !['me', 'him', 'her', 'them', 'us', 'you'].includes(w)));
const aboutAPet = (tokens: readonly Token[]) =>
  tokens.some((t, i) => isPet(t) && [tokens[i - 1]?.word, tokens[i - 2]?.word].some((w) => POSSESSIVES.includes(w ?? '') || w === 'lost')) &&
  !tokens.some((t) => PEOPLE_NAMED.has(t.word));

/** The attack's object is a pet, and only a pet ("attacked my dog", not "attacked my dog and my son"). */
const onAPet = (tokens: readonly Token[], end: number) => {
  const at = PET_OWNERS.has(tokens[end]?.word ?? '') ? end + 1 : end;
  return isPet(tokens[at]) && tokens[at + 1]?.word !== 'and';
};
const PET_OWNERS = new Set([...POSSESSIVES, 'the']);

/** Signs that tell of someone who did something: after them, "not seen him since" is about that one (NOT_SEEN). */
const WHOEVER_DID_IT: readonly DangerSign[] = ['attack', 'threat', 'weapon', 'followed', 'break_in'];
/** …and so do these words when they are not a sign by themselves ("a man threatened my husband"). */
const DOERS_VERBS = new Set(['threaten', 'attack', 'assault', 'hit', 'punch', 'rob', 'mug', 'harass', 'abuse', 'steal', 'expose']);
/** Words that tell what follows as what someone says or claims ("she says she fell", "he claims he tripped"). */
const CLAIMING = new Set(['say', 'claim', 'tell', 'insist', 'reckon', 'swear']);
/** Whether the word at `start` follows, within four words, a word of saying or claiming (INJURY_EXPLAINED). */
const claimedBefore = (tokens: readonly Token[], start: number) => shortlyBefore(tokens, start, 4, (t) => lemmaIn(t, CLAIMING));
/** Signs whose danger not being seen since keeps open (UNSEEN). */
const VULNERABLE: readonly DangerSign[] = ['self_harm', 'medical', 'taken'];
/** Taken, they can leave someone seeming fine for hours (paracetamol): a medical sign with one of these can seem well. */
const SWALLOWED = new Set(['overdose', 'od', ...LISTS.medicine.split('|')]);

/** The last word of a habit that counts: "twice", "three times". */
const COUNTS = new Set(['twice', 'time', 'times']);

/** "won't let her out of his sight", "won't let her go back home to see us": control, not someone kept in (ask). */
function notKeptIn(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1]?.word;
  const after = tokens.slice(end, end + 5).map((t) => t.word);
  if (last === 'out') return after[0] === 'of' && after.slice(1, 3).includes('sight');
  return last === 'go' && after.some((w, i) => w === 'to' && ['see', 'visit'].includes(after[i + 1] ?? ''));
}

/** Verbs of the signs that are now by themselves; their present simple ("locks", "holds") tells of a habit. */
const HABITUAL = new Set(['lock', 'hold', 'keep', 'tie', 'trap', 'pin', 'hang', 'refuse', 'stop', 'turn', 'collapse']);
const habitualForm = (tokens: readonly Token[], start: number, end: number) =>
  tokens.slice(start, end).some((t) => t.word.endsWith('s') && [...t.lemmas].some((l) => l !== t.word && HABITUAL.has(l)));

/** Verbs of attack whose present simple ("hits", "pushes") tells what someone does again and again. */
const ATTACK_VERBS = new Set('hit push punch kick slap beat batter hurt thump shove strangle choke grab bite drag headbutt throw set'.split(' '));
/** "he hits her", "pushes her around", "sets his dog on people" (not "the kicks", "two punches"). */
const attackAsHabit = (tokens: readonly Token[], start: number, end: number) =>
  tokens
    .slice(start, end)
    .some(
      (t, i) =>
        t.word.endsWith('s') &&
        [...t.lemmas].some((l) => l !== t.word && ATTACK_VERBS.has(l)) &&
        !DETERMINERS.has(tokens[start + i - 1]?.word ?? '') &&
        !/\d/.test(tokens[start + i - 1]?.word ?? ''),
    );

/** "He won't stop hitting her", "hasn't stopped kicking him": the word at `i` goes on; the "not" denies the stopping. */
const notStopping = (tokens: readonly Token[], i: number) => NEGATIONS.has(tokens[i - 2]?.word ?? '') && (tokens[i - 1]?.lemmas.has('stop') ?? false);

/**
 * "nobody is getting hurt", "he never hit her": a sign just after a negation does not count ("won't stop hitting" does).
 * `reach` is how many words before the match may hold the negation.
 */
/**
 * "he hasn't been hurt", "I didn't get hit": a negation in the words a phrase's gap took in, just before its last word
 * (not in a phrase that has the negation in its own words, "…fallen over and can't get up", nor "hasn't stopped").
 */
function negatedWithin(tokens: readonly Token[], phrase: Phrase, start: number, end: number): boolean {
  if (end - start < 3 || NEGATION_IN_PHRASE.test(phrase.source)) return false;
  const within = tokens.slice(start, end);
  return !within.some((t) => t.lemmas.has('stop')) && tokens.slice(Math.max(start + 1, end - 3), end - 1).some((t) => NEGATIONS.has(t.word));
}
const NEGATION_IN_PHRASE = /(?:^|[\s|!_])(?:not|never|no|nobody|noone|none)(?=$|[\s|_])/;

/** A look-alike denied in its gap ("the police said the bomb threat was not a hoax"), by a phrase that denies nothing itself. */
function deniedWithin(tokens: readonly Token[], phrase: Phrase, start: number, end: number): boolean {
  return !NEGATION_IN_PHRASE.test(phrase.source) && tokens.slice(start + 1, end - 1).some((t) => t.word === 'not' || t.word === 'never');
}

/** A word of negation just before `start`; given the clauses, within its clause ("if I say no, he grabbed my wrist" is not negated). */
function negated(tokens: readonly Token[], start: number, reach = 2, clauseOf?: readonly number[]): boolean {
  if (notStopping(tokens, start)) return false;
  // "no one's been hurt": "no one" is one word of negation. The helping verbs just before are passed over ("no one has
  // been threatened or hurt": "threatened or hurt" is not "threatened to hurt").
  let from = Math.max(0, start - reach);
  while (from > 0 && from > start - reach - 2 && HELPING.has(tokens[from]!.word)) from--;
  return tokens
    .slice(from, start)
    .some(
      (t, i) =>
        (clauseOf === undefined || clauseOf[from + i] === clauseOf[start]) &&
        (NEGATIONS.has(t.word) || (t.word === 'one' && tokens[from + i - 1]?.word === 'no')),
    );
}

/** "she wants to go to sleep and not wake up": a wish (self-harm), not someone who will not wake ("…and didn't wake up" is). */
const wished = (tokens: readonly Token[], start: number) => tokens[start - 1]?.word === 'and' && (tokens[start - 2]?.lemmas.has('sleep') ?? false);

/** "my dad has dementia and has gone out…": what someone has is an illness, not an act done (has gone out is asked). */
const CONDITIONS_HAD = new Set(['dementia', 'alzheimers', 'alzheimer']);

/** Verbs of a pattern of behaviour or an intention: "he is stalking me", "planning to attack", "giving her things away", "watching you", "lads who are carrying knives", "she's stockpiling her tablets", "he has found out where I live" say what someone does or means to do, not what is happening this minute. */
const PATTERN = new Set([
  'stalk',
  'harass',
  'bully',
  'groom',
  'harm',
  'plan',
  'meet',
  'give',
  'watch',
  'offer',
  'carry',
  'stockpile',
  'hoard',
  'save',
  'find',
]);

/** An -ing form of a verb: "stabbing" (stab), not "bring", "thing" or "morning". */
const ingForm = (t: Token) => t.word.endsWith('ing') && !NOT_PROGRESSIVE.has(t.word) && [...t.lemmas].some((l) => l.length < t.word.length - 1);
/** How things are left: "the post is piling up", "her phone keeps ringing" tell of someone not seen, not of an act now. */
const STATE = new Set(['pile', 'ring']);
/** An -ing form that says something is happening now. */
const happening = (t: Token) => ingForm(t) && ![...t.lemmas].some((l) => PATTERN.has(l) || TOLD.has(l) || STATE.has(l));
/** Words of telling: "a message saying goodbye" tells of what was said; it is not happening. */
const TOLD = new Set(['say', 'tell', 'text', 'message', 'write']);

const PRESENT = new Set(['am', 'is', 'are']);
/** What goes on in the teller's mind: "I keep thinking about it", "keep replaying it". */
const MIND = new Set(['think', 'worry', 'remember', 'replay', 'relive', 'wonder', 'cry', 'dream', 'dwell', 'picture', 'imagine']);
/** Posture verbs whose participle after "is" tells of now in British English ("is sat", "is stood"). */
const POSTURE = new Set(['sat', 'stood']);
/** Violent or desperate acts whose present -ing form says it is happening now. */
const ACTS = new Set(
  'smash bang pound hammer hit kick punch stab slash beat lay attack fight chase strangle choke bleed scream burn drag pull push shove slap break wave swing stamp drown struggle shoot fire'.split(
    ' ',
  ),
);

/** "he's struggling with confidence", "with his school work": a hard time, not a struggle with someone. */
const PEOPLE = new Set(LISTS.person.split('|'));
const OWNERS = new Set([...POSSESSIVES, 'the', 'a', 'an']);
const struggleWithAThing = (tokens: readonly Token[], i: number) => {
  if (!tokens[i]!.lemmas.has('struggle') || tokens[i + 1]?.word !== 'with') return false;
  const what = OWNERS.has(tokens[i + 2]?.word ?? '') && tokens[i + 3] ? tokens[i + 3]! : tokens[i + 2];
  return what !== undefined && !PEOPLE.has(what.word);
};

/** "he is smashing a bottle over someone's head", "my husband is drunk and smashing everything": an act in the present. */
function presentProgressive(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!PRESENT.has(t.word)) return false;
    // "he's started hitting me when…": what he has taken to doing, not what he is doing.
    const act = tokens
      .slice(i + 1, i + 4)
      .findIndex((next, k) => ingForm(next) && [...next.lemmas].some((l) => ACTS.has(l)) && !struggleWithAThing(tokens, i + 1 + k));
    // ("it's not burning now, just a black mess": what is not being done.)
    return act >= 0 && !tokens.slice(i + 1, i + 1 + act).some((w) => NOT_NOW_BEFORE_ING.has(w.word) || w.word === 'not');
  });
}

/** Past forms of "be", "see", "do" and "have", common irregular pasts, and -ed forms of verbs ("threatened", "pulled"). */
const PAST_FORMS = new Set([
  'was',
  'were',
  'saw',
  'seen',
  'did',
  'had',
  // Common irregular pasts: "someone threw a firework through my letterbox tonight" tells of what was done.
  // …and "got" ("I got hit in the face outside the pub"; "he's got a knife" is in the present by its "is").
  ...'threw took broke ran came went stole told rang fell bit bled struck fled fought caught drove gave found stood sat spat tore held brought sent swore wrote got said made'.split(
    ' ',
  ),
]);
const pastForm = (t: Token) =>
  PAST_FORMS.has(t.word) || (t.word.endsWith('ed') && [...t.lemmas].some((l) => l !== t.word && t.word.startsWith(l.slice(0, -1))));
/** A present form ("is", "are", "has"): the sentence tells of now too. */
const PRESENT_FORMS = new Set([...PRESENT, ...PERFECT]);
/**
 * "is", "are" and the modals of now ("won't wake up", "can't breathe"): a clause with one is in the present ("has been
 * stabbed once already" tells of what happened).
 */
const PRESENT_NOW = new Set([...PRESENT, 'will', 'can']);
/** A sentence told in the past tense with nothing in the present: "there was a man with a machete on the high street". */
const toldInThePast = (tokens: readonly Token[]) => tokens.some(pastForm) && !tokens.some((t) => PRESENT_FORMS.has(t.word));

/** Words that report what was said: "he has threatened to kill her" tells of a threat, it is not one happening. */
const SAYING = new Set(['threaten', 'say', 'tell', 'warn', 'promise', 'swear', 'vow', 'text', 'message']);
/**
 * The verbs a threat phrase can open with that tell it as written or said: the words of saying that are not an
 * intention (not "threatening", which can be now: INTENT), the words of writing, and sending ("sending me pictures of
 * my house").
 */
const WRITTEN_OR_SAID = new Set([...[...SAYING].filter((verb) => !INTENT.has(verb)), 'write', 'spray', 'paint', 'scrawl', 'send']);

/**
 * Told after the event, not happening: what someone disclosed or reported ("has disclosed that he has pushed her…"), or
 * what a school tells a parent a child did ("the teacher rang to say he's been… fighting with other kids"). A message
 * passed on ("my neighbour says her husband has stabbed her", "says that a man is following her") still is; so is a
 * scene near a school ("lads outside the school calling people names").
 */
const REPORTING = new Set(['disclose', 'report', 'allege']);
const SCHOOL = new Set(['teacher', 'teachers', 'school', 'head', 'headteacher', 'headmaster', 'headmistress', 'nursery', 'college']);
/** The words as written: told, not telling ("the school rang", "the teacher says", not "calling"). */
const TOLD_BY = new Set(['say', 'says', 'said', 'told', 'tells', 'rang', 'rung', 'called', 'phoned', 'emailed', 'texted', 'messaged', 'wrote']);
const reported = (tokens: readonly Token[], start: number) =>
  tokens
    .slice(0, start)
    .some(
      (t, i) =>
        (tokens[i + 1]?.word === 'that' && lemmaIn(t, REPORTING)) ||
        (SCHOOL.has(t.word) && tokens.slice(i + 1, i + 4).some((w) => TOLD_BY.has(w.word))),
    );

/**
 * A weapon that an act told in the present in its clause is done with: "he is threatening me and the kids with a kitchen
 * knife", "is holding my mum against the wall with a knife" (the act too far from the weapon for one phrase). Read from
 * the phrase's "with" ("with a knife", "a man … threatening my staff with a hammer").
 */
function doneWithNow(tokens: readonly Token[], clauseOf: readonly number[], phraseStart: number, phraseEnd: number): boolean {
  const start = tokens.slice(phraseStart, phraseEnd).findIndex((t) => t.word === 'with') + phraseStart;
  if (start < phraseStart) return false;
  // A clause with no verb of its own before the weapon ("…me and the kids with a knife") goes on from the one before.
  const own = tokens.slice(0, start).filter((_, i) => clauseOf[i] === clauseOf[start]);
  const verbless = !own.some((t) => PRESENT.has(t.word) || pastForm(t) || ingForm(t));
  const clauses = new Set([clauseOf[start]!, ...(verbless ? [clauseOf[start]! - 1] : [])]);
  // The first -ing word after the present ("a man is in the shop threatening my staff with a hammer": where he is, between
  // them; not "are saying they'll be waiting… with knives", "there's been lads riding round… with machetes").
  const actAfter = (i: number) => {
    const verb = tokens.slice(i + 1, start).find((t) => ingForm(t) || t.word === 'been' || t.word === 'be');
    return verb !== undefined && happening(verb);
  };
  return tokens.slice(0, start).some((t, i) => clauses.has(clauseOf[i]!) && PRESENT.has(t.word) && actAfter(i));
}

/**
 * "a man was walking around the rec swinging a hammer": an -ing word that goes on from a past one ("was walking") is
 * past too (not "he was drunk and is swinging a bat").
 */
function pastProgressiveBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (PRESENT_FORMS.has(tokens[k]!.word)) return false;
    if (WAS.has(tokens[k]!.word) && tokens.slice(k + 1, k + 3).some(ingForm)) return true;
  }
  return false;
}

/** What a school, a club or a court gives for a set time ("banned for a month", "excluded for two days"). */
const SANCTIONS = new Set(['banned', 'barred', 'excluded', 'suspended', 'grounded', 'sentenced', 'jailed', 'remanded']);
/** Past participles that are not past forms (pastForm): the same as the base form ("set", "cut"), or in -en, -wn, -ne. */
const PARTICIPLES = new Set(
  'set cut put hit shut hurt lit left stuck kept burnt taken stolen broken beaten bitten driven given ridden woken thrown shown done gone'.split(' '),
);
const participle = (t: Token) => pastForm(t) || PARTICIPLES.has(t.word);

/** Words that put "being …" after the event ("after being burgled"). */
const AFTER_IT = new Set(['after', 'since']);
/**
 * "a video going round of my son being beaten up", "a clip of him being…": a sign read with "being" in it or just before
 * it, shown in a recording, is not happening as told (nor on a screen: someone was really hurt). Not "on a video call".
 */
const shownBeing = (tokens: readonly Token[], start: number, end: number) => {
  const from = Math.max(0, start - 1);
  const at = tokens.slice(from, end).findIndex((t) => t.word === 'being');
  if (at < 0) return false;
  const being = from + at;
  const of = tokens.slice(Math.max(0, being - 4), being).findIndex((t) => t.word === 'of');
  const ofAt = Math.max(0, being - 4) + of;
  return of >= 0 && tokens.slice(Math.max(0, ofAt - 3), ofAt).some((t, k, near) => isMedia(t) && near[k + 1]?.word !== 'call');
};
/** The danger itself in an -ing form not made past ("chasing a boy", not "was chasing"), or "has" just before it. */
function isOngoing(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start];
  const before = tokens[start - 1]?.word;
  if (first === undefined || [...first.lemmas].some((l) => PATTERN.has(l)) || CONDITIONS_HAD.has(first.word) || reported(tokens, start)) return false;
  if (shownBeing(tokens, start, end)) return false;
  const saying = [...first.lemmas].some((l) => SAYING.has(l));
  // "has taken my son" is happening; "hasn't come home" tells of an absence, not of an act.
  const perfect = PERFECT.has(first.word) && tokens[start + 1]?.word !== 'not';
  // "has been following my daughter home": a pattern, not this minute. After "have", only a past participle ("kids have
  // set light to the hedge", "two men have forced their way in"; not "they have baseball bats", which they carry).
  const afterHas = before === 'has' || (before === 'have' && participle(first));
  // "has stopped taking his insulin", "has started drinking again", "has kept hitting her": a habit, or a change of one,
  // told (as the loop below reads "keeps hitting her"), not an act this minute.
  const changeOfHabit = NOT_NOW_BEFORE_ING.has(first.word) && tokens[start + 1] !== undefined && ingForm(tokens[start + 1]!);
  // "someone has poured petrol through my letterbox": what was left behind, not a fire burning ("is pouring" still is,
  // and so is "has poured petrol through the letterbox of number 4 and lit it").
  // So is "someone has cut the brake cables on my car": the danger is in the next drive (STILL_AT_RISK), not this minute.
  const leftBehind =
    (lemmaIn(first, LEFT_BEHIND) && !tokens.slice(end).some((t, k) => LIT.has(t.word) && !negated(tokens, end + k, 1))) ||
    tokens.slice(start, end).some((t) => HARMED_FOR_LATER.has(t.word));
  if (perfect || (afterHas && first.word !== 'not' && first.word !== 'been' && !saying && !changeOfHabit && !leftBehind)) return true;
  // "is being followed" (not "scared after being burgled", "off work since being attacked": told after).
  if (before === 'being') return !AFTER_IT.has(tokens[start - 2]?.word ?? '');
  // "she is sat on the edge of the roof", "he's stood on the bridge": how many here say "is sitting", "is standing".
  if (POSTURE.has(first.word) && PRESENT.has(before ?? '')) return true;
  for (let i = start; i < end; i++) {
    if (!happening(tokens[i]!)) continue;
    // "they're threatening me": threats made, asked about (not "threatening to jump", which is now).
    if (tokens[i]!.lemmas.has('threaten') && tokens[i + 1]?.word !== 'to') continue;
    const [justBefore = '', twoBefore = ''] = [tokens[i - 1]?.word, tokens[i - 2]?.word];
    // "he won't stop hitting her": going on ("he stopped hitting her" is not, nor "he wouldn't stop following us", a past).
    if (notStopping(tokens, i) && twoBefore === 'not') {
      if (PAST_REFUSAL.has(tokens[i - 3]?.word ?? '')) continue;
      return true;
    }
    if (DETERMINERS.has(justBefore) || NOT_NOW_JUST_BEFORE_ING.has(justBefore) || NAMING_ING.has(justBefore)) continue;
    // "she's not answering her door": no answer is an absence, asked about, not an act going on (smoke or gas beside it
    // is now by itself).
    if (justBefore === 'not' && tokens[i]!.lemmas.has('answer')) continue;
    if (pastProgressiveBefore(tokens, i)) continue;
    if (!NOT_NOW_BEFORE_ING.has(justBefore) && !NOT_NOW_BEFORE_ING.has(twoBefore)) return true;
  }
  return false;
}
