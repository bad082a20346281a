/**
 * Danger-now detection (DESIGN.md 2.1). Explicit rules, tuned for recall: a false alarm costs the resident one extra
 * message with 999 in it; a miss could cost much more. Used on every message at every step.
 */
const NOW = /\b(right now|now|at the moment|happening|currently|outside (my|the) (door|house|flat|window)|in my (house|flat|home|garden)|as we speak|as i type|on my doorstep)\b/;

const ALWAYS = [
  /\b(help me|help us|call (the )?police|someone call|please help)\b/,
  /\b(being (attacked|stabbed|beaten|hit|assaulted|raped|followed)|attacking (me|us|him|her|them)|is attacking|are attacking)\b/,
  /\b(break(ing)? in|breaking into|broke in and|trying to get in|kicking (my|the) door)\b/,
  /\b(fire|flames|smoke|burning)\b.*\b(house|flat|building|inside|trapped|now|people)\b/,
  /\b(trapped|can'?t get out|locked (me|us) in|hostage|kidnap\w*)\b/,
  /\b(bleeding|unconscious|not breathing|can'?t breathe|stabbed|been shot|overdos\w*|collapsed)\b/,
  /\b(going to kill|gonna kill|will kill|kill (me|us|him|her|them|myself)|end my life|suicid\w*)\b/,
  /\b(999|emergency)\b/,
];

const WEAPON = /\b(knife|knives|machete|gun|firearm|weapon|blade|axe|hammer|baseball bat|acid)\b/;
const THREAT = /\b(threaten\w*|waving|pointing|holding|has got|has a|got a|with a|carrying|pulled)\b/;

export function detectEmergency(raw: string): boolean {
  const text = raw.toLowerCase().replace(/[’‘]/g, "'");
  if (ALWAYS.some((p) => p.test(text))) return true;
  if (WEAPON.test(text) && (THREAT.test(text) || NOW.test(text))) return true;
  if (NOW.test(text) && /\b(hurt|injured|attack\w*|fight\w*|hitting|punching|kicking|screaming for help)\b/.test(text)) return true;
  return false;
}
