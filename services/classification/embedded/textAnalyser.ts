import { franc } from 'franc';
import type { DetectedLanguage, PersonalDetail, TextAnalyser } from '../analysis';
import { englishShare } from '../../language/spelling';
import { LexicalDangerDetector } from '../../danger/lexicalDangerDetector';

/** UK phone numbers (0… or +44…, spaces, dashes and brackets allowed) and email addresses. */
const PHONE = /(?<![\w+])(?:\+44\s?\(?0?\)?|0044\s?|0)(?:[\s()-]*\d){9,10}(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Enough everyday English words mean English, whatever the statistics say about text-speak. */
const ENGLISH =
  /\b(the|and|my|is|are|was|to|of|in|it|on|at|i|he|she|they|we|you|this|that|there|outside|every|with|have|has|not|me|them|our|their|his|her|been|keep|keeps|now)\b/gi;

/** Half the words English: residents' English with slang and typos scores 0.44 and up, other languages 0.25 and below. */
const ENGLISH_SHARE = 0.5;
const names = new Intl.DisplayNames(['en'], { type: 'language' });
/** ISO 639-3 → 639-1 for the languages most often met in Kent. */
const TWO_LETTER: Record<string, string> = {
  eng: 'en',
  pol: 'pl',
  ron: 'ro',
  lit: 'lt',
  lav: 'lv',
  bul: 'bg',
  slk: 'sk',
  ces: 'cs',
  hun: 'hu',
  por: 'pt',
  spa: 'es',
  fra: 'fr',
  ita: 'it',
  deu: 'de',
  rus: 'ru',
  ukr: 'uk',
  tur: 'tr',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  pnb: 'pa',
  pan: 'pa',
  ben: 'bn',
  hin: 'hi',
  guj: 'gu',
  tam: 'ta',
  nep: 'ne',
  som: 'so',
  tir: 'ti',
  als: 'sq',
  sqi: 'sq',
  kur: 'ku',
  ckb: 'ku',
  cmn: 'zh',
  yue: 'zh',
  vie: 'vi',
  tgl: 'tl',
  twi: 'tw',
  yor: 'yo',
  ibo: 'ig',
};

const KENT_LANGUAGES = Object.keys(TWO_LETTER);

export function findPersonalDetails(text: string): PersonalDetail[] {
  const found: PersonalDetail[] = [];
  for (const m of text.matchAll(EMAIL)) found.push({ kind: 'email', offset: m.index, length: m[0].length });
  for (const m of text.matchAll(PHONE)) {
    const inEmail = found.some((f) => m.index >= f.offset && m.index < f.offset + f.length);
    if (!inEmail) found.push({ kind: 'phone', offset: m.index, length: m[0].trimEnd().length });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

export function detectLanguageLocally(text: string): DetectedLanguage | undefined {
  const letters = text.replace(/[^\p{L}\s]/gu, '').trim();
  if (letters.length < 20) return undefined;
  // Two of the commonest English words, or half the words English ("Someone smashed my car window" was read as Danish).
  if ((text.match(ENGLISH)?.length ?? 0) >= 2 || englishShare(text) >= ENGLISH_SHARE) return { code: 'en', name: 'English' };
  // A danger the English phrases read ("stabbing outside tesco" was read as Portuguese: the lexicon has no "stab").
  if (LexicalDangerDetector.shared().read(text).signs.length > 0) return { code: 'en', name: 'English' };
  // Only the languages most often met in Kent: among every language franc knows, short messages were read as close
  // neighbours nobody here writes (Polish as Bosnian, Spanish as Italian).
  const iso3 = franc(text, { minLength: 20, only: KENT_LANGUAGES });
  if (iso3 === 'und' || iso3 === 'sco') return undefined;
  const code = TWO_LETTER[iso3] ?? iso3;
  return { code, name: names.of(code) ?? code };
}

/** No network: patterns for UK phone numbers and emails, trigram language identification (franc). */
export class EmbeddedTextAnalyser implements TextAnalyser {
  async personalDetails(text: string): Promise<PersonalDetail[]> {
    return findPersonalDetails(text);
  }

  async detectLanguage(text: string): Promise<DetectedLanguage | undefined> {
    return detectLanguageLocally(text);
  }
}
