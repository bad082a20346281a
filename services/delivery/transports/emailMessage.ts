import type { RoutedReport } from '../../reports/routedReport';

/**
 * The email a partner receives: subject, plain text and HTML built from the routed report. Every value a resident
 * wrote is escaped in the HTML; header values lose line breaks and control characters (no header injection).
 */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const oneLine = (s: string, max = 80) => {
  const flat = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const label = (code: string) => code.replace(/_/g, ' ');

function rows(r: RoutedReport): Array<[string, string]> {
  const when = [r.when.text, r.when.start && `from ${r.when.start}`, r.when.end && `to ${r.when.end}`, r.when.ongoing && '(ongoing)'].filter(Boolean).join(' ');
  const contact = r.contact
    ? [r.contact.name, r.contact.phone, r.contact.email, `safe to leave a message: ${r.contact.safeToLeaveMessage ? 'yes' : 'no'}`, r.contact.bestTime && `best time: ${r.contact.bestTime}`]
        .filter(Boolean)
        .join('; ')
    : 'anonymous';
  return [
    ['Reference', r.reference],
    ['Received', r.createdAt],
    ['Categories', r.categories.map(label).join(', ')],
    ['Hate incident', r.hate ? `yes${r.strands.length ? ` (${r.strands.map(label).join(', ')})` : ''}` : 'no'],
    ['Danger indicated', r.emergencyIndicated ? 'YES: the resident was given the 999 advice' : 'no'],
    ['Reporter', label(r.reporterRole)],
    ['When', when || 'not given'],
    ['Where', `${r.where.text || 'not given'}${r.where.postcode ? ` (${r.where.postcode})` : ''}; borough: ${r.where.borough}`],
    ['What happened', r.narrative],
    ['People or vehicles', r.peopleInvolved ?? 'not given'],
    ['Anyone hurt', label(r.injured)],
    ['Impact', r.impact ?? 'not given'],
    ['Contact', contact],
    ['Language', r.language ?? 'English'],
    ['Sent to', r.queues.join(', ')],
    ['Signposted', r.signposted.join(', ') || 'none'],
    ['Classification', `${r.classification.source}; ${r.classification.confirmedByResident ? 'confirmed' : 'corrected'} by the resident`],
    ['Channel', r.channel],
  ];
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export function buildEmail(report: RoutedReport, queueName: string): EmailContent {
  const hate = report.hate ? `; hate${report.strands.length ? ` (${report.strands.map(label).join(', ')})` : ''}` : '';
  const urgent = report.emergencyIndicated ? 'DANGER INDICATED: ' : '';
  const subject = oneLine(`${urgent}[${report.reference}] ${label(report.categories[0]!)}${hate}, ${report.where.borough}: ${oneLine(report.where.text, 40)}`, 160);
  const table = rows(report);
  const text =
    `New report for ${queueName}\n\n` +
    table.map(([k, v]) => `${k}: ${v}`).join('\n') +
    '\n\nThe routed report (JSON, schema version 1) is attached.\n';
  const html =
    `<!doctype html><html lang="en-GB"><body style="font-family:Arial,sans-serif">` +
    `<h1 style="font-size:1.2em">New report for ${escapeHtml(queueName)}</h1>` +
    `<table style="border-collapse:collapse">` +
    table
      .map(([k, v]) => `<tr><th style="text-align:left;vertical-align:top;padding:4px 8px">${escapeHtml(k)}</th><td style="padding:4px 8px;white-space:pre-wrap">${escapeHtml(v)}</td></tr>`)
      .join('') +
    `</table><p>The routed report (JSON, schema version 1) is attached.</p></body></html>`;
  return { subject, text, html };
}
