import { CATEGORIES, type Category, type Classification, type Classifier, type Strand } from '../codes';
import { detectEmergency } from './emergency';

/**
 * A small, deterministic keyword classifier: the first embedded implementation behind the Classifier interface.
 * The classification issue replaces it with a trained model; the rules for emergencies stay (see emergency.ts).
 * Patterns are matched on lower-cased text with word boundaries; each hit adds its weight to the category.
 */
const CATEGORY_PATTERNS: Record<Exclude<Category, 'other'>, Array<[RegExp, number]>> = {
  noise: [
    [/\b(loud|noise|noisy|music|party|parties|bass|shouting|screaming|barking|bark(s|ing)?|diy|drilling|banging|stereo|speakers?|racket|din)\b/, 2],
    [/\b(all night|3am|2am|4am|1am|midnight|can'?t sleep|kept awake|keeping us awake)\b/, 1],
  ],
  rowdy: [
    [/\b(gangs? of|groups? of|youths?|teenagers?|kids hanging|hanging around|loitering|street drinking|drunks?|drinking in the|begging|beggars?|rowdy|yobs?|nuisance|anti[- ]?social|shoplift\w*)\b/, 2],
    [/\b(park|shop|shops|precinct|high street|bus stop|alley|underpass|station)\b/, 0.5],
  ],
  intimidation: [
    [/\b(threat\w*|intimidat\w*|harass\w*|abus(e|ed|ive)|verbal\w*|swear(ing|s)? at|spat|spit(ting)? at|following me|followed me|stalk\w*|target(ed|ing)|bully\w*|insult\w*|called (me|us|him|her|them)|shout(s|ed|ing)? at)\b/, 2],
  ],
  drugs: [
    [/\b(drugs?|dealing|dealer|dealers|weed|cannabis|skunk|crack|cocaine|coke|heroin|needles?|syringes?|nitrous|nos canisters?|laughing gas|balloons|smell of weed|spliffs?|joints?)\b/, 3],
  ],
  vehicles: [
    [/\b(cars?|vehicles?|motorbikes?|mopeds?|scooters?|quad|off[- ]road|dirt bikes?|bikes?|car meets?|racing|speeding|revving|wheelies?|abandoned (car|van|vehicle)|parked|parking|driving|drove|van|lorry)\b/, 2],
  ],
  environmental: [
    [/\b(fly[- ]?tip\w*|dumped|dumping|rubbish|litter\w*|graffiti|tagging|tags|spray[- ]?paint\w*|dog (mess|poo|fouling)|fouling|fly[- ]?post\w*|mattress(es)?|fridge|waste|bin bags?|sofa dumped)\b/, 3],
  ],
  damage: [
    [/\b(smash\w*|broke|broken|damag\w*|vandal\w*|keyed|scratched|slashed|kicked in|set fire|arson|burnt out|burned out|graffiti on my|egged|window (was )?put in)\b/, 2.5],
  ],
  violence: [
    [/\b(assault\w*|attack\w*|punch\w*|hit me|hit him|hit her|beat(en|ing)? up|kick(ed|ing) (me|him|her)|fight(s|ing)?|stabb?\w*|knife|knives|machete|weapon|gun|glassed|headbutt\w*|violent|violence)\b/, 3],
  ],
  domestic_abuse: [
    [/\b(my (partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|father|mother|son|daughter|brother|sister)|ex[- ](partner|husband|wife|boyfriend|girlfriend)|domestic|coercive|controlling|controls my|won'?t let me)\b/, 3],
  ],
  exploitation: [
    [/\b(county lines?|cuckoo\w*|exploit\w*|grooming|groomed|trafficked|trafficking|modern slavery|forced to work|gang (is )?using|running drugs|kids? (are )?(being )?used|taken over (his|her|their) flat|organised crime)\b/, 3.5],
  ],
  extremism: [
    [/\b(extremis\w*|radicali[sz]\w*|terroris\w*|bomb|isis|jihad\w*|far[- ]right|nazi\w*|swastika|white power|propaganda|recruit\w*)\b/, 3.5],
  ],
};

const STRAND_PATTERNS: Record<Strand, RegExp> = {
  race: /\b(race|racist|racial|racially|black|asian|white|colour|skin|ethnic\w*|foreigner|immigrants?|go back to your (own )?country|polish|romanian|indian|pakistani|african|chinese|gypsy|traveller|n[i1]gg\w*|paki)\b/,
  religion: /\b(religio\w*|muslims?|islam\w*|jewish|jews?|antisemit\w*|sikh\w*|hindu\w*|christian\w*|mosque|synagogue|gurdwara|church|temple|hijab|headscarf|turban|kippah)\b/,
  sexual_orientation: /\b(gay|lesbian|bisexual|homophob\w*|queer|faggot|fag|dyke|poof|lgbt\w*|same[- ]sex)\b/,
  disability: /\b(disab\w*|wheelchair|autis\w*|learning difficult\w*|blind|deaf|retard\w*|mental health|spastic|mong)\b/,
  transgender: /\b(trans|transgender|transphob\w*|tranny|non[- ]binary)\b/,
  other: /\b(goth|emo|punk|because (she|he) is (a )?(woman|girl|old)|misogyn\w*|sexis\w*|ageis\w*|because of (my|her|his) age)\b/,
};

const HATE_SIGNALS = /\b(hate|hatred|racist|racially|homophob\w*|transphob\w*|antisemit\w*|islamophob\w*|bigot\w*|because (i am|i'm|we are|we're|she is|he is|they are)|slurs?|called (me|us|him|her|them) a)\b/;

function scoreCategories(text: string): Array<[Category, number]> {
  const scores: Array<[Category, number]> = [];
  for (const [category, patterns] of Object.entries(CATEGORY_PATTERNS) as Array<[Category, Array<[RegExp, number]>]>) {
    let score = 0;
    for (const [pattern, weight] of patterns) {
      const global = new RegExp(pattern.source, 'g');
      const hits = text.match(global)?.length ?? 0;
      score += Math.min(hits, 3) * weight;
    }
    if (score > 0) scores.push([category, score]);
  }
  // Stable ranking: score, then the fixed order of CATEGORIES.
  scores.sort((a, b) => b[1] - a[1] || CATEGORIES.indexOf(a[0]) - CATEGORIES.indexOf(b[0]));
  return scores;
}

export class KeywordClassifier implements Classifier {
  async classify(text: string): Promise<Classification> {
    return this.classifySync(text);
  }

  classifySync(raw: string): Classification {
    const text = raw.toLowerCase().replace(/[’‘]/g, "'");
    const ranked = scoreCategories(text);
    const strands = (Object.entries(STRAND_PATTERNS) as Array<[Strand, RegExp]>)
      .filter(([, pattern]) => pattern.test(text))
      .map(([strand]) => strand);
    const hateWords = HATE_SIGNALS.test(text);
    // A characteristic alone ("a black car") is not hate; a characteristic with hostility is.
    const hostile = ranked.some(([c]) => c === 'intimidation' || c === 'violence' || c === 'damage');
    const hate = hateWords || (strands.length > 0 && hostile && strands.some((s) => s !== 'race' || /racis|colour|go back/.test(text)));
    const categories: Category[] = ranked.length > 0 ? ranked.map(([c]) => c) : ['other'];
    if (hate && !categories.includes('intimidation')) categories.push('intimidation');
    const top = ranked[0]?.[1] ?? 0;
    const second = ranked[1]?.[1] ?? 0;
    const confidence = top === 0 ? 0.2 : Math.min(0.95, 0.4 + (top - second) / (top + 2));
    return {
      categories,
      hate,
      strands: hate ? strands : [],
      emergency: detectEmergency(raw),
      confidence: Math.round(confidence * 100) / 100,
      source: 'embedded',
    };
  }
}
