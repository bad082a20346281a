import { normalise } from './features';

/**
 * Danger-now detection (docs/architecture.md 2.1), by explicit rules tuned for recall: a false alarm costs the resident one
 * extra message with 999 in it; a miss could cost much more. Used on every message at every step.
 *
 * A message is an emergency when it names a danger (a weapon, an attack, a break-in, a fire, someone trapped or
 * taken, a serious injury, a threat to kill, a bomb, a plea for help) and either says it is happening now, or does
 * not say it is over or a pattern ("last week", "every night", "keeps"). A few dangers (a fight, being followed or
 * surrounded) count only when the message says they are happening now.
 */
const DANGER = [
  /\b(knife|knives|knifepoint|machete|gun|guns|firearm|shotgun|weapon|blade|axe|hammer|baseball bats?|bats|acid|petrol (bomb|can)|throwing petrol|pouring petrol|crowbar)\b/,
  /\b(attack(ing|ed)?|stab(bing|bed)?|beat(ing|en)? (up|him|her|me|them)|beaten|battered|hitting (me|him|her)|punching|kicking (me|him|her|a|someone)|strangl\w*|chok(ing|ed)|hurting me|being (attacked|stabbed|beaten|hit|assaulted|raped|dragged)|dragg(ed|ing)|brawl|driv(e|en|ing) (into|at) (people|us|me|the crowd))\b/,
  /\b(break(ing)? in(to)?|broke in|trying to get in|kick(ing)? (my|the) door( in)?|smashing (up )?(my|the) (door|window|car))\b/,
  /\b(on fire|fire in|house fire|flames|smoke (coming|everywhere|pouring)|burning (down|house|flat)|burn (us|me|them|the house) (out|down)|set (fire|alight))\b/,
  /\b(trapped|locked (me|us|her|him)? ?in|held (captive|against)|won'?t let me (leave|out|go)|let me out|hostage|kidnap\w*|bundled into|abduct\w*|child locked)\b/,
  /\b((is|are|been|got|getting) (badly )?(hurt|injured)|bleeding|blood everywhere|losing (a lot of )?blood|unconscious|not breathing|isn'?t breathing|can'?t breathe|not moving|isn'?t moving|collapsed|overdos\w*|he'?s blue|she'?s blue)\b/,
  /\b((going|gonna|will|wants? to|threatening to) (kill|hurt|shoot|stab|burn)|kill (me|us|him|her|them|myself)|end my life|suicid\w*|shoot people|bomb)\b/,
  /\b(help me|help us|please help|plz help|send help|call (the )?police|someone call|screaming (for )?help|crying for help|shouted help|999)\b/,
];

/** Dangers that count only when the message says they are happening now. */
const DANGER_IF_NOW = /\b(fight(?! back)|fighting|following me|surrounded|pushing (him|her|me|them) (about|around))\b/;

const NOW =
  /\b(right now|now(?! (people|everyone|we|i|they) )|rn|still (here|there|inside|outside)|at the moment|as we speak|as i type|currently|happening|just (been|now|happened|shouted|said)|has just|have just|is (being|attacking|hitting|hurting|chasing|following|smashing|breaking|trying|waving|pointing|threatening|banging|kicking|strangling|dragging|holding|outside|here|in my|stabbing)|are (attacking|hitting|fighting|kicking|beating|smashing|trying|outside|here)|he'?s (here|outside|got|in)|they'?re (here|outside|in)|i'?m (hiding|locked|scared|trapped)|still inside)\b/;

const OVER_OR_PATTERN =
  /\b(yesterday|last (night|week|weekend|month|year|time|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|ago|earlier (today|this)|the other (day|night)|was (stabbed|attacked|set|hit|punched)|were (stabbed|attacked)|previously|used to|in the past|keeps?|every (day|night|evening|morning|week|weekend|time)|always|often|regularly|constantly|all the time|most (nights|days)|i think it will|will (kill|hurt) someone|if i leave|was|were|got|had|fought|there was|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|planning|talking about|instructions|noises)\b/;

export function detectEmergency(raw: string): boolean {
  const text = normalise(raw);
  const now = NOW.test(text);
  if (now && DANGER_IF_NOW.test(text)) return true;
  if (!DANGER.some((pattern) => pattern.test(text))) return false;
  return now || !OVER_OR_PATTERN.test(text);
}
