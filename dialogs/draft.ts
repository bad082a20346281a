import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { classificationSchema } from '../services/classification/classifier';
import { categorySchema, strandSchema } from '../services/classification/codes';
import { injuredSchema, reporterRoleSchema, whenSchema } from '../services/reports/routedReport';

/**
 * A report in progress, kept in conversation state (so it survives a restart). Each question fills one slot; a
 * dialog step asks only when its slot is empty, so "back" and "change something" just empty a slot and run the
 * report dialog again. `null` means the resident skipped an optional question.
 */
export const SLOTS = [
  'narrative',
  'category',
  'hate',
  'strands',
  'role',
  'when',
  'where',
  'borough',
  'people',
  'injured',
  'impact',
  'anonymous',
  'contactName',
  'contactDetail',
  'safeToLeaveMessage',
  'bestTime',
  'personalDetails',
] as const;
export type Slot = (typeof SLOTS)[number];

export const draftSchema = z.object({
  id: z.string(),
  channel: z.string(),
  narrative: z.string().optional(),
  classification: classificationSchema.optional(),
  category: categorySchema.optional(),
  categoryConfirmed: z.boolean().optional(),
  hate: z.boolean().optional(),
  /** The resident answered "Not sure" to the hate question: not (yet) perceived as hate, and shown as their answer. */
  hateUnsure: z.boolean().optional(),
  strands: z.array(strandSchema).optional(),
  role: reporterRoleSchema.optional(),
  when: whenSchema.optional(),
  whereText: z.string().optional(),
  postcode: z.string().optional(),
  borough: z.string().optional(),
  people: z.string().nullable().optional(),
  injured: injuredSchema.optional(),
  impact: z.string().nullable().optional(),
  anonymous: z.boolean().optional(),
  contactName: z.string().nullable().optional(),
  contactPhone: z.string().optional(),
  contactEmail: z.string().optional(),
  safeToLeaveMessage: z.boolean().optional(),
  bestTime: z.string().nullable().optional(),
  /** ISO code of the language the narrative was written in, when not English. */
  language: z.string().optional(),
  /** The resident was asked whether to keep or remove phone numbers and emails in their words. */
  personalDetailsChecked: z.boolean().optional(),
  /**
   * A plea that was the whole message ("send police") before any story, after the 999 answer: it opens the story when
   * the story is told (dialogs/dangerResponse.ts).
   */
  dangerWords: z.string().optional(),
  emergencyIndicated: z.boolean(),
  safeMode: z.boolean(),
  childAtRisk: z.boolean(),
  /** Slots in the order the resident answered them, for "back". */
  history: z.array(z.enum(SLOTS)),
});
export type ReportDraft = z.infer<typeof draftSchema>;

export function newDraft(channel: string): ReportDraft {
  return { id: randomUUID(), channel, emergencyIndicated: false, safeMode: false, childAtRisk: false, history: [] };
}

/** What each slot holds: emptying a slot removes exactly these fields. */
const FIELDS: Record<Slot, Array<keyof ReportDraft>> = {
  narrative: ['narrative', 'classification', 'category', 'categoryConfirmed', 'language', 'personalDetailsChecked'],
  category: ['category', 'categoryConfirmed'],
  hate: ['hate', 'hateUnsure', 'strands'],
  strands: ['strands'],
  role: ['role'],
  when: ['when'],
  where: ['whereText', 'postcode', 'borough'],
  borough: ['borough'],
  people: ['people', 'personalDetailsChecked'],
  injured: ['injured'],
  impact: ['impact', 'personalDetailsChecked'],
  anonymous: ['anonymous', 'contactName', 'contactPhone', 'contactEmail', 'safeToLeaveMessage', 'bestTime', 'personalDetailsChecked'],
  contactName: ['contactName'],
  contactDetail: ['contactPhone', 'contactEmail'],
  safeToLeaveMessage: ['safeToLeaveMessage'],
  bestTime: ['bestTime'],
  personalDetails: ['personalDetailsChecked'],
};

export function fill<K extends keyof ReportDraft>(draft: ReportDraft, slot: Slot, values: Pick<ReportDraft, K>): void {
  Object.assign(draft, values);
  draft.history = draft.history.filter((s) => s !== slot);
  draft.history.push(slot);
}

export function clearSlots(draft: ReportDraft, ...slots: Slot[]): void {
  for (const slot of slots) for (const field of FIELDS[slot]) delete draft[field];
  // A slot whose fields went with another (strands with hate) leaves the history too.
  draft.history = draft.history.filter((s) => FIELDS[s].some((f) => draft[f] !== undefined));
}

/** Empties the last answered slot; false when nothing has been answered yet. */
export function goBack(draft: ReportDraft): boolean {
  const last = draft.history.at(-1);
  if (!last) return false;
  clearSlots(draft, last);
  return true;
}

/** The story as told: a plea kept from before the story was asked for (`dangerWords`) opens it. Taken out of the draft. */
export function storyAfter(draft: ReportDraft, story: string): string {
  const told = [draft.dangerWords, story].filter(Boolean).join('\n\n');
  delete draft.dangerWords;
  return told;
}
