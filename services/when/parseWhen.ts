import { Culture, DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import type { When } from '../reports/routedReport';

const ONGOING =
  /\b(keeps? happening|keep happening|ongoing|still (going on|happening)|all the time|every (day|night|week|weekend|evening|morning|time)|every\b|always|regularly|constantly|most (days|nights|weekends)|for (weeks|months|years)|since\b|on and off|again and again|repeatedly|daily|nightly)\b/i;

/** Built once: recognizeDateTime() would build the whole recogniser (hundreds of regular expressions) every call. */
let model: ReturnType<DateTimeRecognizer['getDateTimeModel']> | undefined;
const dateTimeModel = () => (model ??= new DateTimeRecognizer(Culture.EnglishOthers).getDateTimeModel());

const londonFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' });
const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Offset of Europe/London from UTC, in minutes, at that instant. */
function londonOffsetMinutes(at: Date): number {
  const parts = londonFormat.formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d+)?(?::(\d+))?/.exec(name);
  return m && m[1] ? Number(m[1]) * 60 + Math.sign(Number(m[1])) * Number(m[2] ?? 0) : 0;
}

/** The UK wall clock at `now`: year, month (1-12), day, hour, minute, second. */
function ukClock(now: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const f = Object.fromEntries(londonClock.formatToParts(now).map((p) => [p.type, Number(p.value)]));
  return { year: f.year!, month: f.month!, day: f.day!, hour: f.hour!, minute: f.minute!, second: f.second! };
}

/** The UK calendar day `daysAgo` days before `now`, at midnight UTC (for its date and weekday). */
function ukDay(now: Date, daysAgo = 0): Date {
  const { year, month, day } = ukClock(now);
  return new Date(Date.UTC(year, month - 1, day - daysAgo));
}

/** The UK calendar date `daysAgo` days before `now`, as "2026-11-25". */
function londonDate(now: Date, daysAgo = 0): string {
  return ukDay(now, daysAgo).toISOString().slice(0, 10);
}

/**
 * A Date whose local fields (what the recogniser reads: it works in the process's time zone) show the UK wall clock
 * at `now`, so "yesterday" is the UK yesterday even where the process runs on UTC (App Service does).
 */
function ukWallClock(now: Date): Date {
  const c = ukClock(now);
  return new Date(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
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
 * Builds the recogniser and runs it once, at start-up: its first use takes a quarter of a second (hundreds of regular
 * expressions compiled), which would otherwise hold up the first resident who types a date, and every turn queued
 * behind theirs.
 */
export function prepareWhen(): void {
  recognise('yesterday at 3pm', new Date());
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The words lower-cased with single spaces, as the direct readings match them. */
function plain(text: string): string {
  return ukUsage(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

const SHORT_WEEKDAYS: Record<string, string> = {
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};

/**
 * UK ways of saying a time that the recogniser does not know: "half 10" is half past ten (it reads 10 o'clock), "half an
 * hour ago" (it reads nothing), and a weekday cut short at the start of the answer ("sat night", "on fri about 4pm").
 */
function ukUsage(text: string): string {
  return text
    .replace(/\bhalf an hour\b/gi, '30 minutes')
    .replace(/\bhalf ([01]?\d|2[0-3])(?![\d:.]|\s*(?:past|hours?|an?\b))/gi, '$1:30')
    .replace(SHORT_WEEKDAY, (_, lead: string, day: string) => `${lead}${SHORT_WEEKDAYS[day.toLowerCase()]}`);
}
const SHORT_WEEKDAY = new RegExp(`^((?:on |last )?)(${Object.keys(SHORT_WEEKDAYS).join('|')})\\b(?=$|[ ,])`, 'i');

/** How many UK days ago the latest such weekday was (0 when it is today). */
function daysSinceWeekday(now: Date, weekday: string): number {
  return (ukDay(now).getUTCDay() - WEEKDAYS.indexOf(weekday) + 7) % 7;
}

interface Reading {
  start?: string;
  end?: string;
}

const DAY_AND_TIME = new RegExp(
  '^(?:(?:(yesterday|today)|(last night|tonight)|(this|yesterday) (morning|afternoon|evening|night)|(?:on )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?: (morning|afternoon|evening|night))?)' +
    '[,;]? )?(?:at |about |around |approx\\.? |approximately |roughly )*(\\d{1,2})(?:[:.]([0-5]\\d))? ?(am|pm|a\\.m\\.|p\\.m\\.)?$',
);

/**
 * A day and a clock time ("yesterday about 3pm", "last night at 2am", "Saturday at 7.30pm"), read directly in UK
 * usage: the recogniser takes two milliseconds for these, puts "last night at 2am" on the day before (24 hours early:
 * the small hours after last night are today's), and reads "7.30" as 7 o'clock after some words. An hour without
 * am or pm is read by the part of the day ("this morning at 7", "last night at 11"), or left to the recogniser when
 * the words give none. A weekday is its latest time not in the future; so is a clock time alone ("about 10pm", "2am":
 * the recogniser gives it no day, and typed in the morning "about 10pm" is last night). Undefined for anything else.
 */
function dayAndTimeReading(words: string, now: Date): Reading | undefined {
  const m = DAY_AND_TIME.exec(words);
  if (!m) return undefined;
  const [, plainDay, nightOf, thisOrYesterday, partName, weekday, weekdayPart, hourText, minuteText, meridiem] = m;
  const noDay = !plainDay && !nightOf && !thisOrYesterday && !weekday;
  const part = nightOf ? 'night' : (partName ?? weekdayPart);
  const hour = Number(hourText);
  const minute = Number(minuteText ?? 0);
  const twentyFourHour = !meridiem && (hour > 12 || (hour < 10 && hourText!.startsWith('0')) || (hour === 0 && minuteText !== undefined));
  // A clock time alone needs am or pm, or the 24-hour clock with its minutes ("22:30"; not "15", which may be a date).
  if (noDay && !meridiem && !(twentyFourHour && minuteText !== undefined)) return undefined;
  let h: number;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    h = (hour % 12) + (meridiem.startsWith('p') ? 12 : 0);
  } else if (twentyFourHour) {
    if (hour > 23) return undefined;
    h = hour;
  } else if (part === 'morning') {
    h = hour % 12;
  } else if (part === 'afternoon' || part === 'evening') {
    h = hour === 12 ? 12 : hour + 12;
  } else if (part === 'night') {
    // 6 to 11 in the evening; 12 is midnight, 1 to 5 the small hours, both after the night's start.
    h = hour >= 6 && hour <= 11 ? hour + 12 : hour % 12;
  } else {
    return undefined;
  }
  // The day the words name; the small hours of a night belong to the next day ("last night at 2am" is early today).
  const named = weekday
    ? daysSinceWeekday(now, weekday)
    : plainDay === 'yesterday' || thisOrYesterday === 'yesterday' || nightOf === 'last night'
      ? 1
      : 0;
  const daysAgo = part === 'night' && h < 6 ? named - 1 : named;
  const pad = (n: number) => String(n).padStart(2, '0');
  const at = (back: number) => londonToIso(`${londonDate(now, back)} ${pad(h)}:${pad(minute)}:00`)!;
  // A weekday, or a clock time alone, is its latest such time that is not still to come.
  const later = Date.parse(at(daysAgo)) > now.getTime();
  return { start: weekday && later ? at(daysAgo + 7) : noDay && later ? at(daysAgo + 1) : at(daysAgo) };
}

/** From a UK wall-clock time `daysAgo` days before `now` to another that day (or the next day). */
function ukSpan(now: Date, daysAgo: number, from: string, until: string, { endsNextDay = false } = {}): { start: string; end: string } {
  return {
    start: londonToIso(`${londonDate(now, daysAgo)} ${from}`)!,
    end: londonToIso(`${londonDate(now, endsNextDay ? daysAgo - 1 : daysAgo)} ${until}`)!,
  };
}

const SMALL_HOURS = new RegExp(
  `^(?:(?:in|during) )?(?:the )?(?:early|small|wee) hours(?: of)?(?: the)?(?: (this|yesterday|today|${WEEKDAYS.join('|')}))?(?: morning)?$`,
);

/**
 * "In the early hours", "the early hours of Sunday": midnight to six of that day (today when no day is named). The
 * recogniser reads them as 8am or as the whole day.
 */
function smallHoursReading(words: string, now: Date): Reading | undefined {
  const m = SMALL_HOURS.exec(words);
  if (!m) return undefined;
  const day = m[1];
  const daysAgo = day && WEEKDAYS.includes(day) ? daysSinceWeekday(now, day) : day === 'yesterday' ? 1 : 0;
  return ukSpan(now, daysAgo, '00:00:00', '05:59:59');
}

const NIGHT_WORDS = '(?:(?:in|during|through) (?:the )?(?:middle of the )?night|overnight)';
const NIGHT = new RegExp(`^(?:(?:last|(?:on )?(${WEEKDAYS.join('|')})) )?${NIGHT_WORDS}(?: (?:on |of )?(${WEEKDAYS.join('|')}))?(?: night)?$`);

/**
 * "In the night", "overnight", "during the night on Saturday": from 8pm of that day (yesterday when no day is named)
 * to 6am the next. The recogniser reads none of them, or a weekday's as its evening only.
 */
function nightReading(words: string, now: Date): Reading | undefined {
  const m = NIGHT.exec(words);
  if (!m) return undefined;
  const day = m[1] ?? m[2];
  const daysAgo = day ? daysSinceWeekday(now, day) : 1;
  return ukSpan(now, daysAgo, '20:00:00', '05:59:59', { endsNextDay: true });
}

/** Every reading the recogniser finds, and whether it found a repeating or "since" one. */
function recognise(text: string, now: Date): { readings: Reading[]; repeating: boolean } {
  // "last night about 10pm": the recogniser joins a day and a time only with "at"; and "7.30" (UK) is "7:30".
  const joined = ukUsage(text)
    .replace(/[,;]?\s+(?:at\s+)?(?:about|around|approx\.?|approximately|roughly|maybe|circa|ish)\s+(?=\d)/gi, ' at ')
    .replace(/(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?![.\d])/g, '$1:$2');
  const results = dateTimeModel().parse(joined, ukWallClock(now));
  const readings: Reading[] = [];
  let repeating = false;
  for (const result of results) {
    for (const v of (result.resolution as { values?: Resolution[] } | undefined)?.values ?? []) {
      if (v.type === 'set' || v.Mod === 'since') repeating = true;
      if (v.type !== 'set') readings.push({ start: londonToIso(v.start ?? v.value ?? ''), end: v.end ? londonToIso(v.end) : undefined });
    }
  }
  return { readings, repeating };
}

/**
 * Reads when something happened from the resident's words, in UK time: a day with a clock time, the small hours and
 * the night, directly (the recogniser gets UK usage wrong there); anything else with the Microsoft date-time recogniser (the one
 * botbuilder-dialogs ships), in UK English. Keeps the words as
 * given; adds start/end when it can, and `ongoing` for "it keeps happening", "every weekend", "since March". Future
 * readings of ambiguous dates are dropped. `useRecogniser` forces the recogniser (the tests compare the two).
 */
export function parseWhen(text: string, now: Date = new Date(), useRecogniser = false): When {
  // The answer buttons: "Today" and "Yesterday" are the whole UK day.
  const button = text.trim().toLowerCase();
  if (button === 'it keeps happening') return { text, ongoing: true };
  if (button === 'today' || button === 'yesterday') {
    return { text, ...ukSpan(now, button === 'yesterday' ? 1 : 0, '00:00:00', '23:59:59'), ongoing: false };
  }
  const words = plain(text);
  const direct = useRecogniser ? undefined : (dayAndTimeReading(words, now) ?? smallHoursReading(words, now) ?? nightReading(words, now));
  const { readings, repeating } = direct ? { readings: [direct], repeating: false } : recognise(text, now);
  // The latest reading that is not in the future ("Saturday" means the last one); an end still to come is dropped.
  const past = readings
    .filter((r) => r.start && Date.parse(r.start) <= now.getTime())
    .map((r) => ({ start: r.start, end: r.end && Date.parse(r.end) > now.getTime() ? undefined : r.end }))
    .sort((a, b) => Date.parse(b.start!) - Date.parse(a.start!));
  const best = past[0];
  return { text, ...(best?.start ? { start: best.start } : {}), ...(best?.end ? { end: best.end } : {}), ongoing: ONGOING.test(text) || repeating };
}
