import type { Category } from '../codes';

/**
 * Domain knowledge for the embedded model: words and phrases that point to a category. Each hit becomes a
 * feature (`k:<category>`) beside the n-grams, so the model generalises past the wording of its training data.
 * Matched on normalised text (lower case, straight apostrophes); `\w*` covers word endings.
 */
export const LEXICON: Record<Category, RegExp> = {
  noise:
    /\b(loud\w*|noise|noisy|music|bass|sub ?woofers?|parties|party|karaoke|speakers?|stereo|sound system|barking|barks?|howl\w*|crows|drum\w*|trumpet|diy|drilling|hammering|banging|stomping|tv|radio|alarm|generator|extractor|fireworks|slam\w*|racket|din|can'?t sleep|cant sleep|keeps? (me|us|the kids) awake|till \d|until \d|til \d|\d ?am|midnight|all night|late at night|blar\w*|blast\w*)\b/g,
  rowdy:
    /\b(youths?|yoofs?|teenagers?|teens?|kids|lads|gangs? of|groups? of|group|hang(s|ing)? (around|about|round)|gather\w*|loiter\w*|drink(ing|ers)|drunk\w*|street drink\w*|beg(ging|gars?)?|rough sleep\w*|swear\w*|rowdy|nuisance|aggro|trouble|being loud|urinat\w*|knock(ing)? on doors|knock down ginger|ding dong|climb\w*|skate ?park|precinct|outside the shops?|bus (stop|shelter)|shoplift\w*|anti ?social)\b/g,
  intimidation:
    /\b(threat\w*|intimidat\w*|bullets?|harass\w*|harrass\w*|abus(e|ed|ive)|verbal\w*|bully\w*|stalk\w*|follow(s|ed|ing)? me|target\w*|stare|staring|spat|spit\w*|calls? (me|us|him|her)|call(ed|ing)? (me|us|him|her|them)|names|nasty notes|watch (my|your) back|sort me out|do me in|grief|scared|afraid|frightened|shout\w* at|screams? at|film(s|ed|ing)? me|photograph\w*|messag\w*|withheld|letters?|notes? through|scare (me|us|him|her)|or else|demand\w*|surround\w*|(wrote|written|sprayed|painted|called (me|us|him|her)( a)?) grass|snitch\w*)\b/g,
  drugs:
    /\b(drugs?|deal(s|er|ers|ing)?|dealin|weed|cannabis|skunk|crack|cocaine|coke|heroin|needles?|syringes?|shooting up|nitrous|nos|laughing gas|canisters?|balloons|spliffs?|joints?|roaches|white powder|high on|overdos\w*|snort\w*|smell of (weed|cannabis|skunk)|cannabis farm|comings? and goings?|short visits|coming and going|packages|pills|ketamine|thc|injecting|foil|spice|monkey dust)\b/g,
  vehicles:
    /\b(cars?|vehicles?|motorbikes?|motorcycl\w*|mopeds?|scooters?|e-?scooters?|e-?bikes?|quad\w*|off ?road|dirt bikes?|pit bikes?|car meets?|racing|race\w*|boy racers?|speed\w*|rev(s|ving|ved)?|wheel ?spin\w*|wheelies?|donuts|doughnuts|burnouts?|handbrake|joyrid\w*|abandoned|dumped (car|van)|no tax|untaxed|no (number )?plates|parked|parking|double park\w*|park(s)? (across|on)|driv(e|er|ers|ing)|drove|van|lorr(y|ies)|caravan|trailer|pavement|kerb|old car|burnt out car|car (left|dumped))\b/g,
  environmental:
    /\b(fly ?-?tip\w*|dump\w*|rubbish|litter\w*|graffiti|tag(s|ging)?|spray\w*|paint(ed)? (on|all)|dog (mess|poo|foul\w*)|foul(ing)?|poo bags?|fly ?-?post\w*|posters|stickers|flyers|adverts?|lamp ?posts?|mattress(es)?|fridges?|sofa|bin bags?|black bags|rubble|tyres dumped|asbestos|waste|mess|burn\w* (garden )?(rubbish|plastic|waste|tyres|cables)|bonfires?|overflowing|pick up after|broken glass|cigarette butts|cans|chuck\w* (out|rubbish)|trolleys|nappy|nappies)\b/g,
  damage:
    /\b(smash\w*|broke(n)?|break(ing)? (the|my)|damag\w*|vandal\w*|keyed|superglu\w*|key(ed)? (my|the)|scratch\w*|slash\w*|kicked in|kicked (the|my)|set (fire|alight)|set on fire|on fire|flames|smoke (coming|pouring)|arson|burnt out|burned out|egged|brick through|windows? (smashed|put in|broken)|cracked|ripped|snapped|wrecked|trashed|let(ting)? down my tyres|destroy\w*|fire extinguishers?)\b/g,
  violence:
    /\b(assault\w*|attack\w*|punch\w*|hit(s|ting)? (me|him|her|them|my)|beat(en)? up|battered|jumped|kick(ed|ing)? (me|him|her|them)|fight\w*|brawl\w*|stab\w*|knife|knives|knifepoint|machetes?|weapons?|guns?|swords?|blades?|axes?|crossbows?|shanks?|firearms?|pistols?|rifles?|shotguns?|tasers?|rob(s|bing|bed|ber|bers|bery)?|glassed|headbutt\w*|slap\w*|push(ed|es|ing)? (me|him|her|them|my \w+) (over|down)|bottle(d)?|hammer|bat(s)?|violent|violence|injur\w*|bloody|bleed\w*|broken nose|knock(ed|s)? (him|her|them|me|someone|somebody) (out|over|down|unconscious)|knocked (out|unconscious)|mugg\w*|set\w* (it|the dog|his dog|her dog|their dogs?|dogs?) on|thr(ew|ow\w*) (bottles|bricks|stones|rocks) at|thrown (against|into) the wall)\b/g,
  domestic_abuse:
    /\b(my (ex(?![-\w]|'s new)|step ?dad)|ex[- ]?(partner|husband|wife|boyfriend|girlfriend)|his (wife|girlfriend|partner)|her (husband|boyfriend|partner)|domestic|coercive|controll?\w*|won'?t let me|not allowed|takes? my (money|wages|pension|phone|keys)|checks my phone|tracker|tracks|strangl\w*|bruises?|black eye|since (we split|i left)|couple (upstairs|next door|downstairs|opposite)|my (teenage )?(son|daughter|grandson) (is|hits|pushes|threatens)|at home)\b/g,
  exploitation:
    /\b(county lines?|cuckoo\w*|exploit\w*|groom\w*|traffick\w*|modern slavery|slavery|forced to|made to|passports?|brothel|run(ning)? drugs|deliver(ing)? drugs|debt to|owes? money|vulnerable|taken over|moved in|from london|second phone|new trainers|going missing|goes missing|disappears|older (men|man|boys|lads|teenagers)|gifts|recruit\w* (school )?kids|lookouts?|never (speak|allowed)|car wash|nail bar|live on site|learning difficult\w*|dementia|offer(s|ed|ing)? (them |the )?(girls|boys|kids|children|young \w+ )?(lifts|money|cigarettes|gifts|vapes|alcohol)|approach\w* (young|boys|girls|kids|children)|outside the school|school gates|picked up by (older|different|strange|unknown)|gets? picked up|much older|(children|kids) working|child labour)\b/g,
  extremism:
    /\b(extremis\w*|radical\w*|terror\w*|bomb\w*|isis|jihad\w*|holy war|far[- ]right|nazi\w*|neo ?nazi|swastika|hitler|white power|white pride|ss runes?|sieg heil|heil hitler|14 ?words|1488|black sun|third reich|great replacement|remigration|britain first|national action|combat 18|blood (and|&) honour|al[- ]?qa'?eda|al[- ]?shabaab|caliphate|kuffar|kafirs?|martyrdom|fascis\w*|race war|propaganda|recruit\w*|banned group|uprising|christchurch|beheading|syria|prevent|conspiracy|shoot people|attack (the|a) (mosque|hotel|school))\b/g,
  other:
    /\b(scam\w*|fraud|door to door|selling (things|stuff)|suicid\w*|kill (my|him|her|them)sel(f|ves)|end(ing)? it all|self ?harm\w*|end(ing)? (my|his|her|their) life|bogus|rogue trader\w*|doorstep (caller|crime|seller)s?|cold call\w*|pretend\w* to be (from|her|his|my|the|their|a)|how (do|can) (i|we)|who (do|should) (i|we) (speak|talk) to|is (it|that|this) allowed|can i report|want to know|(said|saying|says) (he|she|they)('s|'re| was| were| is| are) from|clamp\w*|pothole|potholes|street ?lights?|lights? (out|broken)|bins? (not|haven'?t been|weren'?t) collected|collect\w* (our|the) bins|council tax|planning permission|lost (dog|cat)|dead (fox|cat|dog|bird|animal|badger|pigeon)|lift (is )?broken|broken lift|damp|mould|leak\w*|flood\w*|pigeons|rats|wasps|landlord|housing association|parcels?|wallet|out of date|complain about the service|complain\w* about (the )?(police|council)|police response|(nobody|no one|never) (came|turned up|got back|rang back|called back)|road (is )?flooded|tree (has )?fallen|how (do i|to) report)\b/g,
};

export function lexiconFeatures(normalised: string): string[] {
  const out: string[] = [];
  for (const [category, pattern] of Object.entries(LEXICON)) {
    const hits = normalised.match(pattern)?.length ?? 0;
    for (let i = 0; i < Math.min(hits, 3); i++) out.push(`k:${category}`);
  }
  return out;
}
