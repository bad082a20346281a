import { parseWhen } from './parseWhen';

/**
 * Whether an answer to "When did it happen?" or "Where did it happen?" answers the other question: residents often
 * type the place at "When" ("outside the Co-op on Parrock Street") or the time at "Where" ("tonight about 7"). An
 * answer that tells both ("last night outside the pub") answers either.
 */

/** Words of time, and an answer that begins by telling when ("while I was walking home"). */
const TIME_WORDS =
  /\b(?:today|tonight|yesterday|tomorrow|last|this (?:morning|afternoon|evening|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weeks?|months?|years?|mornings?|afternoons?|evenings?|nights?|midnight|midday|ago|o'?clock|earlier|since|always|every|daily|nightly|(?:jan|febr)uary|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}[:.]\d{2})\b/i;
const TELLS_WHEN = /^\s*(?:when|while|whilst|as|during|after|before|around|about)\b/i;

/**
 * Where something can be: a street, an estate, a landmark, a postcode or the start of one ("DA11"). Only these make
 * an answer at "When" a place: "on my way home from school" tells when as much as where.
 */
const NAMED_PLACE =
  /\b(?:street|st|road|rd|avenue|ave|lane|close|drive|crescent|terrace|grove|square|parade|estate|station|car park|bus stop|underpass|subway|high street|town centre|tesco|asda|lidl|aldi|sainsbury'?s|co-?op|mcdonald'?s)\b/i;
const POSTCODE = /\b[a-z]{1,2}\d[a-z\d]?(?:\s*\d[a-z]{2})?\b/i;
/** Any word of place: an answer at "Where" with one of them is a place, whatever else it says. */
const PLACE_WORDS =
  /\b(?:park|rec|green|field|fields|woods|river|centre|center|town|village|shop|shops|school|college|outside|inside|behind|opposite|near|next to|by the|corner|flats?|block|alley|alleyway|bridge|garages?|pub|club|church|mosque|temple|gurdwara|synagogue|library|hospital|surgery|home|house|garden|doorstep|landing|stairwell)\b/i;

export function tellsATime(text: string, now: Date): boolean {
  if (TIME_WORDS.test(text) || TELLS_WHEN.test(text)) return true;
  const when = parseWhen(text, now);
  return when.start !== undefined || when.ongoing;
}

/** A place, named enough to be where it happened (`named`), or any word of place. */
export const tellsAPlace = (text: string, named = false) => NAMED_PLACE.test(text) || POSTCODE.test(text) || (!named && PLACE_WORDS.test(text));

/** An answer to "When?" that names a place (by its words, or by `named`, such as a place the locator knows) and tells no time. */
export const placeNotTime = (text: string, now: Date, named: (text: string) => boolean = () => false) =>
  (tellsAPlace(text, true) || named(text)) && !tellsATime(text, now);
/** An answer to "Where?" that is a time and not a place. */
export const timeNotPlace = (text: string, now: Date) => tellsATime(text, now) && !tellsAPlace(text);
