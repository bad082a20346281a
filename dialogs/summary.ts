import * as copy from './copy/en';
import type { ReportDraft } from './draft';

const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The report as the resident reads it back before sending. */
export function summarise(draft: ReportDraft, boroughName?: string): string {
  const { lines: label, notGiven } = copy.SUMMARY;
  const hate = draft.hate
    ? `${copy.YES}${draft.strands?.length ? ` (${draft.strands.map((s) => copy.STRAND_LABELS[s].toLowerCase()).join(', ')})` : ''}`
    : draft.hateUnsure
      ? copy.HATE.unsure
      : copy.NO;
  const where = draft.whereText
    ? `${draft.whereText}${boroughName ? ` (${boroughName})` : draft.borough === 'outside' ? ` (${copy.SUMMARY.outsideArea})` : ''}`
    : notGiven;
  const contact =
    draft.anonymous !== false
      ? copy.SUMMARY.anonymous
      : [
          [draft.contactName, draft.contactPhone, draft.contactEmail].filter(Boolean).join(', '),
          copy.SUMMARY.safeToLeaveMessage(Boolean(draft.safeToLeaveMessage)),
          ...(draft.bestTime ? [copy.SUMMARY.bestTime(draft.bestTime)] : []),
        ].join('; ');
  const role: Record<NonNullable<ReportDraft['role']>, string> = {
    victim: copy.ROLE.victim,
    witness: copy.ROLE.witness,
    third_party: copy.ROLE.thirdParty,
    not_said: copy.ROLE.notSaid,
  };
  const injured = { yes: copy.INJURED.yes, no: copy.INJURED.no, not_said: copy.INJURED.notSaid };
  const lines: Array<[string, string]> = [
    [label.narrative, clip(draft.narrative ?? '')],
    [label.category, draft.category ? copy.CATEGORY_LABELS[draft.category].title : notGiven],
    // (Safe mode asks the hate question only when the words suggest it: a question not asked is not read back as "No".)
    ...(draft.safeMode && !draft.classification?.hate && !draft.hate ? [] : [[label.hate, hate] as [string, string]]),
    [label.role, draft.role ? role[draft.role] : notGiven],
    [label.when, draft.when?.text || notGiven],
    [label.where, where],
    ...(draft.safeMode ? [] : [[label.people, draft.people ? clip(draft.people, 200) : notGiven] as [string, string]]),
    [label.injured, draft.injured ? injured[draft.injured] : notGiven],
    ...(draft.safeMode ? [] : [[label.impact, draft.impact ? clip(draft.impact, 200) : notGiven] as [string, string]]),
    [label.contact, contact],
  ];
  return lines.map(([name, value]) => `• ${name}: ${value}`).join('\n');
}
