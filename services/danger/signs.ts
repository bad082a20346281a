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
    'me|him|her|them|us|you|someone|somebody|anyone|man|woman|boy|girl|lad|guy|bloke|kid|child|baby|toddler|person|people|mum|mother|dad|father|son|daughter|brother|sister|wife|husband|partner|friend|mate|neighbour|nan|grandad|grandma|grandson|granddaughter|cousin|nephew|niece|teenager|youth|pensioner|lady|gentleman|victim|driver|barman|worker|staff|student|pupil|shopkeeper|customer|police|officer|copper|cop|bouncer|security|guard',
  /** Weapons whatever the sentence. */
  weapon: 'knife/n|blade/n|machete/n|shank/n|sword/n|axe/n|cleaver/n|gun/n|pistol/n|firearm/n|shotgun/n|rifle/n|crossbow/n|taser/n|weapon/n|zombie',
  /** Things that are weapons when held, waved or used on someone. */
  object:
    'bat/n|hammer/n|crowbar/n|screwdriver/n|spanner/n|bar/n|brick/n|bottle/n|glass/n|stick/n|pole/n|chain/n|acid/n|firework/n|petrol/n|rock/n|stone/n|scissors/n|iron/n',
  /** Who can be the one a danger happens to, as the subject ("I got hit"). */
  someone: 'i|we|he|she|they|who|@person',
  child: 'child|kid|baby|toddler|son|daughter|boy|girl|teenager|nephew|niece|grandson|granddaughter|brother|sister',
  vehicle: 'car|van|vehicle|lorry|truck|taxi|motorbike|moped',
};

/** Phrases that look like danger and are not: they are removed before the signs are read. */
export const NOT_DANGER = [
  'knife block|drawer|set|sharpener',
  'gun shop|store|club|range',
  'water|nerf|glue|staple|toy|bb|paintball gun',
  'fire/n exit|alarm|door|escape|brigade|station|service|safety|drill|work|place|pit|wood|engine',
  'smoke/n|burglar|car|house alarm',
  'bonfire/n',
  'fight/n|fighting/n game',
  'panic attack/n',
  'bottle bank|top',
  'glass/n bottle|recycling|bin',
  'bar/n staff|man|maid|area|tender',
  'wine|beer glass/n',
  'smoke weed|cannabis|cigarette|drug|crack|spliff|joint|vape',
  'bike|scooter chain',
  'kill * time',
  'killing me|us',
  'gun cabinet|safe|licence|dog',
  'knife|knives packaging|sharpening|sharpener|set',
  'play|playing fight|fighting|wrestling',
  'messing about|around',
  'fight|fighting back|for',
  'wiper|razor|grass|fan|windscreen blade/n',
  'scared|afraid|worried * will|might|could|going',
  'someone|somebody be|is going to|gonna get hurt|killed|injured',
  'will|could|going to * kill|hurt someone|somebody',
];

/**
 * Each sign of danger, by kind. A message that shows one is `possible` at least, unless it is clearly over.
 * A phrase marked `!` says by itself that it is happening now (not breathing, on fire, trapped) unless the message
 * puts it in the past or calls it a habit.
 */
export const SIGNS: Record<DangerSign, readonly string[]> = {
  weapon: [
    '@weapon',
    'armed',
    'gunshot|gunfire',
    'fire|fired * shot/n',
    'shot/n fire|fired',
    'shoot|shot at|dead * @person',
    'shoot|shot @person',
    'with|wave|waving|hold|holding|brandish|swing|carry|carrying|point|pointing|threaten|armed * @weapon|@object',
    'acid/n attack|throw|thrown|face',
    'glassed',
    'put|stick|hold * @object|@weapon * to|at|against',
    'broken bottle/n|glass/n',
  ],
  attack: [
    'stab|stabbing|stabbed',
    'attack|assault|mug|rape|batter|strangle|choke|throttle|headbutt * @person',
    'attacking|attacked|assaulting|assaulted|mugged|raped|battered|strangled|choked',
    'beat|beating|beaten up',
    'punch|kick|hit|headbutt|slap|thump|push|shove|stamp|jump|whack|hurt|drag|pin|batter|beat * @person',
    'stamp|stamping|kick|kicking on|in * head|face',
    'kick|stamp|punch|smash|hit * head|face',
    '@object over|on|round|across * head|face',
    'hand|hands round|around * throat|neck',
    'drive|driving|drove|ram|ramming * into|at * @person',
    'ram|ramming|rammed',
    '@someone * get|be|being jumped|beaten|battered|attacked|stabbed|shot|knifed|slashed|hurt|hit|kicked|punched|glassed|assaulted|mugged',
    'being jumped|beaten|battered|attacked|stabbed|shot|hurt|hit|kicked|punched|glassed|assaulted|mugged|thrown|dragged|strangled|choked|pushed|shoved|slapped',
    'headlock|chokehold',
    'fight|fighting|brawl|brawling|riot|rioting',
    'run|ran|drive|driving|drove over|into|at * @person',
    'mount|mounted * pavement',
    'hit|knock|knocked * by a|the @vehicle',
    'throw|throwing * @object * at * @person',
  ],
  threat: [
    'will|would|go|gonna|threaten|want|come|try|promise|swear|vow|plan * kill|stab|shoot|murder|torch|firebomb|finish|bury|hurt|slit|acid|batter|smash|beat|knife|glass|attack|bomb',
    'will|would|go|gonna|threaten|want|plan * blow * up',
    'will|would get you|me|us|him|her|them',
    'come|coming for you|me|us|him|her|them',
    'know where i|you|we|he|she|they live',
    'smash|kick|punch * face|head in',
    'kill|stab|shoot|murder * you|me|us|him|her|them|my|our|family|kid|child',
    'torch|burn * you|me|us|him|her|them|house|home|flat|family|kid|child',
    'kill|murder|finish|end * you|me|us|him|her|them off',
    'come|coming|be|back round|over|back|for * to get|do|sort|kill|hurt|finish',
    'death|kill threat',
    'bullet * letterbox|door|post',
    'you|he|she|they|i * be|are|is dead',
    'bomb/n',
  ],
  fire: [
    '!on fire/n',
    '!fire/n in|at|spread|spreading|upstairs|downstairs',
    'set|setting|put fire/n|alight',
    'set|setting * fire/n|alight',
    'catch|caught fire/n',
    '!house|flat|kitchen fire/n',
    'car|bin|van fire/n',
    '!flame',
    '!smoke/n come|coming|pour|pouring|fill|filling|everywhere|billowing|out|go|going|rise|rising|spread|spreading',
    'lit|light|lighting * bin|fire|house|car|door|curtain|letterbox',
    'burning * through * letterbox|door',
    'pour|poured|throw|threw|spray * petrol|fuel',
    '!full of smoke/n',
    '!fill|filling * smoke/n',
    '!black|thick smoke/n',
    'burn|burning|burnt * down|out|house|flat|building|home',
    '!smell|stink * burning|smoke/n|fire/n',
    'smell|stink * gas/n',
    'gas/n leak|smell',
    'petrol * letterbox|door|through|house|poured|pour',
    'arson|firebomb|petrol bomb|molotov',
  ],
  trapped: [
    '!trap|trapped',
    '!lock me|us|her|him|them|myself|herself|himself|ourselves|yourself in|inside',
    '!be|get locked in|inside',
    '!@someone locked in|inside',
    '!can not get out of the|my|this|our house|flat|room|car|building|bathroom|bedroom|lift',
    'can not escape',
    '!will|would not let * leave|out|go|drive|pass|escape',
    '!hold|held|holding * captive|hostage|prisoner|against * will',
    'hostage',
    '!being held|kept in|inside|at|against|prisoner|captive',
    '!stuck in|inside the|a lift|house|flat|room|car|building',
    '!i|we|am|are * hiding',
    'block|blocked|box|boxed * in',
    'hiding|hide from',
  ],
  taken: [
    'kidnap|kidnapped|kidnapping|abduct|abducted|abduction',
    'take|grab|snatch * @child from|off|away|outside',
    'take|grab|snatch * year|yr old from|off|away|outside',
    '@child * be|get taken|grabbed|snatched',
    'drag|force|pull|bundle|push|throw * into|in * @vehicle',
    '@someone * go|be missing',
    'year|yr old * be|been|get taken|grabbed|snatched|missing',
    'not|never be|come home since|for|all|last',
    'missing since|for|child|person|girl|boy|kid',
    '@child|he|she * not|never come|be home',
    'run away from home|care',
    '@child * run|ran away',
    'wander|wandered off|away',
    'on his|her|their own * road|street|crying|lost|canal|river|water|lake|alone',
    '@child * on his|her|their own',
    '@child * alone|unattended',
    '!@child * left|locked|alone in|inside * car',
    'lost @child',
    'not be seen|heard * since|for',
    'not|never see|hear * him|her|them|from for|since',
    'nobody|no one * seen|heard * since|for',
    '!in a|the hot car',
  ],
  medical: [
    '!not breathing|breathe',
    '!can not breathe',
    '!stop|stopped breathing',
    '!not|never wake|respond|move|breathe',
    '!not|never get up',
    '!will not wake|respond|move|breathe',
    '!unconscious|unresponsive|collapse|collapsed|fitting|seizure|drowning|drown',
    'overdose|overdosed|od',
    '!have|having a fit|seizure|stroke',
    '!heart/n attack/n',
    '!knock|knocked out',
    'take|swallow|eat * load|lot|all|packet|bottle|box|handful|loads|some|many * pill|tablet|paracetamol|painkiller',
    '!lip|face|skin * blue',
    '!turn|go blue',
    'bleed|bleeding',
    '!blood everywhere',
    '!cover|covered in blood',
    '!lose|losing * blood',
    '!go|gone|went limp',
    '!struggle|struggling in the water|river|sea|canal|lake',
    '!fall|fell in|into the water|river|sea|canal|lake',
    'badly hurt|injured',
    'be|get hurt|injured',
  ],
  self_harm: [
    'kill myself|herself|himself|themselves',
    'end|ending it',
    'end|ending my|his|her|their life',
    'have|had enough of everything|life',
    'hang|hanging myself|herself|himself|themselves',
    'rope|noose * neck',
    'noose',
    'cut|cutting|slit * arm|wrist',
    'end everything',
    'suicide|suicidal',
    'self harm|harming',
    'harm|harming|hurt|hurting|cut|cutting myself|herself|himself|themselves',
    'want to die',
    'not want to be here|alive|live',
    'want to be dead',
    'jump off|from',
    'will|would|might jump',
    'stand|standing on the edge|ledge|bridge|roof',
    'going|gonna|want|threaten|threatening to jump',
    'take|taking all * tablet|pill',
    'say|said|saying goodbye to everyone',
    'can not go on',
    'can not cope',
    'can not do this',
    'no reason to live',
    'better off without me',
    'better off dead',
  ],
  followed: [
    'follow|following|followed * me|us|her|him|home|them',
    'be|being|get|getting follow|followed',
    'surround|surrounded',
    'corner|cornered me|us|him|her|them',
    '@someone * be|get cornered',
    'chase * @person',
    '@person * be|get chase',
    'wait|waiting for * me|him|her|us|them',
  ],
  break_in: [
    'break|breaking|broke into',
    'force|forcing * way in|into',
    'smash|smashed|break|broke * back|front|kitchen|bedroom window|door',
    'door * be|been kicked|smashed|forced in|open|down',
    'someone|somebody|stranger|intruder|burglar downstairs|upstairs|inside',
    'break|breaking in',
    'burgle|burgled|burglary|burglar|intruder',
    'try|trying|tried * get|break|force * in|into|door|window',
    'try|trying|tried * door|handle|window',
    'kick|smash|bang|force * door|window * in|down|open',
    'kicking|banging|smashing|forcing my|the|our|front|back door|window',
    'climb|climbing * in|into|through * window|house|door',
    'someone|somebody|man|people|stranger|they in my|our house|home|flat|garden|downstairs|upstairs',
  ],
  plea: [
    'help me|us|her|him',
    'please help',
    'send help|someone|police|ambulance',
    'call|ring the police|ambulance|999',
    'scream|screaming|shout|shouting|cry|crying|beg|begging for help',
    'scream|screaming|shout|shouting help',
    '999',
  ],
};

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
  'as i type|write|speak',
  'currently',
  'still here|there|outside|inside|in|at|go|happen|do|chase|follow|wait|hide',
  'tonight',
  'on his|her|their way round|over|here|now|back',
  'tomorrow',
  'about to',
  'have|be just',
  'just happen|get|come|pull|see|hear|try|break|smash|stab|attack|hit|set|start|take|run|drive|throw|shoot|punch|kick|fall|collapse|say|text|message|call|threaten|turn|go|shout|scream|ring|phone|tell',
  'there is|are a|an|some|two|three|loads|lots|men|man|lad|gang|group|people|someone|somebody|smoke/n|fire/n|flame|blood',
  'happening',
];

/** "now" that does not mean now. */
export const NOT_NOW = [
  'by|until|till|for|up|from now',
  'now and then|again',
  'now be|have been',
  'now live|work|have|know|feel|scared|afraid|worried',
];

/** Weaker words of now: enough for a sign, not enough to outweigh an explicit past time. */
export const MAYBE_NOW = [
  'please',
  'quick|quickly|hurry|urgent|asap',
  'be outside|here|inside|upstairs|downstairs',
  'with * @weapon outside|in|at|by|near|on',
  '@weapon outside|in|at|by|near|on the',
];

/** "since yesterday", "since last week": still going on, so not a time in the past. */
export const NOT_PAST = ['since yesterday|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday', 'for # day|week|night'];

/** Still at risk although it happened in the past ("I'm scared to go home", "he's coming back"). */
export const STILL_AT_RISK = [
  'scared|afraid|frightened|terrified to go|leave home|out|back',
  'scared|afraid|frightened|terrified of going home|out|back',
  'scared|afraid|frightened|terrified he|she|they will|is|are',
  'coming back|round|later|tonight',
  'on his|her|their way',
];

/** A habit or a pattern: not over, but not an emergency by itself either. */
export const HABIT = [
  'every day|night|evening|morning|week|weekend|time|friday|saturday|sunday',
  'most day|night|weekend',
  'always',
  'regular|regularly',
  'often',
  'all the time',
  'keep|keeps|kept',
  'on friday|saturday|sunday night',
];

/** An explicit time in the past: with no sign of now, the danger is over (a verb form alone is not enough). */
export const PAST = [
  'yesterday',
  'last night|week|weekend|month|year|summer|winter|spring|autumn|christmas|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  '# day|week|fortnight|month|year ago',
  'ages|long|while ago',
  'year|week|month before last',
  'in|during|over the * holiday|holidays',
  'earlier this week|month|year',
  'the other day|night|week',
  'back in',
  'a|# few * back',
  'when i was',
  'previously',
  'in the past',
  'use to',
  'been release|released',
  'on bonfire night',
  'on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
];
