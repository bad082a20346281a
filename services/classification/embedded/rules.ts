import type { Strand } from '../codes';
import { normalise } from './features';

/**
 * Explicit rules beside the statistical model, where safety or clear wording needs them. Emergencies have their
 * own (emergency.ts). A slur or the words of hostility ("racist", "homophobic", "go back to your country") mark a
 * hate incident whatever the model says; the strand patterns say which characteristic.
 */
const HATE_WORDS =
  /\b(racis[mt]\w*|racially|homophob\w*|transphob\w*|antisemit\w*|islamophob\w*|anti[- ]muslim|bigot\w*|go (back|home) to (your|ur|their) (own )?country|go back where (you|u) came from|no blacks|white power|pakis?|n[i1]gg\w*|the n word|hates? (pakis|asians|blacks|gays|muslims|jews|foreigners|immigrants|trans|disabled)|chink\w*|faggots?|fag|dyke|poofs?|tranny|retard\w*|spastic|dirty (muslim|jew|foreigner)|gas the jews|burn in hell|foreign bastard|gay scum|people like (me|us|him|her|them|you) (are|should|don'?t)|(his|your|their) kind|don'?t want (gays|blacks|foreigners|muslims|jews|immigrants|trans)|because (i am|i'm|im|we are|we're|he is|he's|she is|she's|they are|they're) (black|asian|gay|lesbian|trans|muslim|jewish|disabled|deaf|blind|old|polish|foreign|a woman))\b/;

const STRANDS: Record<Strand, RegExp> = {
  race: /\b(racis\w*|racial\w*|black(?! eye)|asians?|eastern europeans?|sent back|send (them|us|you) back|somali\w*|nationalit\w*|the n word|colou?r|skin|ethnic\w*|foreign\w*|immigrants?|go (back|home)|own country|polish|poland|romanian|indian|pakistani|pakistan|african|africa|nigerian|chinese|chinky|chink|gyps(y|ies)|travell?ers?|paki|n[i1]gg\w*|monkey noises|speak english)\b/,
  religion:
    /\b(religio\w*|muslims?|islam\w*|jewish|jews?|antisemit\w*|sikh\w*|hindu\w*|christians?|mosque|synagogue|gurdwara|church|rabbi|hijab|headscarf|headscarves|niqab|turban|kippah|jihad\w*|praying|prayers)\b/,
  sexual_orientation: /\b(gays?|lesbians?|bisexual|homophob\w*|queer|faggots?|fag|dyke|poofs?|lgbt\w*|same[- ]sex|two women|rainbow flag)\b/,
  disability:
    /\b(disab\w*|wheelchair|autis\w*|learning difficult\w*|blind|deaf|retard\w*|mental health|spastic|down'?s syndrome|mobility scooter|stammer|scrounger)\b/,
  transgender: /\b(trans|transgender|transphob\w*|tranny|non[- ]binary|deadnam\w*|man in a dress)\b/,
  other: /\b(goth|emo|punk|misogyn\w*|sexis\w*|women (should|shouldn'?t)|because (she|he)'?s? (a )?(woman|girl|old)|useless old|ageis\w*)\b/,
};

/** Hostility: somebody targeted, abused, attacked or their property damaged. */
const HOSTILE =
  /\b(shout\w*|scream\w*|spit\w*|spat|abus\w*|bull(y|ied|ying)|harass\w*|mock\w*|laugh(s|ed|ing)? at|names|threat\w*|smash\w*|attack\w*|punch\w*|beat\w*|kick\w*|push\w*|throw\w*|threw|bang(s|ed|ing)? on|sprayed|painted|drawn|graffiti|chas(e|ed|ing)|follow\w*|target\w*|insult\w*|slurs?|waste of space|tell(s|ing)? (me|us|them) to (go|leave|get out)|told (me|us|them) to (go|leave|get out)|get out of|don'?t want)\b/;

export function hostile(text: string): boolean {
  return HOSTILE.test(normalise(text));
}

export function hateWords(text: string): boolean {
  return HATE_WORDS.test(normalise(text));
}

export function strandWords(text: string): Strand[] {
  const t = normalise(text);
  return (Object.keys(STRANDS) as Strand[]).filter((s) => STRANDS[s].test(t));
}
