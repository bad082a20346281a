import nunjucks from 'nunjucks';
import type { Names } from '../../config/deployment';
import { ConfigurationError } from '../../config/settings';
import type { RoutedReport } from '../../reports/routedReport';

/**
 * The email a partner receives, from the templates in the configuration folder (deployment/config/email/<name>/:
 * subject.njk, text.njk, html.njk; a queue names its folder, by default "notice" or "report" as its emailContent
 * says). Nunjucks, the template language
 * of the GOV.UK Design System. The HTML escapes every value; the subject loses line breaks and control characters
 * (no header injection).
 */
const oneLine = (s: string, max = 80) => {
  const flat = s
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const label = (code: string) => code.replace(/_/g, ' ');

const LONDON_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
// ("Sun, 6 Dec 2026" as Intl writes it: one comma, before the time, reads better.)
const ukDay = (iso: string) => LONDON_DAY.format(new Date(iso)).replace(',', '');
/** An instant in UK time as staff say it ("Sun 6 Dec 2026, 09:34"). */
const ukTime = (iso: string) => `${ukDay(iso)}, ${LONDON_TIME.format(new Date(iso))}`;

/**
 * The period the resident's words were read as, in UK time as staff say it ("Sat 28 Nov 2026, 20:00 to 23:59"; the day
 * named once when both ends fall on it). The routed report keeps the ISO instants for machines.
 */
export function ukPeriod(start: string | undefined, end: string | undefined): string {
  if (start && end)
    return ukDay(start) === ukDay(end) ? `${ukTime(start)} to ${LONDON_TIME.format(new Date(end))}` : `${ukTime(start)} to ${ukTime(end)}`;
  if (start) return `from ${ukTime(start)}`;
  return end ? `until ${ukTime(end)}` : '';
}

/** The routed report's values in plain words, for the templates (`f`): boroughs, queues and services by name. */
export function plainValues(r: RoutedReport, names: Names): Record<string, string> {
  const period = ukPeriod(r.when.start, r.when.end);
  const when = [r.when.text, period && `(${period})`, r.when.ongoing && '(ongoing)'].filter(Boolean).join(' ');
  const contact = r.contact
    ? [
        r.contact.name,
        r.contact.phone,
        r.contact.email,
        `safe to leave a message: ${r.contact.safeToLeaveMessage ? 'yes' : 'no'}`,
        r.contact.bestTime && `best time: ${r.contact.bestTime}`,
      ]
        .filter(Boolean)
        .join('; ')
    : 'anonymous';
  const strands = r.strands.map(label).join(', ');
  const borough = names.borough(r.where.borough);
  return {
    category: label(r.categories[0]!),
    categories: r.categories.map(label).join(', '),
    strands,
    hate: r.hate ? `yes${strands ? ` (${strands})` : ''}` : 'no',
    danger: r.emergencyIndicated ? 'YES: the resident was given the 999 advice' : 'no',
    reporter: label(r.reporterRole),
    when: when || 'not given',
    received: ukTime(r.createdAt),
    borough,
    where: `${r.where.text || 'not given'}${r.where.postcode ? ` (${r.where.postcode})` : ''}; borough: ${borough}`,
    whereShort: oneLine(r.where.text, 40),
    peopleInvolved: r.peopleInvolved ?? 'not given',
    injured: label(r.injured),
    impact: r.impact ?? 'not given',
    contact,
    language: r.language ?? 'English',
    sentTo: r.queues.map(names.queue).join(', '),
    signposted: r.signposted.map(names.service).join(', ') || 'none',
    classification: `${r.classification.source}; ${r.classification.confirmedByResident ? 'confirmed' : 'corrected'} by the resident`,
  };
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

/** One template folder, read when the transport is made (a mistake in it stops start-up, not a delivery). */
export class EmailTemplate {
  private readonly subject: nunjucks.Template;
  private readonly text: nunjucks.Template;
  private readonly html: nunjucks.Template;

  constructor(
    folder: string,
    private readonly names: Names,
  ) {
    const plain = new nunjucks.Environment(new nunjucks.FileSystemLoader(folder), { autoescape: false, throwOnUndefined: true });
    const escaped = new nunjucks.Environment(new nunjucks.FileSystemLoader(folder), { autoescape: true, throwOnUndefined: true });
    try {
      this.subject = plain.getTemplate('subject.njk', true);
      this.text = plain.getTemplate('text.njk', true);
      this.html = escaped.getTemplate('html.njk', true);
    } catch (err) {
      throw new ConfigurationError(`Email template ${folder}: ${(err as Error).message.replace(/\s+/g, ' ').trim()}`);
    }
  }

  /** `inboxUrl`: the report's page in the staff inbox. */
  render(report: RoutedReport, queueName: string, inboxUrl: string): EmailContent {
    const context = { report, f: plainValues(report, this.names), queueName, inboxUrl };
    return { subject: oneLine(this.subject.render(context), 160), text: this.text.render(context), html: this.html.render(context) };
  }
}
