import * as copy from './copy/en';
import type { ReportDraft } from './draft';

const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The report as the resident reads it back before sending. */
export function summarise(draft: ReportDraft, boroughName?: string): string {
  const skipped = 'not given';
  const hate = draft.hate
    ? `Yes${draft.strands?.length ? ` (${draft.strands.map((s) => copy.STRAND_LABELS[s].toLowerCase()).join(', ')})` : ''}`
    : 'No';
  const where = draft.whereText
    ? `${draft.whereText}${boroughName ? ` (${boroughName})` : draft.borough === 'outside' ? ' (outside our area)' : ''}`
    : skipped;
  const contact =
    draft.anonymous !== false
      ? 'You are anonymous'
      : [draft.contactName, draft.contactPhone, draft.contactEmail].filter(Boolean).join(', ') +
        `; safe to leave a message: ${draft.safeToLeaveMessage ? 'yes' : 'no'}` +
        (draft.bestTime ? `; best time: ${draft.bestTime}` : '');
  const role: Record<NonNullable<ReportDraft['role']>, string> = {
    victim: copy.ROLE.victim,
    witness: copy.ROLE.witness,
    third_party: copy.ROLE.thirdParty,
    not_said: copy.ROLE.notSaid,
  };
  const injured = { yes: 'Yes', no: 'No', not_said: copy.INJURED.notSaid };
  const lines = [
    `• What happened: ${clip(draft.narrative ?? '')}`,
    `• Type of problem: ${draft.category ? copy.CATEGORY_LABELS[draft.category].title : skipped}`,
    `• Because of who someone is: ${hate}`,
    `• Your part in it: ${draft.role ? role[draft.role] : skipped}`,
    `• When: ${draft.when?.text || skipped}`,
    `• Where: ${where}`,
    ...(draft.safeMode ? [] : [`• People or vehicles: ${draft.people ? clip(draft.people, 200) : skipped}`]),
    `• Anyone hurt: ${draft.injured ? injured[draft.injured] : skipped}`,
    ...(draft.safeMode ? [] : [`• How it affects you: ${draft.impact ? clip(draft.impact, 200) : skipped}`]),
    `• Contact: ${contact}`,
  ];
  return lines.join('\n');
}
