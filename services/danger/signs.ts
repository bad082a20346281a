import { WHOSE } from '../language/phrases';
import type { DangerSign } from './danger';

/**
 * The words of danger (docs/architecture.md 4.3), as phrases of base forms (services/language/phrases.ts for the
 * syntax: `a|b` either, `*` up to three words, `#` a number, `x/n` x as a noun, `@list` a list below).
 * A phrase names an idea once: the lemmatiser finds "knives", "stabbed", "took", "men".
 *
 * Written from what call-handlers and safeguarding guidance list as danger signs, never from the challenge set
 * (services/classification/data/README.md).
 */
export const LISTS = {
  person:
    'me|him|her|them|us|you|someone|somebody|anyone|man|woman|boy|girl|lad|guy|bloke|kid|child|baby|toddler|person|people|mum|mummy|mother|dad|daddy|father|son|daughter|brother|sister|wife|husband|partner|girlfriend|boyfriend|ex|stepdad|stepmum|stepson|stepdaughter|friend|mate|neighbour|nan|nana|gran|granny|grandad|grandpa|grandma|grandmother|grandfather|grandson|granddaughter|aunt|auntie|uncle|cousin|lodger|flatmate|carer|client|colleague|classmate|rider|nephew|niece|teenager|youth|pensioner|lady|gentleman|victim|driver|barman|worker|staff|student|pupil|shopkeeper|customer|police|officer|copper|cop|bouncer|security|guard|walker|jogger|runner|passerby|stranger',
  /** Weapons whatever the sentence. */
  weapon:
    'knife/n|blade/n|machete/n|shank/n|sword/n|axe/n|ax/n|hatchet/n|katana/n|bayonet/n|knuckleduster/n|airgun/n|cosh/n|cleaver/n|gun/n|pistol/n|firearm/n|shotgun/n|rifle/n|crossbow/n|taser/n|weapon/n|zombie',
  /** Things that are weapons when held, waved or used on someone. */
  object:
    'bat/n|hammer/n|crowbar/n|screwdriver/n|spanner/n|bar/n|brick/n|bottle/n|glass/n|stick/n|pole/n|chain/n|acid/n|firework/n|petrol/n|rock/n|stone/n|scissors/n|iron/n|tile/n|slab/n',
  /**
   * Things that are weapons when someone merely has them with them ("a lad with a bottle", "men with crowbars"): not a
   * stick, a stone, a firework or scissors, which people have with them for walking, play, a display or a trade.
   */
  wielded: 'bat/n|hammer/n|crowbar/n|screwdriver/n|spanner/n|bar/n|brick/n|bottle/n|glass/n|pole/n|chain/n|acid/n|petrol/n',
  /** Who can be the one a danger happens to, as the subject ("I got hit"). */
  someone: 'i|we|he|she|they|who|@person',
  child: 'child|kid|baby|toddler|son|daughter|boy|girl|teenager|nephew|niece|grandson|granddaughter|brother|sister',
  vehicle: 'car|van|vehicle|lorry|truck|taxi|motorbike|moped',
  /** Throwing something ("chucking bricks off the bridge", "lobbed a bottle through the window"). */
  throw: 'throw|threw|throwing|chuck|chucked|chucking|lob|lobbed|lobbing|hurl|hurled|hurling',
  /** Partners and step-parents: whose harm at home goes on (the detector's PARTNERS) and who controls (STILL_AT_RISK). */
  partner: 'husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee|stepdad|stepfather|stepmum|stepmother',
  /** Who can go missing with a pet or a thing (MISSING_WITH_THEM): a child or one of the family. */
  missingPerson: '@child|mum|mother|dad|father|nan|nana|gran|granny|grandad|grandpa|grandma|wife|husband|partner|friend',
  /** Places online (HABIT, and the detector's ONLINE: pills taken, told online, are not a habit). */
  online: 'telegram|facebook|snapchat|tiktok|instagram|whatsapp|twitter|youtube|reddit|discord|online|forum|forums|chat',
  /** Pets: one missing, trapped or attacked is not someone (THINGS_MISSING, NOT_DANGER, and the detector's PETS). */
  pet: 'cat|kitten|dog|puppy|pet|tortoise|rabbit|parrot|budgie|hamster|ferret|snake|horse|pony',
  /** Things and pets that go missing (THINGS_MISSING): not someone missing. */
  missingThing:
    'bin|bins|lid|lids|parcel|parcels|post|mail|letter|letters|delivery|deliveries|bike|bikes|wallet|purse|keys|sign|signs|plant|plants|@pet|cover|covers|grate|grates|drain|manhole|railing|railings|lead|plaque|bench|slab|slabs|defibrillator|defib|lifebuoy|lifebelt|lifering',
  /** Trades and places whose burning smell is not a fire in a home (NOT_DANGER). */
  trade:
    'chip_shop|takeaway|restaurant|extractor|factory|yard|bakery|barbecue|bbq|bonfire|plant|works|breakers|recycling|tip|depot|farm|allotment|allotments|site',
  /** The word a possessive "'s" is read as ("my nan's flat"). */
  whose: WHOSE,
  /** Games someone is beaten at ("beat me at pool"). */
  game: 'pool|darts|cards|chess|snooker|football|fifa|fortnite|tennis|golf|monopoly|scrabble',
  /** Bones someone breaks in an accident ("broke his leg at rugby": NOT_DANGER). */
  bone: 'leg|arm|wrist|ankle|hip|elbow|foot|hand|finger|toe|collarbone|nose|rib|ribs|bone',
  /** Noises and nuisances that "are killing" someone as a figure of speech (FIGURES_OF_SPEECH). */
  nuisance:
    'noise|racket|din|row|bass|music|banging|thumping|thudding|hammering|drilling|stomping|footsteps|barking|smell|stench|stink|heat|cold|damp|mould|traffic|works|roadworks|renovations|building_work|alarm|alarms|beeping|generator|bell|bells|chimes|cockerel|cockerels|seagulls|pigeons|screaming|shouting|partying|parties|vibration|vibrations|hoovering|sound|sounds',
  /** Pills that can be taken in an overdose ("a fistful of co-codamol"). */
  medicine:
    'pill|tablet|paracetamol|painkiller|ibuprofen|codamol|co_codamol|codeine|tramadol|diazepam|antidepressant|sertraline|meds|medication|insulin',
};

/**
 * How a question about the service, the law or what to do opens ("how do I report someone carrying a knife", "is it an
 * offence to threaten to kill someone over text", "if I see a fight outside my house should I ring 999"): a weapon, an
 * attack, a threat, a following or a break-in named in the clause it opens is asked about, not reported (read in the
 * first words of a sentence only; not a fire, an injury or self-harm, which are asked about in an emergency: "how do I
 * stop the bleeding").
 */
export const ASKING = [
  'how do|can|should|would i|we|you report|tell|contact|find|deal_with|handle|get_help|get_rid_of',
  // "how many people have reported the fights outside the school this year?"
  'how many people|reports|complaints|incidents|crimes have|has|are|were|be',
  // "What do I do with a knife my son brought home from a friend's house?"
  'what should|do|can|would i|we do',
  // "what should I say to my son if a friend offers him a knife for protection" (forty-fifth session).
  'what should|do|can|would i|we say|tell',
  'what happens|happen if|when|after',
  // "what happens to a 15 year old caught with a knife, is it a criminal record" (forty-fifth session).
  'what happens|happen to a|an|someone|somebody|anyone|people|kids|children|teenagers',
  // "how can parents tell if their child is carrying a knife?", "can a shop sell a kitchen knife to a 16 year old",
  // "are the police doing weapon sweeps in the parks this summer" (forty-fifth session).
  'how can|do|would|should i|we|you|parents|people tell|know|spot if|whether',
  'can|could|may|should|do a|the shop|shops|store|stores|supermarket|supermarkets|seller|retailer sell',
  'be the_police|police|the_council|you doing|running|planning|holding|organising',
  'who do|should|can i|we contact|tell|report|speak_to|call|ring|phone',
  'where do|can|should i|we report|send|go|hand_in',
  // "is there somewhere I can take a knife I found in my late husband's shed?"
  // "Is there anywhere in Dartford I can safely get rid of my late husband's old air rifle?"
  'is there somewhere|anywhere * i|we can|could * take|hand_in|leave|drop|get_rid_of|dispose_of',
  'should i|we ring|call|report|phone|dial',
  'is|are it|there an_offence|a_crime|illegal|legal|allowed|against_the_law',
  // "is it normal to feel scared after being burgled?"
  'is it normal|usual|common to',
  // "Is it ok for my neighbour to keep an air rifle in his shed?"
  'is it ok|okay|alright|normal for',
  'can|could|may i|we|you report|ask|carry|own|buy',
  'do|does you|the_council|the_police|your_team deal|cover|handle|run|offer',
  // "do schools search pupils for knives?", "are shops allowed to check bags for weapons?" (forty-fifth session).
  'do|does|can|will|would|should school|teacher|police|the_police|shop|security|bouncer search|check|scan',
  'be school|teacher|police|the_police|shop|security|bouncer allowed|able|meant|supposed to',
  'if i|we|you see|saw|hear|find|witness',
  // "Is it true that the police can't do anything unless you've been physically attacked?"
  'is it true|right that',
  // "Our neighbourhood watch would like to know the best number to report people trying car doors at night."
  'like|want to know * * report|contact|call|ring|tell',
];

/**
 * Said to be false ("…posts about a man with a knife in the town centre but the police said it was a fake story", "the
 * bomb scare turned out to be a hoax", "…someone brought a gun into school but the head says it was a toy"): what the message tells did not happen, unless a word of now, someone here or a
 * danger now by itself says otherwise.
 */
export const SAID_TO_BE_FALSE = [
  'said|say|says|confirmed|told_us * it|this|that|they be|was|were|is|are * fake|hoax|made_up|untrue|a_wind_up|toy|replica|imitation',
  'turned|turns out * be * fake|hoax|prank|made_up|a_wind_up|false_alarm',
  // "…a letter saying her grandson had been kidnapped and to send money. It's a scam isn't it?"
  'it|that|this be a|just_a scam',
  // "…someone is bringing a gun in on Friday, the school says the police have checked and it's nothing".
  'checked|investigated|looked_into * and it|that be|was|is nothing|fine|false|untrue',
];

/**
 * What is left after damage or harm ("someone set fire to the bin in the park last summer and they've never replaced it, there's
 * rubbish everywhere now", "…last year, now Royal Mail won't replace it"): a "now" in the sentence is of what was not
 * mended, not of a danger still going on.
 */
export const AFTERMATH = [
  'not|never replace|replaced|fix|fixed|repair|repaired|mend|mended|rebuild|rebuilt|clean|cleaned|clear|cleared',
  'rubbish|litter|glass|debris|mess everywhere|all_over',
  // "Someone overdosed in the public toilets last year and now they're always locked."
  'they be always|permanently|now locked|closed|shut|boarded_up|fenced_off',
  // "someone set fire to the wheelie bins behind the Co-op on Saturday night, it's all been cleared now".
  'it|its|everything * been cleared|cleaned|cleaned_up|tidied|removed|repaired|fixed|replaced',
];

/**
 * Whoever did it is held ("follow up: the man who was threatening me has been arrested and is on remand"): a threat told
 * of is over with the one who made it (not a threat in words that look ahead, "his mates said they'll get me").
 */
export const IN_CUSTODY = [
  'on remand',
  'be|been|got remanded|jailed|imprisoned|locked_up|sent_down',
  'be|is|are|been in custody|prison|jail',
  // "the man who assaulted me has been sent to prison for 3 years".
  'sent to prison|jail|custody',
];

/**
 * A question of what something counts as in law ("Is an air rifle classed as a firearm?", "Does a BB gun count as a
 * weapon?"): a weapon named inside it is asked about (read at a sentence's start, like ASKING).
 */
export const ASKED_WHAT_IT_IS = [
  'is|are|does|do|would a|an|the * class|classed|classified|count|counted|considered|defined|treated as',
  // "is a knife like that legal to carry", "what counts as an offensive weapon" (forty-fifth session).
  'is|are a|an * legal|illegal|banned|allowed',
  'what count|counts|classes as',
  // "is it assault if someone pushes you in a queue" (forty-sixth session; not "is it assault if he pushed me": told).
  'is|was it|that|this assault|harassment|abuse|stalking|battery|a_crime|an_offence|illegal|legal|criminal|a_hate_crime if|when|to',
  'would|does|could|can|will it|that|this be|count_as|class_as assault|harassment|abuse|stalking|battery|a_crime|an_offence|illegal|legal|criminal|a_hate_crime if|when|to',
];

/**
 * A case put to the service ("If someone posts a threat online to shoot up a school, do I report it here or to the
 * police?"): what the "if" clause names of anyone is asked about when the sentence goes on to ask what to do
 * (IF_ANYONE at a sentence's start, ASKED_WHAT_TO_DO after it; not "if he comes back with the knife what do I do").
 */
export const IF_ANYONE = ['if someone|somebody|anyone|anybody|a_person|people'];
export const ASKED_WHAT_TO_DO = [
  'do|should|can|would|could|shall i|we report|ring|call|phone|tell|contact|dial|go_to',
  'who|where|what do|should|can i|we',
  // "if someone is stabbed near my house, will this chat tell the police or do i have to ring them".
  'will|would|do|does|can this|the|your chat|bot|service|website|form tell|contact|inform|alert|pass|send',
  'do|should i|we have|need to ring|call|phone|report|tell|contact',
];

/**
 * Asked whether what was heard is true, at the end of a sentence ("I was told a woman was attacked on the trails… Is it
 * true?", "posts saying there's a man trying to lure kids into a van. Is this true or is it a hoax?"): what the message
 * tells was heard, not seen, so it is asked about (ASKING reads "is it true that…" at a sentence's start); or before
 * another question ("everyone at her school carries a knife, is that true, should I be worried": ASKED_NEXT in
 * lexicalDangerDetector.ts).
 */
export const ASKED_IF_TRUE = ['is|was it|that|this true|right|correct|real'];

/**
 * Figures of speech ("the bass is killing me", "a death trap", "screaming their heads off"): removed like NOT_DANGER,
 * and a message with one is not read again by the danger model, which would take their words at face value.
 */
export const FIGURES_OF_SPEECH = [
  // "he's pushy but not threatening", "he has never threatened me, I just want it to stop": a threat denied, which the
  // model would read at face value (each of the 21 labelled descriptions that deny a threat has no danger).
  'not|never threaten|threatening|threatened',
  // "the speed bumps on our road are so high they're going to kill someone's suspension" (forty-sixth session).
  'kill|killing|kills|wreck|wrecking * * suspension|suspensions|tyre|tyres|exhaust|exhausts|knees|eardrums|wallet',
  // "she is not in any immediate danger I don't think but someone should check on her": danger denied, which the model
  // would read at face value (each labelled description that denies it with no sign of danger has none).
  'not in * danger',
  // …with the time it is said of ("suicidal but won't see a doctor, they're not in danger right now" is asked about).
  'not in * danger right_now|now|at_the_moment|atm',
  'no immediate danger',
  // "I'm scared my son will get dragged into gangs": drawn in, not pulled along.
  'dragged into gang|gangs|crime|drugs|dealing|trouble|county_lines|that_life|that_world',
  // "the smell from the bins is unbearable, you can't breathe", "their bonfire is so bad I can't breathe in my own garden":
  // a nuisance told strongly (not "the smell of gas is so strong I can't breathe": the gas is still read).
  'unbearable|awful|disgusting|horrendous|horrible|vile|revolting you|i|we can not breathe',
  'can not breathe in my|our own garden|home|house|flat',
  // "we're drowning in rubbish since the council changed collections", "drowning in paperwork".
  'drown|drowning|drowned in rubbish|litter|paperwork|work|debt|bills|noise|mess|bags|emails|complaints|letters|weeds',
  // "I feel like I'm trapped in my own home because of the noise", "a prisoner in my own home".
  'feel|feels|felt like * trapped|prisoner|prisoners',
  'prisoner|prisoners in my|our|his|her|their own home|house|flat',
  // "my neighbour's tree is strangling my fence", "ivy choking the drainpipe".
  'tree|trees|ivy|weeds|roots|plant|plants|bush|bushes|hedge|brambles * strangle|strangling|strangled|choke|choking|choked',
  // "the weeds in the alley are strangling the fence".
  'tree|trees|ivy|weeds|roots|plant|plants|bush|bushes|hedge|brambles in * * strangle|strangling|strangled|choke|choking|choked',
  // "the music at the gym is so loud my ears are bleeding lol".
  'my|our ears be|are bleeding|bled',
  // "the smell of weed is choking us every night".
  'weed|cannabis|skunk|smell|stench|stink be|is choking|suffocating us|me|everyone|everybody',
  // "the fumes are choking the kids at the gate" (not "the smoke is choking the kids", which may be a fire).
  'fumes|exhaust|dust|pollution|smell|stench be choking|suffocating * kids|children|people|pupils|everyone|everybody|us|me',
  // "he's not breathing down my neck anymore since I moved".
  'breathe|breathing|breathes down * neck',
  // "the council is trying to kill off our high street with parking charges".
  'kill|killing|kills off * high_street|town|town_centre|business|businesses|shop|shops|trade|market|pub|pubs|community',
  // "the new development will kill the high street".
  'kill|killing|kills the|our|my|a high_street|town|town_centre|business|businesses|shop|shops|trade|market|pub|pubs|community',
  // "my friend killed it at her job interview": did very well.
  'kill|killed|killing|kills it at|in|on',
  // "my son got fired from his job": lost his job, not a fire.
  'get|got|be|been|was fired|sacked from|by',
  // "the bass from next door is killing me" (not "he is killing me").
  'door|bass|noise|music|smell|barking|banging|drilling|it|this|that|stress|back|head be killing me|us',
  'foot|feet|knee|knees|leg|legs|hip|hips|heat|cold|damp|mould|traffic|queue|wait|commute|job|rent|bills be killing me|us',
  // "my hands are killing me from carrying the shopping up the stairs" (forty-third session; not the chest: that may be
  // a heart).
  'hand|hands|arm|arms|shoulder|shoulders|neck|wrist|wrists|ankle|ankles|tooth|teeth|stomach|ears|eyes be killing me',
  // "the gym next door plays music so loud it sounds like the bass is trying to kill me".
  '@nuisance|bass|noise|music|smell|drilling|banging|heat|damp|mould * trying to kill me|us',
  // "my ex is killing me with the solicitor's letters about the house".
  // (…and "the new neighbours are killing me with their music every night", forty-ninth session.)
  'killing me|us with * * letters|emails|messages|texts|calls|paperwork|questions|demands|bills|fines|complaints|stress|worry|music|noise|bass|parties|barking|drilling',
  // "the students opposite were shouting 'we're going to smash it tonight'": to do well (forty-ninth session; was the 999
  // answer).
  'we|i * smash|smashing it',
  // "the council is killing me with these parking fines".
  'council|landlord|fines|charges|prices|parking|taxes|energy|cost be killing me|us',
  // "the noise from the gym above the shops is killing me", "the racket from the gym under our flat is killing me": where
  // it comes from, or when, told between.
  '@nuisance * * be killing me|us',
  // "the smell of weed through my bathroom vent is choking me every night": a nuisance night after night.
  '@nuisance|weed|dust|fumes|pollution * * * be choking|suffocating me|us every|each|all night|day|evening|morning|time',
  // "I'm a carer for my brother and I'm completely burnt out": worn out, not burnt.
  '@someone be|feel * burnt|burned out',
  // (…and "he is burnt out now": how he is, not a danger now.)
  '@someone be|feel * burnt|burned out now',
  // "the youths at the rec are going to burn themselves out one day": tire themselves out, not a fire.
  'burn|burning|burnt|burned|burns themselves|himself|herself|myself|yourself|ourselves out',
  // "a man from the church keeps saying I'll burn in hell": a curse, not a fire.
  'burn|rot|roast in hell',
  // "live bands till midnight, it sounds like a riot in there".
  'sound|sounds|sounded like a riot|warzone|war_zone|zoo|massacre|bomb_site',
  // "the kids were killing themselves laughing", "shoot me a message", "hitting me up on snapchat", "beat me at pool".
  'kill|killing|killed myself|themselves|himself|herself|ourselves|yourself laughing',
  'die|dying|died laughing',
  'shoot|shot me|us|him|her a message|text|email|line|dm',
  'hit|hits|hitting me|us|him|her up',
  'beat|beats|beating me|us|him|her|them|you at @game|game|games|everything',
  // "my son was beaten at chess by a group of older kids".
  'beat|beaten at @game',
  'could murder|kill * them|him|her|upstairs|neighbour|neighbours',
  'drive|driving|drives me insane|mad|crazy|round_the_bend',
  'end of my tether',
  // "I'm worried he'll get dragged into it", "dragged into their row" (not "dragged into a car"; nor into crime, drugs or
  // county lines, a worry of exploitation a model may read).
  'drag|pull|suck into it|this|that|trouble|politics',
  'drag|pull|suck into * argument|arguments|row|rows|feud|drama|mess|business|dispute|world|lifestyle',
  // "told me to drop dead" (not "my dad just dropped dead").
  'tell|told|telling|tells|hope|hopes|hoped|wish|wishes|wished * drop dead',
  // "slams doors from 5am, it sounds like he's fighting the furniture".
  'fight|fighting|fights|wrestle|wrestling the|with|his|her * furniture|wardrobe|hoover|bins|washing_machine|door|doors',
  'drop dead gorgeous',
  'death trap',
  // "he's dead serious", "I'm dead tired", "it's dead quiet".
  'dead serious|set|against|tired|funny|good|easy|slow|boring|quiet|right|straight|certain|lucky|keen|excited|chuffed|proud|worried|scared|nervous|loud|annoying|rude',
  'fire hazard',
  // "there's a fire risk in the stairwell from all the rubbish".
  'fire risk|risks|trap|traps|safety|door|doors|exit|exits|escape|alarm_test|drill',
  'scream|screaming|screams|shout|shouting|shouts * head|heads off',
  'accident waiting to happen',
  // "the gym drops weights all evening and it sounds like bombs going off".
  'like bombs going|go|went off',
  'like a bomb going|go|went|gone off',
  // "left the garden looking like a bomb hit it", "like a bomb site".
  'like a bomb hit|had_hit|has_hit|site|dropped',
  // "I'm drowning in paperwork", "it's murder on my nerves".
  'drown|drowning|drowned in paperwork|debt|debts|work|bills|emails|admin|homework|letters|forms|stress',
  'murder on|for my|the|your nerves|ears|back|knees|feet|head',
  // "sings at the top of his lungs like he's being strangled" (not "it sounds like someone is being attacked").
  'sing|sings|singing|screech|screeches|screeching|howl|howls|howling * * like * being strangled|murdered|killed|tortured',
  // "dogs barking for hours when the owners go to work, they howl like someone's killing them": an animal's cry,
  // not "she's howling like someone is killing her".
  'howl|yelp|yowl like someone|somebody be killing|murdering|torturing|strangling them|it',
  // "a woman screaming blue murder at her husband".
  'scream|screams|screaming|screamed|shout|shouts|shouting|yell|yelling blue murder',
  // "my landlord is strangling us with rent rises", "my son's school is killing him with homework".
  'strangle|strangling|strangles|choke|choking|chokes|squeeze|squeezing|kill|killing|kills * with|by * rent|rents|rise|rises|bills|fees|charges|prices|taxes|fines|homework|work|paperwork|rules|kindness|stress|questions',
  // "I nearly had a heart attack when the fireworks went off", "you gave me a heart attack": a fright.
  'nearly|almost|practically have|had|having|give|gave * heart_attack',
  'give|gave|gives|giving me|us|him|her|them a heart_attack',
  // "the council are bleeding us dry", "held hostage by the noise from the new bar", "the council are holding us hostage
  // with these rent rises".
  'bleed|bleeds|bleeding|bled us|me|them|you|people|residents|everyone|tenants dry',
  'hostage by|to the|my|our|their|this * noise|music|bass|council|landlord|bills|prices|weather|traffic|neighbours',
  'hostage with the|my|our|their|this|these * rent|rents|rise|rises|fee|fees|charge|charges|bill|bills|price|prices',
  // "the music next door drowns out my telly", "I'd like to have a stab at organising a clean up".
  'drown|drowns|drowning|drowned out * telly|tv|music|noise|sound|sounds|conversation|voices|everything|radio',
  'have|had|take|took|make a stab at',
];

/**
 * Horseplay (its words are also NOT_DANGER, which they are spread into): sticks, stones or a bat in the same sentence are toys, not weapons, and a
 * cry of "get off me" is part of the game ("lads play fighting on the green with sticks"; a knife or a gun stays a
 * weapon whatever the game, and an attack stays one: "they were play fighting and now one is stabbing the other").
 */
export const HORSEPLAY = [
  'play|mess fight|fighting|fights',
  'horseplay',
  // "the lads spar in the car park, it's just practice" (not "outside the Spar": a shop).
  'sparring|sparred',
  'spar in|at the|a car_park|gym|club|ring|street|park',
  // "lads fighting over a football, just handbags really": a scuffle nobody means.
  'just|only handbags',
  'scrap|scrapping|fight|fighting|wrestle|wrestling * for fun|a_laugh',
  // "girls fighting outside the school for views on tiktok, it's staged", "it's all staged": filmed for show.
  'fight|fighting|fights|scrap|scrapping|slap|slapping * for views|likes|clout|tiktok|youtube|the_camera',
  'be|is|are|was|were|look|looks * staged|faked',
  // "lads having a snowball fight in the street and hitting cars": play, with what is thrown named.
  'snowball|snowballs|pillow|food|water|water_balloon|nerf|paintball|foam fight|fights|fighting',
  // "sometimes they fight each other but just messing".
  'scrap|scrapping|fight|fighting|wrestle|wrestling * just|only messing|mucking|playing|joking',
  // "the kids scream and fight all day in the garden, it's just normal kid stuff".
  'normal|usual kid|kids|children|sibling|siblings|brother|sister stuff|things|behaviour|squabbles|squabbling',
];

/**
 * Said to be harmless ("a man who follows women a few steps, he's harmless", "fighting among themselves, nobody gets
 * hurt"): being followed and fighting are dismissed in that sentence, when the teller says so and no fear is told in it
 * (forty-seventh session; 70 labelled descriptions with "harmless", all `none`). Not a weapon, a blow or a threat.
 */
export const HARMLESS = [
  'harmless',
  // "teenagers fighting outside the Co-op every friday nite, its the same lot, nobody gets hurt".
  'nobody|no_one get|gets|got hurt|injured',
  // "…fighting each other with fists in the park after school on fridays, it's like a ritual now, nobody gets badly hurt".
  'nobody|no_one get|gets badly|really|seriously hurt|injured',
];

/**
 * A weapon from long ago, or left by someone who has died ("an old army bayonet in a drawer", "a rusty old knife", "my
 * late grandad's hunting knife"): not a danger when the message asks how to be rid of it (DISPOSAL), as a resident
 * clearing a loft does (forty-third session; not "an old man with a knife", nor one then waved or pointed).
 */
export const KEEPSAKE = [
  'old|rusty|antique|vintage|wartime|inherited @weapon',
  'old|rusty|antique|vintage|wartime army|air|hunting|service|military|pocket|war|german|family @weapon',
  'late|deceased @person * @weapon',
  // "…in my late father's shed when we cleared it out, it's a big hunting knife. How do I get rid of it safely?"
  'it be a|an * * @weapon',
];
/**
 * "how do we get rid of it safely?", "should I hand it in?", "how do I surrender it?", "what do I do with it?"; or
 * whether it may be kept ("…keeps his medals and an old bayonet on display, my son asked if that's illegal": forty-fifth
 * session).
 */
export const DISPOSAL = [
  'if|whether that|it|this be illegal|legal|allowed|against_the_law',
  'be that|it|this illegal|legal|allowed|against_the_law',
  'get|got rid of it|them|this|these',
  'hand|handed it|them|this|these in',
  'dispose of it|them|this|these',
  'surrender it|them|this|these',
  'what|how do|should|can i|we do with it|them',
];

/**
 * A worry of what may happen one day ("the underpass is pitch black at night, someone is going to get attacked there"):
 * removed with NOT_DANGER (and read by the same checks), unless a time ahead follows (PLANNED_FOR: "rumours… someone's going to get stabbed at the party
 * on Friday" is a plan heard of, forty-fifth session).
 */
export const WORRY = [
  'someone|somebody be|is going to get hurt|killed|injured|cut|attacked|mugged|stabbed|robbed|jumped',
  'someone|somebody be|is gonna get hurt|killed|injured|cut|attacked|mugged|stabbed|robbed|jumped',
  // "parents park on the zig zags outside St Joseph's every morning, one day a kid will get hit" (forty-fifth session).
  'someone|somebody|kid|child|pedestrian|cyclist|walker * will get|be hurt|killed|injured|hit|run_over',
  // "motorbikes on the footpath at speed, sooner or later a pedestrian will be injured".
  'sooner_or_later * will|gonna|going_to * be|get hurt|killed|injured|hit',
  // "someone is going to fall off and get hurt".
  'someone|somebody be going to * and get|be hurt|killed|injured',
  'someone|somebody be gonna * and get|be hurt|killed|injured',
  'someone|somebody be going to get|be * hurt|killed|injured',
  // "the school did a lockdown drill today and she's worried about someone coming in with a gun" (forty-sixth session).
  'worried|worry|worries|anxious|nervous about someone|somebody|anyone|people coming|getting|breaking in|into * * @weapon',
];
export const PLANNED_FOR = [
  'on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  'tonight',
  'tomorrow',
  'this|at_the weekend',
  'later today',
];

/** Phrases that look like danger and are not: they are removed before the signs are read. */
export const NOT_DANGER = [
  // "our church is running a first aid course on how to treat stab wounds", "we did a scenario about an overdose today"
  // (forty-sixth session).
  'first_aid|course|class|training|workshop|lesson|lessons * * stab|stab_wound|stab_wounds|bleeding|overdose|overdoses|choking|cpr',
  'scenario|simulation|drill|exercise|role_play|roleplay|case_study about|on|of|with a|an|the overdose|overdoses|stabbing|stabbings|fire|fires',
  // "the fire brigade are doing training exercises at the old factory, is that why there's smoke": smoke asked about, its
  // cause told (forty-ninth session; was the 999 answer).
  'is|was that|this why there is|was|are smoke|smoke/n',
  // "my teenage daughter spends all night on her phone and I can't get her off it" (forty-sixth session; not "I can't get
  // him off her").
  'get|getting|pull|drag him|her|them off it|the_phone|her_phone|his_phone|the_xbox|the_computer|the_ipad|the_tablet|the_games|the_screen',
  // "we're a residents association and want to invite the police to talk about burglaries" (forty-sixth session).
  'talk|talks|presentation|meeting|meetings|workshop|seminar|leaflet|leaflets|poster|posters|advice about|on burglary|burglaries|knife_crime|stabbings|scams|county_lines|grooming|radicalisation',
  // "my son wants to join the army cadets and fire guns".
  'join|joining|joined the|a army|cadets|cadet|military|navy|marines|raf|gun_club|rifle_club|shooting_club * @weapon',
  // "my dad tracks my phone and won't let me go out with friends", "won't let her go out without him": control of someone's
  // life, not someone shut in now (forty-fifth session; was the 999 answer).
  'not let|allow|letting * me|her|him|us|them go|going out without|alone',
  'not let|allow|letting * me|her|him|us|them go|going out with * friends|mates|anyone|people',
  // "there's a car with its windows smashed in and the door open in the station car park, looks abandoned": how a thing
  // is left (forty-fifth session; was the 999 answer).
  'car|van|vehicle|cars|vans with its|their|the|a * window|windows|windscreen smashed|kicked|caved in',
  // "someone has spray painted a knife and postcode gang names on the bridge": graffiti on a public place (not on a
  // home's door, which is aimed at whoever lives there; forty-fourth session).
  'spray_painted|painted|sprayed|drawn|drew * @weapon * * on the|a bridge|wall|underpass|subway|shelter|bus_stop|garages|skate_park',
  // "can you tell me if there have been any burglaries on my street recently?": a question about the area (forty-fourth
  // session).
  'any|recent burglaries|break_ins',
  // "a car followed me too close on the A2 and flashed its lights, then overtook": driving too close (forty-fourth session).
  'follow|followed|following|follows me|us|my_car too close|closely',
  // "there's a man sleeping rough in the doorway, he seems OK but is there anyone who can help him?": a service asked
  // for, not a cry for help (forty-fourth session; other signs beside it are still read).
  'be there anyone|anybody|someone|somebody who|that can|could help',
  // "youths on stolen mopeds… the police chase them but never catch them": the police chasing, not someone chased.
  'police|officers|cops|pcso|pcsos * chase|chased|chasing|chases them|him|her|the',
  // "fighting outside the clubs at kicking out time": closing time, not a kick.
  'kicking|chucking out time|times',
  // "the bus shelter has been set on fire twice this month": fires of a thing in the street, counted, told after them
  // (not a home, a car, a shed, a fence, bins or a post box, which the data reads as aimed at someone or spreading;
  // forty-third session).
  'shelter|bus_shelter|bench|slide|swings|playground|play_equipment|toilets|skip|grass|hedge|tree * * been set|put on_fire|alight|light twice',
  'shelter|bus_shelter|bench|slide|swings|playground|play_equipment|toilets|skip|grass|hedge|tree * * been set|put on_fire|alight|light # times',
  // "our pride flag was set on fire in our front garden while we were out": a flag burnt (the data labels every flag burnt
  // none; forty-eighth session; not "…set on fire and the fire has spread to the house").
  'flag|flags|banner|banners * be|get set|put on_fire|alight|light',
  // "a drill video… masked lads pretending to shoot at the camera": masks worn in a video, not someone masked here.
  'drill|music video|videos|vid|vids * * * masked|balaclava|balaclavas',
  // "constant smell of skunk on the stairs, kids can't breathe it in": what they have to breathe, not a struggle for breath.
  'breathe|breathing it|that|the_smell in',
  // "kids keep going on the frozen pond at the park, can the council put up a sign": a hazard people keep going near,
  // told to have it made safe, not someone on the ice now (nor "kids keep walking on the ice on the lake"; not "my son
  // keeps going on the ice and now he's fallen through": someone named).
  'kids|children|people|teenagers|teens|lads|boys|girls|youths keep go|walk|play|slide|skate|run|stand|get on|onto * frozen|ice',
  // "the landlord doesn't respond", "I've emailed twice and they haven't responded", "the officer never responded to my
  // complaints": an answer not given, not someone unresponsive (not "he's not responding"; nor "my neighbour isn't
  // responding to knocks"; nor "she fell and hasn't responded since").
  'landlord|landlords|council|agent|agents|agency|association|management|company|police|school|office|councillor|mp * not|never respond|responding|reply|replying',
  'they * not|never responded',
  'not|never respond|responding|responded to * email|emails|message|messages|letter|letters|complaint|complaints|report|reports|request|requests|enquiry|enquiries',
  // "one of our residents gets very confused and says staff are trying to kill her": a fear that comes of an illness, told
  // by whoever cares for her.
  'confused|paranoid|delusional|hallucinate|hallucinating|dementia|alzheimers * say|think|believe|convinced * try|trying|want|out|going * kill|poison|murder',
  // "she's heard stories about people being attacked there, is that true?": what is said of a place, not an attack.
  'stories|rumours|rumors|talk about|of people|someone|somebody|women|girls|kids|children being|getting attacked|stabbed|mugged|robbed|raped|assaulted|jumped|followed',
  // "my daughter had a falling out with a girl at school": a quarrel, not a fall.
  'have|had|having a falling|fall out',
  // "my ex won't give the kids back on time after his weekends": late, not kept.
  'not|never give|bring|drop * back on_time|late',
  // "my boyfriend makes me pay for everything" (not "I'll make you pay for this").
  'make me|us|her|him pay for everything|the_bills|the_rent|rent|bills|food|half|the_shopping',
  // "I broke my arm playing football", "my son broke his leg at rugby": a bone broken by whoever it belongs to, an
  // accident (not "he broke her arm": THREAT's broken bones; nor "he broke his wife's nose").
  'i broke|snapped|fractured my @bone',
  'he|son|boy|dad|husband|brother|grandad|grandson|man|lad|uncle broke|snapped|fractured his @bone',
  'she|daughter|girl|mum|wife|sister|nan|gran|grandma|granddaughter|woman|aunt broke|snapped|fractured her @bone',
  // "my nan fell and broke her arm", "my son fell off his bike and broke his wrist", "my kid fell off the climbing frame
  // at the park and broke his arm": a fall.
  'fell|fall|falls|slipped|slip|slips|tripped|trip|trips|crashed * * * and|then broke|snapped|fractured|broken my|his|her|their @bone',
  // "my son had his jaw broken in a rugby match": broken in a game.
  'broken|fractured|smashed in|at|playing|during * rugby|football|boxing|match|game|tackle|training|sparring',
  // "now my son wants to carry a knife for protection, how do I stop him": what he wants, not a knife he has.
  'want|wants|wanted|wanting to carry|take * for protection',
  // "I'm worried if there's a fire it'll spread to ours", "in case a fire starts": a fire that might be, not one burning.
  'if|in_case there be|is|was|were * fire/n',
  'if|in_case a|the fire/n start|starts|started|break|breaks|broke',
  // "my husband shouts when he's stressed but he'd never hurt me": what he would not do.
  'would|will never hurt|harm|hit|touch|kill',
  // "blood all over the seats, the bus company need to clean it", "blood on the pavement… can someone clean it": what is
  // left to clean up.
  'blood * * * need|needs|needed to clean|wash|clear it|them|that',
  'blood * * * can someone|somebody|you|the_council clean|wash|clear it|them|that',
  // "people are smoking crack in the stairwell, you can smell it burning": the drug's smell.
  'smoking crack|weed|cannabis|spice|heroin|skunk|drugs * * * smell|stink * burning',
  // "someone keeps burning plastic, the smoke makes my chest tight and I have asthma": what a nuisance does each time
  // (not "the smoke is making my chest tight").
  'smoke|fumes|smell|dust|it * makes|gives * chest tight|tightness|pain|pains',
  // "our takeaway has had its windows smashed three times since the news about the stabbing": a time told by a news story
  // (not "I saw on the news about a stabbing on our road and the lad who did it is hiding in my neighbour's shed").
  'since the news|story|article|reports|headlines about|of the|a stabbing|stabbings|shooting|shootings|murder|murders|killing|attack|fire|riot|riots',
  // "my mum with alzheimers keeps ringing me thinking someone is in the house, there isn't": a fear she has, denied.
  'think|convinced|imagine * someone|somebody|people|burglar|burglars|intruder|intruders * in * house|flat|home|room|garden|loft|attic there be not|nobody',
  // "there was a bomb scare at the station this morning, it was a suitcase someone left": told with how it ended.
  'bomb scare|alert * * * * it was|turned_out|all_clear|false_alarm',
  // "a man on the allotments keeps telling me he'll get me thrown off": thrown off a plot, not a threat to hurt.
  'get me|you|us|him|her|them thrown|kicked|chucked|banned|evicted|sacked|fired|arrested',
  // "I keep having nightmares about the fire at our old flat last year": a memory that comes back, not a fire.
  'nightmare|nightmares|flashback|flashbacks about|of the|a|that * fire|attack|stabbing|fight|crash|accident|shooting|burglary|break_in',
  // "my son keeps having nightmares since he saw a fight outside his school": what was seen, told as when the trouble began.
  'since he|she|they|i|we see|witness * fight|fighting|stabbing|attack|accident|crash|shooting',
  // "kids asked my son if he's got a bomb in his bag because he's Muslim": a taunt (abuse: hate-lexicon.json).
  'ask|asked|asking * if * got|have|has|carry|carrying a bomb',
  // "a boy in her class keeps pulling her headscarf off and saying she's hiding a bomb under it": the same taunt.
  'say|says|saying|said * hiding|hides|hid a bomb under|in it|her_headscarf|her_hijab|her_scarf|his_turban|her_niqab|her_burka',
  // "a lad at my son's school keeps asking him if he's going to blow himself up because he's Muslim": the same taunt.
  'ask|asks|asked|asking * if * go|going|gonna to blow himself|herself|yourself|themselves|you up',
  // "a woman in the playground keeps telling other mums I hit my kids, I don't": a rumour about the resident.
  // (not "she'll tell everyone I hit her if I leave": a threat of a partner's, still read.)
  'tells|telling|told|says|saying|said|accuses|accusing|accused|claims|claiming|claimed|spreading * i hit|hurt|beat|abuse|neglect|smack',
  // "a lockdown drill where they practise hiding from an intruder": practice.
  'practise|practice|rehearse|drill * hide|hiding * from * intruder|intruders|attacker|attackers|gunman',
  // "I've been getting chest pains since the stress with my neighbours started": a health worry told since.
  'been getting|having * pain|pains|palpitations|headaches|migraines|panic_attacks since',
  // "rang me very drunk last night to say goodbye before he flies to Australia for a year", "posted a goodbye message to
  // her school friends on her story because we're moving to Wales": a farewell before a journey or a move.
  'goodbye|bye * * * before|as|because|since * fly|flies|flying|move|moves|moving|emigrate|emigrates|emigrating|relocate|relocating',
  // "smell of gas near the roadworks, the workmen said it's normal when they're digging": explained by those who know.
  'gas/n * * * said|say|says|told * normal|fine|safe|nothing',
  // "there's a gas smell when the wind blows from the sewage works", "a gas smell coming from the sewage works": a smell
  // with its source named (forty-seventh session).
  'gas/n smell|smells when|whenever the wind * * from the|a sewage|sewerage works|plant|farm',
  'gas/n smell|smells * come|comes|coming from the|a sewage|sewerage works|plant|farm',
  // "are there knife bins in Gravesend where people can hand in knives", "how long do police keep knives from an amnesty
  // bin": where weapons are given up.
  'knife|weapon|gun|firearm * bin|amnesty|surrender',
  'hand|hands|handing|handed in * knife|knives|weapon|weapons|gun|guns|firearm|firearms',
  // "is it illegal to carry a pocket knife": a question about the law, not a knife carried.
  'illegal|legal|allowed|lawful to carry|own|buy|have|sell|keep * @weapon',
  // "my son wants to carry a knife because his friends do, how do I talk to him about it": a wish and why, told by a
  // worried parent (forty-seventh session; not "he wants to get a knife and stab him").
  'want|wants|wanted|wanting to carry|have|get|buy|own a|the knife|knives|blade|weapon because|for|as',
  // "he's 80 and has an air rifle, is that legal".
  '@weapon * be that|it|this legal|illegal|allowed|lawful',
  // "my dad keeps saying he'll kill the pigeons on his roof": pests, not people.
  'kill|shoot|poison|get_rid_of * pigeon|rat|mouse|mice|squirrel|rabbit|fox|crow|magpie|seagull|gull|pest|vermin|wasp|slug',
  // "my dad wants to know if he can shoot the rabbits eating his veg with an air rifle": pests, and what with, asked
  // about (not "someone has been shooting at pigeons with an air rifle and hit my greenhouse").
  'can|could|allowed|legal * shoot|kill * pigeon|rat|squirrel|rabbit|fox|crow|magpie|seagull|gull|pest|vermin * * * with|using * @weapon',
  // "kids shoot at them with toy bows": toys.
  'shoot at * with|using * toy|nerf|water|foam|plastic|pretend|cap',
  // "the woman upstairs stamps on her floor whenever my baby cries": a floor stamped on.
  'stamp on her|his|their|the floor|floors|ceiling',
  // "my son's been asked to carry the knife for the chef at his new restaurant job": a kitchen's knife.
  'knife|knives for the|a|his|her chef|chefs|kitchen|restaurant|catering',
  // "making gun noises down the phone", "made bomb noises at him", "a finger gun": the shape or the sound of a gun or a bomb, not one.
  'gun|guns|shooting|bomb|bombs|explosion noise|noises|gesture|gestures',
  'finger gun|guns',
  // "someone let off a firework at 3am and it sounded like a gunshot", "what sounded like gunshots but it was just
  // fireworks": the sound is named.
  'firework|fireworks|banger|bangers|exhaust|backfire * * sound|sounded|sounds|sounding like * gunshot|gunshots|gunfire|gun|guns|shot|shots|shooting',
  'gunshot|gunshots|gunfire|shot|shots * but * firework|fireworks|banger|bangers|exhaust|backfire|bird_scarer|bird_scarers',
  // "I keep hearing gunshots at night, but I think it's the bird scarers on the farm".
  'gunshot|gunshots|gunfire|shot|shots * but * think|reckon|guess * firework|fireworks|banger|bangers|exhaust|backfire|bird_scarer|bird_scarers',
  // "people are saying it was a stabbing but it looks old": hearsay of something past, not a danger seen.
  'people|everyone|everybody|they be|are saying|say|said it|that was|were * stab|stabbing|stabbed|shooting|shot|attack',
  // "I don't think he hurts her": a worry denied.
  'not think|believe * he|she|they * hurt|hurts|hit|hits|harm|harms|hurting|hitting',
  // "used nappies being thrown over the wall into the playground": rubbish thrown, nobody hit.
  'nappy|nappies|rubbish|litter|bag|bags|waste|bin|bins|leaves|cuttings|food being|getting|been thrown|chucked|dumped',
  // "fascinated with military history and weapons", "watches documentaries about guns": weapons as a subject.
  'history|documentary|documentaries|books|films|models|games and|of|about * weapons|guns|knives|swords',
  // "I just want to report a broken street light": a thing reported broken, not a threat to break someone.
  'report|reporting a|the|some broken|damaged|smashed',
  // "we're locked in a dispute with the council": a quarrel, not someone locked in.
  'locked in a|an * dispute|battle|row|argument|relationship|contract|marriage|struggle|war',
  // "pushed past me on his way out": brushed past, not an attack (not "pushed me over").
  'push|pushed|pushing|shove|shoved|shoving|barge|barged|barging past',
  // "pigeons being kept in a loft next door": animals kept, not someone held.
  'pigeon|pigeons|dog|dogs|cat|cats|bird|birds|chicken|chickens|animal|animals|horse|horses|rabbit|rabbits|snake|snakes being|is|are|be kept|held in|inside',
  // "used needles in the play area, someone could hurt themselves": an accident feared, not self-harm (not "she might
  // hurt herself").
  'someone|somebody|anyone|kids|children|child|people could|might|will|would * hurt|injure|cut themselves|himself|herself',
  // "lads climbing the scaffolding… they're going to kill themselves one day": an accident feared, not a suicide.
  'kill|hurt|injure themselves|himself|herself one_day|eventually|at_this_rate',
  // "throwing stones at the empty factory windows": nobody there to hurt (damage).
  'empty|derelict|abandoned|disused|boarded * window|windows|door|doors',
  // "throwing stones at the windows of the empty pub", "people have been trying the door of her empty house".
  'window|windows|door|doors of the|an|that|her|his|their|my|our * empty|derelict|abandoned|disused|boarded',
  // "customers have to wait for them to stop": someone kept waiting, not someone lying in wait.
  'have|has|had to wait for',
  // "ran away from home last year and came back": someone missing who was found (not "keeps going missing and comes
  // back with cash", a pattern).
  'ran|went|gone * missing|away * * came_back|was_found|were_found|turned_up|came_home|got_home|returned',
  // "how the officer spoke to me when I reported a burglary": the report, not the crime.
  'when|after i|we reported|reporting a|the|my burglary|assault|robbery|mugging|break',
  // "someone was sick in my front garden": not someone in the garden.
  'someone|somebody|people|they|he|she * sick|vomit|vomited|wee|weed|pee|peed|poo|pooed|urinate|urinated in|on|over',
  // "posters on the estate saying the police are the enemy and should be attacked": a call printed for anyone to read
  // (not a note to the resident).
  'poster|posters|leaflet|leaflets|sticker|stickers|flyer|flyers|graffiti|banner|banners * saying|say|says|calling_for * * should|must be attacked|killed|hanged|hung|shot|burned|burnt|bombed',
  // "my husband collects antique swords and hangs them on the wall", "need advice about carrying knives between my
  // shop and the van" (a butcher): things kept or carried for their use, and a question about the law.
  'antique|antiques|ornamental|decorative|ceremonial @weapon',
  'advice|law|legal|allowed|rules about|on|for * carry|carrying|transport|transporting @weapon',
  // "they've been there since the riots": a time told by a riot, not one going on.
  'since|after|before|during the|last riot|riots',
  // "shouting and swearing, no one gets hurt", "swearing at the staff": bad language, not a vow.
  'shout|shouting|scream|screaming|yell|yelling|drink|drinking|fight|fighting|spit|spitting and swearing|cursing',
  'swearing|cursing and|at',
  // "someone is flying a drone over my garden and looking in my windows".
  'drone|drones * * look|looking|peer|peering|film|filming in|into|through',
  // "smashed every street light on Cedar Road with stones": things broken, nobody hit.
  'light|lights|lamp|lamps|window|windows|windscreen|windscreens|shelter|sign|signs|fence|fences|lock|locks * with * stone|stones|brick|bricks|rock|rocks|hammer|bat|bottle|bottles|crowbar',
  // "pushed over in the playground", "shoves him in the corridor": rough play and bullying at school, not a danger.
  'push|pushed|pushes|pushing|shove|shoved|shoves|shoving|trip|tripped|trips * playground|corridor|corridors|classroom|lesson|lessons',
  // "my son's bike was taken", "my son's xbox got taken" (before a word the lexicon does not know, an apostrophe s is
  // read as is): a thing taken, not a child.
  '@whose|be|is bike|bikes|phone|phones|scooter|bag|wallet|purse|car|coat|trainers|money|ball|football|toy|toys|console|xbox|playstation|switch|headphones|airpods|ipad|tablet|laptop|keys * taken|grabbed|snatched',
  // "had his nose broken in a fight": an injury, not a break-in.
  'nose|arm|leg|wrist|jaw|finger|fingers|rib|ribs|tooth|teeth|bone|bones|cheekbone|collarbone broken|broke in',
  // "I don't know if anyone was hurt": a question, not someone hurt (not "not sure if anyone is hurt", a worry now).
  'if|whether anyone|anybody was|were|got hurt|injured',
  // "spreading lies that I hit my kids", "accused him of hurting her": what someone is said to have done, not a danger.
  'lie|lies|lying|rumour|rumours|gossip|gossiping|gossips|gossiped|accuse|accuses|accusing|accused|allegation|allegations|falsely * hit|hits|hitting|hurt|hurts|hurting|abuse|abuses|abusing|beat|beats|beating|attack|attacks|attacking|attacked|assault|assaulted|assaulting|stab|stabbed|stabbing',
  // "there's been rumours of a knife being brought in", "rumours going round that a boy took a knife": hearsay of a
  // weapon, not one seen.
  'rumour|rumours|rumoured * of|about|that * * @weapon',
  // "lads jumping off the garage roofs onto mattresses", "kids keep jumping off the shed roofs": play on low roofs (not off a bridge or a multi storey).
  'kids|lads|boys|girls|children|teenagers|youths|they * jump|jumping|jumped off|from * garage|garages|shed|sheds|wall|walls|bin|bins|bus_shelter',
  // "kids are jumping off the bridge into the river in this heat": tombstoning, a group at play (not "a boy jumped off",
  // nor "lads jumped off the bridge and one hasn't come up").
  'kids|lads|boys|girls|children|teenagers|teens|youths * be|keep|keeps|always jump|jumping off|from * bridge|pier|jetty|wall|rocks * into * river|water|sea|lake|canal|quarry',
  // "I've been threatened with eviction", "threatened with court": not harm.
  'threaten|threatened|threatening with eviction|court|legal|solicitor|solicitors|police|fine|fines|ban|action|prosecution|council|the_council|the_police|the_court',
  'knife block|drawer|set|sharpener',
  // "she's gone to get the bread knife to cut the loaf", "…a knife to slice the cake": a knife used in the kitchen.
  'knife|knives to|for cut|cutting|slice|slicing|chop|chopping|carve|carving|peel|peeling the|a|some|it|this|that',
  'gun shop|store|club|range',
  // "gunfire sounds from the shooting club at the farm".
  'gunfire|gunshot|gunshots|shots|shooting|bang|bangs * from the|a * shooting|gun|rifle|clay club|range|ground|lodge',
  // "splits logs with an axe", "hitting a cricket ball against our wall with a bat": tools and games.
  'split|splits|splitting|chop|chops|chopping|cut|cuts|cutting * log|logs|wood|firewood|kindling * with * axe|ax|hatchet',
  'ball|balls * with * bat|bats|racket|rackets|stick|sticks|club|clubs',
  // "boys with bats and balls playing in the street", "a man with a chain round his neck": a game, and jewellery.
  'bat and|or ball',
  'with * chain round|around his|her|their neck|wrist',
  // "lads playing cricket with a bat and tennis ball", "kids with footballs kicking them against the shutters".
  'play cricket|rounders|baseball|softball|tennis|golf|hockey|football|pool|snooker with',
  'football|ball * kick|throw|bounce * them|it against|at|off',
  // "out in his garden with a hammer every evening building a shed": a tool.
  'with * hammer|drill|saw|screwdriver|spanner|mallet * build|fix|mend|put_up|repair|take_down|knock_down|diy',
  // "a bloke with a chain and padlock has locked his motorbike to the railings".
  'chain and|with * padlock|lock',
  // "teenagers with bottles of cider", "women with glasses of prosecco": a drink, not a weapon.
  'with * bottle|glass of * beer|cider|wine|prosecco|vodka|lager|champagne|water|pop|coke|juice|milk|spirits|booze|drink|fizz|gin|rum|whisky',
  // "armed police walking round Bluewater today", "soldiers with rifles marching for remembrance", "the butcher on the
  // market waves his cleaver around while he talks": those who carry them for their work (not "he pulled a chef's knife
  // on me": a weapon named by its kind).
  'armed police|officer|guard|response|forces',
  'soldier|army|cadet|police|officer|guard * with * rifle|gun|sword|bayonet',
  'butcher|fishmonger|chef on|at|behind the market|stall|counter|deli * * * cleaver|knife|knives|blade',
  // "we practise knife fighting at my martial arts club": a skill practised (not "they're knife fighting in the park").
  'practise|practice|practising|practicing|train|training|learn|learning|teach|teaching knife fighting|defence|defense|skills|drills',
  'knife fighting|defence|defense class|classes|club|lesson|lessons|course|courses',
  // "my son says his mate has a knife at home that his dad uses for fishing".
  'knife|knives * * use|uses|used for fishing|camping|cooking|whittling|work',
  // "worried about spiking", "a pocket alarm because of the stabbings he's heard about": a fear of what happens, not a
  // report of it.
  'worry|worried|worrying|concerned|nervous|anxious|scared about|of spiking|drink_spiking|knife_crime|stabbing|stabbings|shooting|shootings|mugging|muggings',
  'stabbing|stabbings|shooting|shootings|mugging|muggings|attacks * heard|read about',
  // "a WhatsApp group for our street so people can warn each other about burglaries" (forty-third session).
  'warn|warning|alert|alerting each_other|people|neighbours|residents|everyone|others about|of burglaries|burglars|break_ins|thefts|stabbings|muggings|scams',
  // "our neighbour is a butcher and carries his knives to and from work in a case".
  'knife|knives|cleaver|cleavers|tools to_and_from work',
  // "fishermen with rods and poles": a pole for fishing.
  'fisherman|angler|fishing * with * rod|pole',
  // "an old man pointed a walking stick at my kids" (not "he hit my nan with his walking stick": the blow is read).
  'walking stick',
  // "we want to fight the plans to close the youth centre".
  'fight|fighting|fought the|a|our|their * plan|plans|closure|decision|council|cuts|proposal|proposals|fine|ticket|eviction|case|appeal|application|planning',
  // "a zero tolerance policy on knives".
  'policy|policies|rule|rules|ban|bans|law|laws on|about|against * knife|knives|weapon|weapons|guns',
  // "a man shouts 'I'll kill you' at the pigeons every morning".
  'shout|scream|yell * * at the|his|her|my|our|their pigeon|bird|seagull|gull|squirrel|fox|@pet|telly|tv|radio|football',
  // "an old chest freezer by the bins, kids could climb in and get trapped": a hazard (not "he might be trapped").
  'could|might * and get|be trapped|stuck',
  // "my neighbour's parrot screams 'help' all day".
  'parrot|parrots|bird|birds|budgie * scream|screams|screaming|shout|shouts|shouting|say|says|squawk|squawks * help',
  // "a crossbow in his garden for target practice".
  '@weapon * for target|targets|archery|clay|clays|practice',
  // "someone got knocked out in a sparring session": a sport.
  'knock|knocked|knocks out in|at|during * sparring|boxing|bout|match|training|fight_night',
  // "boxers training with pads and gloves, the residents think they are fighting": a sport mistaken for a fight.
  'pads|gloves|sparring|boxing|boxers|training * * think|thinks|thought they|he|she be|are|is|were|was fighting',
  // "I'm trapped in a horrible tenancy" (not "trapped in the flat").
  'trap|trapped|stuck in a|an|this|my|the * tenancy|contract|job|cycle|situation|lease|debt|rut',
  // "trapped in a contract with a gym that won't let her leave": a firm that will not let someone out of a deal.
  'contract|lease|tenancy|membership|subscription|deal * * will|would not let * leave|out|go|cancel',
  // "I'm trapped in a flat with mould and the landlord won't do anything" (not "…in a flat with my abusive partner").
  'trap|trapped|stuck in a|an|this|my|the * flat|house|home with * mould|damp|rats|mice|leak|leaks|no_heating|no_hot_water',
  // "our estate is surrounded by building sites": a place among others.
  'surround|surrounded by * site|field|tree|house|flat|road|building|scaffolding|works|rubbish|water|countryside',
  // "kids keep banging on my door and running off": knock-and-run, not a door forced.
  'bang|knock|ring|kick * door|doorbell|bell and|then * run off|away',
  // "the lift has been broken for weeks and my neighbour in a wheelchair is trapped in her flat": kept in by a broken
  // lift, not shut in (not "trapped in the lift").
  'wheelchair|wheelchairs|mobility_scooter|zimmer|crutches * trap|trapped|stuck in|inside my|her|his|their|our flat|flats|home|house',
  // "worried about the number of young people self harming": a worry about many, not someone now.
  'number|lots|loads|rise|amount of * * self harm|harming|suicide|suicides',
  // "I was hit by a football kicked by a kid".
  // "got hit in the face by a ball at the park".
  'hit|struck|hurt * by a|the ball|football|cricket_ball|golf_ball|frisbee|snowball',
  'ball|football|cricket_ball|golf_ball|frisbee|snowball kicked|thrown|hit|whacked by',
  'water|nerf|glue|staple|nail|toy|bb|paintball|airsoft|cap|fake|replica|imitation|plastic gun|guns|pistol|pistols',
  // "my husband has sleep apnoea and stops breathing in the night": a condition a doctor knows of (forty-seventh
  // session).
  'apnoea|apnea * * * stop|stops breathing',
  'fake|replica|imitation|plastic|toy|wooden|cardboard|foam|inflatable knife|knives|sword|swords',
  // "a nativity play at church had a toy sword fight" (forty-fifth session).
  'toy|wooden|plastic|foam|pretend|stage sword fight|fights|fighting',
  'fight|fighting|fights with water|snowball|snowballs|pillow|pillows|foam|nerf',
  'water|snowball|pillow|food|pie|balloon fight/n',
  'shoot|shoots|shooting|shot at * target|targets|tins|cans|clays',
  'dump|dumped|dumping * knife|knives',
  'knife|knives|blade|blades * left|dumped|dropped|discarded on|in|by|at',
  // "a knife lying in the grass" (not "a man with a knife lying in wait").
  'knife|knives|blade|blades * lying|laying on|by|at|around|about|under|in the|a',
  'boss|manager|teacher|coach * will|gonna|would kill me',
  'die|died|pass|passed * of|from * heart attack/n',
  'die|died of|from * stroke|cancer|illness|covid',
  // "My friend's dad died of an overdose last year and she's struggling": a death, a bereavement.
  'died|passed_away of|from * overdose|od',
  'shot|shoot|shooting|shoots|speed|speeding past|along',
  'knife|knives and fork|forks|spoon|spoons',
  'snowball|snowballs with stone|stones|ice|rock|rocks',
  // What shops, beggars and bullies do, not someone followed home or attacked.
  'shop|security|guard|staff|shopkeeper|assistant * follow|follows|following|followed * round|around',
  // "the man in the shop always follow me with eyes": watched, not followed.
  'follow|follows|following|followed * with * eyes|eye',
  // "the trap house on our road got shut down".
  'trap house|houses * * shut|closed|raided|boarded',
  // "my son was followed around the shop by the security guard".
  'follow|follows|following|followed around|round the|a * shop|store|supermarket|shops|aisles by the|a security|guard|guards|staff|manager|shopkeeper|store|shop',
  'follow|follows|following|followed people|shoppers|customers|passers',
  // "the man at the off licence only follows black customers round the shop": watched as a shopper (hate, not danger).
  'follow|follows|following|followed * people|shoppers|customers round|around|about',
  'follow|follows|following|followed * to the cash|cashpoint|atm',
  'should|ought be dead|hanged|put_down',
  // "my dad's guide dog was kicked by a man", "my cat was hit by a car": harm to an animal (reported, not a danger to someone).
  'dog|dogs|cat|cats|pet|pets|puppy|kitten|horse|guide_dog be|was|were|been|get|got kicked|hit|attacked|punched|stamped|hurt|beaten|stabbed|bitten',
  // "graffiti of a star of david with a noose next to it" on a bridge: a symbol of hate in public (not a drawing of a
  // noose put through a family's door, a threat).
  'noose|nooses next_to',
  // "people feeding the seagulls and they're attacking people's chips" (not "he's attacking her with the shopping trolley").
  'attack|attacking|attacked people|their|our|my|the|your * chips|food|sandwich|sandwiches|picnic|ice_cream|bins|bin_bags|rubbish',
  // "bonfire smoke from the allotments is choking us every weekend".
  'smoke|fumes|bonfire|bonfires * * choke|choking|choked us|me|everyone|everybody',
  // "my garden gnomes were smashed to bits by someone".
  'smash|smashed|smashing|break|broke|broken|blow|blown|blew|tear|torn|tore|rip|ripped|chop|chopped to bits|pieces',
  // "the barber wouldn't cut my hair": a trade refused, not a threat.
  'not cut|cutting my|his|her|their|your|our hair|fringe|beard|nails|grass|lawn|hedge|hedges',
  // "her tree is blocking my light and she won't cut it back": pruning.
  'cut|cutting|cuts it|them back',
  // "I'm scared someone will get mugged", "since the mugging on her road": a worry, a time.
  'scared|afraid|worried|worry * will|might|could * get|be mugged|attacked|hurt|robbed|stabbed|killed',
  'since|after the|a mugging|attack|stabbing|robbery|burglary|assault|fight|break_in',
  // "follow up to ref 4421, the man hasn't been back since the police visited": whoever it was, kept away.
  'not|never be|come back|round since|after the_police|police|the_pcso|the_officer|the_officers|the_council|the_warning',
  // "follow up: the man who was threatening me has been arrested", "following up my report": a report followed up.
  'follow|following|followed up',
  // "someone keeps stealing the flowers from my son's grave, he died in a stabbing in 2020": a death long told.
  'died|die in a|the stabbing|shooting|knife_attack * #',
  // "a memorial of flowers at the bus stop where the boy was stabbed last year": the place named by what happened there.
  'where the|a boy|girl|man|woman|lad|teenager|young_man be|was|got stabbed|killed|shot|murdered * last|ago|in',
  // A thing left, not a weapon held: "leaving broken bottles on the path", "a pile of kitchen knives in the skip" (not "a
  // lot of cash and a knife in my son's room": a knife among other things).
  'broken bottles',
  'leave|leaves|leaving|left * broken bottle|glass',
  'pile|bag|box|load|lot of knife|knives',
  'pile|bag|box|load|lot of kitchen|old|rusty|blunt|butter|table|cutlery knife|knives',
  // "my son cut his hand on a broken bottle in the park": an accident on what was left (forty-sixth session).
  'cut|cuts|cutting his|her|my|their|a hand|foot|feet|finger|leg|knee|arm on|from a|the|some broken bottle|glass',
  // "watching me walk into things": onlookers, not someone watching a home.
  'watch|watching|watched me|us walk|fall|trip|struggle|bump|try|get|do|play',
  // "the youths block the footpath and won't move", "he won't move his car" (not "he's on the floor and won't move").
  'they|youth|lad|kid|teenager|group|driver|car|van|lorry * * * will|would not move',
  'will|would not move out|off|away|aside|over|for|his|her|their|it|the',
  // "I can't get up quickly" (to answer the door): slowness, not someone who has fallen.
  'can|could not get up quickly|fast|easily|in_time',
  // "hit me when I wouldn't let go" (of the bag).
  'i|we would|will not let go',
  'refuse|refuses|refused to move',
  // "he threatened to sue me if I don't move my car": something not done, not someone who cannot move.
  'do|does|did not move my|his|her|their|the|it|them|out|away|off|over',
  // Squabbles and animals: "kids fighting over the swings", "two dogs were fighting in the park".
  'fight|fighting|fights|fought over the|a|my|his|her|their swing|swings|ball|toy|toys|parking|space|spaces|remote|game|games|bins|xbox|playstation|ipad|tablet|phone|tv|controller|boundary|fence|hedge|custody|will|money|inheritance|house|flat|divorce|kids|children',
  'dog|dogs|cat|cats * fight|fighting|fought|fights',
  // "my son gets into fights at school and I don't know how to get him help": a habit told by a parent asking for help.
  'get|gets|getting into fights|scraps',
  // "following my posts online", "following my daughter's instagram", "has been following incel forums".
  'follow|follows|following|followed * post|posts|account|accounts|page|pages|profile|channel|channels|forum|forums|influencer|influencers|instagram|insta|tiktok|snapchat|facebook|twitter|youtube|online|social_media|socials',
  // "keeps following my daughter on every social media account she makes".
  'follow|follows|following|followed * on|across every|all|her|his|my|their * social_media|account|accounts|instagram|insta|tiktok|snapchat|facebook|twitter|socials',
  // "being followed by a boy from school on TikTok" (not "followed me home and then messaged me on Instagram").
  'follow|follows|following|followed by * * on tiktok|instagram|insta|twitter|facebook|snapchat|youtube|twitch|social_media',
  // "keeps ramming my shopping trolley".
  'ram|ramming|rammed * trolley|trolleys|basket|baskets',
  // "found a kitchen knife in the grass verge" (not "found a zombie knife in his room": whose it is matters).
  'find|found * @weapon in|on|under|behind|by|near the|a * hedge|verge|bush|bushes|grass|park|street|road|pavement|drain|field|woods|river|alley|path|bin|bins|gutter|playground',
  // "we found an old rusty machete in the garden when we were digging the veg patch" (forty-sixth session).
  'find|found|dig|dug * @weapon in|on|under the|a|my|our garden|soil|ground|allotment|flowerbed|veg_patch',
  // "found a bag of pills and a small knife in the bushes at the park".
  'find * * and a|the|some * @weapon in|on|under|behind|by|near the|a * hedge|verge|bush|grass|park|street|road|pavement|drain|field|wood|river|alley|path|bin|gutter|playground',
  // "I've got a knife block in my kitchen and my toddler pulled a knife out": a kitchen, a toddler.
  'knife|knives block|drawer|rack|stand|set',
  'toddler|baby pull|grab|take * knife out|from',
  // "my housemate leaves razor blades on the side of the bath": a hazard at home.
  'razor|razor_blade|razor_blades on|in the side|shelf|sink|bath|cabinet|cupboard|windowsill',
  // "someone's kicked over all the wheelie bins" (not "kicked in the door").
  'kick|kicked|kicking over * bin|bins|cone|cones|sign|signs|bike|bikes|plant|plants|pot|pots|planter|planters',
  // "a memorial with flowers, someone keeps kicking it over".
  'kick|kicked|kicking|kicks it|them over|down',
  // "a charity collector followed me along the high street".
  'collector|collectors|chugger|chuggers|salesman|salesmen|seller|sellers|canvasser|canvassers * follow|follows|following|followed',
  // "the neighbour's dog ran at my little boy barking" (a dog that bites or attacks still is one).
  'dog|dogs|puppy * run|ran|running|come|came|coming at',
  // "my sister is coming for my son's birthday", "the bailiffs are coming for my dad's car".
  'come|coming for * birthday|tea|dinner|christmas|lunch|party|visit|weekend|holiday|holidays|stay|sleepover|meal|drink|drinks|coffee|bbq|barbecue|wedding|funeral|match|game|interview|appointment|car|money|rent|debt',
  'police|officer|officers|bailiff|bailiffs|social_services|social_worker * come|coming for',
  // "coming for my daughter's christening": someone's event (before a word the lexicon does not know, an apostrophe s
  // is read as is).
  'coming for my|his|her|our|their @person @whose|is',
  // "can someone help him find a bed", "help me with a form": help to do something, not a plea (not "help me get out").
  'help me|us|her|him|them find|with|apply|fill|sort|understand|report|choose|decide|write|claim|register|access',
  // "I'm following up the report I made" (not "followed me up the road").
  'follow|follows|following|followed up on|with|about|regarding',
  'follow|follows|following|followed up * report|reports|complaint|complaints|email|emails|call|calls|case|enquiry|query|reference|message|letter',
  'after|since see|seeing|saw|watching|watched * collapse|die|drown',
  'seagull|seagulls|gull|gulls|swan|swans|goose|geese * attack|attacking|attacked|swoop|swooping',
  // "I got attacked by a swan on the riverside walk".
  'attack|attacked by a|the seagull|seagulls|gull|gulls|swan|swans|goose|geese',
  // "I've been attacked by the mosquitoes from the stagnant pond".
  'attack|attacked|bitten|eaten by * mosquito|mosquitoes|midges|gnats|fleas|bugs|insects|wasps|bees|hornets|ants',
  // "my son was stabbed by a wasp at the picnic": stung.
  'stab|stabbed|stung|bitten by a|the wasp|bee|hornet|jellyfish|nettle|nettles',
  // "my son got shot at paintballing", "keeps shooting hoops in our drive", "kill him ref" shouted at a match.
  'shoot|shot|shooting at|during|playing paintball|paintballing|airsoft|laser_tag',
  'shoot|shooting|shoots hoops|baskets|pool|the_breeze',
  'kill|murder him|them ref|referee',
  // "lads with airsoft guns running around the woods shooting each other".
  'airsoft|nerf|paintball|bb|toy * * shoot|shooting|shot|firing each_other|one_another',
  // "my son is always fighting with his brother": siblings.
  'fight|fighting|fights|argue|arguing|bicker|bickering with his|her|their|my brother|sister|brothers|sisters|siblings|twin',
  // "it's going to fall on someone's car": a thing hit, not a person.
  'fall|falls|fell|fallen|falling on|onto someone|somebody|a @whose car|cars|van|house|roof|fence|garden|shed|drive',
  // "kids have stabbed holes in all the footballs", "stabbed holes in my paddling pool" (not "in his arm").
  'stab|stabbed|stabbing holes in|through * ball|balls|football|footballs|tyre|tyres|pool|tent|tents|bag|bags|sofa|sofas|seat|seats|bin|bins|boat|dinghy|inflatable|trampoline|cushion|cushions|mattress|lilo',
  // "my fence was kicked in by lads taking a shortcut" (not "my door was kicked in": a way into a home).
  'fence|fences|panel|panels|gate|gates * be|was|were|been|get|got kicked|smashed in|down',
  'dare|dares|daring|dared * jump|jumping',
  'tombstoning',
  // "they'll hurt my kids if I don't move" (moving home, not someone who cannot move); "I've been trapped indoors by my bad
  // back for a week".
  'if i|we|you|they|he|she do|does not move',
  'trapped|stuck indoors|inside|at_home by|with|because_of|due_to * bad_back|weather|snow|rain|covid|flu',
  // "she's been attacked verbally by patients' relatives".
  'verbally attack|attacked|attacking|assault|assaulted|assaulting|abuse|abused',
  'attack|attacked|assault|assaulted verbally',
  // "there's been a few burglaries on our road": a worry about the area.
  // …and "we need more police on the streets after all the burglaries this year".
  'few|spate|lot|lots|number|series|couple|all * burglaries',
  // Talk of violence by a movement, or praise of it: extremism to report, not a danger to someone now.
  'bomb making',
  'how to make * bomb|bombs|weapon|weapons|gun|guns',
  // "shouting about Israel killing children": a state's war, told of, not a threat to someone here.
  'israel|palestine|gaza|hamas|ukraine|russia|america|iran|government|army * kill|killing|kills|bomb|bombing|bombs',
  // "they pretend to fight in the road to make cars stop", "keeps pretending to punch my son to make him flinch".
  'pretend|pretending|pretends|pretended to * fight|shoot|stab|kill|attack|hit|punch|kick|slap|headbutt|throw',
  // "messages saying trans people should kill themselves": abuse wishing harm on a group (not "says she should kill
  // herself", nor "my son and his friend say they should kill themselves").
  'people|gays|lesbians|muslims|jews|immigrants|foreigners|refugees|paedos should|deserve|ought * kill|hang themselves',
  // "constant thumping" from upstairs, "bottles being smashed" at a party: noise, not an attack.
  'constant|loud|the|of|heavy thumping|banging|stamping',
  'bottle|bottles|glass|glasses be|being|get|getting|been smashed|broken',
  'glorify|glorifies|glorifying|praise|praises|praising * bomber|bombers|terrorist|terrorists|attack|attacks|shooter|shooters',
  'call|calls|calling for attack|attacks|violence',
  'group|movement|organisation|ideology * want|wants to kill|attack|fight',
  'weapon|weapons for a race|holy war',
  'fight|fighting * the government|system|state',
  // "sounded like gunshots last night but it was just fireworks".
  'gunshot|gunshots|gunfire|shot|shots * but * firework|fireworks|exhaust|backfire',
  // "the kids broke into the empty pub": nobody there to be in danger.
  'break|broke|breaking|broken into * empty|derelict|abandoned|disused|boarded',
  // "the officer who came out about my shed break-in": a break-in named by where, with nobody there.
  'shed|sheds|garage|garages|allotment|allotments|car|cars|van|vans|lock_up|outbuilding|office|warehouse break|breaks in',
  // Drug litter: "a burnt spoon in the play area".
  'burnt|burned spoon|spoons|foil',
  'attack|attacked|attacking the|our|my bin|bins|rubbish|bag|bags',
  // "somebody has attacked the hanging baskets": things, not people.
  'attack|attacked|attacking the|our|my * basket|baskets|flowers|plants|planters|trees|hedge|hedges|fence|shed|sign|signs|bench|benches',
  'fire/n exit|alarm|door|escape|brigade|station|service|safety|drill|work|place|wood|engine',
  'smoke/n|burglar|car|house alarm',
  'tyre|tire|exhaust|wheel|cigarette|vape smoke/n',
  // "boy racers doing doughnuts in the car park, smoke everywhere": tyre smoke.
  'doughnut|doughnuts|donut|donuts|wheelspin|wheelspins|burnout|burnouts|drift|drifting * * * smoke/n',
  'street|traffic|security|porch|garden|brake|tail|head|fairy light|lights|lamp',
  'barbecue|bbq|chimney|burner|stove|incense smoke/n',
  // "a car burnt out in the lay-by for two weeks", "a burnt out van": what is left after a fire.
  'burn|burnt|burned out * @vehicle|shell|wreck',
  '@vehicle|bike|shell * burnt|burned out',
  'smash|smashed|break|broke|crack|cracked * windscreen|windscreens with a|the',
  'fight/n|fighting/n game',
  'panic|anxiety attack/n',
  'bottle bank|top',
  'glass/n bottle|recycling|bin',
  'bar/n staff|man|maid|area|tender',
  'wine|beer glass/n',
  'smoke weed|cannabis|cigarette|drug|crack|spliff|joint|vape',
  'weed|cannabis|skunk|drug|drugs|cigarette|fag|vape|crack smoke/n',
  // "all four tyres slashed overnight": damage to a car, not an attack on someone.
  'tyre|tyres|tire|tires * be|been|were|was|get|got slashed|slash',
  'tyre|tyres|tire|tires slashed',
  // "my son's bike has been vandalised again, the seat's been slashed", "our rainbow doormat has been slashed".
  'seat|seats|saddle|tent|sofa|mattress|cover|covers|hood|roof|bag|doormat|mat|flag|banner|poster|trampoline|cushion|cushions|awning|gazebo|paddling_pool * slashed',
  'slash|slashed|slashing * tyre|tyres|tire|tires',
  'bike|scooter chain',
  'trap phone|phones',
  'shed|garage|allotment|lockup|outbuilding * be|been|get|got broken into',
  'broke|broken into * shed|garage|allotment|lockup|outbuilding',
  'shed|garage|allotment|lockup|outbuilding * door|doors|gate|lock * be|been|get|got|was kicked|smashed|forced in|open|down',
  // "someone has kicked in the door of the communal bin store": the door of a store nobody lives in (forty-eighth session;
  // was the 999 answer).
  'kick|kicked|kicking|smash|smashed|smashing|force|forced|forcing in * door|doors|gate * bin_store|bin_room|bin_shed|bike_store|bike_shed|storeroom',
  // "his car was broken into", "I had my car broken into": a theft from a car told of (not "someone's breaking into my
  // car", a crime happening now).
  '@vehicle * be|been|get|got broken into',
  'have|had|has|get|got my|our|his|her|their @vehicle broken into',
  // "the clothes bank has been broken into", "the donation box at the mosque was broken into": things, not a home.
  'bin|bins|box|boxes|bank|banks|machine|machines|meter|meters|locker|lockers * be|been|get|got broken into',
  // "people keep breaking into the allotment sheds and taking tools": a store, not a home, as a habit (not "they are trying
  // to break into my shed right now").
  'keep|keeps|kept breaking into * * shed|sheds|garage|garages|allotment|allotments|lock_up|lock_ups|storage|container|containers',
  // "a dashcam sticker saying 'you've been warned'".
  'sticker|stickers|sign|signs * say|saying|says * you have|you_have been warned',
  'bass|music|beat|speaker thump|thumping|bang|banging|pound|pounding',
  'get|got * evicted|sacked|fired|arrested|fined|banned|reported',
  'full|covered|littered|strewn of|in|with * broken bottle/n|glass/n',
  'kill time',
  // "a gun licence", "a shotgun licence", "my grandad's sword collection".
  '@weapon cabinet|safe|licence|license|dog|collection|collections|collector|club|range',
  'knife|knives packaging|sharpening|sharpener|set',
  // "the man next door is a butcher and carries his knives to work in a bag": the tools of a trade.
  'butcher|butchers|chef|chefs|cook|cooks|fishmonger * carry|carries|carried|carrying|take|takes|took * knife|knives',
  // "an old gun cabinet and a load of shotgun cartridge boxes, all empty" (not "shotgun cartridges left on my doorstep").
  '@weapon cartridge|cartridges box|boxes',
  // "people dressed as zombies covered in fake blood" (a zombie knife is a weapon).
  'dress|dressed|dressing * as * zombie|zombies',
  // "…a neighbour called the police thinking she was hurt": what was feared, and was not so.
  'police|999|ambulance * thinking|believing she|he|they|someone|somebody be|was|were hurt|injured|attacked|dead',
  // "pretending to fight for a TikTok video, there was fake blood everywhere": blood for show.
  'fake|pretend|stage|prop|halloween|theatrical blood',
  // "people smoke spice in the park and they're like zombies".
  'like * zombie|zombies',
  // "out of prison for armed robbery", "convicted of armed robbery" (not "there's an armed robbery at the bank").
  'for|of armed robbery|robberies',
  // "she's scared of being burgled now she can't get up fast": a fear, not a break-in.
  'scared|afraid|frightened|worried|nervous|terrified of|about being|getting burgled|robbed|broken_into',
  'knife|knives shop|store|seller|sale|licence|license|crime|amnesty|arch|wand|detector',
  // "a shop that is selling knives to kids": a sale to report, not a weapon out.
  'shop|shops|store|stores|website * sell|sells|selling|sold knife|knives',
  'knife|knives on display|sale',
  'missing school|lesson|lessons|class|classes|work|bus|train|parcel|letter|post|money|item',
  // "my car got stuck in the mud": a vehicle, not someone trapped.
  '@vehicle * get|got|be|been|is|was stuck|stranded',
  // "the gate to the play park is broken and toddlers can get out onto the road": what could happen, not what has.
  'toddler|toddlers|baby|babies|kid|kids|child|children can|could|might|would get|run|wander|crawl out|off',
  // "my elderly neighbour is very hard of hearing and doesn't answer the door": why, not a worry.
  'hard of hearing * * not|never answer|answers|answering|hear|hears * door|doorbell|phone',
  // "the playground slide has a sharp edge, a kid will cut themselves": a hazard, not someone hurt.
  'a|some kid|child|toddler|person|someone|somebody|anyone will|could|might|is_going_to cut|hurt|injure themselves|himself|herself',
  // "the teenagers play knock down ginger": a doorbell prank.
  'knock|knocking down|out ginger',
  // "my flatmate cut her finger chopping onions", "the landlord's knives are blunt": the kitchen.
  'cut|cuts|cutting * finger|thumb|hand * chopping|cooking|peeling|slicing|preparing',
  'knife|knives be|is|are blunt|dull|sharp|rubbish',
  // "my father in law was a firearms officer": a job (forty-seventh session).
  'firearm|firearms officer|officers|instructor|instructors',
  // "my daughter's hamster died and she wants to bury it in the park": a pet (forty-seventh session).
  'bury|burying it in the|a|our|my|her|his garden|park|woods|field|back_garden',
  // "my daughter cut herself shaving her legs" (forty-seventh session).
  'cut|cuts|cutting myself|herself|himself|themselves shaving',
  // "my neighbour's kid said he'd shoot me with his water pistol".
  'shoot|shooting|soak|soaking|spray|spraying * with * water_pistol|water_gun|nerf|nerf_gun|super_soaker|toy_gun',
  // "there's been a big fight on the estate facebook group about dogs off leads": words online.
  'fight|fights|row|rows|argument|arguments on|in * facebook|group|chat|whatsapp|twitter|comments|thread|online',
  // "people break in to the field": no home, nobody inside.
  'break|breaking|broke|broken in|into * field|fields|park|site|grounds|garages|compound|yard|allotments|depot|warehouse',
  'fire cracker|crackers',
  'firecracker|firecrackers',
  // "kids jumping over fences" (not "going to jump over the side of the bridge").
  'jump|jumping|jumped between|across|over * fence|fences|wall|walls|gate|gates|garden|gardens|roof|roofs|car|cars|bin|bins|barrier|barriers|puddle|puddles|turnstile|turnstiles',
  'play|playing fight|fighting|wrestling',
  'messing about|around',
  // "fighting back", "fight for justice" (not "fighting for his life").
  'fight|fighting back',
  'fight|fighting for justice|rights|change|freedom|cause|equality',
  'fight|fighting for * group|groups|cause|isis|jihad|army',
  'abroad|overseas to fight',
  'fight|fought|fighting abroad|overseas|government|system|state|war|cause|enemy',
  'fire extinguisher|extinguishers|alarm|alarms|door|doors|exit|escape|station|drill|hydrant|service|brigade|safety',
  // "the old pub got burnt out years ago", "a burnt out mattress by the bins", "can the council take away the burnt out
  // scooter from our stairwell" (forty-ninth session): what a thing is, not a fire.
  'got|was|were|been burnt|burned out',
  'burnt|burned out pub|building|shell|house|flat|shop|garage|garages|shed|sheds|barn|warehouse|factory|@vehicle|cars|bike|bikes|scooter|scooters|ebike|sofa|mattress|furniture|fridge|bin|bins|barbecue|bbq|campfire',
  // "an abandoned car on its roof in the woods", "a stolen car was dumped on its side": a vehicle left, nobody in it.
  'abandoned|dumped|wrecked|scrapped|written_off @vehicle|vehicles|cars',
  '@vehicle * be|was|were|been|got abandoned|dumped',
  // "really down since his dad died": a bereavement.
  'since * dad|mum|father|mother|wife|husband|partner|son|daughter|brother|sister|nan|grandad|grandma|friend die|died|pass|passed',
  // "people need to fight back" (not "we need help, a fight").
  'need|needs to fight',
  'be fought',
  // "kicked out of the pub", "kicked me out" (not "kicked the hell out of him").
  'kick|kicked|kicking out of',
  'kick|kicked|kicking|kicks me|him|her|them|us out',
  'kick|kicked|kicking * out of the|a|his|her|their|my|our pub|club|house|home|flat|school|shop|bar|party|job|group|team|college|class|room|car',
  'kick|kicked|kicking|kicks her|his|their bin|bins|ball|car|cars|fence|gate|wall|tyres',
  // "sleeping rough since she got kicked out", "he's been thrown out by his parents": made to leave a home.
  'get|been|was|were kick|chuck|throw out',
  // "he'll report me to the committee and I'll be kicked off", "got kicked off the course" (not "got kicked off his bike").
  'will|gonna|could|might be kicked|chucked|thrown off|out',
  'be|been|get|got|getting kicked|chucked|thrown off the|a|my|our|his|her|their course|allotment|allotments|plot|site|team|committee|list|register|scheme|group|chat|bus|train|tram|flight|premises',
  'rape joke|jokes',
  // "cars regularly mount the pavement to drop children off": parked on it, not driven at someone.
  'mount|mounts|mounting|mounted the|a pavement|kerb|curb * * to|and park|drop|pick|let|get_past|pass|squeeze|avoid',
  // "…but now cars are mounting the pavement there at pick up time": cars in general, a way of driving at busy times
  // (not "a car mounted the pavement and hit a kid").
  'cars|vans|lorries|drivers|parents be mounting|mount the|a pavement|kerb|curb * * at|during|every|most|all pick_up|drop_off|school_run|home_time|rush_hour|morning|mornings|afternoon|afternoons|day|time|times',
  // A drawing of a weapon is not one ("drew a knife and a skull in chalk on the pavement", "a tattoo of a gun"; not "he
  // drew a knife on me", nor "drawn a picture of a gun on my door with my name under it", a threat).
  '@weapon * in chalk|crayon|paint|marker|felt_tip|spray_paint',
  'sticker|stickers|emoji|emojis|tattoo|tattoos|cartoon|cartoons|doodle|doodles|graffiti|mural|murals of * @weapon',
  // "showing off pictures of himself with a rifle", "a group chat where they share pictures of weapons".
  'show|showing|shows|showed off * picture|pictures|photo|photos|pic|pics of * @weapon',
  'share|sharing|shared|shares * picture|pictures|photo|photos|pic|pics|video|videos of * @weapon',
  // A razor blade is not (with blood beside it, it is a sign of self-harm).
  'wiper|grass|fan|windscreen blade/n',
  'scared|afraid|worried * will|might|could|going',
  // "worries about burglars": a worry about crime in general (not "scared of the burglar in the garden").
  'worry|worries|worried|worrying|scared|afraid|frightened|nervous|concerned about|of * burglars|burglaries|break_ins|intruders|muggers|muggings',
  // "a lockdown drill at school": a practice.
  'lockdown|fire|evacuation|bomb drill|drills|practice|test|tests',
  // "my dog was attacked by another dog": an animal hurt by an animal (not "my son was attacked by a dog").
  'dog|dogs|cat|cats|pet|pets|puppy|horse|horses * be|was|were|got attacked|bitten|mauled|savaged by * dog|dogs|fox|foxes|cat|cats',
  // "a smell of burning rubber comes from the car breakers yard", "burning smell from the chip shop extractor fan": a
  // smell of a trade or a bonfire, not of a fire in a home (not "a smell of burning plastic from the flat next door").
  'smell|smells|smelt|smelling|stink|stench of burning|burnt rubber|tyres|tyre|toast|leaves',
  'smell|smells|smelt|smelling|stink|stench of burning|burnt * from the|a * @trade',
  'burning smell from * @trade',
  // "my neighbour's son is in prison for stabbing someone": what he did, and where he is (not "has been in prison for
  // attacking someone, he's out now").
  'is|are in prison|jail|custody for * stab|stabbing|attack|attacking|assault|assaulting|murder|murdering|killing|shooting|robbery|gbh|abh',
  // "kids climbing on the scaffolding at night, someone's going to fall and kill themselves".
  'someone|somebody|kid|child be going|gonna * fall|slip|trip and kill|hurt|injure themselves|himself|herself',
  'run|running|ran riot',
  // "the way he drives, it will kill someone": a worry, not a threat (not "he will kill someone", which stays one).
  'it|which will|could|would|might * kill|hurt someone|somebody',
  'it|which|that|pothole|potholes|junction|crossing|road|bend|corner be going to * kill|hurt someone|somebody',
  // "he drives like a maniac, one day he'll kill someone".
  'one day * kill|hurt someone|somebody',
  'kill|hurt someone|somebody one day',
  // "…jumping in, someone will drown one day", "the lifeguard is never watching, someone is going to drown one day".
  'someone|somebody|one|kid|child|he|she|they * will|gonna|going_to * drown|die|drowned|killed * one day',
  // "boys doing backflips off the bus stop roof, someone is going to break their neck" (not "…break my neck"), "the path
  // is collapsing into the stream, someone is going to break their ankle"; a worry.
  'someone|somebody * will|gonna|go * break|snap their neck|necks|@bone|legs|arms|ankles|wrists|back|backs',
  // "kids keep climbing on the bus shelter roof and jumping off, one of them will break a leg".
  'one of them|the_kids|the_boys|the_lads|those_kids will|gonna|go * break|snap a|their|his|her neck|necks|@bone|legs|arms|ankles|wrists|back|backs',
  // "kids climbing onto the roof every evening, one of them is going to fall and break their neck".
  'one of them|the_kids|the_boys|the_lads|those_kids be going|gonna * break|snap a|their|his|her neck|necks|@bone|legs|arms|ankles|wrists|back|backs',
  // "he has put up a sign saying 'trespassers will be shot' facing my house": a sign's old joke, not a threat.
  'trespassers will be shot|killed|prosecuted',
  // "a sign up saying they have a gun licence and will shoot trespassers".
  'will|would shoot trespassers|intruders|burglars',
  // "lads doing parkour off the garages, they'll break their necks one day".
  'they|he|she will|gonna|going_to break|snap their|his|her neck|necks * one day',
  // "my elderly dad keeps leaving the gas hob on, I'm scared he'll burn the house down one day": an accident feared.
  'burn * house|flat|place|building down one day',
  // "quad bikes on the marshes, it's only a matter of time before someone gets hurt" (not "…before he kills her").
  'matter of time before|until|till someone|somebody|a|kids|children|people|one|anyone * hurt|kill|injure|die|dead|drown|hit|run_over',
  // "someone has been cutting through the fence to get on the railway line, there's a big hole now": a way in, told of
  // (forty-fourth session; not "…and is sitting on the tracks").
  'cut|cutting|cuts * fence|fences * to get on|onto the railway|railway_line|track|tracks|line',
  // "kids are getting onto the railway embankment, someone needs to fix it before someone gets hurt": a worry.
  'before someone|somebody|anyone|anybody get|be hurt|injured|killed',
  // "fly tippers have dumped about 30 tyres in the field, can someone get them moved before someone sets fire to them".
  'before someone|somebody|anyone|anybody|kids|they set|sets fire|light|lights|torch|torches to|them|it',
  // "a hole in the pavement… can someone fix it before someone breaks their leg".
  'before someone|somebody|anyone|anybody|a_child|a_kid break|breaks|snap|snaps their|a neck|@bone|legs|arms|ankles|wrists|back',
  // "boy racers every night, one day someone's going to end up dead".
  'someone|somebody * will|gonna|go * end up dead|hurt|in_hospital|in_a_body_bag',
  // "there's been fights outside before and I'm worried it will end in someone getting stabbed": what it may come to.
  'will|gonna|could|might * end up|in|with * someone|somebody|a_kid|a_child|one_of_them get|getting|be|being hurt|killed|injured|stabbed|shot|run_over|knocked_over|knocked_down',
  // "our garden wall was knocked down by a car overnight": a thing hit, not a person.
  'wall|fence|gate|bollard|lamppost|post|sign|bin|bins|hedge|barrier|railing|railings|pillar|shelter|porch * knock|knocked|hit * by a|the @vehicle',
  // "what should I do if I find someone unconscious in the street, I'm doing a first aid course": what to do if.
  'if i|you|we find|see|come_across * unconscious|collapsed|not_breathing|fitting|choking|bleeding|overdosed',
  // "he's strict but I've never seen him hit them", "my ex won't let it go": a blow denied, a grudge.
  'never|not see|know * him|her|them|@person hit|hurt|punch|kick|slap|push|touch|harm',
  'will|would|can not let it go|drop|rest',
  // "I've been hit with a £70 parking fine": a bill, not a blow.
  'hit|slapped|whacked with a|an * fine|bill|charge|penalty|ticket|fee|increase|rise',
  // "the cash machine at the co-op has been attacked again, glue in the card slot": a machine attacked, not someone.
  'cash_machine|cashpoint|atm|ticket_machine|parking_meter|vending_machine|postbox|post_box|phone_box|kiosk|defibrillator * * be attacked',
  // "the owner won't answer the door": someone who won't come out, not someone who may be ill inside.
  'owner|owners|driver|drivers|landlord|landlords|tenant|tenants|builder|builders will|would|do|does|did not * answer * door',
  // "I found a bag with a knife in it in the woods": a thing found outdoors (not "a knife in my son's bag").
  'find|found|finding * knife|knives|machete|machetes|weapon|weapons|gun|guns|blade|blades * in|under|behind|near|by|at * wood|woods|bush|bushes|hedge|hedges|park|field|grass|verge|alley|stream|river|skip|undergrowth',
  'find|found|finding * bag|bags|box|holdall|rucksack with|of|full_of * knife|knives|machete|machetes|weapon|weapons|gun|guns|blade|blades * in|under|behind|near|by|at * wood|woods|bush|bushes|hedge|hedges|park|field|grass|verge|alley|stream|river|skip|undergrowth',
  // "I'm chasing the outcome", "we've been chasing the council": the resident chasing a reply, not a chase.
  'i|we be|am|are|was|were chasing',
  'i|we have|has been chasing',
  // "they told us to stop 'flaunting it' when we held hands at the bar": holding hands, not holding a bar.
  'hold|holding|held|holds hands|hand',
  // "a man at work keeps asking me if I've got a bomb in my bag": a taunt, not a bomb.
  'ask|asks|asking|asked me|him|her|us|them * if|whether * got|have|has|carry|carrying * bomb|bombs|gun|knife',
  // "I found an old air rifle in my late dad's loft when clearing the house": left by someone who has died.
  'find * @weapon * in * late|deceased * dad|mum|father|mother|grandad|grandpa|nan|gran|uncle|aunt|husband|wife|brother',
  // "hunting knives in the loft".
  'knife|knives|blade|blades|gun|guns|sword|swords * in the loft|attic|cupboard|drawer',
  // "followed us for a bit calling us names": a while, not a bite.
  'a|little bit',
  // "the curtains haven't moved for days", "the curtains at number 9 never move": things, not someone who won't move.
  'curtain|curtains|blind|blinds|car|cars|van|vans|bin|bins|post|letters|traffic|queue * not|never move|moved|moving',
  // "a car… with a flat tyre and a smashed window that hasn't moved in a month": not moved for weeks or more, a thing
  // (forty-third session; not "she hasn't moved for two days").
  'not|never move|moved|moving in|for * week|weeks|month|months|year|years',
  // "he say he will kill my family if we not move car", "…if we don't move the car": a car, moved or not.
  'not move|moved|moving car|cars|van|vans|bin|bins',
  'if * not move the|my|our|his|her|their|your car|cars|van|vans|bin|bins',
  // "our hallway stinks of smoke from the flat downstairs, they smoke indoors", "cigarette smoke comes through the vents":
  // tobacco or cannabis smoke, not a fire.
  'smell|smells|stink|stinks|reek|reeks of * smoke/n * * * smoke|smokes|smoking|cigarettes|cigarette|fags|weed|cannabis',
  'cigarette|cigarettes|fag|fags|tobacco|weed|cannabis|skunk|vape|vaping smoke/n',
  // "the neighbours smoke on their balcony under our window, the smoke comes into the nursery": smokers' smoke drifting in.
  'smoke on|in|at|out * balcony|garden|window|doorway|stairs|landing|bathroom|porch * * smoke/n come|go|drift|blow into|through|in',
  // "my son got shot at with a nerf gun by the kids next door" (not "shot at with an airgun").
  '@someone * get|got|be|been|was shot * with a|an|their|his|her|the water|nerf|toy|foam|plastic',
  // "people are fighting over spaces every night": over parking, not a fight.
  'fight|fighting|fights|fought over parking|spaces|space|bins|bays',
  // "my neighbour's cat keeps attacking my cat", "wasps attacking kids", "seagulls attacking people's food": animals
  // and insects at pets, food or bins (not "a dog attacked my toddler").
  'cat|cats|fox|foxes|squirrel|squirrels|rat|rats * attack|attacks|attacking|attacked * cat|cats|bin|bins|bag|bags|chickens|birds|rabbit|rabbits|fish|pond|plants',
  'wasp|wasps|bee|bees|hornet|hornets|seagull|seagulls|gull|gulls|pigeon|pigeons|magpie|magpies|crow|crows|mosquito|mosquitoes|midges * * attack|attacks|attacking|attacked',
  // "a bloke selling knives off a stall at the car boot sale".
  // (not "some lads on the estate are selling knives out of a car boot by the garages": forty-fifth session.)
  'sell|sells|selling|sold * knife|knives|sword|swords|machete|machetes * * stall|stalls|car_boot_sale|boot_sale|market',
  // "the queue at the tip isn't moving", "the traffic on the A2 hasn't moved for an hour".
  'traffic|queue|queues|lift|lifts * * not|never move|moved|moving',
  // "my teenage son won't wake up for school": late, not someone who cannot be woken (not "my son won't wake up").
  'not wake|waking|woke up for|in_time_for school|work|college|breakfast',
  // "the camper van has been parked on the road for 6 months and never moves": what something always does (not "he's
  // not moving").
  'never moves',
  // "scam calls saying my broadband will be cut off": a supply cut off, not a threat to cut someone.
  'broadband|internet|wifi|electric|electricity|gas|water|power|phone|benefit|benefits|supply|money * be|get cut off',
  // "shut in his room playing games, won't come down for dinner" (not "won't come down" from a roof).
  'not come down for|to dinner|tea|breakfast|lunch|food|meal|meals|school',
  // "someone's kicked in the fence panels": things kicked in (a door kicked in is a break-in, and stays one).
  'kick|kicked|kicking in|down the|a|our|my|their|his|her|some * fence|fences|panel|panels|gate|gates|shed|bin|bins|wall|walls|sign|signs|mirror|mirrors|shelter',
  'kick|kicked|kicking the|a|our|my|their|his|her|some * fence|fences|panel|panels|gate|gates|shed|bin|bins|wall|walls|sign|signs|mirror|mirrors|shelter in|down',
  // "someone drew on my garage door and it won't come off": paint, not someone on a ledge.
  'it|paint|graffiti|stain|mark|marks|ink|sticker|stickers will|do|does not come off|out',
  // "our wheelie bins get set on fire every bonfire night": things burnt as a habit (damage).
  'bin|bins|wheelie_bin|wheelie_bins * get|gets set on fire|alight',
  // "my garden fence has been pushed over again by kids": a thing pushed or knocked over, not someone.
  'fence|fences|panel|panels|gate|gates|shed|bin|bins|wall|walls|sign|signs|shelter|bike|bikes|scooter|scooters * pushed|kicked|knocked * over|down',
  // "scrapping with each other for fun", "play fighting": horseplay.
  ...HORSEPLAY,
  'ice rink|rinks',
  'strapped for|with',
  'water|stink|bath bomb|bombs',
  // "kids playing knock and run at 10pm": a prank.
  'knock|knocking|knocks and|n|door run|running|runs',
  'knock down ginger',
  // "cut the brake cables on my son's bike": the data reads a bike's brakes as damage, not danger.
  'brakes|brake_cable|brake_cables|brake_pipe|brake_pipes|brake_line|brake_lines * * bike|bikes|bicycle|bmx',
  // "talking about ending it all with her boyfriend": ending a relationship.
  'end|ending|ended|ends it|things * with her|his|my|their|our boyfriend|girlfriend|partner|husband|wife|fiance|fiancee',
  // "grabbed my daughter's arm to stop her running into the road": someone kept from harm.
  'grab|grabbed|grabbing|pull|pulled|pulling|yank|yanked * arm|hand|hood|coat|collar * to stop * * run|running|walk|walking|step|stepping|fall|falling into|onto|in_front_of|off',
  // "kids ringing doorbells and running away": the same prank.
  'ring|ringing|rings|rang|press|pressing|knock|knocking doorbell|doorbells|bell|bells|door|doors and run|running|runs|ran away|off',
  // "my son was bitten by another child at nursery".
  'bitten|bit by another|a|the child|kid|toddler|baby|boy|girl',
  // "someone took my son's hearing aids out of his ears": the son's things, not the son (a grab stays an attack).
  'took|take|taken|stole|nicked my|our|her|his|their @child @whose',
  // "the neighbours have kicked it and told us to move" (a wheelchair ramp): a thing kicked (not "kicked it and then
  // kicked me").
  'kick|kicked|kicking|kicks it|them and|then told|said|shouted|swore|laughed',
  // "my cat was found dead in the road, I think it was hit by a car": the cat, not someone.
  'it be|get|got hit|struck|run_over|knocked_down|knocked_over by',
  'it might|may|must|could have been|got hit|struck|run_over|knocked_down|knocked_over by',
  // "a dead deer has been hit by a car": an animal, not someone.
  'deer|fox|foxes|cat|cats|badger|badgers|pigeon|pigeons|bird|birds|animal|animals|hedgehog|hedgehogs|rabbit|swan|swans * hit|knocked',
  'deer|fox|foxes|cat|cats|badger|badgers|pigeon|pigeons|bird|birds|animal|animals|hedgehog|hedgehogs|rabbit|swan|swans * run over',
  // "my husband was hit by a cyclist on the pavement and the cyclist rode off": an accident, not an attack.
  'be|get hit|struck by a|an cyclist|bike|bicycle|scooter',
  // "lads doing fight club stuff in the woods", "fight night at the pub".
  'fight club|clubs|night|nights',
  // "I have to push my son's wheelchair into the road": the resident pushing, not someone pushed.
  'have|has|had to push|pushing * wheelchair|pram|buggy|pushchair|trolley',
  // "she's taken her kids to her mum's for the weekend": an outing, not a child taken.
  'take|taken|took * to|for * school|nursery|football|swimming|training|practice|doctor|doctors|dentist|shop|shops|park|nan|mum|dad|grandma|holiday|walk|weekend|appointment|party|club',
  // "glass everywhere for kids to cut themselves on": a hazard, not self-harm.
  'for kids|children|people|someone|anyone|dogs to cut|hurt themselves|itself on',
  // "shouting that he'd kill the referee" at a match.
  'kill|murder|strangle|batter the|that ref|referee|umpire|linesman',
  // "a mattress covered in blood stains": old stains, not someone bleeding.
  'cover|covered in blood stain|stains',
  // "the swings are broken and a child could get hurt", "the river path floods and someone could drown": a hazard, not
  // someone hurt.
  'child|children|kid|kids|someone|somebody|people|person|one could|might * get|be hurt|injured|killed',
  'child|children|kid|kids|someone|somebody|people|person|one could|might drown|die',
  // "a huge branch is hanging off over the footpath, it could fall on someone": a hazard, not someone under it.
  'could|might fall on|onto someone|somebody|anyone|anybody|people|a_child|kids|children|a_car|cars',
  // "a photo shoot on our road every weekend".
  'photo|film|fashion|video|music_video|wedding shoot|shoots',
  // "a shooting range", "clay pigeon shooting": a sport.
  'shooting range|ranges|club|clubs|ground|grounds|lodge|gallery|season|party|syndicate',
  'clay|clays|pigeon|game|target|rough shooting',
  // "someone stuck a knife through my tyre": damage to a thing.
  'knife|knives|blade|screwdriver * tyre|tyres|tire|tires',
  // "he's always sharpening his knives on a stone in the garden": a tool kept sharp.
  'sharpen his|her|their|the|my knife|blade|axe on a|the stone|steel|whetstone|wheel',
  // "youths jumping off the bridge into the river all day in the heat": young people jumping in for fun, told as it goes
  // on (not "a man has jumped off the bridge into the river": one person; nor "lads jumped off the bridge… and one hasn't
  // come up").
  'kids|youths|teenagers|lads|boys|girls|groups|children|people * jumping off|from * bridge|pier|harbour_wall|wall|rocks|jetty into the|a * river|sea|water|lake|canal|quarry',
  // "my neighbour poured weedkiller over the border and killed all my plants", "it'll kill my garden".
  'kill|killed|killing|kills * plant|plants|flower|flowers|grass|lawn|hedge|hedges|tree|trees|garden|veg|vegetables|roses|shrubs',
  // "further to my earlier report about the fight, I've remembered the car was a blue audi": a report made before.
  'my|our earlier|previous|last|first|original report|reports about|of|on the|a|that fight|fights|attack|assault|stabbing|incident|threat|threats',
  // "he keeps shouting 'you're dead to me' at my husband": disowned.
  'dead to me|us|him|her|them|you',
  // "a man who sharpens knives at the market every saturday": a trade.
  'sharpen|sharpens|sharpening knife|knives|blade|blades|scissors at|on|for * market|stall|shop|van|people|customers|living',
  // "a bit of a scuffle in the queue at the chippy, pushing and shoving", "just pushing and shoving, both lads are fine": a
  // scuffle (not "he's pushing and shoving my mum").
  'scuffle|scrap|row|argument|handbags * * pushing and shoving',
  'bit_of|just|some|little pushing and shoving',
  // "he has a lot of knives and swords on display in his front window": a collection shown.
  'knife|knives|sword|swords|blade|blades|gun|guns|axe|axes|machete|machetes * * on display|show',
  // "he shouted 'I'll kill that bloody dog' when my dog barked at him": a threat to an animal (not "I'll kill you and your
  // dog").
  'kill|shoot|poison|drown that|the|this|your|his|her|their * @pet|dogs|cats',
  // "our neighbour's cat keeps getting trapped in our shed", "a fox is stuck in the fence": an animal, not someone.
  '@pet|bird|fox|hedgehog|squirrel|pigeon|deer|swan * * get|be trapped|stuck',
  // "a fox keeps getting into my garden and has killed my chickens": an animal killed by an animal.
  'kill|killed|killing|kills my|our|the|her|his|their * chicken|chickens|hen|hens|duck|ducks|guinea_pig|guinea_pigs|fish',
  // "he shoots pigeons in his garden with an air rifle": pests shot at, not people.
  'shoot pigeon|rabbit|rat|crow|squirrel|bird|fox|vermin * * with|using an|a|his|her air_rifle|airgun|air_gun|pellet_gun|rifle|shotgun',
  // "she's 88 and can't get up if she falls": what would happen.
  'can not|never get|stand up if|when he|she|they|i * fall',
  // "parents mount the pavement and nearly hit kids every morning": a near miss.
  'mount the|a pavement|kerb and nearly|almost hit|run_over|knock',
  // "the canal is choked with shopping trolleys": clogged.
  'choked|clogged with rubbish|weeds|trolleys|shopping_trolleys|litter|leaves|traffic|cars|reeds|algae|plastic|bottles|cans',
  // "my son got hit in the face with a cricket ball at practice": a ball in a game.
  'hit|struck|smacked * * with|by a|the ball|cricket_ball|golf_ball|football|tennis_ball|hockey_ball|puck|rugby_ball',
  // "my brother is a recovering addict": who he is, not someone recovering after harm (AFTERWARDS).
  'recover addict|alcoholic|drug_addict|heroin_addict',
  // "someone dumped old kitchen knives and cutlery by the recycling bins": things of a kitchen.
  'knife and|or cutlery|fork|spoon|utensil|pan|plate',
  // "kids keep poking the wasps nest with sticks": a thing poked.
  'poke|prod * it|nest|hive|fire|bonfire with * stick',
  // "the lollipop lady nearly got hit": a near miss.
  'nearly|almost * get|got|be|been hit|run_over|knocked_down|knocked_over',
  // "a boy at school has a knife emoji as his profile picture".
  '@weapon emoji|emojis as|on|for * profile|picture|pic|bio|avatar|name|username',
  // "evacuated because of a bomb threat, it turned out to be a hoax".
  'bomb threat|scare|alert * * hoax|false_alarm',
  // "we had a bomb scare at work today, turned out someone left a bag behind, all fine".
  'bomb threat|scare|alert * * turned_out|all_clear|all_fine',
  // "I feel a bit trapped because he knows I'm home": a feeling, not someone shut in (not "I feel sick, I'm trapped in
  // the lift").
  'feel|feels|feeling|felt trapped|stuck',
  'feel|feels|feeling|felt a_bit|so|really|quite|very|totally|completely trapped|stuck',
  // "blasting drill music about stabbing people": what a song is about.
  'song|songs|lyrics|music|track|tracks|rap|raps|drill about * stab|stabbing|stabbed|killing|shooting|murder|guns|knives|violence',
  // "drill music till 2am and it's all about stabbing people": what it is about.
  'it|they be all about stab|stabbing|stabbed|killing|shooting|murder|guns|knives|violence',
  // "she's gone missing from the Facebook group": online, not in person.
  'gone|go|went|be missing from|off * group_chat|chat|page|facebook|whatsapp|instagram|snapchat',
  // "a horror film so loud I can hear people screaming for help through the wall" (not "the telly was on and I could hear
  // her screaming for help").
  'horror|scary|action|war film|films|movie|movies * * hear * scream|screaming|screams|shouting * for help',
  // "the dust from the site is so bad I can't breathe", "I can't breathe when I open the windows" (not a smell or fumes:
  // gas, a fire).
  'dust|pollution|damp|mould * * so|too bad|thick|awful * can not breathe',
  'can not breathe * when|because|for|with * window|windows|dust|pollution|damp|mould',
  // "a bird trapped in the chimney": an animal stuck.
  'bird|birds|pigeon|pigeons|cat|cats|fox|foxes|squirrel|squirrels|hedgehog|bat|bats|animal|animals trapped|stuck in|inside|under|behind|up',
  // "a self harm awareness week at school", "someone left a suicide prevention leaflet in our door".
  'self harm|harming awareness|prevention|training|course|week|day|month|charity|talk|lesson|lessons|workshop',
  'suicide awareness|prevention|training|course|week|day|month|charity|talk|lesson|lessons|workshop|leaflet|leaflets',
  // "took an axe to the tree in the park" (not "chasing people with a machete near the trees").
  'take|took|taking|taken an|a|the axe|chainsaw|saw|machete to * tree|trees|hedge|hedges|bush|bushes|branch|branches|stump|log|logs',
  // "a trapped nerve", "the radiators need bleeding", "burning CDs of their band": everyday words.
  'trapped|trap nerve|nerves|wind',
  'radiator|radiators * * need|needs|needed bleeding|bled',
  'bleed|bleeding the|a|my|our|his|her|their radiator|radiators|brakes',
  'burn|burning|burnt|burned cd|cds|dvd|dvds|disc|discs|calories',
];

/** Someone burning things on purpose (a bonfire, rubbish in a garden): its smoke is a nuisance, not a fire in a home. */
export const BURNING_ON_PURPOSE = [
  // "burning garden waste", "the farmer is burning stubble in the field behind the estate".
  'burn * rubbish|plastic|waste|leaves|wood|tyres|cables|garden|stuff|bags|cuttings|clippings|branches|hedge|stubble|straw|crop',
  'bonfire|incinerator|chiminea|barbecue|barbeque|bbq',
  // "young people lighting small fires on the playing fields" (not "a small fire in the kitchen").
  'light|lit|lighting|start|started|starting small fire|fires',
  'small fire|fires on|in the|a field|fields|park|woods|wood|common|grass|green|rec|beach|playing',
  'light|lighting|lit * fires on|in the field|fields|park|woods|common|beach|riverbank',
  'fire pit',
  // "the travellers on the field next to the school have been lighting fires" (not "lighting fires in the stairwell").
  'field|fields|woods|wood|common|beach|riverbank|green|rec|park * * light|lighting|lit|make|making|start|starting fires',
  // "loud parties and fires at night" in the woods: fires made on purpose, again and again.
  'fires at night|weekends',
  // "smoke from their wood burner all evening", "smoke from next door's chimney".
  'wood|log burner|burners|stove|stoves',
  'woodburner|woodburners|chimney|chimneys',
  // "the fireplace in the flat upstairs fills our hallway with smoke".
  'fireplace|fireplaces|open_fire',
  // "the football club's fans set off flares in the car park, orange smoke everywhere".
  'flare|flares|smoke_bomb|smoke_bombs|smoke_grenade|smoke_grenades|pyro|pyros',
];

/** A fire lit on purpose that has got out of hand: BURNING_ON_PURPOSE does not explain it away. */
export const OUT_OF_HAND = [
  'spread|spreading|spreads to',
  'out of control',
  'go|going|gone|went up in flames',
  'catch|caught|catching fire',
  // "the fire from the field has jumped the road and is burning the hedges behind the houses, people are still inside".
  'jump|jumped|jumping|jumps the|a road|fence|wall|lane|track|gap',
  'head|heading|heads|move|moving|spread|spreading towards|for * house|houses|home|homes|flats|caravan|caravans|garden|gardens',
  'still inside|in_there',
  // "a smell of burning plastic from the flat next door": burning in a home is not a bonfire.
  'from the|a|her|his|their|next_door|our * flat|house|home|kitchen|bedroom|loft|hallway|stairwell',
];

/**
 * Each sign of danger, by kind. A message that shows one is `possible` at least, unless it is clearly over.
 * A phrase marked `!` says by itself that it is happening now (not breathing, on fire, trapped) unless the message
 * puts it in the past or calls it a habit.
 */
/** Brakes cut or tampered with: a sign (an attack) and, however long ago, a danger until mended (STILL_AT_RISK). */
const BRAKES_CUT =
  'cut|cutting|cuts|tamper|tampered|tampering|loosen|loosened * brake|brakes|brake_cable|brake_cables|brake_pipe|brake_pipes|brake_line|brake_lines';

export const SIGNS: Record<DangerSign, readonly string[]> = {
  weapon: [
    '@weapon',
    'armed',
    // The makings of a bomb: "a bag of fertiliser and nails in his room", "bleach and fertiliser stockpiled".
    'fertiliser|fertilizer|bleach|weedkiller and|with * nails|ball_bearings|fertiliser|fertilizer|pipes|wires|detonator|detonators',
    'nails|ball_bearings|pipes and|with * fertiliser|fertilizer',
    // "asked where he could buy fertiliser in bulk": someone else's question, reported (forty-fourth session; not "where
    // can I buy fertiliser for my allotment?").
    'ask|asked|asking|asks * where|how * buy|get|order * fertiliser|fertilizer',
    'detonator|detonators|pipe_bomb|pipe_bombs',
    'tooled up',
    // "there's a gunman on the loose near the school".
    'gunman|gunmen|knifeman|knifemen|sniper',
    'active shooter',
    // Street words: "he's strapped" (carrying a gun; not "strapped for cash").
    'be strapped',
    'baseball bat/n',
    'knuckle duster|dusters',
    '!gunshot|gunfire',
    '!fire|fired * shot/n',
    '!shot/n fire|fired',
    'shoot|shot at|dead * @person',
    'shoot|shot @person',
    // "someones shooting at cars on the A2", "they shot at his house".
    'shoot at * car|@vehicle|house|window|door|flat|bus|shop',
    'with * @weapon',
    'wave|waving|hold|holding|brandish|swing|carry|carrying|point|pointing|threaten|armed * @weapon|@object',
    // A thing that is a weapon when someone has it ("a lad with a bottle is chasing", "4 men ran into the flats with
    // crowbars"; not "the bus shelter with the glass panels", nor "a wall with loose bricks", nor "a barn with bats
    // roosting").
    '@someone|one|lot|gang|group|mob|crowd|yob|thug|fella|geezer|chav|hoodie|intruder|burglar|robber|attacker|mugger|dealer|drunk|nutter|psycho|maniac|lunatic|idiot * * with * @wielded',
    'run|come|turn_up|go|walk|arrive|burst|storm|get_out|jump_out|step_out * * with * @wielded',
    'seen|spotted with * @wielded',
    // "threatening my staff with a hammer", "planning to target the asylum hotel with fireworks", "smashing up the bus
    // shelter right now with a scaffold pole" (not "kids smashed the windows with bricks": damage told of).
    'threaten|target|attack|go_for|fight|brawl|scrap|riot|smashing|hitting|chasing|attacking * * with * @object',
    'acid/n attack|throw|thrown|face',
    // "a man holding a syringe at the shop worker" (not "a needle on the playground").
    'hold|holding|wave|waving|point|pointing|threaten|threatening * syringe|needle',
    // "threw something at a woman's face and her skin is burning".
    'throw|threw|thrown|chuck|chucked * something|liquid|acid|bleach|ammonia * in|at|into * face|eyes',
    '!skin be|is|are burning|melting|peeling_off',
    'glassed',
    'put|stick|hold * @object|@weapon * to|at|against',
    // "he's got a blade to her neck".
    '!@weapon|@object to|against * neck|throat|head|face|chest',
    '!@weapon|@object at * neck|throat',
    // "he's got a broken bottle pressed against my mate's throat" (forty-sixth session).
    '!@weapon|@object pressed|held|pushed|jammed|pressing|holding to|against * neck|throat|head|face|chest',
    'broken bottle/n',
    // "he punched me and he's gone to get his knife", "he's run home to fetch a gun": a weapon on its way (not "he went to
    // get a knife from the drawer to cut the cake": NOT_DANGER's kitchen knives).
    '!be|has|have gone|run|ran|off * to get|fetch * @weapon',
    '!pull|pulled|get|got|take|took|have|has * @weapon out',
    '!pull|pulled|get|got|take|took out * @weapon',
    // "one's pulled a knife", "he is pulling a gun" (not "a man pulled a knife on my son at the bus stop": told of).
    '!is|are|has pulled|pulling * @weapon',
    // "he's back and he's drunk and he's got the hammer", "my dad's got a crowbar".
    'he|she|they|@person be|has|have got * hammer/n|crowbar/n|metal_bar|iron_bar|golf_club|cricket_bat',
    // "he's got a glass and he's waving it at people", "my dad's got a hammer and he's smashing up the kitchen".
    '@weapon|@object and * wave|waving|swing|swinging|point|pointing|brandish|brandishing|jab|jabbing|smash|smashing',
    // "there's been a shooting on the estate", "a shootout on the high street", "shooting broke out outside the club" (not a
    // photo shoot or a shooting range: NOT_DANGER).
    'is|are|been a|an shooting|shootout|gunfight',
    'shootout|shootouts|gunfight|gunfights',
    'shooting|gunfire|shots break|broke|breaking out',
    // "my husband has a knife and is saying he'll kill me": a weapon held while he threatens.
    '!has|have|got * @weapon and * is|are saying|threatening|shouting|screaming|waving|swinging|pointing',
    // "what do I do my husband has a knife and says he's going to kill me".
    '!has|have|got * @weapon and * says|threatens * * kill|stab|hurt|cut|murder|bury',
    // "guys got a gun in the car park waving it about": the weapon being waved as told.
    '!@weapon * * waving|swinging|brandishing|pointing it about|around|at',
  ],
  attack: [
    // "a guy just got knocked off his bike on purpose by a car that's now reversing back towards him".
    'knock|run|drive|ram * off|over|down|into * * on_purpose|deliberately',
    // "a car is doing donuts in the car park and it just clipped a woman with a pram".
    'clip|clipped|clipping|clips a|an|the|my|his|her|our|their @person',
    // "someone smashed all the windows of my car while I was sitting in it", "someone is smashing the glass of the bus
    // shelter with people still sitting in it".
    'smash|smashed|smashing|kick|kicked|kicking|hit|hitting|attack|attacked|attacking * car|van|window|windows|windscreen|glass|shelter * * while|when|with * * in|inside it|the_car|the_van|there',
    // "someone has cut the brake cables on my mum's mobility scooter", "someone keeps letting my car tyres down and last
    // night they cut through the brake pipe": a vehicle made to crash (a bike's brakes are not: NOT_DANGER).
    BRAKES_CUT,
    'cut|cutting|tamper|tampered|tampering|loosen|loosened * wheel_nuts',
    // "my brother is holding my mum against the wall with a knife", "he pinned her to the floor".
    'hold|holding|held|pin|pinning|pinned|press|pressing|pressed|shove|shoving|shoved * @person against|to|up_against * wall|walls|door|floor|ground|car|fence|railings|bed',
    // "I can hear a woman screaming and glass smashing", "lads keep tipping his wheelchair over" (a hijab pulled at the
    // data reads as a hate incident with no danger sign: not "a man pulled at my hijab in the supermarket").
    'scream|screaming|screams * glass|things|plates|furniture * smash|smashing|break|breaking',
    'tip|tips|tipped|tipping * wheelchair|chair|him|her * over|out',
    // "older boys are dangling a kid over the side of the bridge by his legs".
    'dangle|dangles|dangling|dangled|hang|hanging|hold|holding * @person over|off the side|the_edge|a_bridge|the_bridge|a_balcony|the_balcony',
    'dangle|dangles|dangling|dangled * @person over|off',
    // "a man is pulling at a woman's hijab and shouting at her outside the station right now": pulled at as it is told.
    'is|are pulling|ripping|tearing|yanking|grabbing * hijab|headscarf|turban|niqab|burka',
    'is|are pulling|ripping|tearing|yanking|grabbing at|off * hijab|headscarf|turban|niqab|burka',
    // "her husband's smashing the house up and she's hiding in the car": a rage at home, with someone there.
    'smash|smashing|wreck|wrecking|trash|trashing the|our|her|my|his|their house|flat|home|place|kitchen up',
    // "he's smashing everything in the house and the kids are crying" (forty-ninth session; was the model's question).
    'smash|smashing|wreck|wrecking|trash|trashing everything in the|our|her|my|his|their house|flat|home|place|kitchen',
    // "every time he loses at the bookies he takes it out on me": his anger on her, a habit.
    'take|takes|took|taking it out on me|her|him|us|them|my|the_kids|the_children',
    // "I heard a thud and now she's gone quiet".
    'hear|heard * thud|bang|crash|scream|screaming * and|then|now * gone|went quiet|silent',
    // "…screaming at her every night for weeks and tonight I heard a loud bang and then nothing".
    'hear|heard * thud|bang|crash|scream|screaming and|then * nothing|silence',
    // "every night I hear her partner shouting and something hitting the wall, tonight it's gone very quiet".
    'hitting|banging|thudding * wall|walls|floor|door * * tonight|now * gone|gone_very|went quiet|silent',
    'stab|stabbing|stabbed',
    'slash|slashing|slashed at|@person',
    // "he slashed my son, he's outside".
    'slash|slashing|slashed|stab|stabbing|stabbed|knife|knifed|glass|glassed my|his|her|their|our|a|the @person',
    'slash|slashing|slashed * arm|arms|face|leg|legs|neck|throat|hand|hands|wrist|wrists|back|chest',
    // "her ex who put her in hospital last year".
    'put|putting me|her|him|them|@person in hospital|intensive_care|a_e',
    'maul|mauling|mauled|savage|savaging|savaged',
    // A vehicle as a danger to everyone on a main road: "a car is driving the wrong way down the A2" (not "cars drive the
    // wrong way down our one way street").
    '!@vehicle|someone|he|she|they|driver * drive|go|head|come the wrong way * motorway|carriageway|dual_carriageway|a2|a282|m25|m2|m20|a20|a226|bypass|slip_road',
    // "he's going after the lad from the takeaway" (not "the police are going after them": NOT_DANGER has the police).
    'go|gone|went after * @person',
    '!is|are going after * @person',
    'dog * attack|attacking|bite|biting|go_for|going_for * @person',
    // "some drunk with a bottle is going for people outside the chippy", "he came at me".
    'go_for|come_at|lunge_at|set_about @person',
    '!be going_for|coming_at|lunging_at @person',
    // "a man on our estate sets his dog on people he doesn't like".
    'set * dog|dogs on @person',
    // "walking his dog off the lead and it went for my son".
    'it|dog go|went|going for my|his|her|our|their|the|a @person',
    'be|being held|pinned down',
    'attack|assault|mug|rape|batter|strangle|choke|throttle|headbutt * @person',
    // "he's squeezing her neck".
    'squeeze|squeezing|squeezed * neck|throat',
    'attacking|attacked|assaulting|assaulted|mugged|raped|battered|strangled|choked',
    'beat|beating|beaten up',
    'punch|kick|hit|headbutt|slap|thump|push|shove|stamp|whack|hurt|drag|pin|batter|beat|bite|bit|strike|struck * @person',
    // "a man is booting someone in the head" (kicking; not a car's boot).
    'booting|booted * @person|head|face',
    // "threw a mug at my head", "threw hot coffee in my face", "threw a bottle at my head from a car" (things thrown at
    // someone the data reads as harassment: not "lads throw things at me and shout").
    'throw|threw|thrown|throwing|chuck|chucked|lob|lobbed * at|in|into * head|face|eyes',
    // In drink or temper: "he gets drunk and throws things at my sister" (not "kids throw things at my dad's wheelchair",
    // which the data reads as harassment).
    'drunk|drink|drinks|drinking|angry|temper * throw|throws|threw|throwing|chuck|chucks|chucked thing|things|stuff|plate|plates|cup|cups at',
    // …told the other way round: "throws things at her when he's had a drink".
    'throw|throws|threw|throwing|chuck|chucks|chucked thing|things|stuff|plate|plates|cup|cups at @person * * drunk|drink|drinks|drinking|angry|temper',
    // "robbed at knifepoint", "a man got bottled", "my lad got shanked", "leathered him", "set upon my son", "tied up my uncle".
    'knifepoint|gunpoint',
    '@someone * get|got|be|been|being bottled|shanked|leathered|tied_up',
    'bottle|bottled|shank|shanked|leather|leathered @person',
    'set upon|about * @person',
    'tie|tied|tying up * @person',
    'tie|tied|tying @person up',
    // "he has tied my hands and taken my phone".
    'tie|tied|tying|tape|taped|taping my|her|his|their|our hands|wrists|feet|ankles|arms|legs',
    // "some boys tied my autistic son to a tree in the woods and filmed it" (forty-ninth session; was none).
    'tie|tied|tying|tape|taped|chain|chained my|his|her|their|our|a|the * @child|man|woman|lad|lads to a|the tree|lamppost|post|railings|fence|chair|bed|radiator|goalpost',
    'tie|tied|tying|tape|taped|chain|chained him|her|them|me|us to a|the tree|lamppost|post|railings|fence|chair|bed|radiator|goalpost',
    // "held a pillow over my face", "put a bag over his head".
    'pillow|hand|hands|bag * over * face|mouth|head',
    // "a man head butted my husband".
    'head butt|butted|butting|butts * @person',
    'lay|laid into * @person',
    // "he bit a chunk out of my arm".
    'bite|bit|bitten * arm|arms|hand|hands|face|leg|legs|ear|ears|finger|fingers|nose|neck',
    'bite|bit|bitten * chunk|lump|piece out',
    '!has|have been shot|stabbed|knifed|glassed',
    // "someone's been stabbed" (the apostrophe s is read as is).
    '!is been shot|stabbed|knifed|glassed',
    // Told like a headline, where it is: "man stabbed outside spar", "woman attacked in the park".
    '!@person|someone|somebody stabbed|shot|knifed|glassed|attacked|mugged|slashed outside|on|in|at|near|by|behind',
    // "lads with bats kicking off at the top of the precinct".
    'kicking off',
    'it kicked off',
    // "they kicked the hell out of him".
    'hell|shit|crap|life|daylights out of * @person',
    'squaring up to',
    // "screaming for him to stop", "my dad has my mum pinned against the fridge".
    'scream|screaming|beg|begging|shout|shouting|cry|crying for him|her|them to stop',
    'pin|pinned|pinning * against|to|on the|a * wall|floor|ground|fridge|door|car|bed|sofa',
    'push|pushed|shove|shoved|knock|knocked|throw|threw|thrown * to|onto the ground|floor',
    // "a big dog got loose… and went for a child in the street this afternoon" (forty-fifth session).
    'go|went|going|goes for a|the|my|his|her|our|their @person',
    // "someone let off a rocket into the open window of the mosque during prayers" (forty-fifth session).
    'let_off|set_off|fire|fired|throw|threw|shoot|shot * firework|fireworks|rocket|rockets|banger|bangers into|through|at * window|windows|door|letterbox|house|home|flat|mosque|church|synagogue|gurdwara|temple|people|us|me|him|her|them',
    // "my husband just threw me down the stairs and I think my wrist is broken" (forty-fifth session).
    'push|pushed|pushing|shove|shoved|shoving|throw|threw|thrown|throwing|kick|kicked|drag|dragged me|her|him|us|them down|off the stairs|balcony|steps|bridge',
    // "my dad is drunk and has thrown my mum down the stairs".
    'push|pushed|pushing|shove|shoved|shoving|throw|threw|thrown|throwing|kick|kicked|drag|dragged my|our|his|her|their @person down|off the stairs|balcony|steps|bridge',
    // "threw her against the wardrobe", "slammed him into the door".
    'throw|threw|thrown|throwing|slam|slammed|slamming|fling|flung me|her|him|us|them against|into the|a wall|wardrobe|door|fridge|table|radiator|window|car|floor|stairs',
    // "put a brick through my front window and me and the kids are in the living room", "a brick came through the window
    // and nearly hit my baby": a home attacked with people in it.
    '@object through|at|into * window|windows|windscreen|door|doorway|letterbox and * * am|are|is|was|were in|inside|indoors|home',
    '@object * through|into * window|windows|windscreen|door|doorway|letterbox * nearly|almost hit|hitting * @person',
    // "threw a brick at my window while my kids were in the room", "fireworks into the doorway of the mosque while
    // people are inside praying": thrown at people inside, not only at a window or a door.
    '@object through|at|into * window|windows|windscreen|door|doorway|letterbox * while|when|with * in|inside',
    // "a brick was thrown at the windscreen while I was driving down my road": at someone in the car.
    '@object * at|through|into * windscreen|window|windows while|when * driving|sitting|sat',
    // "robbed my brother".
    'rob|robbed|robbing * @person',
    // "a gang just robbed the jewellers", "they're raiding the post office".
    'rob|robbed|robbing|raid|raided|raiding|hold_up|holding_up|held_up the|a * shop|jeweller|jewellers|bank|bookies|post_office|store|garage|off_licence|offie|supermarket|newsagent|newsagents|chemist|pharmacy|co_op|tesco|spar',
    'swing|swinging|swung * at * @person',
    'scrapping',
    // "my husband gets violent when he drinks".
    'get|gets|getting|got|become|becomes violent',
    // "my son's dad was violent when we were together", "he is violent".
    '@someone be|been violent',
    // "3 lads on one".
    '# * on|onto one|1',
    // "someone's getting a kicking in the underpass".
    'get|getting|got|take|taking|took a kicking|beating|battering|hiding|pasting',
    'have|having a scrap',
    'let|set * dog|dogs loose on',
    'dog|dogs * let|set loose on',
    'set|sets|setting it|dog|dogs on|onto my|his|her|their|our|a|the @person',
    'jump|jumped|jumping @person',
    'jump|jumped|jumping my|his|her|their|our|a|the|some @person',
    // "lads are jumping on a man at the cash machine" (forty-ninth session; was the model's question).
    'jump|jumped|jumping on|onto my|his|her|their|our|a|the|some|this|that @person',
    // "lads are jumping a delivery rider by the chicken shop", "a man… is trying to pull her out" of her car (forty-ninth
    // session; were the model's question).
    'jump|jumped|jumping|jumps a|the|some|this|that delivery|young|old|little|older|younger|homeless|bus|taxi|cab @person',
    'try|trying|tried to pull|drag|yank him|her|them|me|us|someone|somebody out',
    'grab|grabbed|grabbing|hold|held|holding|have|has|got * by the|her|his|my|their|your throat|neck|hair',
    // "he's got my mum by the hair": held so now (not "he had her by the throat", nor "grabbed me by the neck").
    // …and "has got her up against the wall by her neck".
    '!is|are|has got * by the|her|his|my|their|your throat|neck|hair',
    '!is|are|has got * up against * by the|her|his|my|their|your throat|neck|hair',
    // "some lads have got my little brother up against the wall by the garages".
    '!is|are|has|have got * up against the|a wall|fence|car|van|door|railings|shutter|shutters',
    // "he's got hold of my daughter" (not "he's got hold of my number"); "grabbed hold of her arm", "grabbed my arm hard".
    '!is|are|has got hold of * @person',
    'grab|grabbed|grabbing|take|took hold of * @person|arm|arms|hair|throat|neck|wrist|wrists',
    'grabbed|grabbing my|her|his|their|your arm|arms|wrist|wrists',
    'grab|grabbed|grabbing * by the arm|arms|wrist|wrists|collar',
    'grab|grabbed|grabbing * round|around the throat|neck',
    // "one of them was holding her arm tight".
    'hold|holding|held|grip|gripping|gripped * arm|arms|wrist|wrists tight|tightly|hard',
    'force|forced|forces * sex',
    'stamp|stamping|kick|kicking on|in * head|face',
    'kick|stamp|punch|smash|hit * head|face',
    '@object over|on|round|across * head|face',
    'hand|hands round|around * throat|neck',
    // "there's a man on top of a woman in the bushes by the canal path and she's screaming no".
    '!man|men|he|lad|lads|guy|bloke|someone|somebody on top of her|a_woman|a_girl|a_child|a_kid|a_boy|someone',
    // Strangling told in the present: "he's got his hands round her neck" (not "he had his hands round my neck": told of).
    '!has|is|are got|his|her|their * hand|hands round|around * throat|neck',
    'driving|drove|ram|ramming * into|at * @person',
    // "rammed my car", "rammed into him" (not "the car park will be rammed": full).
    'ram|ramming|rammed @person|my|his|her|their|our|into|other|the|a|cars|people',
    // ("theres man gettin merked by the basketball courts": street words for stabbed or beaten.)
    '@someone * get|be|being jumped|beaten|battered|attacked|stabbed|shot|knifed|slashed|hurt|hit|kicked|punched|glassed|assaulted|mugged|headbutted|bitten|pushed|shoved|stamped|trampled|merked|shanked|leathered|bodied',
    'being jumped|beaten|battered|attacked|stabbed|shot|hurt|hit|kicked|punched|glassed|assaulted|mugged|thrown|dragged|strangled|choked|pushed|shoved|slapped',
    'be|get|got dragged|mugged|robbed|knifed|slashed|glassed|strangled|choked',
    // "got punched last week" (a message that leaves out who).
    'get|got punched|stabbed|assaulted|headbutted|jumped',
    'snatch|grab|rip|nick * bag|handbag|phone|purse|wallet|chain off|from|out',
    'snatch|grab|rip|nick * bag|handbag|phone|purse|wallet|chain * and|then * drag|push|punch|hit|knock',
    'headlock|chokehold',
    'tip|tipped|tipping * wheelchair|scooter|pram * over|out',
    'tip|tipped|tipping over|out * wheelchair|scooter|pram',
    'head|face kick|kicked|stamp|stamped|smash|smashed|punch|punched|cave|caved in|on',
    // "bloke getting his head stamped on outside the kebab shop": told as it happens.
    'getting|being his|her|their|my|your|the|a head|face kicked|stamped|punched|smashed|caved in|on',
    'fight|fighting|brawl|brawling|riot|rioting',
    // "screaming at each other… I heard a thud and then silence".
    'thud|thump and|then * silence',
    // "lads throwing punches outside the takeaway".
    'throw|swing punch|fist',
    'run|ran|drive|driving|drove over|into|at * @person',
    // "the same van drives straight at the children on the crossing every day" (forty-sixth session).
    'run|ran|drive|driving|drove|swerve|swerved|swerving straight|right|deliberately|purposely at|into|towards * @person',
    'mount|mounted * pavement',
    // "a car just clipped an old man crossing the road by the station".
    'clip|clipped|clipping a|an|the|my|our|his|her * @person',
    'hit|knock|knocked * by a|the @vehicle',
    'throw|throwing * @object * at * @person',
    'throw|throwing|threw * @object * at each|one other|another',
    // "he's throwing the plates at me", "my dad throws plates at my mum".
    'throw|throwing|threw|thrown * plate|plates|cup|cups|mug|mugs|chair|chairs|pan|pans|furniture|kettle|kettles|shoe|shoes|remote|phone|laptop * at * me|us|her|him|them|@person',
    // "my sister's husband threw boiling water at her".
    'throw|throwing|threw|thrown|pour|pouring|poured boiling|hot water|oil|tea|coffee over|at|on * @person',
    // "kids on the roof of the leisure centre throwing tiles down at people below".
    'throw|throwing|threw|thrown|drop|dropping|dropped * tile|tiles|slate|slates|slab|slabs * at|on * people|@person',
    'throw|throwing|threw|thrown * @object * into|at * crowd|crowds|queue|people',
    // "he's throwing my mum around the living room", "he's throwing stuff at me and the kids are screaming" (not "they
    // throw things at her on the bus": the data reads things thrown by a group as harassment).
    'throw|throws|throwing|threw * @person around|about',
    'he|she|they be|is|are throwing|chucking stuff|things|plates|furniture|chairs|bottles|glasses|knives at me|us',
    // "he's beating his dog and now he's turned on his wife".
    'turn|turned|turning on his|her|their|my @person',
    // "some geezer's just leathered a kid outside the offy".
    'leathered|leathering|lamped|lamping|decked|battered|battering a|the|my|his|her|this|that @person',
    // "I can hear my neighbour begging him to stop and things smashing".
    'can|could hear * * beg|begging|scream|screaming him|her|them to stop',
    // "he's pinned his girlfriend to the floor in the hallway, I can't get him off" (forty-sixth session).
    '!can not get|pull|drag him|her|them off',
  ],
  threat: [
    // (The form going, not go: in someone's gone and smashed up the bus stop, gone tells what was done; forty-fourth
    // session.)
    'will|would|going|gonna|threaten|want|come|try|promise|swear|vow|plan * kill|stab|shoot|murder|torch|firebomb|finish|bury|hurt|slit|acid|batter|smash|beat|knife|glass|attack|bomb',
    // "…have since sent him messages indicating they intend to finish him" (forty-sixth session).
    'intend|intends|intending|intended to kill|stab|shoot|murder|torch|finish|hurt|batter|attack|get',
    // "last week told me he'll make me disappear".
    'make|making me|you|her|him|them|us disappear|vanish',
    // "a gang are outside my door saying they'll come in and get my son" (forty-fifth session).
    'come|coming in and get|grab my|our|your|his|her|their|the @person',
    // "he's going to run her over, he's revving at her now" (forty-fifth session; not "threatened to run me over when I
    // crossed at the lights, he was just angry, drove off", labelled none: told after).
    'will|would|going|gonna|threatens|threatening|try to run|drive me|you|her|him|them|us over|down',
    // "my cousin got sent a picture of a knife with my name written on the blade".
    'picture|photo|pic|image|video of a|the knife|blade|gun|bullet * my|her|his|our|their name',
    'my|her|his|our|their name * written|scratched|carved|engraved on * knife|blade|bullet',
    // "saying he'll take me with him": a killing, with his own death.
    'will|would|gonna|going_to take me|us|her|you|the_kids|the_children with him|her|them',
    // In a condition, told without will: "he say if we leave he hurt our family at home".
    'if i|we|you|she|he * leave|leaves|tell|tells|talk|talks|report|reports|call|calls he|she|they kill|hurt|harm|beat|stab|burn',
    'will|would|go|gonna|threaten|want|plan * blow * up',
    // "they know where I live and they're coming round" (typed "no wear i live"), "we know where you go to school".
    'know|no|knw|kno where|wear|were you|u|i|we|she|he|they|your|ur * live|lives|work|works|go_to_school|goes_to_school',
    // "videos about how we need to start killing migrants".
    'start|starting|started killing|attacking|bombing|stabbing|shooting|torching',
    // "a customer was talking about blowing up the council offices", "he keeps going on about bombing the mosque".
    'talk|talking|talks|talked|boast|boasting|brag|bragging|on about|of blowing|bombing|firebombing|torching * up|the|a|our|their|his|her|that',
    // "the neighbours I reported for dealing have said my house will burn"; an ultimatum: "a letter saying the new family
    // should leave or their house will burn".
    'say|said|says|told|tell|warn|warned * house|home|flat|car|shop|place will|gonna burn|go_up',
    'or * house|home|flat|car|shop|place will|would|gonna burn|go_up',
    // Shouted by someone there: "the man next door is shouting that he's going to kill me", "the bloke below is
    // screaming he'll blow the building up" (not "they're saying they'll finish the job": passed on).
    '!is|are|am shouting|screaming|yelling|bellowing * will|going_to|gonna kill|stab|shoot|murder|torch|burn|hurt|slit|batter|blow',
    // "someone has written 'Pakis will burn' on the wall of our shop": a threat written up for a group.
    'write|wrote|written|spray|sprayed|paint|painted|scrawl|scrawled * will|gonna burn|die|hang',
    // "he's drunk and says he's driving them off the cliffs": the children in the car with him.
    'drive|driving|drove them|us|me|kids|children|the_kids|the_children off|into * cliff|cliffs|river|sea|quarry|bridge',
    // "he's going to drive his van into the crowd at the parade".
    'drive|driving|plough|ploughing|ram|ramming * into * crowd|crowds|pedestrians|march|parade|procession|protesters|worshippers',
    // "saying someone should burn it down".
    'should burn|torch|bomb|firebomb * down|up',
    // "they've posted the video and say round two is coming".
    'round two|2 * coming|next|soon|tonight',
    'will|would get you|me|us|him|her|them',
    'going to get me|you|us|him|her|them',
    // "told me I won't see Christmas", "no one would find me", "he will find her", "his brothers will pay me a visit",
    // "a brick through my window with a note" (not "someone keeps leaving dead birds on my doorstep": the data reads it
    // as harassment).
    'not see|make_it_to christmas|tomorrow|morning|birthday|the_morning|the_weekend',
    'no_one|nobody would|will * find me|you|her|him|body',
    'he|they|she will|would|gonna find you|her|me',
    'will|gonna|let|should|must pay me|you|us|her|him|them a visit',
    'brick|stone|rock * through * window|door * note',
    'gonna get me|you|us',
    // "he's coming tonight to get me".
    'come|coming * to get me|you|us|him|her|them',
    'come|coming for you|me|us|him|her|them',
    // "the gang say they're coming for my brother", "the dealer say he will come for my family" (not "coming for my son's
    // birthday").
    'coming for my|his|her|our|their @person|family|kids|children',
    'will|gonna come for my|his|her|our|their @person|family|kids|children',
    // "he says she's not leaving the house alive", "you won't get out of here alive".
    'not|never leave|leaving|get|getting|make|making|walk|walking * alive',
    // "we know where you sleep" sprayed on a van (not "I know where he sleeps, in the doorway of the old bank").
    'know where you|u sleep',
    // "threatened to set his dogs on my kids", "you will pay for it", "I should keep my mouth shut". A threat in a
    // quarrel over parking or noise the data reads as harassment, not danger (not "you'll regret it", nor "he'll sort
    // me out", nor "or else", nor "watch your back"); so is what someone says a group should suffer.
    'set|setting * dog|dogs on',
    'you|they|he|she will|would|gonna pay',
    'keep * mouth|mouths shut',
    // "have been chasing kids from my school with a big dog": a dog used to frighten or hurt.
    'chase|chasing|chased|chases * * with * dog|dogs',
    // "says next time it'll be worse", "a note saying next time it's your head", "next time he'll bring a tool".
    'next time * worse|head|dead|bring',
    // "knows which school my kids go to", "they know what school my son goes to", "he knows which bus he gets".
    'know|knows what|which school|bus|train/n|route|shift|gym',
    // "if I called the council again my windows would go through".
    'window|windows will|would|gonna go|come through|in',
    // "drew his finger across his throat at me".
    'finger|fingers|hand|thumb across|over * throat|neck',
    // "told me I'll have an accident if I keep complaining": harm dressed as chance.
    'have|has|had|having an accident if|unless',
    // "a comment on my facebook saying 'accidents happen to people like you'", "it'd be a shame if something happened to
    // your kids".
    'accident|accidents happen|can_happen to you|u|your|people_like|snitches|grasses|anyone_who|those_who',
    'shame if something|anything * happen|happened|happens to',
    // "he talks about 'doing something big'", "says he's planning something big": an attack meant, in its own veiled words.
    'talk|say|plan|going_to * do|plan something big|massive|huge',
    // "men he owes money to… they came to the family home last week": a debt to criminals, brought to the door.
    'owe|owes|owed * * came|come|turned_up|turn_up to|at the|our|my|his|her|their family_home|house|home|door|flat|address',
    // "says he would do it to the people who bullied him" (a school shooting watched).
    'do it|that|the_same to * who * bullied|bully|bullies|picked_on',
    // "a man outside the synagogue shouting that everyone inside will die".
    'everyone|everybody|you_all|all_of_you * will|gonna die|burn',
    // "a school shooting like the ones in america".
    'school|mass shooting',
    // "snitches get stitches" written on the door of someone who gave a statement.
    'snitch|snitches|grass|grasses get|gets stitch|stitches|stabbed|shanked|hurt',
    // "they know what time my kids finish school".
    'know what time|where * kid|kids|child|children|son|daughter|school',
    // "notes saying I know where your kids go to school" (not "I know where my son is": that is where he is).
    'know where your|his|her|their * kid|kids|child|children|son|daughter|family|mum|wife|husband|partner',
    'smash|kick|punch * face|head in',
    'do|doing @person in',
    // "he's smashing up the kitchen and says he'll do me next".
    'will|gonna|going_to do me|you|u|him|her|us|them next',
    // "the mum is shouting she's going to throw it out the window" (of a baby).
    'going_to|gonna|will|threaten * throw|drop @child|him|her|me|it out|off * window|balcony',
    // "told my son he'd end up in a body bag", "you'll end up in hospital".
    'will|would|gonna|go * end up dead|in_a_body_bag|in_a_coffin|in_hospital|in_the_ground|in_a_wheelchair|in_a_box',
    // "says he's going to 'do a Breivik'": a mass killing named.
    'do a|another breivik|columbine|dunblane|hungerford|christchurch|moat',
    // "he'll send some lads round to sort me out" (not "send someone round to fix the boiler").
    'send|sending|sent * lad|lads|boy|boys|heavies|men|mates round|over|to * sort|deal_with|do|get|hurt|teach|batter|beat',
    // "said he would put me in hospital", "threatened to put my son in the ground" (not "we put my nan in the hospital car").
    'put @person in the ground|grave',
    'will|would|gonna|go|threaten|promise|swear * put * @person in the_ground|hospital|the_grave|a_coffin|a_wheelchair|intensive_care',
    'will|would|go|gonna|threaten|want * shank|cut|slash|break|snap',
    // "he punched the wall next to my head", "smashed the door beside her face": a blow meant to frighten.
    'punch|punched|punches|punching|hit|smash|smashed|kick|kicked * wall|door|window|cupboard next_to|beside|by|near|inches_from * head|face',
    // "a dead rat and a note saying next time it's you", "a note saying you've been warned", "sent her a photo of her
    // front door" (I know where you live; not "someone posted a picture of my front door asking who painted it").
    'next time it be|will_be you|your|yours|him|her|them',
    'you have|you_have been warned',
    'send|sends|sent|sending|text|texts|texted|texting|message|messaged|messaging * * photo|photos|picture|pictures|pic|pics of my|her|his|our|their front_door|house|home|flat|door',
    // "he'll kick it in if I don't open it".
    'will|would|go|gonna|threaten * kick|smash|boot * door|it in|down',
    // "my brother-in-law broke my sister's wrist last month and she's gone back to him".
    'broke|snapped * wrist|wrists|ankle|ankles|collarbone|cheekbone|eye_socket|skull',
    // "broke my arm", "break your legs", "her husband broke her ribs"; not "came home with a broken nose from a tackle".
    'broke|snapped * leg|legs|arm|arms|neck|jaw|nose|bone|bones|rib|ribs',
    'break|snap * my|your|his|her|their|our leg|legs|arm|arms|neck|jaw|nose|bone|bones|rib|ribs',
    // "my son had his jaw broken outside a club": broken by someone, told as what happened to him.
    'have|had|get|got his|her|my|their jaw|nose|cheekbone|eye_socket|skull|ribs broken|smashed|fractured|shattered',
    'shoot up * school|college|place|pub|club',
    'kill|stab|shoot|murder * you|me|us|him|her|them|my|our|family|kid|child',
    'torch|burn * you|me|us|him|her|them|house|home|flat|family|kid|child',
    // "he's saying he'll set the flat on fire with us in it, he's got the lighter fluid out": a threat to burn with the
    // means at hand (forty-seventh session).
    '!set|burn|torch * on_fire|alight|down * * got|has|have|with * petrol|lighter_fluid|fuel|paraffin|accelerant',
    // "threatened to burn my car", "says he'll torch the van".
    'threaten|threatened|threatening|threatens to torch|burn|firebomb|petrol_bomb * car|van|shop',
    'will|would|gonna|going_to torch|burn|firebomb|petrol_bomb * car|van|shop',
    'kill|murder|finish|end * you|me|us|him|her|them off',
    'come|coming|be|back round|over|back|for * to get|do|sort|kill|hurt|finish',
    'death|kill threat',
    // "he's got a gun in the drawer and he's threatening to use it".
    'threaten|threatens|threatening|threatened to use it|them',
    // "I've recently been threatened by my neighbour" (not "threatened with eviction": NOT_DANGER).
    'been|got threatened',
    // "they're threatening me", "he is threatening my mum" (not "keeps threatening me": a habit told).
    'be threatening me|us|him|her|them|my|our',
    'make you|me|us|him|her|them pay',
    'or burn|die',
    'or be|get burned|burnt|killed|hurt|stabbed',
    'bullet|bullets * letterbox|door|post|doorstep|step|mat|doormat|porch|windowsill|drive|driveway|gate|windscreen|car',
    'you|he|she|they|i * be|are|is dead',
    // "a message from my ex saying he's on his way round and I'll be sorry" (forty-sixth session).
    '!on his|her|their way round|over|here|back * * * be sorry|regret|pay',
    // "the customer has told him if he comes back he's a dead man" (forty-sixth session).
    'you|he|she|they be|are|is a|an dead_man|dead_men|dead_woman|dead_boy|goner',
    // "sprayed 'grass' and 'dead man' on my front door after I gave a statement" (not "grass" alone: the data reads it
    // as harassment).
    'spray|sprayed|spraying|paint|painted|write|wrote|written|scrawl|scrawled * dead_man|dead_men',
    // "someone sprayed 'die' and my son's name on our garage door": a death wished on someone named (forty-sixth session).
    'spray|sprayed|spraying|paint|painted|write|wrote|written|scrawl|scrawled die|dead * * name|names',
    // "he put his fist through the door and says I'm next", "wrote 'you're next' on my car".
    'say|says|said|tell|tells|told|shout|shouts|shouted|write|writes|wrote|written|spray|sprayed|paint|painted|note|message * be|am|are|is next',
    // "a note under the wiper saying next time it'll be you", "it'll be your head next".
    'next time * will|gonna be you|your|him|her|them',
    'will|gonna be you|your * next',
    // "a note on the windscreen saying your house next" (after the car was set alight).
    'saying|says|said|reading|wrote|written your|ur house|home|flat|family|kids|shop next',
    // "a video of a knife with my son's name and 'your time is coming'", "your days are numbered".
    'your|ur|his|her|their time be|is coming|up',
    'your|ur|his|her|their days be|are numbered',
    'bomb/n',
    // Street words: "gonna wet him up" (stab), "merk him" (kill), a price on someone's head.
    'wet|wetting|wetted @person up',
    'merk|merked|merking|merks * @person',
    'price|bounty on * head',
    'bounty on * @person',
    // "letters saying I'll be 'dealt with' if I keep calling the police" (not "the school dealt with it").
    'i|you|we will|gonna be dealt with',
    // "keeps talking about the 'day of reckoning' for the mosque".
    'day of reckoning',
    // "he said tonight is the night I die" (not "I'll remember it until the day I die").
    'be the night|day i|you|she|he|we die|dies',
    // "banging on my door shouting he knows im in there and hes not going anywhere" (not "knowing I'm in a wheelchair").
    'know|knows i|she|we be|am|is|are inside|in_there|in_here|in_the_house|in_the_flat',
    // "someone is pouring something out of a can over the front door of number 22 and the family are inside".
    // "someone is pouring something out of a can on the front of the mosque".
    'pour|pouring|poured|tip|tipping|tipped * something|liquid * * over|on|through * door|letterbox|doorstep|front|entrance|porch',
    // "my ex says if he can't have me no one will", "my ex messaged enjoy your last christmas" (not "you'd better watch
    // your back": in a quarrel, labelled both ways, LABELLING.md).
    'if he|she|i can not have me|her|him|you no_one|nobody|noone will|can',
    'enjoy your last',
  ],
  fire: [
    // "the fire brigade came yesterday but the fire has started again in the flats".
    'fire/n has|have|is|had * started|spread|spreading|reignited',
    // "it's spreading to the car".
    '!it|fire|flames|blaze is|are|be spreading to',
    '!burning smell',
    // "there are kids inside the burning house": a building or a vehicle burning (not "burning rubbish", which is a fire
    // burnt on purpose).
    '!burning|blazing house|flat|home|building|block|car|van|shed|garage|bus|lorry|shop|caravan',
    // "there's a fire", "help fire".
    '!there is|are a fire/n',
    '!help fire/n',
    '!spark|sparks|sparking * socket|plug|wire|wires|fuse|meter',
    // "electrics are sparking from the lamppost and the kids keep touching the wires".
    'electrics|cable|cables|wire|wires|it be|are|is spark|sparks|sparking',
    // "electric cables down in the road after the storm and sparking, kids are near them".
    'cable|cables|wire|wires|line|lines down * * * spark|sparks|sparking',
    // "water pouring through the ceiling and sparks coming from the light".
    'sparking|sparks * from|out_of * lamppost|lamp_post|streetlight|street_light|substation|pylon|junction_box|cable|cables|light|socket|sockets|plug|fuse_box|wiring|ceiling',
    // "water pouring through the ceiling onto the electrics and there's sparks", "the lights are sparking".
    '!electrics|wiring|socket|sockets|fusebox|fuse_box|light|lights * spark|sparks|sparking',
    // "power line down across the road after the storm, it's sparking".
    'power_line|power_lines|power_cable|power_cables|overhead_line|overhead_lines|electricity_cable|live_wire|live_wires down|fallen|snapped|hanging|across',
    'there is|are smoke/n',
    '!on fire/n',
    // "the smoke is going up the stairs": smoke in a block's common parts.
    '!smoke/n be going|coming|pouring|billowing|filling|spreading * stairs|stairwell|landing|corridor|hallway|block|flats',
    // "fire alarm going off in the flats and smoke in the stairwell, theres people on the 4th floor still" (not "someone
    // smokes in the stairwell": a cigarette).
    'and|is|be|thick|black|grey|of smoke/n in the|a|our stairwell|landing|corridor|hallway',
    // "it's catching the wooden fence": the fire is spreading.
    '!catching the|a|next * fence|hedge|hedges|tree|trees|shed|roof|house|car|building|curtain|curtains',
    // "fire next door", "fire across the road" (told like a headline, where it is).
    '!fire/n in|at|spread|spreading|upstairs|downstairs|next_door|opposite|across_the_road|over_the_road',
    // "fire on the 4th floor of the flats on Carlton Road, people shouting from the windows".
    '!fire/n on the|a * floor|landing|stairs|stairwell|balcony|roof|train|bus',
    'set|setting|put fire/n|alight',
    'set|setting * fire/n|alight',
    'set light to',
    'start|starting|started * fire/n',
    '!fire/n * be|been|get|got start|started|lit',
    'catch|caught fire/n',
    '!house|flat|kitchen fire/n',
    'car|bin|van fire/n',
    '!flame',
    '!smoke/n come|coming|pour|pouring|fill|filling|everywhere|billowing|out|go|going|rise|rising|spread|spreading',
    'lit|light|lighting * bin|fire|house|car|door|curtain|letterbox',
    'burning * through * letterbox|door',
    // "someone put a firework through our letterbox".
    'firework|fireworks|banger|bangers * through * letterbox|door|window',
    'pour|poured|throw|threw|spray * petrol|fuel',
    'pour|pouring|poured * through * letterbox|door',
    'smell|smells|smelt|smelling * petrol',
    '!full of smoke/n',
    // "the stairs are full of fire".
    '!full of fire|flames',
    '!smoke/n be|is|are|keep come|coming|pour|pouring|fill|filling|billowing|rising|spreading',
    '!door|handle * be|is|feel|feels hot',
    '!still burning|alight|smouldering|ablaze',
    // "the fire's still there in the bin store".
    '!fire/n|flame|flames be still',
    '!is|are burning|alight|ablaze',
    '!fill|filling * smoke/n',
    '!black|thick smoke/n',
    'burn|burning|burnt * down|out|house|flat|building|home',
    '!smell|stink * burning|smoke/n|fire/n',
    'smell|stink * gas/n',
    'gas/n leak|smell',
    // "there's gas hissing out of a pipe in the road".
    'gas/n * hiss|hissing|leak|leaking|escape|escaping|pour|pouring|gush|gushing',
    // "there's been a gas explosion in the flats".
    '!gas/n explosion|blast',
    // "someone cut through the gas meter box and turned the gas on at the meter", "she left the gas on again".
    'turn|turned|turning|left|leave|leaves|leaving the|her|his|their gas/n on',
    // "there's a chemical tanker leaking on the A2 and people are coughing".
    'chemical|chemicals|tanker|acid|ammonia|chlorine leak|leaking|spill|spilled|spilt|spilling',
    'petrol * letterbox|door|through|house|poured|pour',
    'arson|firebomb|petrol_bomb|molotov',
    // "the bonfire at the allotments has spread to the sheds".
    '!bonfire/n|fire/n|blaze|flame * * spread|spreading|spreads to',
    '!bonfire/n|fire/n|blaze|flame * * out of control',
    '!go|going|gone|went up in flames',
    // "I can smell gas really strongly in the hallway and someone's smoking on the stairs", "gas smell in the block and
    // a man upstairs is lighting a cigarette": a gas leak beside a flame (not "the gas man was smoking in my garden").
    '!smell|smells|smelt|smelled|smelling|stink|stinks|whiff|reek|reeks * gas/n * * * * smoking|lighting|striking|cigarette|cigarettes|match|matches|lighter',
    '!gas/n smell|smells|leak|leaking * * * * smoking|lighting|striking|cigarette|cigarettes|match|matches|lighter',
  ],
  trapped: [
    // "a tree has come down on a car on Pelham Road and there's someone inside" (not "the tree could fall on my car").
    'tree|wall|ceiling|roof|scaffolding|lamppost|crane * fell|fallen|collapsed|came|crashed|toppled * on|onto * car|@vehicle|@person|someone|somebody|him|her',
    'tree|wall|ceiling|roof|scaffolding|lamppost|crane have come * on|onto * car|@vehicle|@person|someone|somebody|him|her',
    // "has locked her out of the house in the cold".
    'lock|locks|locked|locking * out * in the cold|snow|rain|night',
    // "locks me out of the house at night when we argue".
    'lock|locks|locked|locking * out of * house|flat|home * at night|in_the_frost|in_the_cold',
    '!trapped',
    // "a car has just hit the fence and flipped over, the driver is still inside".
    '!flip|overturn|roll over|onto * driver|passenger|someone|people|kid be still inside|in_it|in_there|trapped',
    // "the roof collapsed on top of my dad".
    '!collapse|collapsed|collapsing on|onto * @someone',
    '!fall|fell|fallen on|onto * @someone',
    '!come|came down on|onto * @someone',
    '!stuck|trapped|stranded on|in * ice|mud|cliff|ledge',
    // "a man with a dog is stuck on the bench, water's getting higher".
    '!stuck|trapped|stranded|cut_off * water|tide|flood|floodwater|river',
    // "a kid has climbed the electricity pylon": up where the current is.
    '!climb|climbed|climbing up|onto|the * pylon|pylons|substation',
    // "kid's head is stuck in the railings at the park and he's screaming".
    '!head|arm|leg|hand|foot|finger * stuck|trapped in|between|under|through',
    // "my neighbour's house is filling up with water from the river and she's upstairs with her two kids".
    '!house|flat|home|car|room|basement * fill up with water',
    // "the river has flooded the caravan park and there's an old couple stuck on the roof of their van".
    '!@person|couple|family|people|he|she|they|we|i * stuck|stranded|trapped on * roof|roofs',
    // "a kid stuck up on the railway bridge, he climbed the fence and can't get back" (not "stuck on the bridge in traffic").
    '!stuck|stranded up on|in|at * bridge|roof|ledge|tree|cliff|pylon|scaffolding|crane|railway',
    '!climb|climbed|climbing * and * can not get down|back|off',
    // "kid stuck up a tree at the rec about 30 ft up" (not "the cat is stuck up a tree": NOT_DANGER).
    '!@someone * stuck|stranded up * tree|pylon|scaffolding|crane|cliff|mast',
    '!stuck|trapped|pinned under|underneath',
    // "the ceiling has caved in and there's a woman underneath it calling out", "a moped has gone into the stream and the
    // rider is under it".
    '!man|woman|person|someone|somebody|child|kid|boy|girl|baby|people|he|she|rider|driver|cyclist * under|underneath it|rubble|debris|the_rubble|the_debris|the_ceiling|the_roof',
    // "a car in the river by the marina with someone still inside", "someone's car is in the river at the bottom of the
    // slipway" (not "the car park by the river").
    '!@vehicle in|into|under the river|canal|sea|water|lake|pond|thames|medway|creek|quarry',
    '!@vehicle be in|under the|a river|canal|sea|water|lake|pond|thames|medway|creek|quarry',
    '!@vehicle * go|gone|went|going|drive|drove|driven|roll|rolled|rolling|crash|crashed into|in * river|canal|sea|water|lake|pond|thames|medway|creek|quarry',
    '!lock me|us|her|him|them|myself|herself|himself|ourselves|yourself in|inside',
    // "he's locked me and the baby in the bedroom".
    '!lock me|us|her|him|them and * in|inside',
    '!be|get locked in|inside',
    // "I'm still locked in the bedroom".
    '!be|am|is|are still locked|trapped in|inside',
    '!@someone locked in|inside',
    // "my dad has locked my mum in the bathroom" (told so, not now by itself); "she's in a flat with some older men and
    // can't leave", "he is in a car with men he don't know and he texted me 'help'".
    'lock|locked|locking my|his|her|our|their|the @person in|inside',
    'in|at a|the|some|his|their flat|house|party|room|car|van with * man|men|lads|guys|boys|strangers * can_not_leave|can_not_get_out|can_not_get_away|do_not_know|does_not_know|did_not_know',
    '!can not get out of the|my|this|our house|flat|room|car|building|bathroom|bedroom|lift',
    // "water is coming up through the floor of my nan's bungalow and she can't get out the door".
    '!can not get out the|her|his|my|our|their door|front_door|back_door',
    // "a woman is in the water at Gravesend pier and can't get out".
    '!in the|a water|river|sea|canal|lake|thames|pond|dock|quarry|marina|harbour|reservoir|estuary|creek|medway|lock * * not get out|back',
    '!can not get out of the|a water|river|sea|canal|lake|thames|pond|dock|quarry|marina|harbour|reservoir|estuary|creek|medway',
    // "kid in river", "there's a man in the canal by the lock".
    '@person in|into river|canal|lake|water|sea|quarry|thames|medway|reservoir|dock',
    '@person in|into the|a river|canal|lake|quarry|thames|medway|reservoir|dock',
    // "woman in the water at gravesend promenade".
    '@person in|into the water|sea',
    // "lads have pushed a boy into the river at the marina and he can't swim".
    '!in|into the|a water|river|sea|canal|lake|pond|marina|dock|thames|medway|quarry|reservoir|harbour * * can not swim',
    // "there's a woman in the water at the lakes and she's not swimming".
    '!in|into the|a water|river|sea|canal|lake|lakes|pond|marina|dock|thames|medway|quarry|reservoir|harbour * * * not swimming|moving',
    'can not escape',
    'can not leave * without him|her|them|permission',
    '!will|would not let * leave|out|go|drive|pass|escape',
    // "he isn't letting me leave the flat".
    '!not letting * leave|out|go|escape',
    // "he's in the hall with a hammer saying nobody leaves": kept in by someone there.
    '!say|says|saying|said|shout|shouts|shouting|scream|screaming * nobody|no_one|noone leave|leaves|is_leaving|goes|gets_out',
    // "he's holding us hostage", "held against her will".
    '!hold|held|holding * captive|hostage|prisoner',
    '!hold|held|holding against * will',
    'hostage',
    '!tie|tied|tying up|down * @person',
    '!being held|kept in|inside|at|against|prisoner|captive',
    '!stuck in|inside the|a lift|house|flat|room|car|building',
    // "my little girl has got her head stuck in the railings".
    '!head|arm|leg|hand|foot|finger|fingers stuck|trapped|wedged in|between|under|through',
    // "lorry on its side on the A2, driver is still inside".
    '!@vehicle * on its side|roof',
    '!@vehicle * overturned|flipped|rolled_over',
    '!i|we|am|are * hiding',
    // "they kicked in the door of the shed and my son is hiding in there" (forty-ninth session; was none, and the shed's
    // door, a look-alike, kept the model from asking).
    'my|our|his|her @child|kids|children|mum|wife|partner|dad|husband|friend|nan be|is|are hiding in_there|inside',
    // "i am hide in bathroom": a resident's own English.
    '!i|we am|are hide in|under|behind',
    // "boxed in by their cars" (not "our block", nor "blocking me in" with a car parked across a drive: parking).
    'boxed * in',
    'block|blocked|blocking * my|our|his|her|their car|van in',
    'hiding|hide from',
    // "theres a kid hanging off the outside of the footbridge over the A2", "a little girl on the balcony climbing on the
    // railings and no adults", "a kid on the roof of the school hall and he's right near the edge", "a little boy has
    // climbed over the fence at the quarry in Northfleet and is right at the edge" (forty-seventh session).
    '!@someone * hang|hanging|hangs off|from * * bridge|footbridge|balcony|ledge|roof|railings|edge',
    '!climb|climbing|climbs|climbed on|onto|over * railing|railings|balcony',
    'roof|ledge|balcony|cliff|cliffs|quarry|quarries|pit * * * near|on|over|at the edge',
    // "the balcony of the flat above has collapsed and someone is hanging off it".
    '!collapse|give_way|break|fall * * * @someone * hang off|from it',
    // "a toddler has climbed out of a first floor window onto the porch roof".
    '!climb|climbed|climbing out of * window|windows',
  ],
  taken: [
    // "he's drunk and driving with the kids in the car", "he's driven off drunk with the baby in the car": a child driven by
    // a drunk driver.
    'drunk|pissed|drinking|over_the_limit * drive|driving|drove|driven|drives * @child|kids|children|baby|son|daughter',
    'drive|driving|drove|driven|drives * drunk|pissed|over_the_limit * @child|kids|children|baby|son|daughter',
    // "my daughter has vanished" (not "keeps disappearing for days", a pattern the data reads as exploitation).
    '@someone * vanished|disappeared',
    'nobody|no_one * know|knows where he|she|they be|is|are',
    'went|gone off with a|an|some * man|men|stranger|strangers|guy|bloke',
    'kidnap|kidnapped|kidnapping|abduct|abducted|abduction',
    'drag|force|pull|bundle|push * @person * into * flat|house|home|building|alley|van|car',
    'take|grab|snatch * @child from|off|away|outside',
    // "I've lost my 4 year old in Bluewater, he was next to me a minute ago", "we've lost our little boy at the fair".
    // (A place is named: not "since I lost my son".)
    'lose|lost my|our toddler|little_boy|little_girl|little_one|son|daughter|child|kid * in|at * bluewater|park|shop|shops|shopping_centre|supermarket|market|fair|crowd|beach|station|tesco|asda|town|high_street',
    'lose|lost my|our # year|yr * in|at * bluewater|park|shop|shops|shopping_centre|supermarket|market|fair|crowd|beach|station|tesco|asda|town|high_street',
    'take|grab|snatch * year|yr old from|off|away|outside',
    // "a man has taken my daughter", "someone took my son" (not "I've taken my son to school", nor "my husband took him to football").
    'they|he|she|lad|lads have|has|is taken|grabbed|snatched my|our|her|his|their @child',
    '!someone|somebody|man|men|woman|stranger|strangers|guy|bloke have|has|is taken|grabbed|snatched my|our|her|his|their @child',
    'someone|somebody|man|men|woman|stranger|strangers|guy|bloke took|grabbed|snatched my|our|her|his|their @child',
    'will|would|have|has|did not|never give|bring|brought|given * @child|him|her|them back',
    // "my ex has taken the kids and won't tell me where they are" (not "my husband took the kids to football": NOT_DANGER).
    'ex|husband|wife|partner|dad|father|mum|mother|stepdad|stepmum|boyfriend|girlfriend have|has|is taken|snatched the|my|our|both kids|children|@child',
    'will|would|do|does not tell me|us where he|she|they|the_kids|my_kids|the_children * is|are',
    // "says I'll never see them again".
    'will|would|gonna never see * @child|kids|them|him|her again',
    // "threatening to take the kids abroad".
    'threaten|threatening|threatened|threatens to take * abroad|away',
    '@child * be|get taken|grabbed|snatched',
    // "a man in a van just tried to get my daughter to get in".
    'try|tried|trying * get|lure|entice|persuade|make * @person * get|come|go in|into',
    'drag|force|pull|bundle|push * into * @vehicle',
    // "three men are trying to get my neighbour's son into it" (a van).
    'get|force|drag|pull|bundle|push * son|daughter|boy|girl|child|kid|@person into|in it|the_van|the_car|a_van|a_car|their_van|their_car|his_van|his_car',
    'drag|force|pull|bundle|push|throw * in a|the|his|her|their|my|our|an @vehicle',
    'drag|force|pull|bundle|push|throw * into|in the boot|back of * @vehicle',
    // "two men are forcing a girl about 14 into the back of a car" (forty-seventh session).
    'drag|force|pull|bundle|push|throw * @person * into|in the boot|back of * @vehicle',
    '@someone * go|be missing',
    'be|is|are|gone|go|went missing',
    'year|yr old * be|been|get taken|grabbed|snatched|missing',
    'not|never be|come home since|for|all|last',
    'missing since|for|child|person|girl|boy|kid',
    // "kid missing", "daughter missing, last seen at the park": told like a headline (forty-third session).
    '@missingPerson missing',
    '@child|he|she * not|never come|be home',
    // "my daughter went out last night and she's not home yet".
    '@child|he|she be|is|are not|never home|back yet',
    // "my 14 year old went to a party last night and still isn't home".
    'and|but still be not home|back',
    'has|have not come|get|be back|home',
    'run away from home|care',
    '@child * run away',
    // "my autistic son ran off at the park an hour ago" (not "the kids ran off laughing": whoever did it).
    'my|our|her|his|their * @child * run off',
    'wander|wandered off|away',
    // "keeps being found wandering on the dual carriageway at night".
    'found|seen wander|wandering in|along|down|across|on * road|roads|street|motorway|carriageway|a2|a282|m25|m2',
    'wander|wandering in|along|down|across the road|street|motorway',
    'on his|her|their own * road|street|crying|lost|canal|river|water|lake|alone',
    '@child * on his|her|their own',
    // "a little boy, about 4, is out on the street on his own".
    'on the|a street|road|roads on his|her|their own',
    '@child * alone|unattended',
    // "a baby has been left in a pram outside the shop for 20 minutes and there's no one around".
    '!@child * left in|on * pram|buggy|pushchair|car_seat outside|alone|unattended',
    // "a little boy has been left home alone for hours", "the baby has been screaming for 5 hours and nobody answers",
    // "walking along the side of the A2 on his own", "an old man wandering along the A2 slip road in his slippers".
    'be|been|get|got left home alone',
    '@child * screaming|crying|screams|cries for * hour|hours|ages',
    'road|a2|a282|m25|m2|motorway|carriageway on his|her|their own',
    '@someone * wander|wandering|wandered in|along|down|across|on * road|roads|street|motorway|carriageway|a2|a282|m25|m2',
    '!@child * alone|unattended * balcony|roof|window|road|river|canal|water',
    // "a toddler has wandered out of the nursery gate and is walking along the main road on his own".
    '!walking|wandering along|on|in|down|across the|a * main_road|carriageway|dual_carriageway|motorway|hard_shoulder|a2|a282|m25|m2 on his|her|their own',
    '!@child * sit|sitting|stand|standing|climb|climbing on|onto|out * window|ledge|windowsill|railing',
    '!@child * on|onto * ledge|windowsill|sill|railing',
    // "the little boy from next door is on the window ledge of the third floor flat" (forty-sixth session).
    '!@child from next_door|upstairs|downstairs|across_the_road|over_the_road|opposite * on|onto * ledge|windowsill|sill|railing',
    'can not find @person|him|her|them',
    '!@child * left|locked|alone in|inside * car',
    'lost @child',
    // "confused and out in the snow in his pyjamas at 2am": out in the cold, not dressed for it.
    'out|outside in the snow|cold|rain|freezing|dark in his|her|their pyjamas|nightie|nightdress|slippers|dressing_gown|underwear',
    // "a young girl just ran into my shop crying saying a man is keeping her in a flat upstairs": someone held.
    'keep|hold @person * in a|the|his|their * flat|house|room|cellar|basement|van|caravan',
    // "he ran away from a house where men are keeping him".
    'house|flat|room|place where * keep|keeping|kept|hold|holding|held him|her|me|us',
    // A drug den a child is kept in or sent to: a danger, not a trap they are stuck in this minute.
    'trap house|houses',
    // "young men come and go, I saw one with a black eye begging not to go back in": someone held where they are hurt.
    'beg|plead not to go|be back|sent_back',
    // Someone who lives alone and is not seen: "hasn't collected her post for a week", "milk still on the step", "hasn't
    // answered her phone since yesterday", "hasn't come out of her room for two days", "the post is piling up".
    'not|never collect|collected|taken_in * post|milk|paper|papers|letters|parcel',
    'post|milk|letters|papers|paper * pile|piled|piling up',
    'milk|post|paper|papers|parcel still on|by|at the|her|his step|doorstep|mat|door',
    'not|never answer|answered|picked_up * phone|door * since|for',
    'not|never come|came|been out of * room|flat|house|bedroom for|since',
    'not|never see|seen * lights_on|light_on|curtains_open|curtain_open',
    // "mum's not answering the phone or the door".
    'not|never answer the|her|his phone|door or|and the|her|his phone|door',
    // "my neighbour's 6 year old keeps knocking asking for food, I don't think anyone is looking after him".
    'nobody|no_one be|is looking|caring after|for him|her|them|the_kids|the_children',
    'not think|believe anyone|anybody be|is looking|caring after|for him|her|them|the_kids|the_children',
    // "our elderly neighbour's front door has been wide open all day and the lights are off".
    'neighbour|nan|gran|grandad|grandma|mum|dad|her|his * door * wide_open|open_all_day|open_all_night|open_since',
    'in a|the car with * older man|men',
    'stay|staying|stayed|live|living|sleep|sleeping with * older man|men',
    'come and take|grab|snatch * @child',
    // "my ex broke in and took the kids".
    'break|broke|broken|barge|barged|burst in * and|then * take|took|taken|grab|grabbed|snatch|snatched * @child',
    'offer|offering|offered lift|lifts to * @child',
    // "a man who picks up young boys from the park in a blacked out car".
    'man|men|older|stranger|strangers|bloke|guy|someone|somebody * pick|picks|picking|picked up * young|little boys|girls|kids|children',
    'offer|offering|offered|offers them|her|him|kids|girls|boys|children|schoolgirls|schoolboys lift|lifts|vape|vapes|sweets|alcohol',
    // "a man at the park keeps offering the kids vapes and money to go back to his flat".
    'offer|offering|offered|offers the|young|local kids|girls|boys|children lift|lifts|vape|vapes|sweets|alcohol|money|cigarettes',
    // "a guy in a BMW keeps offering my friends free food and rides".
    'offer|offering|offered|offers my|the|her|his|our friends|mates * ride|rides|lift|lifts',
    // "getting into cars with different men", "got into a car with two men I don't know" (the data reads lifts, secrets
    // and bags held for someone as exploitation with no danger sign: not "buys her things and tells her not to tell").
    'get|gets|getting|got|go|goes|going|gone|went into|in * car|cars with * man|men|older|strangers',
    // "an older man keeps giving the girls at the park vodka".
    'give|giving|gives|gave|buy|buying|buys|bought * girl|girls|kid|kids|child|children|boy|boys|schoolgirls|schoolboys * vodka|alcohol|booze|drink|drinks|cigarettes|cigs|vapes|sweets',
    'stop|stopping|stops|pull|pulling|pulls up next_to|beside|alongside * girls|boys|kids|children|schoolgirls|schoolboys|@child',
    'drive|driving|drove|take|taking|took off|away with her|him|them|@child',
    // "jobs from the same address taking young girls to hotels late at night, paid in cash by a man".
    'take|taking|took|drive|driving|drove|bring|bringing|brought * young|teenage|underage * girl|girls|boy|boys * hotel|hotels',
    'get|getting|got into|in * car|cars * with * older man|men',
    'go|went|gone|off with * older man|men|boy|boys',
    'nobody|no_one * seen|heard * since|for',
    '@child|he|she * be|been gone since|for',
    // "she's been gone about an hour", "he's been missing for two hours".
    '@child|he|she * been gone|missing * hour|hours',
    // "my dad has just texted 'help' and nothing else and he's not answering": a cry for help, then no answer.
    '!text|message|ring|call|phone|whatsapp * help * * not|never answer|pick_up|reply|respond',
    // "my toddler's gone and the back gate was left open", "my little boy's gone, he was in the garden 5 minutes ago":
    // a child gone from where they were.
    '!@child * gone * * # minute|minutes|min|mins|second|seconds ago',
    '!@child * gone * * * gate|door * open',
    // "my mum has dementia and she walked out while my dad was asleep", "my grandad with alzheimers has wandered off".
    'dementia|alzheimers|alzheimer * walk|walked|wander|wandered|go|gone|went|get|got out|off|missing',
    '@child * sneak|snuck|sneaked out',
    'year|yr old * sneak|snuck|sneaked out',
    'meet|meeting|met up with * man|men|stranger|adult * online|snapchat|instagram|internet|app',
    '!in a|the hot car',
    '!baby|toddler|child|kid|dog * crying|barking|panting|screaming in a|the car',
    // "kids are on the ice on the lake" (not "on the ice rink").
    '!@someone * on the ice',
    '!on the frozen lake|pond|river|canal',
    // "a dog locked in a car in this heat" (the RSPCA says call 999).
    '!dog|dogs|puppy|baby|toddler locked|left|trapped in|inside * * heat|hot|sun|boiling|panting|collapsed|collapsing',
    // "a dog left in a car barking for an hour in the supermarket car park, windows down a bit": asked about, unless hot
    // or collapsed.
    'dog|dogs|puppy|baby|toddler locked|left|trapped in|inside',
    '!toddler|baby * walk|walking|wander|wandering|crawl|crawling * road|street|motorway|carriageway|a2|a282|m25|m2',
    'toddler|baby * get|got out',
    // A toddler out on their own: "walking along the main road in just a nappy".
    '!in just|only a|his|her nappy',
    // "a man is carrying a crying little girl into a van", "a girl of 13 has just been put in a car by two men".
    '!carrying|dragging|pulling|bundling|pushing * @child * into|in a|the|his|their car|van|vehicle|taxi',
    '!@child * * be|been|was|were|get|got|just put|bundled|pushed|dragged|pulled into|in a|the|his|their car|van|vehicle|taxi',
    // "a man in a car pulled up next to my 10 year old and told him to get in".
    'pull|pulled|pulling|pulls up * * * tell|told|telling|ask|asked|asking * to get in|into',
    // "my 14yo not home since yday".
    'not home|back since|all_night',
  ],
  medical: [
    // "a man has been hit by a train at the level crossing".
    '!hit|struck|knocked_down|run_over by a|the train|car|bus|lorry|van|motorbike|tram',
    // "my son has been bitten by an adder on the heath": venom.
    '!bitten|bit|stung by * adder|snake|viper|scorpion',
    // "a car has gone through the front window of the nail bar".
    '@vehicle * gone|went|crashed|drove|driven|ploughed|smashed through|into the|a * window|front|shopfront|shop|house|building|bus_stop|crowd',
    // "her speech has gone slurry again" (a stroke).
    'speech * slur|slurred|slurry|slurring|gone|strange|funny',
    // "he fell yesterday and now he can't put weight on his leg and is in a lot of pain".
    'can|could not put * weight on',
    'in agony',
    'in a_lot_of|so_much|terrible|severe pain',
    // "fell over this morning and has a lump on her head", "went out without his insulin hours ago".
    'lump|bump on * head',
    'without * insulin|inhaler|epipen|medication|meds',
    // Written in other words, 2026-12-03: foaming at the mouth, eyes rolling, pouring with blood, shaking, railway lines, the sea.
    '!foam|foaming at the mouth',
    // "my mum's gone a funny colour and she's making a gurgling noise".
    '!@someone|face|lips|skin * go|gone|going|turn|turned|turning blue|grey|gray|purple|a_funny_colour|a_strange_colour|a_weird_colour',
    '!make|making * gurgle|gurgling|rattling|rattly noise|noises|sound|sounds',
    // "I don't know if he's breathing", "not sure if he's alive".
    '!not know|sure if|whether * breathing|breathe|alive|conscious|dead',
    // "an asthma attack and her inhaler isn't working" (a panic attack is not an attack either: NOT_DANGER).
    '!asthma|heart attack',
    '!inhaler * not|never work|working|help|helping',
    '!eye|eyes * roll|rolling|rolled back',
    '!pour|pouring|gush|gushing|spurt|spurting with|of blood',
    '!covered in blood',
    'gash|gashed on|in|to * head|arm|arms|leg|legs|face|hand|hands|neck|chest',
    'shake|shaking uncontrollably',
    '@someone * not make|making sense',
    // "my mum's taken all her tablets and she's really sleepy and not making sense": pills taken, and their effect now.
    // (not "she's been forgetting to take her tablets and gets confused": the tablets not taken, and the confusion a habit).
    '!take|swallow * load|lot|all|packet|bottle|box|handful|loads|bunch|fistful|whole|double * * @medicine * * sleepy|drowsy|dizzy|woozy|floppy|incoherent|not_make_sense|slurring|confused',
    '!on the railway|train track|tracks|line',
    // "a kid has climbed onto the railway line", "she is walking on the tracks" (forty-fourth session: were read by the
    // model alone; tracks, not track: running on the track at the leisure centre is not the railway).
    '!climb|climbed|climbing|get|got|getting onto the railway_line|railway_track|railway_tracks|tracks',
    '!@someone * sit|sitting|sat|stand|standing|lie|lying|walk|walking|wander|wandering on|along|across the tracks',
    '!swept away',
    '!swept out to sea',
    // "a kid has been swept off the steps by the tide".
    '!swept off|into * by the tide|current|waves|sea|river',
    '!current|tide * take|took|taken|drag|dragging|pull|pulling * him|her|them|out',
    '!in difficulty|trouble in the water|sea|river|canal|lake',
    '!not breathing|breathe',
    '!can not breathe',
    '!stop|stopped breathing',
    '!not|never wake|respond|move|breathe',
    '!not|never get up',
    '!will not wake|respond|move|breathe',
    // "my asthmatic son is struggling to breathe", "gasping for breath" (forty-eighth session; the first was none).
    '!struggle|struggling|fight|fighting|gasp|gasping to|for breathe|breath',
    // "he's fallen down the stairs, he's breathing but won't open his eyes".
    '!not|never open his|her|their|your eyes',
    // "my neighbour is stuck in her bath and can't get out, she's 90".
    '!stuck|trapped in her|his|their|my|the bath|bathtub',
    '!unconscious|unresponsive|fitting|seizure|drowning|drown',
    // Someone collapsed ("my nan has collapsed", "a collapsed man"); a roof collapsing on someone traps them (below).
    '!@someone|user|users|addict|addicts|drinker|drinkers * collapse|collapsed|collapsing',
    '!collapsed man|woman|lad|boy|girl|person|bloke|guy|child|kid',
    // "has been smoking spice in the stairwell and keeps collapsing": a habit, so not now by itself.
    'keep collapsing|passing_out|fitting|blacking_out',
    // "a wall has collapsed on the building site and there are workers under it".
    '!someone|somebody|people|workers|worker|man|men|woman under|underneath|beneath it|rubble|the_rubble|the_wall|the_roof|the_ceiling|debris',
    // "my wife has gone into labour in the car", "the baby is crowning" (not "the baby is coming next week").
    '!gone into labour',
    '!baby be|is crowning',
    // "I think my waters have broken and I'm on my own and the baby's coming": asked (by itself it is not a danger now).
    'waters have|has|just * broken|broke|gone|went',
    // "there's a chemical smell in the school hall and kids are being sick and collapsing".
    '!being sick|ill and collapsing|fainting|passing_out',
    // "my nan is in the bath and she's gone quiet and the door is locked and she's not answering".
    'in the bath * * gone|go|went quiet|silent',
    // "a lady has fainted in the queue at Lidl and she's not coming round".
    '!faint|fainted|fainting|collapse|collapsed|passed_out|pass_out|knocked_out * * * not come|coming|came round|to',
    '!drop dead',
    'overdose|overdosed|od',
    // "my mum has taken a massive overdose": just taken.
    '!has|have|is taken * overdose|od',
    '!allergic reaction',
    '!slur|slurring|slurred * word|words|speech',
    // A stroke: "one side of her face has dropped".
    '!face * drop|dropped|dropping|droop|drooping|droopy',
    // "his face look strange one side".
    '!face * strange|funny|weird|wrong|lopsided * one side',
    '!pass|passed|passing out',
    'spike|spiked|spiking',
    // "his eyes are rolling back" (not "eye rolling" at someone).
    '!eye|eyes * roll|rolling|rolled back|up',
    '!can barely|hardly stand|walk|breathe|talk|move',
    'hallucinate|hallucinating',
    '!carbon monoxide',
    'feel|feels|feeling|felt dizzy',
    'scream|screaming|shout|shouting|cry|crying|call|calling for help',
    // "the man next door has been calling out for help through his window since this morning".
    'scream|screaming|shout|shouting|cry|crying|call|calling out for help',
    '!hold|holding|held|push|pushing|pushed|keep|keeping * head * under',
    // "can't get up", "can't walk straight" (not "I can't stand the noise").
    'can not stand_up|get_up',
    'can not walk|stand properly|straight',
    // "my husband fell in the bathroom and I cannot lift him, he is very cold" (not "I can't lift the box").
    'can not lift|move|shift him|her|them|dad|mum|nan|grandad|husband|wife',
    'stop|stopped|stopping taking * insulin|medication|meds',
    // "she's diabetic and she's been shaking and sweating".
    // "my husband is diabetic and he's gone all sweaty and confused".
    'diabetic|insulin|hypo * * confused|drowsy|unresponsive|shaking|sweating|sweaty|clammy',
    '!anaphylactic|anaphylaxis',
    '!can not swallow',
    // "his face is swelling up", "her throat swells" (not "his face all swollen" after a beating: an injury told of).
    '!face|throat|tongue|lip|lips * swelling|swells|swelled',
    '!just floating',
    '!floating face down',
    '!not swimming just|but floating',
    '!face down in the water|river|canal|sea|lake|pond',
    'needle|needles * in|into my|his|her|their hand|finger|foot|arm|leg',
    'needlestick',
    // "a needle stick injury", "my son got pricked by a needle in the park" (not "a needle stuck in the grass verge").
    'needle stick injury|injuries',
    'get|be stick|prick by|with a|the needle|syringe',
    'feel|feeling|felt faint',
    'not|never answer|answering * door',
    'slump|slumped',
    // "I've found him slumped in the bathroom with a needle next to him".
    '!slump|collapse|unconscious * with a|the needle|syringe',
    // "he's slumped over the wheel with the engine running", "one hasn't surfaced", "he hasn't come back up".
    '!slump|slumped over|at|against the * wheel|steering',
    '!not|never surface|surfaced|resurfaced|come_back_up|came_back_up',
    'can not get any sense|response out of|from',
    // "is having a fit"; not "because he had a stroke" (what happened to him once).
    '!having a fit|seizure|stroke',
    // "a man on the ground outside the pub having some kind of fit".
    '!having some|a kind|sort of fit|seizure',
    '!just had a fit|seizure|stroke',
    '!heart/n attack/n',
    '!knock|knocked out',
    'take|swallow|eat * load|lot|all|packet|bottle|box|handful|loads|some|many|bunch|fistful|couple|bag|strip|strips|tub|pot|jar|whole * @medicine',
    'take|swallow|eat * load|lot|all|packet|bottle|box|handful|loads|some|many|bunch|fistful|couple|bag|strip|strips|tub|pot|jar|whole * * @medicine',
    // "I've taken all my tablets", "she's swallowed a whole packet", "he's taken loads of his mum's tablets": just done, so now.
    '!have|has|is taken|swallowed load|lot|all|packet|bottle|box|handful|loads|whole * * pill|tablet|paracetamol|painkiller',
    '!have|has|is swallowed * packet|bottle|box|handful|load',
    // "drinking a bottle of vodka with her tablets".
    'vodka|alcohol|drink|drinking|drank|booze * with|and * her|his|my|their|the * tablet|pill|medication|meds',
    // "my toddler's swallowed a battery".
    '!have|has|is swallowed * battery|batteries|magnet|magnets|bleach|detergent|washing_tablet|button_battery|coin',
    // "my daughter has just swallowed something from under the sink".
    '!swallow|swallowed|drank|drunk|ate|eaten * from under the sink',
    '!swallow|swallowed|drank|drunk * bleach|detergent|antifreeze|weedkiller|poison|chemicals|liquitab|liquitabs',
    // "my grandson swallowed a button battery ten minutes ago", "he's on the bench and I can't feel a pulse".
    '!swallow|swallowed * battery|batteries|magnet|magnets',
    '!can not feel|find * pulse|heartbeat',
    '!no pulse|heartbeat',
    // "my wife is in labour and the baby's cord is round its neck".
    '!cord * round|around * neck',
    // "the bouncy castle has blown away with kids in it".
    '!bouncy_castle|bouncy_castles|inflatable|inflatables * blown|blew|blow|lifted|taken_off|took_off * away|up|off|over',
    // "she's taken 40 paracetamol".
    '!have|has|is taken|swallowed # pill|pills|tablet|tablets|paracetamol|painkiller|painkillers|sleeping',
    'fall|fell|fallen down|off * stair|stairs|step|steps|ladder|roof|balcony|escalator|escalators|cliff|embankment',
    // "my little boy has fallen out of the upstairs window", "someone has been electrocuted at the building site".
    '!fall|fell|fallen out_of|from * window|balcony|roof|scaffolding|loft|bunk_bed',
    '!electrocute|electrocuted|electrocution',
    '!lip|face|skin * blue',
    '!turn|go blue',
    // "he's breathing funny and his lips are going grey".
    '!lip|lips|face|skin * going|gone|turning|turned grey|gray|purple',
    '!breathing funny|strange|weird|oddly|badly|shallow|shallowly',
    // "my little boy has got a coin stuck in his throat and he's choking".
    '!stuck|lodged in * throat|windpipe',
    '!choke|choking|choked on',
    // "my baby's swallowed something and she's choking and going red".
    '!@someone|@child be choking',
    'bleed|bleeding',
    '!blood everywhere',
    // "there's blood coming under the door of the flat next door and she's not answering".
    '!blood coming|seeping|running|pouring|trickling under|from_under|through the|a|their|her|his door',
    '!bleed|bleeding on the floor|ground|pavement|road|street',
    '!bleed|bleeding heavily|badly|loads|lots|everywhere',
    '!blood all over',
    '!moan|moaning|groan|groaning on|in the floor|ground|road|pavement',
    '!cover|covered in blood',
    '!lose|losing * blood',
    '!loads|lot|lots|pool of blood',
    // "found a bloodstained knife in the bushes and there's a trail of blood leading off": someone hurt, somewhere near.
    'trail|drop|spot of blood * lead|go|off|away|into|towards',
    '!crack|cracked|split * head|skull open',
    '!clutch|clutching * chest',
    '!chest pain|pains|tight|tightness',
    // "he feels like an elephant is sitting on his chest": a heart attack, told as people feel it.
    '!elephant|weight|brick|something|someone|somebody * sit|sitting|sat|stand|standing|press|pressing|crush|crushing on * chest',
    '!chest feel|feels|felt|is|be tight|heavy|crushed',
    '!go|gone|went|turn|turned grey|pale|white and|clammy|sweaty',
    // "she's been on the floor since last night".
    '!been on the floor|ground since|for|all',
    '!hold|holding his|her|their chest',
    '!go|gone|went limp',
    '!struggle|struggling in the water|river|sea|canal|lake|pond|reservoir|quarry',
    '!fall|fell in|into the water|river|sea|canal|lake|pond|reservoir|quarry',
    // "kid fell in river at the pier cant see him".
    '!fall|fell|fallen|slip|slipped in|into river|water|sea|canal|lake|pond|reservoir|quarry|dock|docks|thames|marina|harbour|medway',
    // "has fallen off the pier into the river and he's struggling to stay up".
    '!fall|fell|fallen|slip|slipped * into the water|river|sea|canal|lake|pond|reservoir|quarry|dock|docks|thames|marina|harbour|estuary|creek|medway',
    '!struggle|struggling to stay up|afloat',
    // "kid in the river".
    '!@child|man|woman|someone|somebody|person in the|a river|canal|sea|lake|quarry|pond|reservoir|dock',
    // "a kid has got into the lake and can't get back out"; "there's a body in the river by the footbridge".
    '!into the|a water|river|sea|canal|lake|thames|pond|dock|quarry|reservoir * * not get out|back',
    '!body|bodies in|on the|a river|canal|lake|water|pond|sea|thames|road|street|alley|woods|park|bushes|stairwell|underpass',
    '!go|gone|went under the water',
    // "there's a kid who's gone under at the lake and hasn't come up" (forty-ninth session; was the model's question).
    '!go|gone|went under at|in the|a lake|river|sea|canal|pond|quarry|reservoir',
    // "a child has gone under in the deep end and we cant find her".
    '!go|gone|went under at|in the|a deep_end|pool|swimming_pool|lido',
    // "waving his arms and going under", "walked into the river and is going under".
    '!and|keep|keeps * going|go under',
    '!walk|walked|walking|wade|waded|wading * into the|a water|river|sea|canal|lake|pond|reservoir|quarry|dock|docks|thames',
    '!swimmer|swimmers in trouble|difficulty|difficulties',
    '!water|river|sea|canal|lake|pond * go|gone|went under',
    '!fall|fell|fallen|gone|went through * ice',
    '!drive|driven|drove|crash|crashed|go|gone|went * into * river|canal|lake|sea|water|dock|quarry',
    '!fall|fell|fallen onto|on|into * track|tracks|railway|line|river|canal',
    // (…and "a man has just come off his motorbike on the A2, he's lying in lane 1 and cars are still coming".)
    '!@someone * lie|lying|laying in|on|across the road|street|pavement|ground|floor|lane|carriageway|motorway|hard_shoulder',
    '!@someone * lie|lying|laying in lane',
    // "theres a woman in the road on the A226 lying down, cars swerving round her".
    '!@someone in|on the|a road|carriageway|motorway * lie|lying|laying down|there|still',
    // "my neighbour is lying at the bottom of the stairs and she won't answer me".
    '!@someone * lie|lying|laying at|on the bottom|foot of the * stairs|stair|steps|stairwell',
    // "a man is lying in the underpass and there's blood coming from his head".
    '!@someone * lie|lying|laying in|on|across|at the|a underpass|alley|stairwell|gutter|doorway|bushes|car_park',
    '!blood|bleeding * from|out_of his|her|their|the head|mouth|ear|ears',
    '!sit|sitting|sat|stand|standing|lie|lying|walk|walking in the middle of the * road|motorway|carriageway',
    // "a man is walking along the middle of the A2 towards the traffic" (forty-fifth session).
    '!sit|sitting|sat|stand|standing|lie|lying|walk|walking|wander|wandering in|along|down the middle of the a2|a282|a226|m25|m2|m20|motorway|dual_carriageway',
    // "a toddler is wandering on the hard shoulder of the A2".
    '!@child * wander|wandering|walk|walking|run|running|crawl|crawling|play|playing|stand|standing|sit|sitting on|along|across|in * hard_shoulder|motorway|dual_carriageway|carriageway|railway|railway_line|tracks|a2|m25|m2|a282',
    'have|had|having a fall',
    // "she fell yesterday and she's still on the floor".
    '!@someone * still on the floor|ground',
    // "she's on the kitchen floor, she's breathing but not answering me", "he's on the floor and not responding".
    '!@someone * on the|her|his floor * * not answer|respond|talk|speak|wake|move',
    '!@someone * on the|her|his kitchen|bathroom|bedroom|hall|hallway|lounge|landing|toilet floor * * not answer|respond|talk|speak|wake|move',
    '!breathe but * not answer|respond|talk|speak|wake|move',
    // "my nan fell down the stairs and isn't making any sound".
    '!fall|collapse * * not make * sound|noise',
    '@someone * fall|fell|fallen over|down and|but * not get up',
    // "my dad has fallen in the bath and cant get out".
    '@someone * fall|fell|fallen|slipped|slip in|into the|his|her|their bath|bathtub|shower and|but * not get out|up',
    '!jump|jumped into * river|water|canal|sea|lake',
    // "somebodys jumped in the river off the bridge".
    '!jump|jumped in the|a river|canal|sea|lake|thames|medway|quarry',
    '@child * crying * for hours|ages',
    'badly hurt|injured',
    // "car just crashed into a lamppost on the A226 and the driver looks hurt": someone hurt in a crash, as seen now.
    '!driver|rider|passenger|cyclist|pedestrian * looks|seems hurt|injured|unconscious|dazed',
    // "her face is burnt" (a person's burns, not a burnt-out car).
    'face|hand|hands|arm|arms|leg|legs|skin|eye|eyes|back|chest * be|been|get|got burnt|burned|scalded',
    'be|get hurt|injured',
    // "my flatmate has taken every tablet in the cupboard and she's going floppy", "my baby's gone floppy".
    '!go|goes|going|gone|went|be floppy|limp',
    // "i cant get her out she's gone all floppy".
    '!go|goes|going|gone|went all floppy|limp',
    // "the kid's spark out on the pavement": knocked unconscious.
    '!spark|sparked out',
    // "someone just got run over on purpose outside the pub".
    '!@someone * just|been|got run_over|knocked_down',
    // "a boy has fallen through the roof of the old warehouse".
    '!fall|fell|fallen|gone|went through * roof|floor|skylight',
    // "the flue is pumping fumes into the stairwell and the old couple are both drowsy" (carbon monoxide).
    'fumes * * * * drowsy|dizzy|confused|headache|headaches|sleepy|passed_out',
    // "my friend od'd", "he's oded on something" (an overdose in text-speak).
    '!oded|odd_on|od_on',
  ],
  self_harm: [
    // "i'm going to kms": kill myself, as it is typed.
    'kms',
    // "has been in the garage with the car engine running and the door shut for ages" (not a lorry's engine running on the road).
    'in * garage * engine|motor running|on',
    'goodbye letter|letters|note|notes',
    // "she left a note saying she can't cope".
    'note|letter|letters|notes * can|could not cope|go_on|carry_on',
    // "I've got the pills saved up", "she's been stockpiling her tablets".
    '@medicine * save|saved|saving|stockpile|stockpiled|hoard|hoarded up|away',
    'save|saving|saved|stockpile|stockpiling|stockpiled|hoard|hoarding|hoarded * @medicine',
    // "the man next door is on his drive pouring petrol over himself", "she's covered herself in petrol", "he's
    // threatening to set himself on fire".
    '!pour|douse|soak|cover|drench|throw * petrol|fuel|paraffin|lighter_fluid over|on himself|herself|themselves|myself',
    '!pour|douse|soak|cover|drench himself|herself|themselves|myself in|with petrol|fuel|paraffin|lighter_fluid',
    'set himself|herself|themselves|myself on fire|alight',
    '!hose|hosepipe|pipe|tube from|on|in|into|attached_to|taped_to * exhaust',
    // "a man is sitting in a car with a hosepipe going from the exhaust into the window".
    '!hose|hosepipe|pipe|tube going|running|leading|coming from|to|into * exhaust',
    // "I've got the pills ready", "nobody would miss me", "wants to go to sleep and not wake up".
    'pill|pills|tablet|tablets|rope|noose ready',
    'nobody|no_one would|will miss me|him|her',
    'sleep and not|never wake',
    'sleep forever',
    'suicide note|letter',
    'noose|ligature',
    // "my mate sent a snap of a bottle of vodka and pills saying 'tonight's the night' and now his phone is off".
    '@medicine|rope|noose * * * tonight be the night',
    'kill myself|herself|himself|themselves',
    'end|ending it',
    'end|ending my|his|her|their life',
    // "my daughter tried to take her own life in september".
    'take my|his|her|their own life',
    'have|had enough of everything|life',
    'hang|hanging myself|herself|himself|themselves',
    // "she's hanged herself", "I found my son hanging in his room" (not "he tried to hang himself",
    // nor "found a man hanging about in my garden", nor "he's hanging in there").
    '!hanged|hung myself|herself|himself|themselves',
    '!@person * hanging|hanged|hung from|in|off * room|garage|loft|shed|bedroom|bathroom|tree|banister|bannister|stairs|stairwell|wardrobe|door|ceiling|beam|rope|belt|cell|woods',
    'rope|noose * neck',
    // "he's got a belt round his neck in the bathroom and won't let me in" (not a scarf or a tie, worn).
    '!rope|noose|belt|cable|ligature|flex|wire * round|around * neck',
    // "keeps saying he's a burden and we'd be better off with the insurance money".
    // (A burden alone is not: not "my mum says she's a burden because she needs help with shopping".)
    'better off with the|my|his|her insurance|life_insurance',
    // "my neighbour's son posted 'this is my last night' on instagram".
    'post|posted|posting|posts|said|says|saying|text|texted|wrote|write|message|messaged * * this be my last night',
    'noose',
    // "my mate posted on snapchat a picture of a rope and said tonight", "sent me a photo of pills".
    'picture|photo|pic|pics|photos|pictures|snap|video of * rope|ropes|noose|@medicine',
    // "left a note and went out with a rope", "took a rope and walked off".
    'go|went|gone|walk|walked|leave|left|run|ran out|off * with * rope|ropes',
    'take|took|taken|grab|grabbed a|the|his|her|some rope|ropes and|then * go|went|gone|walk|walked|leave|left|run|ran|drive|drove|disappear|disappeared',
    // "he's got a rope and he's in the woods": a rope, and a place to use it.
    'get|have|buy a|the|some rope * * wood|forest|tree|garage|loft|shed|bridge',
    'cut|cutting|slit * arm|wrist',
    'end everything',
    'end|ending things',
    'text|texted|message|messaged|say|saying|said|post|posted|posting|write|wrote * goodbye',
    // "she's on the bridge and this is goodbye" (forty-sixth session).
    'this be|is goodbye',
    // "my mate just sent a pic of loads of pills and said bye".
    '@medicine * and|then * say|said|saying|text|texted|message|messaged bye|goodbye',
    'give|gave|giving away his|her|their|my * stuff|thing|belonging|possession',
    'do something stupid|silly',
    'better off without me|him|her|them|us',
    'give|gave|giving his|her|their|my * away',
    'jump|jumping|step|stepping in front of * train|bus|lorry|car|traffic',
    // "a lad on the bridge says he's going to throw himself off".
    'throw|throwing|threw himself|herself|myself|themselves|yourself off',
    // "he's taken all his antidepressants", "photos of pills lined up", "her wrists all cut up".
    'take|taken|took|swallow|swallowed all * pill|pills|tablet|tablets|antidepressants|medication|paracetamol|meds',
    'pill|pills|tablet|tablets lined up',
    'wrist|wrists * cut',
    'cut|cuts|cutting * wrist|wrists',
    // "he's cut his wrists in the bathroom and locked the door" (the tokeniser reads he's as he is).
    '!has|have|is cut|slit|slashed his|her|their|my wrist|wrists|throat',
    // "i took 20 pills", "he's swallowed about 30 paracetamol": a count no one takes for a headache, an overdose (asked,
    // not 999; Samaritans with it).
    'take|swallow * 8|10|12|14|15|16|20|24|25|28|30|32|40|48|50|60|100|ten|twelve|fifteen|sixteen|twenty|thirty|forty|fifty|hundred @medicine',
    'better without me|him|her|them|us',
    // "he is going to throw himself in front of a train", "lie down under a bus".
    'throw|throwing|threw|put|putting|lie|lying|lay himself|herself|myself|themselves|yourself in front of',
    'throw|throwing|threw|lie|lying|lay * under a|the train|bus|lorry|car',
    'think|thinking about * kill|killing|jump|jumping|end|ending * myself|herself|himself|it|train|life',
    'suicide|suicidal',
    'self harm|harming',
    'harm|harming|hurt|hurting|cut|cutting myself|herself|himself|themselves',
    'want to die',
    // "my brother says life isn't worth it and he's got a stash of pills in his room".
    'life be|is not worth it|living',
    'not worth living',
    'not want to be here|alive|live',
    'want to be dead',
    // "she said she wishes she was dead" (not "I wish he was dead", about someone else).
    'i wish|wished i was|were|be dead',
    'she wish|wishes|wished she was|were dead',
    'he wish|wishes|wished he was|were dead',
    'they wish|wished they were dead',
    'jump off|from * bridge|footbridge|roof|balcony|building|cliff|window|ledge|flyover|multi|tower|block|top|viaduct|pier',
    'will|would|might jump',
    'stand|standing|stood|sit|sitting|sat on|onto * edge|ledge|bridge|footbridge|parapet|railing',
    // "a man on the footbridge over the A2 with his legs over the railings".
    '!leg|legs over the side|edge|railing|railings|rail|barrier|parapet',
    'stand|standing|stood|sit|sitting|sat on * wall|side|edge of * bridge|footbridge|roof|cliff|building|multi|flyover|motorway',
    // "has climbed over the barrier on the Queen Elizabeth bridge".
    '!climb|climbed|climbing over|onto|on * railing|railings|barrier|parapet * * bridge|footbridge|roof|balcony|flyover|multi',
    // "a man on the footbridge over the A2 is climbing over the barrier".
    '!bridge|footbridge|flyover|roof|balcony|multi * * climb|climbed|climbing over|onto * railing|railings|barrier|parapet',
    '!will not come down|off',
    '!wrong side of * barrier|railing|railings|fence|parapet|bridge|footbridge',
    // "a man on the railway bridge on the outside of the fence looking down at the tracks".
    '!on|over the outside of * barrier|railing|railings|fence|parapet|bridge|footbridge',
    '!refuse|refusing to come down|off',
    'disappear for good|forever',
    'sorry for everything',
    'going|gonna|want|threaten|threatening to jump',
    // "a man's hanging from the footbridge" (not "a flag with a white power symbol hanging from the footbridge").
    '!@someone * hang|hanging off|from * balcony|bridge|footbridge|ledge|railing|roof|window|scaffolding|scaffold|crane|cliff|gutter|drainpipe',
    // "a man has climbed up the outside of the flats and is hanging off a balcony on the 6th floor": someone told of
    // before, in the clause before.
    '!climb|climbed|climbing * * and be|is hanging off|from * balcony|bridge|footbridge|ledge|railing|roof|window|scaffolding|crane|gutter|drainpipe',
    // "a woman is hanging out of a window on the 4th floor screaming".
    '!hang|hanging|lean|leaning out of * window|balcony',
    'will|gonna let go',
    'going to let go',
    'take|taking all * tablet|pill',
    'say|said|saying goodbye to everyone',
    // "sending weird messages saying bye to everyone".
    'bye|goodbye to everyone|everybody|you_all|all_of_you',
    'i|he|she|they can not cope',
    'i|he|she|they can not go on',
    'can not do this',
    'no reason to live',
    'no point anymore|in_living|in_going_on|in_carrying_on|in_being_here|to_anything|in_anything',
    'no point any more',
    'pill|pills|tablet|tablets|packet in front of me|him|her',
    // "says she's going to take the whole packet tonight".
    'take|taking * whole|entire packet|bottle|box|lot',
    'write|wrote|written|writing * letter|letters|note|notes to all|everyone|each of',
    'give|gave|given|giving * dog|cat|pet|pets to',
    'going|gonna * drive|crash * into a|the wall|tree|lorry|river|bridge',
    'better off dead',
    // "a bag of razor blades and bloodied tissues under my daughter's bed".
    'razor|razors|blade|blades * blood|bloody|bloodied|bloodstained|plasters|tissues',
    // "she left a note saying sorry and took the car", "she says she won't be a burden anymore".
    'she|he|son|daughter|wife|husband|mum|dad|brother|sister|friend|mate|partner|boyfriend|girlfriend * left|wrote a|the note|letter saying|that_said sorry|goodbye',
    'not be a burden',
    'be a burden anymore|any_more',
    // "my son texted me from uni saying he's had enough and he's sorry and he loves us".
    'he|she|they is|has|have had enough * sorry|love|loves|goodbye|bye',
    // "a lad on the bridge says he's going to throw himself off": someone there now.
    '!on the|a bridge|roof|ledge|footbridge|balcony|cliff * * * going|gonna to throw|jump',
  ],
  followed: [
    'follow|following|followed * me|us|her|him|home|them|@person',
    // "a man has followed my 10 year old into the toilets at the leisure centre".
    'follow|following|followed|chase|chasing|chased my|our|a|her|his|their # year|yr old|olds',
    'be|being|get|getting follow|followed',
    // "older boys have been waiting outside our house every night", "yesterday he was waiting in the car outside my kids
    // school".
    'boys|lads|men|man|gang|they|he|she|youths|group * been|keep|keeps|be waiting|hanging|sitting|standing * outside|by|at our|my|his|her|their * house|home|flat|door|gate|school|work',
    'stalk|stalker',
    // "someone put a tracker on my car, I found it under the wheel arch" (forty-third session; not "we've set up a tracker").
    'find|found|discover|discovered a|an tracker|tracking_device|airtag|gps_tracker',
    'someone|somebody|he|she|they * put|hid|hidden|placed|fitted|stuck a|an tracker|tracking_device|airtag|gps_tracker',
    // "my ex keeps commenting on where I am, he seems to know every place I go" (forty-sixth session).
    'know|knows|knew every|each place * go|goes|went',
    // "he's found out where I'm staying and he's outside now".
    'find out where * live|stay|work|be',
    // "he knows my routine", "turns up wherever I go": stalking.
    'know|knows|knew my|her|his routine|movements|every_move',
    'turn|turns|turning|turned|show|shows|showing|showed up wherever|everywhere',
    // "her ex turned up at her work today even though he's not allowed near her": an order broken.
    'turn|show up * * * not allowed near|to_contact|to_come_near|to_go_near',
    // "he knows when I'm alone".
    'know|knows|knew when * am|is|are|be alone|on_my_own|on_her_own|on_his_own',
    // "a man keeps sitting outside the women's refuge in his car".
    'sit|sits|sitting|sat|park|parked|parks|wait|waits|waiting|stand|stands|standing outside * refuge|shelter|safe_house',
    // "letters saying 'we are watching you'".
    'be|are|am watching you',
    'surround|surrounded',
    'corner|cornered me|us|him|her|them',
    'get|got|has|have * cornered|surrounded',
    // "sitting in a car outside my house for an hour watching me".
    'watch|watching|watched me|us',
    '@someone * be|get cornered',
    'chase * @person',
    '@person * be|get chase',
    'wait|waiting for * me|him|her|us|them',
    'slow|slowing|slowed down next|beside|alongside',
    'face|faces covered|hidden',
    'balaclava|balaclavas|masked',
    'watch|watching|watched my|our|her|his house|door|flat|home|window|windows',
    'watch|watching|watched the|our kids|children|girls|school|playground',
    'drive|driving|drove|walk|walking|walked past|round|around my|our|her house|home|flat|work',
    'appear|appearing|turn|turning|show|showing|pop|popping up wherever|everywhere',
    'appear|appearing wherever|everywhere',
    // "parked opposite my house and just sits there watching", "a man been sat outside my flat in a car for 2 hours".
    // (The data reads someone turning up at a door or a work, filming or photographing children, or staring at a house,
    // as harassment with no danger sign: not "keeps turning up at my work", nor "films my kids playing".)
    'sit|sits|sitting|sat|stand|stands|standing|stood there watching|staring',
    'sat|sitting|parked|waiting outside my|our|her|his * house|flat|home|door * for # hour|hours|hrs',
    // "a car parks opposite my house every night with two men in it watching".
    'man|men|someone|somebody|people|lads|guys|two|three in it watching|staring',
    // "messaging me what I was wearing that day": someone who watches her.
    'what i|she|he|you|we be wearing',
    // "a man got off at my stop and is walking behind me".
    'walk|walking|walked behind me|us|her',
    // "a car's been tailing me since the Dartford crossing", "there's a car that's been behind me for the last three
    // roundabouts", "tried to run me off the road".
    'tail|tails|tailing|tailed me|us|her|him|them|my|our',
    'been behind me|us|her for|since|all',
    'run|ran|running|drive|drove|driving|force|forced|forcing|push|pushed me|us|her|him|them|my|our * off the road',
  ],
  break_in: [
    // "he keeps punching the door of the room I'm in, I've pushed the bed against it": keeping someone out.
    '!push|pushed|pushing|put|wedge|wedged|jam|jammed * bed|chair|sofa|wardrobe|drawers|table against|behind|under it',
    '!push|pushed|pushing|put|wedge|wedged|jam|jammed * bed|chair|sofa|wardrobe|drawers|table against|behind|under the|my|our * door',
    // "he's banging on my door right now", "men are in her garden now with sticks, they are banging on her back door":
    // someone trying to get at the resident now (not "the man upstairs bangs on my door when I play music", harassment,
    // not danger).
    'be|is|are banging|hammering|pounding|kicking on|at my|our|the|her|his|their * door|window',
    'men|man|lads|gang|someone|somebody|stranger|strangers be|is|are in her|my|our garden|yard|house|flat',
    // "a gang is outside my front door shouting racist abuse and kicking it".
    'outside|at my|our|the * door * * kicking|banging|hammering|pounding|smashing it|on_it|at_it',
    // "gang outside my flat door now tryna kick it in" (forty-sixth session).
    'try|trying|tried|attempting to kick|boot|smash|force|break it|the_door|my_door|our_door in|down|open',
    'break|breaking|broke into',
    // "someone has been letting themselves into my flat when I'm out" (forty-eighth session; not "the landlord keeps
    // letting himself in", which the data reads as a nuisance).
    'someone|somebody|stranger|strangers * * let|letting|lets themselves|himself|herself into|in',
    // "he has just smashed her window with a bat and he's climbing in", "a man is climbing through my window": getting in.
    'smash|break * * * climb in|into|through',
    'be climbing in|into|through the|a|her|his|my|our|their window',
    // "my ex has got into the house through the back door and he's in the kitchen shouting".
    'get|got|getting|gotten into the|my|our|her|his house|flat|home * through|via|by the|a * door|window|back|garden',
    'force|forcing * way in|into',
    'smash|smashed|break|broke * back|front|kitchen|bedroom window|door',
    'door * be|been kicked|smashed|forced in|open|down',
    // "someone is downstairs", "an intruder upstairs" (not "someone upstairs keeps banging": a neighbour).
    'someone|somebody|stranger|intruder|burglar be|is|are downstairs|upstairs|inside',
    'stranger|intruder|burglar downstairs|upstairs|inside',
    // "there are men downstairs in the house" (not "the man upstairs in the flat above").
    'man|men|people|someone|somebody|lads downstairs|upstairs in the|my|our house|home',
    '!someone|somebody|stranger|strangers|intruder|burglar inside|in my|our house|flat|home|bedroom|kitchen',
    // "someone's in the house", "I heard glass smash downstairs".
    '!someone|somebody|stranger|intruder|burglar is|are in|inside the|my|our house|flat|home|kitchen|bedroom|garden',
    'glass smash|smashing|break|breaking downstairs|upstairs|inside',
    // "someone was in the garden at 2am": told after, a sign but not now by itself.
    'someone|somebody|stranger|intruder|burglar be in|inside the|my|our house|flat|home|kitchen|bedroom|garden',
    // "there's somebody in the kitchen right now": a room of a home (not "someone in the house next door").
    'someone|somebody|stranger|strangers|intruder|burglar in|inside the kitchen|bedroom|loft|attic|hallway|hall|bathroom|conservatory|cellar|landing',
    // "a man in my back garden looking through the windows", "I can hear someone walking about downstairs".
    'someone|somebody|man|men|stranger|strangers|intruder * in my|our back|front garden|yard',
    'hear|heard * someone|somebody * downstairs|inside',
    // "her back door is wide open and I can hear someone moving about in there".
    'hear|heard * someone|somebody * moving|walking|creeping|banging * in there',
    'hear|heard * someone|somebody * in the house',
    'look|looking|peer|peering|stare|staring through|into * my|our|the window|windows',
    // "man is standing in my garden looking in window", "looking in my windows at night" (not "people looking in the
    // window of the shop").
    'someone|somebody|man|men|stranger|strangers|intruder * standing|hiding|lurking|crouching in|inside my|our|the garden|yard|porch|driveway',
    'look|looking|peer|peering|stare|staring in my|our window|windows',
    'break|breaking in',
    'burgle|burgled|burglary|burglar|intruder',
    'try|trying|tried * get|break|force * in|into|door|window',
    // "there's a man trying to climb in through my daughter's bedroom window right now".
    'try|trying|tried to climb in|into|through * * window|windows',
    'try|trying|tried * door|handle|window',
    // "a man is trying to open my front door right now" (not "I was trying to open my front door when the key snapped").
    'someone|somebody|man|men|he|she|they|stranger|strangers|lad|lads|guy|bloke|people|gang|who * try|trying|tried|tries to open|force|unlock * door|doors|window|windows|lock',
    'kick|smash|bang|force|punch|boot|barge|ram|batter|hammer|shoulder * door|window * in|down|open|through|off',
    'kicking|banging|smashing|forcing|punching|booting|barging|ramming|battering|shouldering my|the|our|front|back door|window',
    'kick|kicking|smash|smashing|force|forcing in * door|window',
    'climb|climbing * in|into|through * window|house|door',
    // "someone is climbing up our drainpipe to my daughter's window".
    'climb|climbing|climbed up * drainpipe|scaffolding|ladder * to|towards|into * window|balcony|bedroom',
    'someone|somebody|man|people|stranger|they in my|our house|home|flat|garden|garage|shed|loft|kitchen|hallway|hall|bedroom|yard|room|downstairs|upstairs',
    'someone|somebody|man|people|stranger|they * be|is|are in|inside my|our house|home|flat|garden|garage|shed|loft|kitchen|hallway|hall|bedroom|yard|room',
    // "our shed was broken into last week and tonight I can see torch lights moving around in the garden next door"
    // (not "shining a torch into my windows").
    'torch|torches|torch_light|torch_lights|torchlight moving|inside|in|around|round * garden|gardens|house|shed|sheds|yard|garage',
  ],
  plea: [
    'help me|us|her|him',
    // "help hes here": a cry, then someone here.
    'help he|she|they|someone|somebody',
    'please help',
    'send help|someone|police|ambulance',
    // "call ambulance pls", "need an ambulance", "police needed now", "send the police" (forty-third session).
    'send the|an|a police|ambulance|paramedic|paramedics',
    'call|ring ambulance|police|an_ambulance|a_paramedic',
    'need|needs an|a ambulance|paramedic',
    'police|ambulance|paramedic|paramedics needed|required',
    // "…we're in the back bedroom, please hurry".
    'please hurry',
    // A distress call in three letters, typed as the whole message (forty-fourth session).
    'sos',
    'call|ring the police|ambulance|999',
    'scream|screaming|shout|shouting|cry|crying|beg|begging for help',
    'scream|screaming|shout|shouting help',
    // "he banged on the car window and mouthed help".
    'mouth|mouthed|mouthing help',
    // "my neighbour is screaming 'get off me'".
    'scream|screaming|screamed|shout|shouting|shouted|yell|yelling|cry|crying * get_off_me|get_off_her|get_off_him|leave_me_alone|let_me_go|let_go_of_me|stop_hurting_me|you_are_hurting_me',
    '999',
    // "I'm not safe, he's outside" (with someone here or a word of now; "I don't feel safe in the park at night" alone is not).
    'am|is|are not safe',
    'not feel safe',
    // "he's outside banging on the windows, I have a non-molestation order": an order broken, with someone here.
    'molestation|restraining|protection order',
    'injunction',
  ],
};

/**
 * Things thrown at windows, cars or buses: an attack when it is happening now ("throwing bricks at the windows right
 * now"); told of, it is damage or harassment, not a danger to ask about (the labelled descriptions agree).
 */
export const ATTACKS_ON_THINGS = [
  // "a man going round the estate hitting car windows with a baseball bat": the window with a bat was taken out as a
  // look-alike (NOT_DANGER: things broken), what is left is read only with a word of now.
  // (…and "a man is smashing the bus windows with a hammer while people are still on it".)
  'hitting|smashing|whacking|bashing * car|cars|van|vans|bus|buses|taxi|cab|tram|train',
  // "someone is smashing up the bus shelter with a hammer right now, kids walking past".
  'smashing|wrecking|trashing up * bus|shelter|phone_box|shop|car|cars|van|window|windows',
  '@throw * @object * at|into|through * car|window|windscreen|bus|house|door|doorway|letterbox|shop|mosque|church|synagogue|gurdwara|temple',
  // "they've just put a brick through my window and they're still out there".
  'put|putting|chuck|chucked|chucking|lob|lobbed|lobbing|hurl|hurled|hurling * @object through * window|windscreen|door|letterbox',
  // "my ex is outside right now and he's just put the car window through" (forty-sixth session).
  'put|putting|kick|kicked|kicking|punch|punched|punching|smash|smashed the|a|my|our|her|his|their * window|windows|windscreen|door through|in',
  // "people throwing bricks off the bridge onto cars", "teenagers chucking bricks off the bridge at cars on the motorway".
  '@throw|drop|dropping * @object * off|from * bridge|roof|balcony|flyover',
  '@throw * @object * onto|on * car|cars|road|motorway|traffic',
  // "someone is throwing bricks off the multi storey car park onto cars on the road below".
  '@throw * @object off|from * * onto|on|at * car|cars|road|traffic|people',
];

/**
 * The words a typo must not hide ("shes not brething", "a nife", "hes unconsious"): services/language/spelling.ts reads
 * a word that is not English, one edit from one of these, as that word. Kept short: every word here was checked against
 * the labelled descriptions for real words it would change.
 */
export const CRITICAL_WORDS = [
  // Who it happened to (somone been shot near station).
  'someone',
  'knife',
  'knives',
  'machete',
  'breathing',
  'breathe',
  'unconscious',
  'unresponsive',
  'bleeding',
  'collapsed',
  'attacking',
  'attacked',
  'stabbed',
  'stabbing',
  'strangling',
  'strangled',
  'suicide',
  'overdose',
  'overdosed',
  'drowning',
  // A house on fire (the house accross the road is on fier; forty-third session).
  'fire',
  'kidnapped',
  'threatening',
  'everywhere',
  // Someone missing or followed (my neice is mising since yesterdy, this guy keeps folowing me; forty-fourth session).
  'missing',
  'niece',
  'following',
  'followed',
];

/** Signs that count only with a clear sign of now ("can you help me" is not a plea for help by itself). */
export const ONLY_WITH_NOW: ReadonlySet<DangerSign> = new Set(['plea']);

/** Words that say it is happening now, or about to. */
export const NOW = [
  'right now',
  'now',
  'rn',
  'atm',
  'at the moment',
  'as we speak',
  // "she rang me screaming that he's got a knife and then the phone went dead".
  'phone|line|call went|goes|gone dead',
  // "a car has gone through the front window of the nail bar and people are inside".
  'people|someone|somebody|customers|kids|children are|is|still * inside|in_there',
  // "there are kids inside the burning house".
  'there be|is|are people|someone|somebody|kids|children|baby|child|family * inside|in_there|still_inside',
  'as i type|write|speak',
  'currently',
  'still here|there|outside|inside|in|at|behind|go|happen|do|chase|follow|wait|hide',
  'on his|her|their way round|over|here|now|back',
  // "he's on his way" (not "I am on my way home": the resident's journey).
  'is|are on the|his|her|their way',
  'about to',
  'have|has|is|are|am just',
  'just happen|get|come|pull|see|hear|try|break|smash|stab|slash|attack|hit|clip|set|start|take|run|drive|throw|shoot|punch|kick|fall|collapse|say|text|message|send|call|threaten|turn|go|shout|scream|ring|phone|tell|rob|mug|raid|jump',
  // "two men on a moped just snatched a woman's phone", "a car just mounted the pavement and hit a kid", "my mate just
  // dropped at the party".
  'just snatch|grab|drag|mount|drop|crash|knock|glass|spike|chase|bite|swallow|overdose|cut|burst|storm|barge',
  'is|are trying to',
  // "there's been a shooting outside the pub, people are running everywhere": a scene as it happens.
  'people|everyone|everybody be running|screaming|panicking|fleeing everywhere|away|for_cover',
  // "a man with a hammer going mental in the Greggs queue" (not "my dad's going mental because someone threatened my
  // brother with a knife last week": the weapon is the one told of).
  '@weapon|@object * going mental|berserk|psycho|nuts|crazy|apeshit',
  // "there are blokes with baseball bats going door to door on my road looking for someone" (not "he goes door to door").
  'going door to door|house_to_house',
  // "ambulance not here yet", "we're waiting for the ambulance": help is on its way to something happening.
  'ambulance|paramedics|police * not here|there yet',
  'am|is|are * waiting for * ambulance|paramedics',
  // "one is on the floor and the other keeps kicking him in the head": someone down while it goes on (keeping on is not a
  // habit here: it goes on while he is down).
  'one|he|she|someone|somebody|man|lad|boy|woman|girl|guy|bloke is on the floor|ground',
  // "the woman in the next flat is shouting that she's going to throw herself off the balcony": said as it happens.
  'is|are shouting|screaming|yelling that|he|she|they * going|gonna|will',
  // "he's took all his tablets and he's being sick and can't stand up".
  'be|is|are being sick|violently_sick',
];

/**
 * Play, not a threat: "they shout they'll kill each other, it's just a game" (read like "lol" or "joking"), in the words as
 * written, before "messing about" is taken out as a look-alike ("…at each other, they were just messing about").
 */
export const PLAY = [
  'just|only a game|laugh',
  'just|only play|playing|mucking|messing|pretending',
  // "shouting 'I'll kill you' at each other as a laugh".
  'at each other as|for a laugh|joke',
  // "drunk people shouting 'we'll kill you' at each other outside the pub, they were all laughing".
  'at each other * * * laughing|laughed|joking',
  // "the kids keep shouting 'we'll get you' at my son…, they're all about 8, I think it's a game" (not "I don't think…").
  'i|we think|reckon * it be * a game|joke|laugh',
  // "my son plays call of duty with his headset on until 2am shouting kill him kill him": at a game.
  'play|plays|playing call_of_duty|cod|warzone|fortnite|gta|fifa|minecraft|roblox|xbox|playstation|ps5|online',
];

/**
 * Who someone is or what they keep, not a scene: "there's a man on our estate who has a gun", "there's a knife in my
 * son's bag" outweigh "there is a…" (a question, not the 999 answer), but "my neighbour who has a gun is threatening my
 * dad" still tells of an act happening now.
 */
export const NOT_A_SCENE = [
  'who|that * has|have|owns|keeps|carry|carries|got * @weapon',
  // "there are lads on the estate who are carrying knives": what they do, not a scene.
  'who|that be|are|is carrying|carry * @weapon',
  '@weapon in his|her|my|their|the|our * bag|bags|pocket|pockets|bedroom|room|coat|rucksack|wardrobe|car',
  // "there's a group of men who hang round the school at home time".
  'who|that hang|hangs|sit|sits|stand|stands|wait|waits around|round|about|outside|near|by',
  // "there's a group of lads who gather at the skate park", "…who meet in the underpass".
  'who|that gather|gathers|meet|meets|congregate|congregates|loiter|loiters|hang_out|hangs_out at|in|on|outside|near|by|round|around',
  // "there's a memorial with flowers where the boy was stabbed".
  'there is|are a|some * memorial|memorials|flowers|tribute|tributes|plaque|shrine|candles|balloons',
  // "there's a man on our road who has been in prison for attacking someone": what he did, not what he is doing.
  'in prison|jail|custody for',
  // "there's a black mark on the lid", "there's a dent in the door": what was left.
  'there is|are a|some * mark|marks|stain|stains|dent|dents|crack|cracks|scratch|scratches|hole|holes|scorch|damage',
  // "there are burn marks on the door".
  'there is|are burn|scorch|smoke|black mark|marks|damage',
  // "there's a video going round of lads with zombie knives": something shown or told, not a scene.
  'there is|are a|an|some video|videos|post|posts|photo|photos|picture|pictures|clip|clips|message|messages|story|stories|rumour|rumours',
  // "there's a facebook group for our village where people keep posting that the asylum hotel should be burnt down":
  // what is posted, not a scene (forty-third session).
  'there is|are a|an @online group|page for|where|called',
  // "I want to know if there's a survivors group in Dartford": asked about, not a scene.
  'know|ask|asking|wonder|wondering|see|find_out if|whether there is|are',
];

/** Words of now that a habit outweighs ("there's a lad on our estate who carries a machete", "it keeps happening"). */
export const NOW_UNLESS_HABIT = [
  // "the whole street stinks of gas and the workmen have run off, there's kids playing right by it".
  'there is|are men|man|lad|gang|group|people|someone|somebody|kids|children|youths|teenagers|smoke/n|fire/n|flame|blood',
  // "there's a man at the door", "there are two lads on a moped": someone there (THERE_IS).
  'there is|are a|an|some|two|three|loads|lots|lot * @person|men|lads|gang|group|crowd|smoke/n|fire/n|flame|blood',
  // "he has my daughter in the car and says he's going to drive into a wall with her", "he's got the kids in the car and
  // he's been drinking": a child held in a car, now (forty-ninth session; were the question). Not when he had them,
  // told, nor as a habit, every other weekend.
  'is|has|have got my|our|the|her|his|their @child|kids|children in the|his|her|a|their car|van',
  'has|have my|our|the|her|his|their @child|kids|children in the|his|her|a|their car|van',
  'happening',
  'be having a|an * fight|brawl|scrap|punch',
  'i can see|hear',
  'there be about|around|over|like',
  // "a man is running around the estate with a machete".
  'be running|walking|wandering|riding|driving|going|chasing|swinging|waving|standing|sitting|waiting|lurking * with',
  // "a man with a crossbow is pointing it at people in the park".
  'be pointing|aiming it|them|a|the * at people|me|us|him|her|them|kid|someone|@person',
  // "a guy with a crossbow is in the park aiming at people walking dogs".
  'be * * aiming|pointing at people|me|us|him|her|them|kids|someone|@person',
  // "he's got a knife and hes stood outside the school gates waiting for my son to come out" (forty-eighth session).
  'is|are stood|waiting outside|by|at',
  // "…and he's still walking around with the knife".
  'be still running|walking|wandering|riding|driving|going|chasing|swinging|waving|standing|sitting|waiting|lurking * with',
  // "loads of lads with hammers smashing up a car with someone in it": who, with what, doing it.
  'man|lad|boy|bloke|guy|gang|group|youth|people|kid|teenager with * @weapon|@object smashing|attacking|kicking|hitting|chasing|stabbing|beating|fighting|waving|swinging',
];

/**
 * "there's a…", a scene now only beside a sign in its sentence ("there's a lad on a moped waving a knife") or with
 * someone there: "there's a new taxi marshal scheme" tells of no one.
 */
export const THERE_IS = ['there is|are a|an|some|two|three|loads|lots'];

/**
 * Someone looked after now ("I saw an ambulance outside my neighbour's this morning, I think he had a fall, his son is
 * with him now"; forty-sixth session): its "now" is not the danger's (NOT_NOW), and it tells what was done (DEALT_WITH).
 */
const LOOKED_AFTER_NOW =
  'son|daughter|carer|carers|nurse|nurses|paramedic|paramedics|doctor|doctors|ambulance|ambulance_crew|first_aider be|is|are with him|her|them now';
/** "now" that does not mean now. */
export const NOT_NOW = [
  // "a neighbour who won't see a doctor, they're not at risk right now" (not in danger, with its now, is read out whole
  // before these: FIGURES_OF_SPEECH).
  'not at_risk right_now|now|at_the_moment|atm',
  LOOKED_AFTER_NOW,
  // "it's not burning now, just a black mess": a fire out, not one burning.
  'not|no_longer burning|alight|smoking|on_fire now',
  // "the same boys are still going round saying they will do it again": what they say, not where they are.
  'still go|going round|around saying|telling|bragging|boasting',
  // "I'm still waiting to hear if it will go to court": the resident waiting for news, not someone waiting outside.
  'wait|waiting|waited to hear|know',
  // "…the police have given us a crime number, he is still at large": not caught, not here (but at risk: STILL_AT_RISK).
  'still at large',
  'wait|waiting|waited for * news|update|reply|response|answer|outcome|court|trial|hearing|letter|decision|result',
  'by|until|till|for|up|from now',
  // "there was a stabbing near the station on saturday night, is the area safe to walk through now": asked of a place.
  'safe to walk|go|use|cross|park|play * now',
  // "a stabbing in our road a few weeks ago and now everyone is on edge": a street's fear since, not danger now.
  'now everyone|everybody|residents|the_whole_street|the_street|the_community|the_estate|the_whole_estate * scared|worried|nervous|frightened|afraid|anxious|on_edge',
  'now and then|again',
  // "she self harmed in the past, she's getting support from CAMHS now": help since, not something going on.
  'getting|gets|got|having|has support|help|counselling|therapy|treatment * * now',
  // "he was in a fight last year and he's been withdrawn since, he's seeing a counsellor now".
  'see a|the|his|her counsellor|therapist|psychologist|psychiatrist|gp|doctor|social_worker now',
  // "…she was at her friend's house, she's grounded now lol": a punishment since, not something going on.
  'grounded|punished|banned now',
  // "my dad used to hit my mum when I was little, they're divorced now": how they live since.
  'be|are|am divorced|separated now',
  // "she used to self harm at school but she's been well for years and works as a nurse now": her work since.
  'work as a|an * now',
  // "he has now moved to another county": where someone lives since (not "he's now outside").
  'now moved|live|lives|living to|in|abroad|away',
  // "she has just started a new relationship": news of how someone lives since, not something just done.
  'just start|started|starting|begun|began a|an|her|his|their|my new',
  // "…got slashed on the way home and now my son won't go out": how someone lives since.
  'now * * not go|going|leave|leaving out|outside|the_house',
  // "…follow my son home from school every day, he won't go in now": what he will not do since.
  'not go|going|leave|leaving out|outside|in|the_house * now',
  'now be|have been',
  // "…punched my son, and now keeps giving him dirty looks": what someone has taken to doing since, not a scene.
  'now keep|keeps',
  'now live|work|have|know|feel|see|meet|scared|afraid|worried',
  // "…I got out in 2021 with help from the refuge and I'm now rebuilding my life": how the teller lives since.
  // "…showing off knives in videos filmed in the alley behind our house and saying it's their area now": a claim since.
  'their|his|our area|patch|turf|territory|manor|road|estate now',
  'now rebuild|rebuilding|recover|recovering|move_on|moving_on|settle|settling|settled|start_again|starting_again|starting_over',
  // "he knows where I live now".
  'live|living|work|working|stay|staying now',
  // "…we didn't report it then but I want it noted now".
  'noted|logged|recorded|on_record now',
  'currently live|living|stay|staying|feel|feeling|work|working',
  'currently|now on bail|remand|probation|licence|tag',
  // "my neighbour had a heart attack last month and is now home from hospital": home since.
  'now home|back|out from|of hospital',
  // "he was convicted for beating me and now he's out and has found out where I live": out of prison.
  'now he|she|they be out and|on_bail|on_licence|on_parole',
  // "my neighbour's son has just come out of prison": out since, not something happening this minute (whoever did it,
  // out and near again, keeps an older danger open: STILL_AT_RISK).
  'just come|came|got out of prison|jail|custody',
  // "at the moment my ex is threatening to burn the house down if…": what he says, not what is happening.
  'at the moment|currently * threaten|threatening|threatens|saying|says',
  // "I've just found out he carries a knife", "I've just been told", "my son just told me a boy has been saying he's going
  // to stab him on Monday": news, not what is happening.
  'just find|found out',
  'just tell|told me|us',
  'just discover|discovered|learn|learnt|learned|realise|realised|realize|realized',
  'just be|been told|informed|released|freed|bailed',
  // "I'm just answering the council survey", "I'm just asking": what the resident is doing by writing, not a scene.
  'am|is|are just answering|asking|wondering|reporting|mentioning|adding|logging|checking|letting|telling|writing|filling|responding',
  // "she's just going to get a lift for a bit": how someone will get about, not something just done.
  'just going to get|take a lift|taxi|cab|bus',
  'just hear|heard that|about|from',
  // "the boy has now threatened to stab him": what was said (not "a man in my shop right now threatening my staff with a
  // knife": threatening, as it happens).
  'now threatened|threatens|say|said|told|text|texted|message|messaged',
  'now * be|are|is scared|afraid|worried|frightened|nervous',
  'scared|afraid|worried|frightened|nervous|terrified * * now',
  'fine|ok|okay|alright|good|safe|better|well|sorted|over|done|finished|resolved|gone|asleep|calm|calmer|quiet|quieter|sober|ready|able|home|out|away|abroad|recovering|recovered|healing|healed|resting|comfortable|settled|happy|happier now',
  // "we're trying to move on": getting over it, not someone trying to get in.
  'trying to move_on|cope|forget|get_over|get_past|put_it_behind|understand|come_to_terms',
  // "I just want to know if there's more cctv now", "I've got blinds now": what has been done since.
  'cctv|camera|cameras|lighting|patrols|blinds|curtains|alarm|locks * now',
  // "it's years ago now": how long ago (not "…ages ago, now it has reopened", a contrast: see NOW).
  'be|is|was * ago now',
  // "he lives up north now", "she's in a mental health unit now getting the care she needs": where someone is now.
  'lives|living|moved * * now',
  'hospital|unit|ward|care|rehab|prison|custody|jail|refuge|shelter|safe_house * now',
  // "he's at work now": whoever threatened is somewhere else for now (not "he's outside now"); he will be back
  // (STILL_AT_RISK).
  // (…"over the summer holidays and they've both gone back to college now": back at school since.)
  'at|in|back_to work|school|college|uni|university|the_pub|the_gym|the_shops|his_mum|his_mums|her_mum|her_mums now',
  // "it turned out he lives in the next street, I feel silly now": how the resident feels about it.
  'feel|feels|felt|feeling * silly|stupid|daft|embarrassed|better|fine|ok|okay|safe now',
  // "they're back on the corner every night now": a habit as it now is, not something happening this minute.
  'every|most day|night|evening|morning|week|weekend|time now',
  // "it's all calmed down now", "things have settled down now".
  'calm|calmed|settle|settled|quieten|quietened down * now',
  // "attacked at school in year 7, he's in year 10 now": a school year, not this minute.
  'in year|yr # now',
  // "I used to get beaten up at school and I'm now a teacher": who someone has become, not this minute.
  'i|we|he|she|they be|am|is|are now a|an|married|retired|grown_up|adults',
  // "they had a fight at the weekend, they're best mates again now", "the boy apologised and they're friends now".
  'friends|mates again now',
  'be|are friends|mates now',
  // "it's all cleared up now", "all sorted now": what was left has been dealt with (WELL_NOW).
  'all cleared|sorted|cleaned|tidied * now',
  // "I have no problems now".
  'no problem|problems|trouble|issues|contact now',
  // "all the windows are smashed now": how things are left, not something happening.
  'be|look|looks|left * smashed|broken|boarded|damaged|wrecked|ruined|destroyed|burnt|burned|blackened|charred|scorched|singed|fixed|repaired|replaced|cleaned * now',
  // "fire brigade put it out, the wall is black now": what a fire left (not "she's black and blue now": someone hurt).
  'wall|walls|ceiling|brickwork|render|fence|door be * black now',
  'twice now',
  // "our garage was set alight in 2022… we've rebuilt it now": what was left has been put right.
  'rebuilt|repaired|replaced|fixed|mended|repainted|redone it|them|that now',
  // "the play equipment has been set on fire twice this year and is now unsafe": how a thing is left.
  'be now unsafe|closed|shut|fenced_off|taped_off|cordoned_off|out_of_use|unusable|out_of_order|condemned|boarded_up|melted',
  // "the boy is still going there every day", "he's still going to school": what someone does, not "still going on".
  'still go|going|goes * every|to|there',
  // "I'm 30 now", "she's 15 now": an age.
  'be|am|is|are # now',
  // "he's now been given an injunction".
  'now been',
  // "I'm just asking about a youth club": why someone writes, not a word of now.
  'just ask|asking|wondering|want|wanted|wanting|need|needed|like|checking|letting|enquiring|reporting|writing|looking|searching|updating|logging|telling|adding',
  '# time|times now',
  'now and safe|fine|ok|okay|alright|well',
  'there is|are a lot|lots|loads',
  'report * now',
  'just move|moved|moving in|into|back|out|away|house|here',
  // "he said he'd kill me, it's just how he talks": what something is, not something just done.
  'it|that|this be just how|what|the_way|like|his|her|their|a|an|words|talk|banter',
  // "the kids scream and fight all day, it's just normal kid stuff", "that's just lads being lads".
  'it|that|this be just normal|kids|kid|children|boys|lads|girls|teenagers|fun|play',
  // "the other boy's dad is now saying he'll press charges": what someone says, not what is happening.
  'now say|saying|says|claim|claiming|claims',
  'now the|that|this|he|she|they * know|knows',
  // "fighting over the queue every weekend, just shouting and shoving": only that, not just now.
  'just|only shouting|shoving|pushing|swearing|arguing|words|mouthing|handbags|posturing',
  // "it's just a game".
  'be just a|an|messing|joking|kidding|banter|talk|mouthing|showing_off|drunk',
  // "this keeps happening near the underpass": a pattern, not a scene happening (HABIT reads the keeping).
  'keep|keeps|kept happening',
  // "I'm reporting it so there's a record": why someone writes, not a scene (DEALT_WITH).
  'so there be|is a record|log|note',
  // "he's safe at home with us now", "I'm in a good place now": how someone is, now that it is over.
  'home with us|me now',
  'in a good|better place now',
  // "set about my son on his way back from college": a journey told of, not someone coming.
  '@person on his|her|their way back|home from',
  // "now they want to extend its hours": what someone plans, not what is happening.
  'now they|we|people|council want|plan|propose|apply',
  'now the council|owner|owners|landlord|pub|club|shop want|wants|plan|plans|propose|proposes|apply|applies',
  'still in prison|jail|custody|court|hospital|care|school|bed|touch|contact|business',
  // "he's in A&E now": where someone hurt is being cared for, not a danger happening.
  'in hospital|casualty now',
  'in a e now',
  // "the police found her, she's now in a care home": where someone is looked after.
  'now in a|the * care|hospital|hospice|home|prison|jail|custody',
  // "she is living with us now", "she's doing well at college now": how someone is, now that it is over.
  'live|lives|living|stay|stays|staying with * now',
  'do|doing|does well|fine|better|ok|okay|great * now',
  // "we've set up a tracker now": what was put in place.
  'tracker|camera|cameras|doorbell|alarm|lock|locks|light|lights|letterbox|injunction|order now',
  // "I've put a letterbox guard on now".
  'guard|guards|grille|grilles|shutter|shutters|camera|cameras|alarm|lock|locks|light|lights|doorbell on|up|in|fitted|installed now',
  // "now there's a memorial bench", "…a stabbing outside the nightclub two years ago and now there's loads of police there
  // on weekends": what is there since.
  'now there is|are * memorial|plaque|tribute|camera|cameras|sign|fence|light|lights|bench|police|officer|pcso|patrol|security|bouncer|steward',
  // "carrying knives now apparently": these days, as someone says.
  'now apparently',
  // "…didn't come home last night but she's just messaged saying she stayed at a friend's": news that she is safe.
  'just message|messaged|text|texted|ring|rang|call|called|phone|phoned * * stayed|staying|slept|sleeping',
  // "the fire brigade are there now dealing with it": help is there, not a danger growing.
  'be|are|is there|here|on_scene now deal|dealing|sort|sorting|attend|attending',
  // "I'm still in shock": how someone feels, not someone still in a place.
  'still in shock',
  // "it's just a melted lump now": what is left.
  'just a|an * now',
  // "…last season, he reported it there, this is just for your stats": why the message is sent (forty-fifth session).
  'this|it|that be just for|so|to_let|in_case|because',
  // "the mess is still there": what is left, not someone still there.
  // …and "the memorial flowers are still there".
  'mess|damage|rubbish|litter|mark|marks|glass|debris|graffiti|stain|stains|remains|smell|bin|bins|wreck|shell|car|van|flowers|memorial|tribute|tributes be still here|there',
  // "all my stuff is still at his": where things are, not someone still there.
  'stuff|things|belongings|clothes|passport|keys|documents|bag|bags be|is|are still',
  // "…two years ago and I still don't like walking past there": how the teller feels since, not someone still there.
  'i|we still do not|never',
  // "…said they'd shoot him. They're just kids I think": merely kids, not just now; "I'm just worried": merely; "the man
  // got 18 months, we're just glad it's over" (forty-seventh session: the last seven words).
  'be just|only kids|children|teenagers|teens|boys|lads|girls|youngsters|a_kid|a_child|a_boy|a_girl|talk|words|worried|concerned|curious|wondering|asking|checking|anxious|nervous|uneasy|glad|relieved|happy|pleased|grateful|thankful|sad',
  // "…I've just seen the same kind of gun for sale on Facebook": an advert seen, not a minute.
  'just see|seen|saw|spotted * * for|on sale',
  // "my teacher hit me in 2018, I'm an adult now": who someone has become since.
  'be an|a adult|grown_up|grownup now',
  // "…mugged in that alley in October, I still take a different route now": how the teller gets about since.
  'i|we still take|go|walk|drive|use a|the different|other|long|longer way|route|road|path',
  'take|go|walk|drive|use a|the different|other|long|longer way|route|road|path * now',
  // "…threatened my daughter with scissors on Monday and the school just sent him home for a day": what the school did
  // about it, merely so, not something done a moment ago.
  'school|college|teacher|teachers|headteacher|head just send|exclude|suspend|give|tell|say|let',
  // "…tried to hang herself ten years ago, she's a mental health nurse now", "she's a nurse now", "…she's happily
  // married to someone else now": who someone has become since.
  'be a|an nurse|teacher|doctor|carer|counsellor|volunteer|paramedic|student|support_worker|youth_worker|social_worker now',
  'be a|an mental_health|qualified|trained nurse|counsellor|carer|social_worker now',
  'happily married|settled * now',
  // "…he went to prison and the pub has closed down now", "she's in recovery now", "I'm in therapy now": how things are
  // since.
  'closed|closed_down|shut_down|demolished|knocked_down|pulled_down now',
  'in recovery|rehab|therapy|counselling|treatment now',
  // "a man followed me from the station months ago, I think he was just going the same way": merely, not just now.
  'just go|walk|head the same way|direction',
  // "…mugged years ago, I just saw an appeal and wanted to add my story": what was read just now.
  'just see|saw|read|watch|watched an|a|the appeal|post|article|story|news|documentary|video|advert',
  // "…overdosed on his medication a month ago and the doctors have just upped his dose": what the doctors did.
  'doctor|doctors|gp|psychiatrist|consultant have|has just',
  // "…used to cut herself at primary school, she's at sixth form now and doing brilliantly": where she is since.
  'at sixth_form|college|uni|university|secondary|secondary_school now',
  // "…had a seizure at school last year, he's on medication now and hasn't had one since".
  'on medication|tablets|meds now',
  // "…was violent to her years ago, she has a new partner and they've just had a baby": news since.
  'just had|have a|their|her|his baby|little|daughter|son|twins',
  // "…pushed her into the fridge years ago, she left him the same week and is with a lovely man now": how she lives
  // since.
  'be with a|an|her|his new|lovely|nice|kind|good man|woman|partner|boyfriend|girlfriend|husband|wife now',
  // "…threw her phone at her head when she was pregnant, the baby's 3 months now": an age ("she's 2 years old now").
  'be # week|month|year now',
  'be # week|month|year old now',
  // "…jumped on the way home in year 7, he's 17 now and they're actually mates now": an age since, and friends since.
  'he|she|they|i|we be # now',
  'be|are actually|really|all|good friends|mates now|again',
  // "…had a fall in October but he's recovered, just saying the path is icy": what the resident is saying, not a minute.
  'just say|saying|mention|mentioning',
];

/** Weaker words of now: enough for a sign, not enough to outweigh an explicit past time. */
/** Someone is here now ("he is outside"): a word of now, and it makes "keeps kicking him" go on now rather than a habit. */
export const HERE = [
  'be outside|here|inside|upstairs|downstairs',
  'is|are back',
  'be at the|my|our door|window|gate|gates',
  'be at the|my|our * door|gate|gates',
];

export const MAYBE_NOW = [
  'please',
  // "they're coming round tonight to kill me" (not "he hits her, she rang me crying again tonight": a habit).
  'tonight',
  // "it's been going on 10 minutes" (not "a few minutes ago").
  'for|on|last|past # minute|minutes|min|mins',
  'coming towards|at me|us',
  'be coming to|up * my|our|the door|flat|house|stairs',
  'quick|quickly|hurry|urgent|asap',
  ...HERE,
  'with * @weapon outside|in|at|near|on',
  // "he's in our block with a machete".
  'is|are in|at|on|by * with * @weapon',
  'outside with * @weapon|@object',
  'right outside|here|there|next|behind',
  '@weapon outside|in|at|by|near|on the',
  // "mans got a shank outside maccies" (forty-fifth session).
  '@weapon outside',
  'outside my|our house|flat|door|home|window be|are|is',
  'in|down|along the middle of',
  // "fight outside the chicken shop": told like a headline, where it is.
  'fight|fighting|brawl|brawling|scrap|scrapping|punches outside|on|near',
  // "my brother is on the roof and says he's going to jump".
  // "my friend is on the top of the multi storey car park saying she'll jump".
  'be on|at the|a|his|her|their roof|ledge|edge|bridge|footbridge|balcony|railing|railings|parapet',
  'be on|at the|a top of',
  // "…and is right at the edge" (forty-seventh session).
  'be right|just on|at|near the|a edge|ledge',
  // "a man is standing on the roof of the flats shouting that he's going to jump".
  'be standing|sitting|stood|sat on|at the|a|his|her|their roof|ledge|edge|bridge|footbridge|balcony|railing|railings|parapet',
  // "man on top of car park at bluewater going to jump": told like a headline, where he is.
  'on|at top of * car_park|multi_storey|roof|bridge|building|crane|block|flats|tower|cliff|pylon|scaffolding',
  // "a man has climbed up the crane on the building site and he's shouting that he's going to jump", "a man has climbed
  // the crane at the building site and says he's going to jump".
  'be|has|have climb|climbed|climbing up|onto|the * crane|pylon|tower|roof|chimney|mast|bridge|scaffolding|lamppost',
  // "my son is on the phone to me from the bridge at Ebbsfleet saying goodbye".
  'on the phone to|with him|her|them|me|us',
  // "my mum is hiding in my room": hiding from someone now.
  'am|is|are hiding',
];

/**
 * "with a knife on the way home", "lives right outside the school": a journey told of, or where someone lives, not a
 * place where it is happening; and a thing hidden or a deadline, not someone hiding or a time now (for the weaker
 * words of now).
 */
export const JOURNEY = [
  'on the|my|our|his|her|their way home|back|to|from',
  // "lives right outside the school": where someone lives, not where it is happening.
  'live|lives|living|lived right outside|next|near|opposite|by',
  // "the man who glassed my son is back working behind the bar": back at his work, not back here.
  'back working|at_work|in_work|to_work|at_school|at_college|on_shift',
  // "he's much more confident now and he's back to walking home with his friends": back to what he did before.
  'back to walking|going|doing|playing|driving|normal|school|college|work|his|her|their|himself|herself',
  'back behind the bar|counter|wheel',
  // "she's hiding it from her parents" (not "I'm hiding in the bathroom"); "if I don't pay by tonight".
  'hiding it|them|this|that|something|things|stuff|money|drugs|cuts|bruises|marks',
  'by|until|till|before tonight',
  // "Please can someone remove the graffiti on the underpass, it says 'I will kill you Jordan'": a request for a job to
  // be done, not a plea.
  'please can|could|would someone|somebody|you|the_council * remove|clear|clean|fix|move|empty|collect|paint|tidy|cut|repair|replace',
  // "quick question, my son was punched at school, what do I do": a question asked quickly, not a hurry now.
  'quick|urgent|quickly question|one|query|q',
  // "he keeps his shotgun in the loft", "she hides a knife under her mattress": where a weapon is kept.
  'keep|store|hide * @weapon in|under|at|behind|by',
];

/** "since yesterday", "since last week": still going on, so not a time in the past. */
export const NOT_PAST = [
  // "enjoy your last christmas": a threat of what is left, not a time gone by.
  'your|my|his|her|their last christmas|birthday|summer|chance|warning|breath',
  // "a picture of cuts on her arm with 'this is the last time'": a farewell, not a time gone by.
  'this be|is the last time',
  'since yesterday|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  // "a man I used to date": who he is, not when it happened.
  'use to date|see',
  'use to go out',
  'use to be|live|work with',
  'for # day|week|night',
  'will|gonna * on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  'going to * on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  // "he's going to use it at the mosque on Friday".
  'will|gonna * * on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  'going to * * on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  // "they're coming at the weekend": later, not past.
  'will|gonna|coming|come * at|over the weekend',
  'going to * at|over the weekend',
  // "she's got a plan to kill herself at the weekend", "he wants to do it on Friday".
  'plan|plans|planning|want|wants * at|over the weekend',
  'plan|plans|planning|want|wants * * on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  // "on Friday nights": a habit, not a time in the past.
  'on monday|tuesday|wednesday|thursday|friday|saturday|sunday nights|evenings|mornings|afternoons',
  // "on the 14th floor", "on the 96 bus": where, not when.
  'on the # floor|storey|flat|bus|train|tram|street|road|line|platform|step|steps|stair|stairs',
  // "he got on the 480 towards Dartford": a bus by its number.
  'on|onto|off the # towards|to|into|from|bus|at',
  // "I'm a bus driver on the 480": a route.
  'driver|drivers|route|service on the #',
  'get|got|getting|gets|catch|caught|take|took|jump|jumped|hop|hopped on|onto|off the #',
  'will|gonna|coming|come|going_to * on the #',
];

/** Still at risk although it happened in the past ("I'm scared to go home", "he's coming back"). */
/**
 * A danger of someone taken, missing or left alone (the `taken` sign) stays open however long ago it began, until words
 * say they were found ("my son went missing on Friday" is open; "…the police found her in town" is not).
 */
export const FOUND = [
  'found|find him|her|them|my|our|his',
  'be|was|were|been|get|got found',
  'came|come|comes|got back|home',
  'turn|turned|turns up',
  'returned',
  'be|is|are|was|were back|home|safe',
  // "went missing for an afternoon in the summer": an absence that ended (not "has been missing for 3 days").
  'went|ran|was|were|go * missing|away|off * for',
  // "one fell in, thankfully he was pulled out", "they got rescued by the coastguard" (not "he pulled out a knife").
  'be|get pulled|dragged|fished out',
  'be|get rescued|saved',
  // "an ambulance came for him last week", "I think she's gone on holiday", "her daughter said she's on holiday in
  // Spain": where someone not seen is.
  'ambulance|paramedics came|took',
  'in hospital|hospice',
  'gone|went|go|away|be on holiday|holidays|a_cruise|a_trip|honeymoon',
  // "my son was taken to hospital last week after a fall": taken to be cared for, not taken away.
  'taken to hospital|casualty|a_e',
  // "her daughter says she's gone away for the weekend".
  'gone|went|go away for * weekend|week|weeks|fortnight|days|night|nights',
  // "picked up by police in a trap house last month".
  'picked_up|brought_back|brought_home|collected by * police|officers',
  // "wandered off last week but a neighbour brought her back" (forty-fourth session).
  'bring|brought him|her|them back|home',
  // "…didn't come home last night but she's just messaged saying she stayed at a friend's".
  'message|messaged|text|texted|ring|rang|call|called|phone|phoned * * stayed|staying|slept|sleeping at|over|round * friend|friends|mate|mates|nan|gran|grandma|grandad|auntie|aunt|uncle|cousin|dad|mum|sister|brother', // "his daughter rang me back and said he's gone to stay with her in Hastings".
  'gone|went|go to stay|live with|at',
  // "I haven't seen my neighbour for a few days but I think she went to her daughter's" (not "he went to his dad's and
  // hasn't come back": where someone went, not where they are).
  'think|probably|maybe|reckon|expect * gone|went to|over_to|round_to her|his|their daughter|son|sister|brother|mum|dad|family|friend|nan|gran',
];
/**
 * A home's windows smashed with people inside, read in the words as written (NOT_DANGER takes "windows smashed with
 * bricks" out of the signs, as things broken with nobody hit): an `attack` sign.
 */
export const HOME_ATTACKED = [
  // "they've smashed my windows with bricks and I'm inside with my kids", "someone is smashing our windows with a brick
  // and we're inside" (not "smashed my car window… while I was in the gym"; nor "smashed the windows of the empty shop
  // next door while I was in bed").
  'smash|smashed|smashing|smashes my|our window|windows * * * and|while|with * * am|are|is|was|were in|inside|indoors|home',
  // "they're smashing every window of my house with bricks and I'm inside".
  'smash|smashed|smashing|smashes every|all window|windows of my|our house|home|flat * * and|while|with * * am|are|is|was|were in|inside|indoors|home',
  // "a man is smashing the windows of the bookies with a hammer and there are people inside screaming".
  'smash|smashing|smashes * window|windows * * * * * and there be people|someone|somebody|kids|children|staff|customers inside|in_there',
];
/**
 * Injuries seen on someone, told with no other sign ("she always has bruises and makes excuses", "came back with a split
 * lip he won't explain"): an `attack` sign that asks (`possible`) and never gives the 999 answer by itself, read only when
 * nothing else in the message is a sign (LexicalDangerDetector.read), and not when the message tells how they came by
 * it (INJURY_EXPLAINED). Forty-sixth session: the data labels 197 of the 282 descriptions that tell of injuries
 * `possible`; most of the rest tell an attack with its outcome, which the other signs read.
 */
export const INJURIES_SEEN = [
  // "my gran has bruises on her arms", "she has bruises all up her back", "I saw bruises like fingerprints", "bruising to
  // her face" (not "I'm a bit bruised", after a blow told of).
  'bruise/n|bruising/n',
  // "a bruised cheek", "a bruised neck".
  'bruised arm|arms|cheek|face|eye|eyes|neck|back|ribs|wrist|wrists|leg|legs|lip',
  // "turned up at mine with a black eye and a cut lip", "came home with a bloody nose".
  'black_eye|black_eyes|split_lip|cut_lip|fat_lip|busted_lip|bust_lip|swollen_lip|bloody_nose',
  // "finger marks on her arm again", "a handprint on his face".
  'finger_marks|fingermarks|fingerprint_marks|handprint|handprints|hand_marks|grab_marks|bite_marks',
  // "marks on her neck and wrists", "scratches all over his face", "burns on his arm", "a burn on her hand" (forty-seventh
  // session: the last two words).
  'marks|scratches|burn|burns|welts|lumps on|round|around|all_over her|his|my|their|your neck|throat|wrist|wrists|arm|arms|face|cheek|back|legs|head|hand|hands',
  // "his face all swollen", "his face was really swollen", "a swollen face".
  'face|eye|eyes|cheek|jaw|lip|lips * swollen',
  'swollen face|eye|eyes|cheek|jaw|lip|lips',
  // "clumps of hair missing", "chunks of her hair pulled out".
  'clumps|chunks|handfuls of hair',
  'clumps|chunks|handfuls of her|his|their hair',
  // "a cut above her eye", "a cut on his face he won't explain".
  'cut|cuts|gash on|above|over|under|across her|his|their|my face|eye|cheek|head|lip|forehead',
  // "had a fresh graze on his forehead".
  'graze|grazes on|above|over|across her|his|their|my face|eye|cheek|head|forehead',
];
/**
 * How someone came by an injury, told in the message ("a black eye playing rugby", "bloody nose, he fell off a ramp",
 * "I bruise easily because of my medication"): the injury is not a sign. A fall or a trip told as what someone says
 * ("she says she fell") is not this: it is read as the excuse it often is (LexicalDangerDetector).
 */
export const INJURY_EXPLAINED = [
  // "playing rugby", "a boxing match", "from sparring", "at football training", "paintballing".
  'rugby|boxing|sparring|spar|tackle|karate|judo|kickboxing|mma|hockey|netball|paintball|paintballing|cricket|trampoline|wrestling|martial_arts',
  'football training|match|game',
  // "he fell off a ramp", "tripped over the kerb", "slipped on the ice", "walked into a door".
  'fall|trip|slip|crash over|off|on|down|onto|into|in|against|from',
  'walk|walked|bump|bumped into a|the door|wall|table|cupboard|lamppost',
  'bruise|bruises easily',
  // "bruises on her arms from her blood thinners".
  'from|because_of|due_to|with * medication|tablets|blood_thinners|warfarin|condition|chemo|dialysis',
  // "I burnt my hand on the oven" (forty-seventh session: a burn is now an injury seen).
  'on|off|with the|a|an|my|her|his oven|iron|kettle|hob|cooker|stove|pan|barbecue|bbq|straighteners|curling_tongs|radiator',
];
/**
 * Signs that someone living alone may be lying hurt at home, read in the words as written (NOT_DANGER takes "the
 * curtains haven't moved" out of the signs, as things that do not move): "her curtains haven't moved", "curtains shut
 * for three days", "her milk is still on the step", "the post is piling up". They are a `taken` sign: open until she is
 * seen.
 */
export const NOT_SEEN_AT_HOME = [
  'curtain|curtains|blind|blinds * not move|moved|moving|open|opened',
  // "the old man at 12 hasn't opened his curtains for 3 days".
  'not open|opened her|his|their curtain|curtains|blind|blinds',
  // "his curtains have been shut all weekend".
  'curtain|curtains|blind|blinds * shut|closed|drawn for|since|all',
  'milk|milk_bottles * * still|left|been on * step|doorstep',
  'post|letters|mail * piling|piled|building up',
  // "she always feeds the cats at 7 but her door has been shut since friday".
  'her|his|their door|front_door * * been shut|closed since|for|all',
  // "the old lady at 7 usually takes her bins in and they've been out since tuesday, no answer at the door".
  'her|his|their bin|bins * * been out since|for|all',
];

/**
 * Someone missing has just come back: "my grandad went out two hours ago and hasn't come back, oh he's just walked in"
 * ("just" here is not a word of now; "a man has just walked in with a knife" is still now: only a `taken` danger closes).
 */
export const BACK_JUST_NOW = [
  // "my daughter ran away from home in the summer, she's back now and doing well" (forty-fourth session; not "he's back
  // now and banging on the door").
  'be back|home now * safe|well|fine|ok|okay|doing_well|doing_fine|doing_better',
  'just walk|walked|come|came|got|get in|back|home|through_the_door',
  // "a toddler on his own in the high street… his mum came running round the corner": a child's parent, come for them.
  'his|her|their mum|dad|mother|father|parent|parents|nan|gran|carer came|come|turned_up|appeared|arrived',
];
/**
 * Someone not seen or heard from for days is a `taken` sign ("I haven't seen my neighbour for 4 days"), unless the
 * sentence tells of an attack, a threat, a weapon, a following or a break-in: then whoever is not seen is whoever did it
 * ("a man threatened my husband, we've not seen him since").
 */
export const NOT_SEEN = [
  'not|never see|hear * him|her|them|from|mum|dad|nan|grandad|grandma|son|daughter|brother|sister|neighbour|friend|mate|husband|wife|partner for|since|all',
  // "we haven't heard from her since Friday" (not "my ex used to threaten me… I haven't heard from him since").
  'nobody|not|no_one * heard|hear from * her|him|them',
  // "I haven't seen the man at 34 for about a week".
  'not|never see|seen|hear|heard the|my|our|that|this man|woman|lady|gentleman|bloke|guy|neighbour|neighbours|couple|tenant * for|since',
  // "the lady at number 4 hadn't been seen for a few days".
  'not|never be seen|heard * for|since',
];
/**
 * Those the police have seen to ("the police attended and spoke to them and I haven't seen them since"): whoever is not
 * seen since is whoever was reported, as after an attack or a threat (NOT_SEEN). The part of DEALT_WITH that names them
 * (not "I've told the police, we haven't seen my daughter since Friday", which is also what was done).
 */
export const SEEN_TO = [
  'police|pcso|pcsos|officer|officers * spoke|spoken|talked to them',
  'police|pcso|pcsos|officer|officers * moved|warned|visited them',
];
/**
 * For someone who may harm themselves, fall ill or be missing, not being seen since keeps the danger open ("she said she
 * can't see the point, I haven't seen her since"); for someone who threatened, it does not.
 */
export const UNSEEN = [
  'not|never seen|heard|heard_from * since',
  // "tried to take his own life in march, he's been discharged and he's stopped answering his phone again".
  'stop|stopped|stops answering|replying|picking_up',
  // "came home covered in blood last night and there was shouting, haven't seen him today" (forty-sixth session).
  'not|never seen|heard|heard_from * today|all_day',
  'never|not turned_up|arrived|got_there|made_it',
  // "she had a fall last month and I haven't seen anyone going in to look after her since".
  'not|never seen anyone|anybody go|going|come|coming in|round * * since',
];
/**
 * Afraid to go out: a danger of the last day or so may still be out there ("followed me last night, I'm scared to go
 * out"); after an older one it is fear, not a danger that goes on ("mugged in 2021, too scared to go out since").
 */
/**
 * Harm not seen to: "he collapsed yesterday and won't get checked", "refuses to go to hospital" keep a danger open,
 * unless someone is well now ("he wouldn't go to hospital but he's fine now"; not after an overdose or self-harm, which
 * can seem fine and not be).
 */
export const REFUSES_CARE = [
  'will not * doctor|doctors|gp|hospital|checked|ambulance|paramedics',
  'refuse|refuses|refusing|refused * doctor|doctors|gp|hospital|checked|ambulance|paramedics',
  // "last night she fell down the stairs drunk and wouldn't let me take her to hospital".
  'would|will not let me|us|anyone take|call|ring|get * doctor|doctors|gp|hospital|ambulance|paramedics',
];
/**
 * Things and pets gone missing, a look-alike of someone missing (taken out before the signs are read, as NOT_DANGER is),
 * unless someone is missing with them (MISSING_WITH_THEM).
 */
export const THINGS_MISSING = [
  // "the bins have been missing since last week", "my cat has gone missing", "a fire hydrant cover is missing on our
  // pavement", "the drain cover outside our house has gone missing".
  '@missingThing be|go|gone|went|is|are|was|were missing',
  '@missingThing * have|has|had been|gone|went missing',
  // "my post keeps going missing".
  '@missingThing keep|keeps|kept going|go missing',
];
/** Someone missing with a pet or a thing: "my son and the dog have gone missing", "my dog is missing and so is my son". */
export const MISSING_WITH_THEM = [
  '@missingPerson and the|my|our|his|her|their @missingThing',
  '@missingThing and the|my|our|his|her|their @missingPerson',
  'missing and so be|is|are|has|have the|my|our|his|her|their @missingPerson',
];
/**
 * Someone well now: "she passed out but she's fine now", "the paramedics checked him, he's resting now" closes a danger as a time in the past does, and outweighs harm
 * not seen to; neither after self-harm or pills, which can seem fine and not be ("he took an overdose but says he's fine
 * now").
 */
export const WELL_NOW = [
  'be|is|are|am ok|okay|fine|alright|better|resting|comfortable|settled|happy|happier now',
  // "He's much more confident now" (forty-third session).
  'be|is|are|am more|much_more|a_lot_more confident|settled|relaxed now',
  // "he's in year 10 now and thriving", "she was bullied in year 8 but she's thriving".
  'now and thriving|flourishing|happy|settled',
  'he|she|they|i|we be|is|are|am thriving|flourishing',
  // "…arrested for carrying a knife last year and is now doing a youth programme, it's really helped him" (forty-fourth
  // session).
  'it|that|this|which * really helped|helping him|her|them|me',
  // "…arrested for carrying a knife last year, he seems to have turned his life around now".
  'turn|turned|turning his|her|their|my life|lives around',
  // "he's inside now and safe", "she's safe and sound" (not "he's got a knife but I'm safe now in the bathroom": a danger
  // told in the present stays open).
  'safe now',
  'now safe',
  'now and safe',
  'safe and sound',
  // "a lad followed me home from school in year 9, I'm at uni now and fine" (forty-fifth session).
  'now and fine|ok|okay|alright|well',
  // "…it was lifted an hour later and everyone's safe"; "the police spoke to him. She feels safer".
  'everyone|everybody be|is safe',
  'feel|feels|felt|feeling safer',
  // "my sister's husband threw boiling water at her, she's at mine now but he keeps ringing": away from him (the ringing
  // keeps it open as a habit).
  'be|is|are at mine|ours|my_house|my_place|my_flat now',
  // "he's safe at home", "she got in safe", "we all made it home safely", "I'm in a good place now".
  'safe at|back home|indoors',
  'got|get|made_it home|in|inside|indoors safe|safely',
  'in a good|better place now',
  // "he is in a much better place these days".
  'in a * good|better|happier place these days|nowadays',
  // "two lads followed us out of the station shouting, but we got in a taxi": away from them.
  'i|we get|jump|hop in|into a|the taxi|cab|uber',
  // "a girl went missing from Swanscombe but she's been found safe".
  'found|back|home safe|safe_and_well|unharmed|unhurt',
  // "the fire brigade came and it's all cleared now": what was left has been dealt with (not "they've all gone now": a
  // danger told of may have left someone hurt).
  'it|everything|that be all cleared|sorted now',
  // "both mums have talked and it's done".
  'and it|that be|is done|over|finished|sorted|resolved',
  'it|everything|that be all cleared|cleaned|tidied up now',
  // "a car on fire on the M25 this morning… everyone got out ok".
  'everyone|everybody|all|they * got|get out ok|okay|safe|safely|fine|unhurt|alright',
  // "my bro got jumped last year n they took his phone, police caught them, hes over it now".
  'be|is|are|am over it now',
  // "before i was with a man who hit me but now i am free", "she's free of him now" (not "he's free now": out of prison).
  'now i|we|she be|am|is|are free',
  'i|we|she be|am|is|are free * now',
];
export const AFRAID_TO_GO_OUT = [
  // "she's scared to go out", "he's terrified of going out".
  'scared|afraid|frightened|terrified to go_out',
  'scared|afraid|frightened|terrified of going out',
  // "…showed my son a knife last night and told him to keep his mouth shut, now he won't go out".
  'now * not go out|outside|to_school',
  // "someone poured something through my letterbox last night and it smelt like petrol… I'm scared to sleep" (forty-fifth
  // session).
  'scared|afraid|frightened|terrified to sleep|go_to_sleep|go_to_bed|stay_here|stay_in_the_house',
];
/**
 * Someone still away: at risk until found ("didn't come home last night" keeps a past time open; "…but she's just
 * messaged saying she stayed at a friend's" does not: FOUND).
 */
export const STILL_AWAY = [
  'not|never come home',
  // "2 kids under 5 alone in the flat, parents went out yesterday and haven't come back" (not "he hasn't been back since": over).
  'have|has not come|came|got back|home',
  // "went missing on Saturday and still isn't home".
  'still * not home|back|found|here',
  'be|is|are not|never home|back yet',
];
export const STILL_AT_RISK = [
  // "my 17 year old son punches holes in the walls and threw a chair at me on Saturday, I'm scared of him": afraid of
  // whoever did it (forty-fifth session).
  'scared|afraid|frightened|terrified of him|her',
  // "someone cut the brake pipes on my car overnight", "last night someone cut our car's brake lines": a vehicle made to
  // crash is a danger until it is mended (a bike's brakes are not a sign: NOT_DANGER).
  BRAKES_CUT,
  // "the man who stabbed my brother last year is still at large": whoever did it has not been caught.
  'be|still at large',
  // "my daughter ran away last weekend, the police brought her back but she's threatening to go again" (forty-seventh
  // session).
  'threaten|threatening|threatens to go|run|run_off|run_away|go_missing again',
  // "…punched the wall next to my head on sunday… I've got nowhere else to go with the kids": still with whoever did it
  // (forty-seventh session).
  // (not "since the youth club shut the kids have got nowhere to go").
  'i|we|she|he * nowhere|no_where * to go|live|stay',
  // "I'm scared to leave her on her own", "afraid to go home" (not "everyone is scared to go there").
  'scared|afraid|frightened|terrified to leave|go_home|go_back',
  // "…hit him across the face, I'm scared to send him back at the weekend".
  'scared|afraid|frightened|terrified|worried to send * back|round|there',
  // "my son says his dad hit him when he stayed last weekend, he's meant to go again on Friday": back to whoever did it.
  'meant|supposed|due to go|stay * again|back',
  // "my ex hit our son when he had him at the weekend and he's due to have him again on saturday" (forty-eighth session).
  'meant|supposed|due to have|take|collect|see him|her|them|the_kids|the_children again',
  'scared|afraid|frightened|terrified of going home|back',
  'scared|afraid|frightened|terrified he|she|they will|is|are',
  // "I'm scared of what he'll do".
  'scared|afraid|frightened|terrified|worried of|about what he|she|they will|might|could|would',
  'coming back|round|later|tonight',
  // "my son was stabbed on saturday and they're still after him", "beaten up last week and they're still looking for
  // him", "they're out for revenge": whoever did it means to find them again.
  'still after|looking_for|hunting|searching_for me|us|him|her|them|my|our|@person',
  'they|he|she be|are|is after me|us|him|her|them|my|our',
  'out for|want|wants|after revenge',
  // "everyone is saying there'll be revenge this weekend" (forty-fourth session).
  'will be revenge|payback|retaliation',
  // "someone set fire to my neighbour's car on the drive at 3am, the fire brigade came, they think it was targeted":
  // someone means them harm (forty-fourth session; not "the fire brigade said it was arson").
  'it|we|they|he|she|i|@person be|was|were|been targeted',
  // "stabbed last night and he's saying he's going to get the person back tonight": revenge (forty-fourth session).
  'going|gonna|will * get|getting him|them|her|the_person|whoever|the_lad|the_lads|the_boys|the_guy|the_man back',
  // "I was assaulted in 2019 and I've just seen the man who did it in Tesco": whoever did it, about again (a year long ago
  // does not close it; forty-fourth session).
  'just seen|saw the|that man|lad|guy|bloke|woman|person|people|men|lads|boys|girl|girls who|that',
  // "a man followed me from the station last night and today I saw him across the road from my house", "…the same lad
  // has been circling our road today": whoever did it, about again (forty-eighth session).
  'today|tonight|this_morning|this_afternoon|this_evening * * saw|seen him|her|them across|outside|opposite|near|by|round|at',
  'the same lad|man|guy|bloke|boy|boys|lads|men|gang|group|car|van * * circling|cruising|driving_round|hanging_around|hanging_round|waiting',
  // "someone threw a petrol bomb at the shop on Dover Road last night, the shopkeeper lives above it": a home attacked
  // (forty-fourth session).
  'owner|owners|family|shopkeeper|shopkeepers|landlord|people * live|lives|living above|upstairs|over_it|over_the_shop',
  // "Since I gave a statement about the fight, a car has been parked outside with two men in it every night": a witness
  // watched since (not "I gave a statement at the time and have a crime number").
  // (…and "someone spray painted 'grass' and a knife on my front door after I gave a statement": done because of it,
  // forty-third session.)
  'since|ever_since|after|because i|we|he|she|my_son|my_daughter gave|give|giving * statement|evidence',
  // Control that goes on: "her boyfriend smashes her phone when she talks to other people", "checks her messages",
  // "controls all the money and checks where I go", "her boyfriend controls everything she does", "her boyfriend
  // doesn't let her work".
  'smashes|breaks|checks|reads|takes|tracks|controls|monitors her|his|my|their|all * phone|phones|messages|money|wages|bank_card|passport|finances|account|accounts',
  'controls|checks|tracks|monitors everything|where|who',
  '@partner * not|never let|lets me|her|him|them work|see|go_out|have|leave|out',
  // "my teenage son punches holes in the walls and threatened his little sister with a knife on sunday": violence at home
  // that goes on (forty-sixth session).
  'punch|punches|punching|punched|kick|kicks|kicking|kicked holes|a_hole in|through the|our|my|his|her wall|walls|door|doors',
  // "somebody poured petrol on my front door mat last night": a home made ready to burn, whoever did it may come back
  // to light it (not petrol poured on a car or a bin: a thing).
  'pour|poured|tip|tipped|splash|splashed petrol|fuel|diesel|paraffin|accelerant|lighter_fluid * door|doorstep|doormat|mat|step|letterbox|porch|house|hallway',
  // "someone poured petrol over my car last night and left a lighter on the bonnet": a lighter left beside it, a
  // message that it may be lit.
  'left|leave|leaving a|the lighter|lighters|matches|box_of_matches on|by|beside|next_to|under',
  // "someone pushed a lit rag through my letterbox last night, it went out by itself": a home set alight on purpose.
  'lit|burning|flaming rag|rags|cloth|paper|newspaper * through * letterbox|letter_box|door',
  // "…threatened to petrol bomb my shop and last night I found a lighter and a bottle on the step".
  'find a|the lighter|matches|box_of_matches|rag',
  // "…threatened to burn our house down on Sunday, today we found petrol cans by our fence".
  'find|found * petrol|fuel|diesel|paraffin can|cans|canister|canisters|bottle|bottles',
  // "…threatened to burn my car a while back and this morning there was petrol smell all over my drive".
  'petrol|fuel|diesel smell|stink|stench * * drive|door|doorstep|step|porch|car|house|letterbox|mat',
  // "someone poured something that smells like petrol over our front step last night": a home made ready to burn, told
  // by the smell (forty-sixth session).
  'something|liquid|stuff that|which|what * smell|smells|smelt|smelled|smelling like|of petrol|fuel|diesel|paraffin|accelerant',
  // "…followed my wife from the station last night… they saw which house she went into": whoever did it knows the home.
  'see|saw|seen|watch|watched|know|knows which|what house|flat|door|home',
  // "…punched him yesterday and said it will happen every day until he pays him": a threat that it goes on.
  'it|this will|would|gonna|going_to happen|keep_happening again|every_day|until|till|unless',
  // "our car was set alight on sunday, the police think it was the same people who threatened my son": whoever did it
  // has threatened before.
  'same people|person|lads|men|man|lad|group|gang|family|woman|girls|boys who|that * threaten|threatened|threatening|attacked|stabbed|robbed|mugged|assaulted|targeted',
  // "my ex broke my arm two years ago, he's just found me on facebook": whoever did it has found them.
  'found|tracked_down|traced me|us on|online|through|via',
  // "mugged at knifepoint on friday… he says they said they'd find him".
  'will|would|gonna|going_to find|track_down him|her|me|us|you',
  // "…robbed my nephew last week and they've got his phone with our address on it": whoever did it knows where to come.
  'get|have|take * phone|bag|wallet|purse|key|id|licence|letter|post with * my|our|his|her|their address|postcode',
  // "…came yesterday but the fire has started again": it is happening again.
  'has|have|is|it * started|starting again',
  // "…punched my son in the summer has started turning up at his new school gates": whoever did it, about again.
  'has|have|is started|starting turning_up|turn_up|hanging_around|hang_around|waiting|sitting|coming|following|watching',
  // "the people in the crack house next door have started threatening us and one had a knife out yesterday…": the threats
  // go on (forty-eighth session).
  'has|have|be started|starting threatening|threaten|intimidating|harassing|terrorising',
  // "…by men he owes money to, and they came to the family home last week": a debt to them goes on until it is paid.
  'owe|owes money|them|him|cash',
  // "…burnt down last night and it's the third fire on our road this month": fires set one after another.
  'second|third|fourth|fifth|sixth fire|fires|arson|blaze',
  // "…set on fire last night, it's the second one on our street this month".
  'second|third|fourth|fifth|sixth one|time on|in our|my|this street|road|estate|close',
  // "…set fire to the bins by my back fence last night, they're getting closer to the house": a danger coming nearer.
  'get|getting|gets|come|coming|comes closer|nearer to * house|home|flat|door|houses|homes|flats',
  // "he's coming home from his mum's tomorrow", "he's due home at 6", "the lad who did it is still hanging around", "he
  // has to walk past there every day".
  'have|has to walk|go|pass * past|there|through|same_way|same_route|way|back',
  'come|coming|comes home|back * * tomorrow|tonight|later|soon|today',
  'due home|back',
  'still hang|hanging|hangs|around|about|sitting|standing|drinking',
  // "a dog from the flats attacked my son in the park yesterday… I've seen the dog out again today off the lead".
  'the|that|same dog|dogs * * out|loose|off_the_lead again|today',
  // "a car tried to run my son over on purpose on Saturday, we know who it is and they're still driving round".
  'still drive|driving|walk|walking|ride|riding round|around|about',
  // "the lad who did it is still waiting outside her work" (not "we're still waiting to hear from the police": news awaited).
  'still waiting outside|around|about|there|nearby|near|by|at|for_me|for_her|for_him|for_us|for_them',
  // "I walk through there every night after my shift".
  'i|we|he|she|they walk|go|pass through|past there every|each|most',
  // "…has been released and moved into the block opposite": whoever did it lives near.
  'move|moved|moving|moves into|onto|in * * opposite|next_door|nearby|my_street|my_road|our_street|our_road|my_estate|our_estate|my_block|our_block',
  // "one of the lads who did it has just moved into the flats behind us" (forty-seventh session).
  'move|moved|moving|moves into|onto|in * * behind|near|beside us|me|mine|ours',
  // "the man who assaulted me in the summer has just moved into the flat above mine".
  'move|moved|moving|moves into|in the flat|house above|below|upstairs|downstairs|opposite|next_door',
  // "…arrested for hitting her last month and he's been let out and is back living there".
  'back living|live there|with_her|with_him|with_them|at_home|in_the_house',
  // "my daughter has moved back in with her ex who put her in hospital last year", "the baby is due next week and he's
  // moving back in".
  'move|moved|moving back in',
  // "…and I still don't feel safe, he lives next door".
  // "the lad who slashed my cousin in June has been let out and is living on the next road".
  'live on the next|same road|street|estate|close',
  'he|she|they|who live|lives|living * opposite|next_door|nearby|upstairs|downstairs|round_the_corner|my_street|my_road|our_street|our_road|my_estate|our_estate|my_block|our_block',
  // "her partner strangled her a few weeks ago, they still live together".
  'still live|living together|with_him|with_her|with_them',
  // "her husband dragged her down the stairs at the weekend, she's staying with them still because of the kids", "…and
  // she's still staying with him".
  'stay|staying|stays with him|her|them still',
  'still stay|staying|stays with him|her|them',
  // "…has been released and is living two streets away".
  'live|lives|living|moved # street|streets|door|doors|road|roads|house|houses|minute|minutes away|from',
  // "the man who stabbed my cousin last year was seen outside her work yesterday": whoever did it, near her again.
  'seen|spotted|waiting|hanging_around outside|near|by|around her|his|my|our|their work|house|home|school|flat|door|college|workplace',
  // "…raped at a party on Saturday, the lad goes to her college": whoever did it is met every day.
  'he|she|they|lad|boy|man|girl|who go|goes|is|are at|to her|his|my|our|their|the_same school|college|class|uni|work|gym',
  // "…robbed at knifepoint on Tuesday, the boys who did it go to his school and he has to see them tomorrow".
  'who did|done it go|goes|is|are at|to her|his|my|our|their|the_same school|college|class|uni|work|gym',
  // "my son told me the lad who threatened him with a knife on Monday is in his class again tomorrow" (forty-fifth
  // session).
  'be in his|her|my|our|their class|form|tutor_group again|tomorrow',
  'have|has to see|face him|her|them',
  // "they say they will come again".
  'will|would|gonna come|be back|again|round',
  // "he's coming home in an hour".
  'come|coming|comes home|back|round in * hour|hours|minute|minutes|mins|bit|while',
  // "the boy who slashed him is still going there every day".
  'still go|going|goes there',
  // "…last week they cracked my mate's head open with a bottle, they're there every day"; "…a man tried to get her into a
  // taxi, she's home but he was a regular there" (forty-fifth session).
  'be there every_day|most_days|every_night|every_morning|every_afternoon',
  'be a regular there|in_there',
  // "…threw a firework at my window and shouted that next time it would be through the letterbox".
  'next time * will|would|gonna',
  // "…pointed it at year 7s, the school sent him home but he's back tomorrow".
  'be back tomorrow|tonight|next_week|on_monday',
  // "…punched my husband over a parking space on Sunday and he's been revving his car at him since".
  'been revving|staring|glaring|shouting|swearing|following|watching|goading|taunting * * since',
  // "a big dog… went for a child in the street this afternoon, it's back in the garden but the fence is broken"; "…bit my
  // son's hand last week and it's still not muzzled".
  'fence|gate be|is broken|still_broken|down',
  'not|never muzzled',
  // "…has been let out on bail and was at the bus stop by our house this morning": whoever did it, near again.
  'be at the * by|near|outside|opposite our|my|her|his|their house|home|flat|school|work',
  // "he hit me last week and now he's back": whoever did it is still about (even after years: "…two years ago, now he's
  // found me on facebook"; so also "overdosed three years ago, now he's graduated" is asked about).
  'now he|she|they',
  // "my grandson lives with us and he pushed my husband over last night": whoever did it is at home.
  '@someone live with me|us|her|him|them',
  // "he beat me last night, he's asleep now": he is still there.
  'he|she|they * asleep|calm|calmer|quiet|quieter|sober now',
  // "…threatened me with a knife last night, he's asleep upstairs" (forty-fifth session).
  'he|she|they be asleep|sleeping upstairs|downstairs|in_bed|next_door|in_the_next_room|in_his_room|in_her_room',
  // Whoever knows where someone lives (or sleeps) still does.
  'know where i|you|we|he|she|they live',
  // "my husband strangled me last year and I left, but he's just found out where I'm living now".
  'find out where * live|stay|be_living|be_staying',
  // "the man who threatened me with a knife in the summer has started drinking in the pub opposite my house".
  'start * * opposite|near|next_to|outside my|our house|home|flat|door',
  'know where you|u sleep',
  // "the man who was arrested for attacking my daughter has been released and was seen on our street" (released alone is
  // not: gr8-0093).
  'see|seen|spotted * on|in|near|round|around|outside my|our|her|his|their street|road|estate|house|flat|school|area',
  // "has been seen near my dad's flat".
  'see|seen|spotted * near|round|around|outside my|our|her|his|their @person @whose flat|house|home|school|work',
  // "…has just been let out, he's been seen in the same pub".
  'see|seen|spotted in|at the same pub|shop|street|road|park|school|bus|place',
  // "…has been released and has messaged her from a new account", "he's been released and he's texted me": whoever did
  // it has been in touch since (he's may be read as he is).
  'he|she|they|and|now have|has|be messaged|contacted|texted|rung|phoned|tracked_down|found me|her|him|us|them|my',
  // "he hit me last night, he's at work now": he will be back (not "she's doing well at college now").
  'he|they|husband|partner|boyfriend|dad|stepdad|ex be|is|are at|in work|school|college|uni|university|the_pub|the_gym|the_shops|his_mum|his_mums now',
  // "…he's ok but they're still down there".
  'still down|up|over|round|around|out|in there|here',
  // "he'll come back with a knife", "he's been outside my house", "he's got my new address".
  'will|would|gonna come back|round',
  'have|has|is been outside|round|near|hanging',
  'know|knows|got|has|have|found|find * my|our|her|his|the new address|number',
  // "the man I gave evidence against is out of prison and he drove past my house twice yesterday slowly": whoever did
  // it, near again (the same words are a sign of being watched, \`followed\`; here they keep an older danger open).
  'drive|drove|driving|drives|walk|walked|walking|walks past|by my|our|her|his house|flat|home|door|window|windows|work|school',
  // "…they took his phone and they know his face": whoever did it would know someone again.
  'he|she|they know|knows my|our|his|her face|name',
  // "the boys who did it have put his address on snapchat".
  'put|posted|posting|shared|sharing|leaked * address|addresses',
  // "they've been asking around the estate where he lives", "he's just moved into a flat on my road".
  'ask|asks|asking|asked * where * live|lives|work|works',
  'move|moved|moving in|into * on|near|opposite my|our road|street|estate|block|close',
  // "the school says he'll be back on Monday", "the same gang were outside our house last night", "have started
  // following him home again", "he has messaged me".
  'will|would|gonna be back',
  'same gang|lads|boys|boy|man|men|group|people|person|guy|kids|girls|lad * were|was|are|is|have|has * outside|back|round|following|waiting|again',
  'have|has|be start|started|begun * again',
  'have|has * messaged|texted me|us|her|him',
  // "the man who threatened to stab me last month has been released on bail and was outside my house this morning".
  'was|were|been outside|at|near my|our house|home|door|flat|work this_morning|today|tonight|last_night|yesterday|earlier',
  // "the same man was sat on the wall opposite our house"; "a lad pulled a blade on my son at the station on Friday and
  // it's the same lads he walks past every day" (forty-fourth session).
  'same gang|lads|boys|boy|man|men|group|people|person|guy|kids|girls|lad * sat|sitting|standing|hanging|parked|seen|spotted|opposite|every_day|each_day|every_morning|each_morning|every_night|each_night|every_week|each_week',
  // "…pulled a knife on another lad at the back of my bus on Tuesday, the same group gets on at Temple Hill every day"
  // (forty-fifth session).
  'same gang|lads|boys|group|people|kids|girls|men get|gets|getting on|off * every_day|each_day|every_morning|each_morning|every_night|most_days',
  // "her phone has been off since".
  'phone * be|been|is|are off|dead|switched_off',
  // "he's acting like nothing happened" (after an attack at home).
  'act|acting|acts like nothing * happened',
  // "he's got worse since", "I've seen him hanging round there every day since", "they have moved back
  // into the house opposite" (not "moved back into the area": somewhere near), "one of them lives on our road", "they'll be waiting for him", "she'll try again".
  'get|got|getting worse',
  'hang|hanging|hangs round|around|about * every|since|again',
  'move|moved|moving back * opposite|next|door|road|street|house|flat|block|estate',
  'live|lives|living on|in our|my|his|her|their|the_same road|street|estate|block|close|avenue',
  'will|would|gonna be waiting',
  'will|would|gonna try|do_it|do_that|catch|get|find * again',
  // "…brought back by police, today the door was open and she's gone again".
  'gone|missing|disappeared|wandered_off|run_off|ran_off again',
  // Someone missing is missing until found, however long ago they went (and see FOUND).
  'still missing|gone',
  'not be|been found|seen|heard since|yet',
  'nobody|no_one * seen|heard * since',
  'nobody|not|no_one * heard|hear from',
  'be on his|her|their way',
  'will|can not leave him|her|them',
  'too scared to leave him|her|them',
  'refuse|refuses to leave him|her|them',
  'still live|living with him|her|them',
  // "my daughter's boyfriend strangled her last week and she's still seeing him", "…and she's still with him" (not "my
  // mum had a fall last week, I'm still with her": the teller beside her).
  'still seeing|dating him|her|them',
  'he|she be|is still with him|her|them',
  // "…threw her phone at her head on friday and she has a lump, she says she's staying with him" (forty-sixth session).
  'say|says|said * staying|stay with him',
  // "…overdosed last weekend… she's back in the flat with the same people who gave her the drugs".
  'back * with the same people|lads|men|man|group|crowd|gang|friends|mates',
  // "someone tried to set fire to our front door in october with a firework, they still drive past slowly every night".
  'still drive|drives|driving past|by',
  // "my sister's girlfriend hit her in the face on Saturday and they're still together".
  'they be|are still together',
  // "…last month he struck her. She has moved back in with him."
  'move|moved|moving|go|gone|went back in with|to him|her|them',
  'still live|living here|there',
  // "he threatened to stab my son last month and he's still living next door".
  'still live|living|lives next|near|nearby|round|opposite|upstairs|downstairs|across|above|below',
  'still live|living with me|us',
  // "I'm frightened it will happen again", "scared of it happening again" (not "reporting it in case anything happens
  // again": a record kept).
  'will|would|might|could|gonna|go_to happen again',
  'scared|afraid|worried|frightened|terrified|worry|fear * happen|happening again',
  // "showed me a blade and said next time".
  'say|said|says|saying next time',
  // "wrote 'next time it's the house' on my fence".
  'write|wrote|written|writing|note|message|text * next time',
  'not|never answer|answering|reply|replying|respond|responding',
  // "since then she hasn't been answering the door", "last night he was outside my work again".
  'not|never be|been answer|answering|reply|replying|respond|responding',
  'he|she|they|him|her|them * outside|round|back * again',
  // "the staffie bit my daughter yesterday and it's out in the street again off its lead".
  'it|dog|dogs be|is|are out|loose|off_its_lead|off_the_lead * again',
  // "…last month she was in hospital and I can hear him shouting at her again".
  'hear|heard|hearing him|her|them|it * again',
  // "the boys who jumped my son last month have started hanging around again and he is terrified".
  'hang|hanging|hangs around|round|about * again',
  'am|is|are terrified|petrified',
  // "some lads have been riding round the estate with a gun": it goes on.
  'have|has|is been riding|walking|driving|going|coming|carrying|hanging|sitting|waiting|standing|hitting|threatening|following|watching|staring|messaging|texting|sending|asking|setting|lighting|starting|posting|sharing|calling|ringing|phoning',
  // "he's been punching holes in walls", "somebody has been trying our car doors every night this week".
  'have|has|is been punching|smashing|kicking|throwing|banging|trying|lurking|prowling|creeping|grabbing|pushing',
  // "two lads are going round with a dog they set on other dogs": still about with it.
  'be|are|is going|walking|riding|driving round|around with',
  // "…I've had trouble with the family over the road": a feud that goes on.
  'have|has had|been_having trouble|problems|issues with',
  // "my dad hit my mum again on Saturday … it keeps happening".
  'keep|keeps happening',
  'do it|that again',
  // "if I leave he will…": a threat that holds now.
  'if i|we|she|you leave|go|tell|report|call',
  'be|are|is|keep sending * message|messages|text|texts|threat|threats',
  // "he goes through my phone… he's stopped me seeing my sister".
  'go|goes|going|went through my|her|his phone|messages|texts|emails',
  'stop|stops|stopped|stopping me|her|him seeing|going_out|going',
  // Control at home goes on: "he checks her phone", "reads all her messages", "takes my wages", "takes her car keys",
  // "won't let me go out".
  'check|checks|checking|read|reads|reading * my|her|his phone|messages|texts|emails',
  'takes|taking|taken|keeps|keeping my|her|his wages|money|benefits|bank_card|keys|car_keys|passport',
  'not let|allow|letting * me|her|him go_out|out|leave|see',
  // "my dad takes my mum's bank card and she has to ask him for money for food".
  'takes|taking|taken|keeps|keeping * wages|benefits|bank_card|passport',
  'has|have to ask him|her|them for money',
  // "tracks her car", "tracks my phone".
  'track|tracks|tracking my|her|his car|phone|location',
  // "since my husband retired he's been checking the receipts and shouting if I spend anything, last week he slapped me"
  // (forty-fifth session).
  'check|checks|checking * receipts|spending|bank_statements|mileage',
  // "…on Sunday and they've been messaging him saying it's not finished", "this isn't over", "we're not done with you".
  'it|this|that be|is not over|finished|done',
  'not finished|done with you|him|her|them|us|me',
  'go|gone|went|going back to|with him|her|them',
  // "…has been taking all her money and she isn't allowed to see her friends".
  'taking|checking|reading|tracking|controlling|monitoring her|his|my|their|all * phone|phones|messages|money|wages|bank_card|passport|finances|account|accounts',
  'not|never allowed to see|go_out|work|leave|have|talk_to|speak_to',
  // "…threatened with a knife on Thursday, the lad lives near us and we see him most days".
  'see|seeing|bump_into him|her|them most|every days|day|week|morning|mornings',
  // "he's on bail not to contact me, but my friend saw him outside my work on Friday".
  'see|saw|spot|spotted him|her|them outside|near|by|around|at her|his|my|our|their work|house|home|school|flat|door|college|workplace',
  // "my dad used to beat my mum, he's 70 now and I've noticed bruises on her arms again".
  'bruise|bruises|black_eye|black_eyes|marks|injuries * again',
  // "…strangled me in August, he's got contact this weekend and I have to hand them over".
  'got contact|access this|next|tomorrow|tonight|at|on',
  'to hand them|him|her|the_kids|the_children over',
  // "…took an overdose on Thursday, she says she's fine but she's given me her bank cards and her jewellery": things
  // handed on by someone who may not mean to be here.
  'give|gave|given|giving * * her|his|their bank_cards|jewellery|savings|pin|passwords',
  // "…slashed my son's face on friday and the boys who did it are posting videos laughing about it": boasting of it.
  'who did|done it be|are|is|have|has|keep|keeps posting|boasting|bragging|laughing|sharing',
  // "the man who got sent down for burgling me messaged me from a new number".
  'messaged|texted|contacted|rung|phoned|called|added me|us|her|him from|on a|another new number|account|phone|profile',
  // "…the lad's mates have been turning up outside our house in a car since", "they've been seen there again".
  'have|has been turning_up|coming_round|driving_past|driving_by|sitting_outside|waiting_outside|parking_outside',
  'be|been seen|spotted there|again',
  // "…took my card, he's got my address from my wallet".
  'get|got|have|has|take|took my|our|her|his|their address|postcode from',
  // "…brought a knife in, the school just sent him home": only sent home, he will be back.
  'just send|sent|sends him|her|them home',
  // "…sent him home for a day, he's back tomorrow".
  'be back tomorrow|tonight|next_week|after_half_term',
  // "…hit by a car and the driver didn't stop, we've seen the same car parked on our road twice since".
  'same car|van|motorbike|moped * parked|seen|spotted|outside|opposite|again',
  // "someone left a bullet on my doorstep last month… this morning there was another one in my letterbox".
  'be another one in|on|through|at|outside',
  'find|found another one',
  // "…had his jaw broken outside a club in November and the same bouncers are working there this weekend".
  'same bouncer|bouncers|doorman|doormen|staff be|are|is working|on|there',
  // "…kicked my boyfriend on Friday, one of them works in the Tesco we use every day": whoever did it, met again.
  'one|some|two|both|all of them work|works|live|lives|go|goes|drink|drinks',
  // "…left a note last week saying I'm next, today my cat came home covered in something": harm come to a pet since.
  'cat|dog|pet * come|came|comes home covered|injured|hurt|bleeding|poisoned|limping',
  // "…stabbed at work in September, the man was never caught and my husband goes back to work on Monday".
  'go|goes|going back to work|school|college|there on|tomorrow|next|this',
  // "…arrested last month for hitting her, the police have released him and she's let him come back".
  'let|lets|letting him|her|them come|move back|home|in',
  // "…locked her in the flat in October, she's moved out but he's found out where her new place is".
  'find|found out where her|his|their|my|our new',
  // "…fell through the ice last winter, his friends are planning to go skating on it again this weekend".
  'planning to * * again',
  // "…last week she left the gas on and went out, she lives on her own" (not "lives alone": said of many older people
  // who are fine, and labelled so).
  'live|lives|living on her|his|their own',
  // "…tried to hang herself in the spring and she's living alone now and has stopped taking her meds".
  'stop|stopped|stopping taking her|his|their|my meds|medication|tablets|antidepressants',
  // "…threatened to slit my throat last week, I haven't seen him since but his car's back on the drive tonight".
  'his|her|their car|van|motorbike be back',
  // "…hit my daughter in front of the kids last month, she's dropped the charges and he's back home".
  'drop|dropped|dropping the|all charges|charge',
  // "…threw a plate at my mum on Sunday and cut her head, he's been drinking all afternoon": drinking today, as then.
  'been drinking all day|afternoon|morning|evening|night',
  // "…said he'd wait for me after my shift, he's been in every night since just staring", "he's seen them at the park
  // every day since".
  'every night|day|evening|morning since',
  // "…he's been out of prison a week and my daughter says he's asked her for my number".
  'ask|asks|asked|asking * for my|her|his|our|their number|address|new_number|new_address',
  // "the men who threatened to burn my shop down in the summer came in again today and just stood there".
  'came|come in|round|back|by again today|tonight|this_morning|this_afternoon|this_evening',
  // "someone set fire to our house ten years ago, now the same family are sending us letters": in touch again.
  'same man|woman|family|people|lads|boys|girls|gang|group|person * be|are|is|have|has sending|sent|writing|messaging|texting|ringing|calling|contacting',
  // "…got a restraining order, this week flowers turned up at my new address with no name on the card".
  'turn|turned|turning up at|to my|our|her|his new address|house|flat|home|place',
  // "…set fire to her curtains in the summer while she was asleep, he's still got a key to her flat".
  'still * got|have|has a|her|my|the|their|our key|keys',
  // "my lodger punched me in November… he still has his stuff here and says he's coming for it on Saturday".
  'coming|come|comes for it|his_stuff|her_stuff|their_stuff|his_things|her_things on|this|next|tomorrow|tonight|at',
];

/** A habit or a pattern: not over, but not an emergency by itself either. */
export const HABIT = [
  'every day|night|evening|morning|afternoon|week|weekend|time|friday|saturday|sunday',
  // "every hot day", "every other night", "every few weeks".
  'every|most single|other|hot|cold|sunny|wet|warm|dry|few|couple_of day|days|night|nights|week|weeks|evening|evenings|morning|mornings|weekend|weekends',
  // "outside the pub at closing time most fridays".
  'most day|night|weekend|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  'always',
  'goes missing',
  'regular|regularly',
  'coming and going',
  // "he's been leaving the gas on and yesterday a pan caught fire": what he has been doing up to now.
  'been leaving the|her|his gas|cooker|hob|oven|gas_fire|chip_pan on',
  // "a house where young men come and go".
  'come and go',
  // "won't let her leave the house without him": control, a pattern.
  'without him|her|them|permission',
  // "kids are carrying knives around the estate": what goes on there, not an incident.
  'carry|carries|carrying * around|round|about the estate|area|town|streets|place',
  // Posts online: what is said there is not happening in the street this minute.
  'on|in @online',
  'often',
  // "a smell of gas near the drain now and again", "from time to time", "on and off".
  'now and then|again',
  'from time to time',
  'every so often',
  'on and off',
  'all the time',
  'keep|keeps|kept',
  'carries',
  // "a man who walks the estate with a knife": what he does, not what is happening.
  'who|that * walks|goes|hangs|sits|drives|rides|deals|sells|stands|hides|brings|wears|waves|flashes|shows|sets|lets',
  // "there's a man who gives the kids at the park cigarettes and weed and takes them to his flat".
  'who|that gives|takes|buys|offers|invites|picks_up',
  // "a lad who has been going round with a big knife": what he has taken to doing.
  'who|that have|has|is been going|walking|riding|driving|hanging|carrying|showing round|around|about',
  // "a group from another area have been chasing kids from my school": what they have been doing, and still do; "a
  // group of boys have been pelting my autistic son with stones on his way home".
  'have|has been chasing|mugging|attacking|jumping|pelting|stoning|hitting|kicking|punching|beating * @person|students|pupils',
  // "my son's been getting beaten up on the way home from school by the same three boys" (forty-seventh session).
  'have|has|is been getting|being beaten|attacked|jumped|bullied|hit|punched|kicked|mugged|robbed|threatened|followed',
  // "older kids have been making my autistic son hand over his dinner money and yesterday they pushed him into the canal":
  // what they have been doing, and still do (forty-fourth session).
  'have|has been making|forcing * hand_over|give_them|give_up',
  // "the lad next door has been setting small fires in the garden": what he has taken to doing.
  'have|has been setting|lighting|starting * fires',
  // "the man at number 19 has been revving his car at my kids and driving at them", "teenagers have been firing
  // fireworks at people walking through the park", "a man at the bus stop has been shouting at women in headscarves".
  'have|has been revving|driving|swerving|speeding|firing|throwing|shooting|aiming|shouting|screaming|spitting * at * @person',
  // "some lads have been targeting my neighbour who has learning difficulties".
  'have|has been targeting|picking_on|bullying|robbing|exploiting * @person',
  'twice',
  // "there's been a spate of lads on mopeds slashing people for their phones".
  'spate|string|series|wave|run of',
  '# time|times',
  // "has followed me from the station 3 nights this week".
  '# night|day|evening|morning|weekend this|last|a week|month|fortnight|year',
  'for the past|last * day|days|week|weeks|month|months|year|years',
  'for day|days|week|weeks|month|months|ages',
  // "for a month a group of teenagers have been coming in stealing".
  'for a|one|over_a week|month|year|fortnight',
  'on friday|saturday|sunday nights',
  'in the evenings|mornings|afternoons|nights',
  // "someone is going round trying car door handles at night".
  'at night',
  'in a row',
  // "followed me home two nights running".
  'night|nights|day|days|week|weeks|weekend|weekends|time|times running',
  'whenever',
  'when|whenever he|she|they * drink|drinks|drunk|angry|mad|cross|confused|stressed|upset|jealous|lose|loses',
  // "locks me out when we argue".
  'when|whenever we|they argue|row|fight|fall_out',
  // "keeps her locked in the flat when he goes out".
  'when|whenever he|she|they go|goes out|away|to_work|to_the_pub',
  'at|on weekends',
  // "kids carrying knives in the park after school".
  'after school|dark',
  'all day',
  'sometimes|occasionally|usually|normally|generally',
  // Hearsay of what goes on ("the dealers are carrying knives now apparently"): not a scene the resident sees.
  'apparently',
  'these days',
  'nowadays',
];

/**
 * Told after the event ("I was mugged recently", a crime number): weaker than a time in the past, so a danger that is
 * now by itself ("she's collapsed and not breathing") or a word of now outweighs it, and "has been … recently" goes on
 * ("lately" always does); otherwise the danger is over.
 */
/** Told after the event, unless with "has been" ("he has been threatening me recently" goes on). */
export const RECENTLY = ['recently'];
/** Times of today (a danger now by itself in a clause with one of its own stays open after an older time). */
export const TODAY = ['this morning|afternoon|evening', 'today', 'tonight', 'earlier today'];
/**
 * Minutes or an hour ago. Pills or an overdose taken then are now, however the one who took them seems: they are still
 * working ("my husband says he's fine now but he took a whole box of paracetamol an hour ago", "she took an overdose
 * twenty minutes ago"). An attack then is still asked about ("punched him, it was about 20 minutes ago").
 */
export const MINUTES_AGO = ['minute|min|mins ago', 'a|an hour ago'];
/**
 * A fire put out, or gone out: over, but only just (PAST and LATELY). After it, "still" is not how things have been
 * since, as after an older time: "someone set fire to my door, we put it out but they're still outside" is now.
 */
export const FIRE_OUT = [
  'put it|them out',
  'be|was|were|been|got put out',
  // "kids lit a fire in the bin, it had gone out by the time I got there", "the fire in the bin went out by itself".
  'it|fire|flames|blaze|bin had|has gone|burnt|burned out',
  'it|fire|flames|blaze * went out by|before|on_its_own|itself',
  // "someone tried to set fire to the bins behind the shop but it went out".
  'but it|fire|flames went out',
  // "our wheelie bin was set alight in the night, the fire was out by the morning".
  'it|fire|flames|blaze was|were out by|when|before',
  // "a car was on fire on the A2 this morning, fire brigade had it out by the time i drove past" (not "I had it out with
  // him": a row).
  'fire_brigade|firefighters|firemen|fire_service|fire_crew had|got it|the_fire|the_flames out',
  // "someone has set fire to the litter bin at the bus stop again, it's just a melted lump now": what is left.
  'it|that be just|all|now a|an melted|charred|blackened|scorched lump|mess|shell|heap',
];
/**
 * Times of the last day or so. Told after an older time ("back in June he threatened me, this week he's started
 * leaving notes again", "on Friday he headbutted my son … this morning he was sat opposite our house"), something
 * happened again: it goes on.
 */
export const LATELY = [...TODAY, 'this week', 'last night', 'overnight', 'in the early hours', 'yesterday', ...FIRE_OUT];
export const AFTERWARDS = [
  'crime number|reference|ref',
  'memorial|memorials|vigil|funeral|tribute|tributes|plaque|inquest',
  // "nobody was hurt", "still shaken up", "he was arrested", "the lad who was attacking people in the park has been
  // caught": how it ended (he's fine now: see WELL_NOW).
  'nobody|no_one|neither|none_of_them|none_of_us * hurt|injured',
  'still shaken|upset',
  'still in shock',
  'shaken up',
  'be|was|were|been|got arrested|charged|convicted|sentenced|caught',
  // "they came in the end but we were really shaken".
  'really|very|quite|so|badly|left shaken',
  // "there was a stabbing near the Clock Tower, are the police doing more patrols?": what is asked for since.
  'more|extra patrols|cameras|cctv|lighting|street_lights',
  // "there was a bomb threat at the museum so my son's school trip got cancelled": what came of it.
  'got|was|were|been|be cancelled|canceled|called_off|postponed',
  // "the lad who did it got 6 years".
  'got|get|given|gets # year|years|month|months',
  // "tried to set fire to my shed but it didn't catch": a fire that never was.
  'did|does|would not catch',
  // "…set fire to the bin again, it's just a melted lump now": what a fire left.
  'melted|charred|blackened|scorched|burnt|burned lump|mess|shell|remains|wreck|heap|stump',
  // "I saw on the news about a stabbing", "I read that there was a stabbing in Chatham on the news", "read about it in
  // the paper": a report of it (a scene told in the present is still now: "there's a man with a gun outside, it's on
  // the news").
  'on|in the news|paper|papers|newspaper|local_news',
  // "it was a one-off".
  'one_off|oneoff|one_time|isolated_incident',
  // "needed a tetanus jab", "he's in plaster", "his arm's in a cast", "been to the minor injuries unit", "recovering":
  // the harm was treated (not "needs stitches", which the data reads as a danger still to ask about, nor "bloody
  // plasters in her bin": sticking plasters).
  'tetanus|xray|x_ray',
  'in|a plaster|cast',
  'minor injuries|injury unit',
  'walk in centre',
  'recover|recovering|recovered',
  'been|went|taken to hospital|casualty',
  'shaken but ok|okay|fine|alright',
  'police * took|take * him|her|them away|off',
  // "a man collapsed outside the Co-op this morning, the ambulance took him away".
  'ambulance|paramedics|ambulance_crew * took|take * him|her|them away|off|in',
  // "…he was taken away in an ambulance".
  'be|was|were|been|got taken away|off in|by * ambulance|paramedics|police|officers|police_car|police_van',
  'be|been|get|got excluded|expelled|suspended|sacked|banned|barred',
  'head|school|shop|pub|club|landlord|council|manager|staff|leader|leaders|coach have|has banned|barred|excluded|expelled|suspended',
  // "he doesn't want to take it further", "we're not taking it further" (so not with DEALT_WITH, which a negation undoes).
  'take|taking it further',
  // "we're not pressing charges".
  'press|pressing|pressed charges',
  // "I got checked over at Darent Valley": the harm was seen to.
  'get|got|been|be|was|were checked over',
  // "everyone says someone overdosed", "I heard from a neighbour that a boy was stabbed": what is said of it since.
  'everyone|everybody|people say|says|saying|reckon|reckons',
  'i|we heard|hear that|from',
  // "he says it's done now", "its over now".
  'it|that be|is done|over now',
  'its done|over now',
  // "…the officer who came out about the fight was brilliant. It's all calmed down now."
  'it|its|things|everything|that be|has|have * calm|calmed|settled|quiet|quietened down',
  // "police turned up and everyone went home".
  'everyone|everybody went|gone|left home|off',
  // "teenagers were fighting in the park this afternoon but it was over in a minute and they all walked off".
  'it|that be|was over in|within a|seconds|minutes|a_minute',
  'they all walked|went off|away|home',
  // "it's been sorted", "everything has been dealt with".
  'it|its|that|everything * been sorted|resolved|dealt_with',
  // "someone rang saying my son had been kidnapped and needed money, it was a scam call": a lie told for money; "…about a
  // man with a knife but nobody has actually seen anything. I think it's a wind up", "police said it's fake".
  'scam|hoax|prank call|calls|caller|text|texts|message|messages|email|emails',
  'it|that|this be|was a|just_a scam|hoax|prank|wind_up|windup',
  'it|that|this|post|story be|was fake|made_up',
  // "the man who stalked me has been given a 5 year restraining order and moved to Scotland" (forty-ninth session; was the
  // 999 answer).
  'given|granted|issued|served * restraining|molestation|protection order|orders',
  // "a firework through the letterbox, no one was in".
  'nobody|no_one was|were in|home|inside',
  // "our allotment shed was set on fire… Nobody was there at the time", "the play area has been set on fire again, the
  // slide melted, no one was there", "one smashed, nobody was around".
  'nobody|no_one was|were there|around|about',
  // "they both went their separate ways".
  'went|gone|go their separate ways',
  // "the boy who was stabbed is a friend of my son's, how can I support him".
  'how can|do|should|could i|we support|help him|her|them|my',
];

/**
 * What was done about it ("the school did nothing", "I reported it to the police"): the danger is over when every sign
 * is told in the past tense ("my daughter was attacked at school and the school did nothing"), not when one goes on
 * ("he hits me and the police have done nothing").
 */
export const DEALT_WITH = [
  // "my carbon monoxide alarm went off, the engineer came and it was a faulty alarm" (forty-sixth session).
  'engineer|engineers|gas_engineer|electrician|fire_brigade came|come|checked|fixed|sorted',
  'it|that|this be|was|is a|just_a faulty|broken|false alarm|detector|sensor',
  LOOKED_AFTER_NOW,
  // (not "she's had nothing to eat today").
  'did|do|does|done nothing',
  'nothing be|was|is done',
  'nothing has|have been done',
  'report|reported it|this|him|her|them to',
  'already reported',
  // "I made a report about a fight at the skate park, can I add a photo?" (forty-third session).
  'i|we made|filed|submitted|put_in a report about|of|on',
  // "…were fighting over a man outside the club, the bouncers split them up".
  'bouncer|bouncers|security|staff|teacher|teachers|police|officers split|broke * them|it up',
  // "I broke up a fight between two boys outside the chip shop".
  'i|we broke|split up the|a fight|scrap',
  // "the teacher gave us both detention": a school's sanction, after the event.
  'give|gave|given|get|got * detention|detentions|exclusion|suspension|isolation',
  // What a report after the event brings: "I've got his number plate", "we have photos of them", "we want the lads
  // caught", "we've spoken to the PCSO".
  'got|have|has|took * number plate|registration|reg',
  'have|has|got|took * photo|photos|picture|pictures|video|footage|cctv of',
  'want|wants|like * caught|found|prosecuted|charged|identified',
  'spoke|spoken|talk|talked to the police|pcso|school|officer|teacher|head|housing',
  // "…has been identified and the police spoke to him".
  'police|pcso|officer|officers spoke|spoken|talked to him|her|them',
  // "the coach has spoken to their parents".
  'spoke|spoken|talked to their|his|her|the parents|parent|mum|dad|family',
  'mums|dads|parents|families have|has talked|spoken|met',
  // …and what a resident says of it afterwards: "I want it on record", "the school is aware", "I told the staff", "it's
  // been reported", "I'm ok but it shook me up", "we saw them on our doorbell camera", "he wants to know if there's
  // CCTV" (not "the bouncers didn't do anything": the data asks after a glassing told so).
  'on record',
  'want|wants * logged',
  'be|is|are aware',
  'told the|a staff|school|teacher|manager|security|police|guard|driver',
  'been reported',
  'shook me|him|her|them|us up',
  'doorbell|ring camera|cam',
  'on camera|cctv',
  'if there be|is * cctv|footage|camera|cameras',
  // "is there any CCTV there?".
  'be|is there any * cctv|footage|camera|cameras',
  // "both were told off, we just want it noted".
  'want|wants it noted|recorded',
  'be|was|were|got told off',
  // "he said sorry after, just letting you know", "reporting so you know it's happening": told for the record.
  'just|only letting * know',
  'so you * know|aware',
  'for your|you information|info',
  'said sorry|apologised after|afterwards',
  // "the dog was on a long lead, the owner apologised".
  'he|she|they|has|have|and|owner|owners|parents apologised|apologized',
  // "the school has dealt with it", "the coach sent him home".
  'school|head|teacher|teachers|coach|council|manager|staff|security|club|police * dealt|deal|dealing with it|this|them|him|her',
  'school|head|teacher|teachers|coach|manager|staff|security|bouncer|bouncers|police * sort|sorted|sorting it|this|them|things',
  'sent me|us|him|her|them home|off',
  // "a slap fight at the school gates this morning, it was sorted by the head", "it was broken up by the door staff".
  'be sorted|broken_up|split_up|dealt_with by',
  // "the staff have had a word with him".
  'staff|manager|security|teacher|school|coach|landlord|police|pcso|officer have|has|had * word with him|her|them',
  // "it's a custody thing and my solicitor is dealing with it".
  'solicitor|solicitors|lawyer|court|courts|cafcass * dealt|deal|dealing|handling with|it|this',
  // "found a knife… in the bushes near her school and handed them in to a teacher".
  'hand|handed|handing * in to|at the|a * teacher|police|school|staff|station|security|office|reception',
  // "I'm reporting it so there's a record", "can this go on file".
  'so there be|is a record|log|note',
  'on file',
  // "I called 999 earlier about a fight, they came and arrested two people".
  'came|come|turned_up and arrested|detained|removed',
  // "police took a statement".
  'take|took|taken|taking a|my|his|her|our|their statement|statements',
  // "security removed her", "the bouncers threw them out".
  'police|security|staff|bouncer|bouncers|guard|guards|driver removed|escorted|ejected|made * him|her|them',
  'police|security|staff|bouncer|bouncers|guard|guards|driver threw|kicked|walked|took * him|her|them out|off|away',
  // "the police have been round", "the paramedics have been and gone" (not "the police have been called").
  'police|paramedics|ambulance|officers|firefighters|fire_brigade have|has been and|round|out|already',
  // "police got the cctv", "the police took his details".
  'police|officers got|have|has|took|seized|checked * cctv|footage|statement|statements|details',
  // "I've given the police a statement".
  'give|gave|given|giving * statement|statements',
  // "her mum has gone to the police".
  'gone|went|been|go to the police|police_station|cops',
  // "I just thought you should know", "I wanted to let you know".
  'thought|think you|u should|might|would|ought * know',
  'want|wanted to let you|u know',
  // "a lady collapsed in the supermarket this morning, the staff were brilliant and the ambulance took her, I just want to
  // say thank you" (not "the ambulance took ages").
  'ambulance|paramedics|paramedic took|taken * him|her|them',
  'want|wanted to say thank_you|thanks',
  // "a teacher grabbed my son by the arm and left a mark, the school are investigating".
  'school|college|nursery|police|council|employer|club|company|manager be investigating|looking_into',
];

/**
 * Someone said to be well, without "now": "…he's got a few bruises but he's fine", "she's ok, just upset", "he's alright,
 * we went home". Read as what was done about it (DEALT_WITH: when every sign is told in the past tense; not "is she
 * ok?", nor "I don't know if she's ok": a negation undoes it), except after self-harm or pills, which can seem fine and
 * not be ("my husband says he's fine but he took a whole box of paracetamol").
 */
export const SAID_TO_BE_WELL = [
  'he|she|they|i|we|everyone|everybody|mum|mom|dad|son|daughter|wife|husband|partner|brother|sister|nan|grandad|grandma|kid|kids|child|children|boy|girl|friend|mate|neighbour be|am|is|are fine|ok|okay|alright|unhurt|stable',
  // "he's in hospital and stable".
  'hospital and|but stable|comfortable|recovering|ok|okay|fine|alright',
  // "I'm ok but it shook me up", "he bruised his hip but is ok", "he's good tho".
  'be|am|is|are ok|okay|fine but',
  'but|and be|is|are|am ok|okay|fine|alright|unhurt',
  'he|she|they|i|we be|is|am|are good tho|though|now|thanks|thankfully|luckily',
  // "I'm a bit bruised".
  'be|is|am|are a_bit|just|only bruised|sore|shaken',
  // "she's not hurt, more embarrassed", "he wasn't badly hurt", "she seems happy".
  'he|she|they|i|we|everyone|everybody be|is|are|am|was|were not|nt * hurt|injured',
  'seem|seems|seemed happy|fine|ok|okay|alright|well|settled',
  // "she's in bed resting", "he's resting at home".
  'in bed resting|asleep',
  'resting|rest at|in home|bed',
  'stable condition',
];

/**
 * Times a year or more ago ("ten years ago", "a couple of years back", "when I was small", "in the nineties"), past times
 * (PAST) of their own kind. When every past time of a description is one of these, a bare "now" after the danger tells
 * of life since ("there's a memorial bench now", "he's a police officer now"), not that the danger goes on: only words
 * that say so keep it open ("now he…", still at large, again, a threat ahead, a habit).
 */
export const LONG_AGO = [
  'year|years|decade|decades ago',
  'years back',
  'ages|long ago',
  'long time ago',
  // "my daughter self harmed when she was 14", "when he was little", "when he was at uni": someone's age or years then.
  'when i|he|she|they|we|you be #',
  'when i|he|she|they|we|you be little|young|younger|small|a_baby|a_toddler|a_kid|a_child|a_teenager|at_primary|in_primary|in_year|at_uni|at_university',
  // "my dad used to hit my mum when we were kids, now I can't stand shouting".
  'when i|he|she|they|we|you be kids|children|growing_up',
  // "set fire to her curtains a few summers ago", "in the nineties".
  'summers|winters|christmases ago',
  'in|back_in the 60s|70s|80s|90s|sixties|seventies|eighties|nineties',
  // "he had suicidal thoughts in lockdown": 2020 and 2021.
  'in|during|over lockdown|covid|the_pandemic|the_lockdowns',
];

/**
 * Past times that say nothing of when ("used to", "previously", "in the past"): beside a time a year or more ago they do
 * not make the story recent ("her ex used to lock her in the bathroom, that was 6 years ago, she's remarried now").
 */
export const UNDATED_PAST = [
  'previously',
  // "I've been burgled before".
  'have|has|had|is been * before',
  'in the past',
  'use to',
];

/** An explicit time in the past: with no sign of now, the danger is over (a verb form alone is not enough). */
export const PAST = [
  'yesterday',
  // "someone went along our road overnight trying the car door handles".
  'overnight',
  // "someone set fire to a car on the estate in the early hours".
  'in|during the early hours',
  'last night|week|weekend|month|year|summer|winter|spring|autumn|christmas|time|season|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  'day|night|week|fortnight|month|year|weekend|decade ago',
  'ages|long|while ago',
  'a while back',
  // "my son's been really withdrawn since he got mugged": the time of what was done, with life since.
  'since * get|be mugged|attacked|jumped|stabbed|robbed|assaulted|burgled|beaten|battered|glassed|knifed',
  // Times a year or more ago.
  ...LONG_AGO,
  // "they had stopped by the time I looked out again", "big fight in the pub car park, all over by the time I came out",
  // "they had gone by the time the police came": it ended then (not "by the time I get there he'll kill her").
  'stopped|finished|ended|gone|over|left by the time',
  // "two men were fighting in the car park, it finished before I could ring anyone", "all done before I got my phone
  // out": it ended then, as the line above says with by the time.
  'it|that|they|fight|fighting|everything|all * over|finished|ended|stopped|done before',
  'couple|few of day|days|week|weeks|month|months|year|years ago',
  'sat|fri|sun|mon|tues|wed|thurs night',
  'year|week|month before last',
  // "this was over the summer holidays", "during the half term hols".
  'in|during|over the * holiday|holidays|hols',
  'earlier this week|month|year',
  'the other day|night|week',
  // "back in 2019", "back in the summer" (not "he's back in the house").
  'back in #',
  'back in january|february|march|april|may|june|july|august|september|october|november|december|summer|spring|autumn|winter|school|college',
  'back in the * day|days|summer|spring|autumn|winter|60s|70s|80s|90s|sixties|seventies|eighties|nineties|year|years',
  'a few * back',
  '# * day|days|week|weeks|month|months|year|years back',
  'when i was',
  ...UNDATED_PAST,
  'been release|released',
  // "the man who was jailed for attacking me is due out next year": what someone was punished for was done before.
  'jailed|imprisoned|convicted|sentenced|sent_down|locked_up for',
  'at|over the weekend',
  // "the fire brigade came and it's all out now": it was dealt with.
  'police|ambulance|paramedics came|attended',
  'firefighters came|attended',
  'fire_brigade|fire_service|fire_engine|fire_engines came|attended|arrived',
  ...FIRE_OUT,
  // "a car was on fire on the A2 slip road earlier, the fire brigade are there now".
  'fire_brigade|firefighters|fire_service|fire_engine|fire_engines be|are|is there|here|on_scene',
  // "a smell of gas near the works on London Road but the gas board are already there digging".
  'gas_board|gas_company|gas_engineer|gas_engineers|gas_man|gas_men|fire_brigade|firefighters|fire_service be already there|here|on_scene|on_site',
  'it be all out',
  // "a lady collapsed at the carnival but the first aiders were there straight away and she's fine".
  'first_aiders|first_aider|first_aid|medics|paramedics|ambulance_crew was|were there|on_hand',
  // "the fire's out now but half the fence is gone" (not "it's out now": a knife can be out).
  'fire|flames|blaze be out now',
  // "it's burnt out now and just sitting there": what is left after a fire (not "he's burnt out now": exhausted).
  'it|that|car|van|shed|garage|building|bin|bins|fence be burnt|burned out now',
  // "somebody set fire to the old mattress in the alley, it's just burnt out now".
  'it|that be just|all|completely burnt|burned out now',
  // "the police have already been", "firefighters have already attended", "the fire service have already been".
  'firefighters|fire_service|fire_brigade|fire_crew|police|ambulance|paramedics * already been|come|attended|dealt',
  // "they had a fight … they've made up now".
  'made up now|since|after',
  // "both boys were sent home and have since made up".
  'since made up',
  // "the school dealt with it and they're friends now", "people fighting over the last pint, all friends again by closing".
  'be|are|all friends|mates|best_mates|best_friends again|now',
  // "he hit me… we've sorted it out and are talking again", "the girl's mum made her apologise".
  'sorted it|things out',
  'made him|her|them apologise|apologize|say_sorry',
  'be|are talking|speaking again',
  'on new year|years * eve|day',
  'on christmas|boxing|easter|halloween|valentine|bonfire|fireworks * eve|day|night',
  // "my stepdad punched my mum at christmas", "the lads who threw stones at halloween".
  'at|over christmas|easter|halloween|new_year|bonfire_night|eid|diwali|half_term',
  // "over the Christmas break".
  'over|during|in the summer|easter|christmas|october|half_term break',
  // "I think kids set fire to it on Halloween".
  'on halloween|christmas|eid|diwali',
  // "she's been fine since".
  'be|been fine|ok|okay|alright since|ever_since',
  'last bonfire|fireworks night',
  'last guy fawkes night',
  'last halloween|christmas|easter|eid|diwali',
  'on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  // "sometime between Friday night and Monday morning our shed was set on fire".
  'between monday|tuesday|wednesday|thursday|friday|saturday|sunday * and monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  // "…and followed us for a bit laughing, this was saturday afternoon".
  'this|it|that was|happened monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  'once|twice last year|month|summer|week',
  '# time last year|month|summer|week',
  'in the summer|spring|autumn|winter',
  'in|during spring|summer|autumn|winter',
  'in|last|early|late january|february|march|april|may|june|july|august|september|october|november|december',
  'of|on january|february|march|april|june|july|august|september|october|november|december',
  'last term',
  // "he attacked me on the 14th", "on 3rd june", "the 2nd of may" (not "on the 14th floor": NOT_PAST).
  'on the #',
  'on # january|february|march|april|may|june|july|august|september|october|november|december',
  '# of january|february|march|april|may|june|july|august|september|october|november|december',
];
