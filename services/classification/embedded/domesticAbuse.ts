import { PhraseList, tokenise } from '../../language/phrases';

/**
 * Domestic abuse is recognised from the relationship together with harm, control or threats (docs/architecture.md 4.3),
 * whatever the other words: "my ex keeps turning up and threatening me", "my ex partner ... shouts threats".
 * The partner or family member must be the one doing it ("my ex hits me", "hit by my husband"), not the one it
 * happens to ("a boy keeps hitting my son").
 */
const LISTS = {
  whose: 'my|her|his|their|our|mum|sister|daughter|friend',
  relation:
    'ex|partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|spouse|stepdad|stepmum|stepfather|stepmother|dad|father|mum|mother|son|daughter|brother|sister|uncle|aunt|grandson|granddaughter|cousin|family|carer',
  harm: 'hit|punch|kick|slap|push|shove|strangle|choke|beat|batter|hurt|threaten|threat|control|stalk|follow|track|abuse|rape|force|lock|smash|throw|scream|shout|bully|humiliate|isolate|check|take|turn|spit|attack|scare|frighten|harass|message|text|texting|texted|texts|call|post|share|kill|burn|watch|intimidate|grab|drag|bite|pin',
  /** Who is kept from something ("stops me seeing my friends"): "stop" alone is often a bus stop. */
  kept: 'me|us|her|him|them|mum|dad',
};

const ACTOR_DOES_HARM = new PhraseList(
  [
    '@whose @relation * @harm',
    '@whose @relation * stop @kept|@harm',
    '@whose ex partner|husband|wife|boyfriend|girlfriend * @harm',
    'by @whose @relation',
  ],
  LISTS,
);
const PASSIVE = new Set(['get', 'got', 'gets', 'getting', 'be', 'is', 'was', 'were', 'been', 'being', 'are']);

export function domesticAbuseWords(text: string): boolean {
  return text
    .split(/[.!?\n;]+/)
    .map(tokenise)
    .some((tokens) =>
      ACTOR_DOES_HARM.matches(tokens).some(({ phrase, end }) => phrase.source.startsWith('by') || !PASSIVE.has(tokens[end - 2]?.word ?? '')),
    );
}
