import { Culture, DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import type { When } from '../reports/routedReport';

const ONGOING = /\b(keeps? happening|keep happening|ongoing|still (going on|happening)|all the time|every (day|night|week|weekend|evening|morning|time)|every\b|always|regularly|constantly|most (days|nights|weekends)|for (weeks|months|years)|since\b|on and off|again and again|repeatedly|daily|nightly)\b/i;

/** Built once: recognizeDateTime() would build the whole recogniser (hundreds of regular expressions) every call. */
let model: ReturnType<DateTimeRecognizer['getDateTimeModel']> | undefined;
const dateTimeModel = () => (model ??= new DateTimeRecognizer(Culture.EnglishOthers).getDateTimeModel());

const londonFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' });
const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Offset of Europe/London from UTC, in minutes, at that instant. */
function londonOffsetMinutes(at: Date): number {
  const parts = londonFormat.formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d+)?(?::(\d+))?/.exec(name);
  return m && m[1] ? Number(m[1]) * 60 + Math.sign(Number(m[1])) * Number(m[2] ?? 0) : 0;
}

/** "2026-11-25 15:00:00" or "2026-11-25" as UK local time → ISO 8601 UTC. */
function londonToIso(local: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(local);
  if (!m) return undefined;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  const offset = londonOffsetMinutes(new Date(asUtc));
  return new Date(asUtc - offset * 60_000).toISOString();
}

interface Resolution {
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}

/**
 * Reads when something happened from the resident's words with the Microsoft date-time recogniser (the one
 * botbuilder-dialogs ships), in UK English. Keeps the words as given; adds start/end when it can, and `ongoing`
 * for "it keeps happening", "every weekend", "since March". Future readings of ambiguous dates are dropped.
 */
export function parseWhen(text: string, now: Date = new Date()): When {
  const ongoing = ONGOING.test(text);
  // The answer buttons need no recogniser (it takes milliseconds per call).
  const button = text.trim().toLowerCase();
  if (button === 'it keeps happening') return { text, ongoing: true };
  if (button === 'today' || button === 'yesterday') {
    const day = londonDay.format(new Date(now.getTime() - (button === 'yesterday' ? 86_400_000 : 0)));
    return { text, start: londonToIso(day)!, end: londonToIso(`${day} 23:59:59`)!, ongoing: false };
  }
  // "last night about 10pm": the recogniser joins a day and a time only with "at".
  const joined = text.replace(/[,;]?\s+(?:at\s+)?(?:about|around|approx\.?|approximately|roughly|maybe|circa|ish)\s+(?=\d)/gi, ' at ');
  const results = dateTimeModel().parse(joined, now);
  const candidates: Array<{ start?: string; end?: string }> = [];
  for (const result of results) {
    const values = ((result.resolution as { values?: Resolution[] } | undefined)?.values ?? []).filter((v) => v.type !== 'set');
    for (const v of values) {
      const start = londonToIso(v.start ?? v.value ?? '');
      const end = v.end ? londonToIso(v.end) : undefined;
      if (start && Date.parse(start) <= now.getTime()) candidates.push({ start, end: end && Date.parse(end) > now.getTime() ? undefined : end });
    }
  }
  // The latest reading that is not in the future ("Saturday" means the last one).
  candidates.sort((a, b) => Date.parse(b.start!) - Date.parse(a.start!));
  const best = candidates[0];
  const hasSet = results.some((r) => ((r.resolution as { values?: Resolution[] } | undefined)?.values ?? []).some((v) => v.type === 'set' || v.Mod === 'since'));
  return { text, ...(best?.start ? { start: best.start } : {}), ...(best?.end ? { end: best.end } : {}), ongoing: ongoing || hasSet };
}
