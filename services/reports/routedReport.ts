import { z } from 'zod';
import { categorySchema, strandSchema } from '../classification/codes';

/** The routed report, version 1 (docs/architecture.md 4.4): what a partner receives and `reports -- export` prints. */
export const reporterRoleSchema = z.enum(['victim', 'witness', 'third_party', 'not_said']);
export const injuredSchema = z.enum(['yes', 'no', 'not_said']);

export const whenSchema = z.object({
  text: z.string(),
  start: z.iso.datetime().optional(),
  end: z.iso.datetime().optional(),
  ongoing: z.boolean(),
});

export const whereSchema = z.object({
  text: z.string(),
  postcode: z.string().optional(),
  borough: z.string(),
});

export const contactSchema = z.object({
  name: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  safeToLeaveMessage: z.boolean(),
  bestTime: z.string().optional(),
});

export const routedReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    reference: z.string(),
    createdAt: z.iso.datetime(),
    channel: z.string(),
    categories: z.array(categorySchema).min(1),
    hate: z.boolean(),
    strands: z.array(strandSchema),
    emergencyIndicated: z.boolean(),
    reporterRole: reporterRoleSchema,
    narrative: z.string(),
    /** Language the resident wrote in (ISO 639-1), when it was detected and is not English. Added in v1.1, optional. */
    language: z.string().min(2).max(8).optional(),
    when: whenSchema,
    where: whereSchema,
    peopleInvolved: z.string().optional(),
    injured: injuredSchema,
    impact: z.string().optional(),
    anonymous: z.boolean(),
    contact: contactSchema.optional(),
    queues: z.array(z.string()).min(1),
    signposted: z.array(z.string()),
    classification: z.object({
      source: z.enum(['embedded', 'azure']),
      categories: z.array(categorySchema),
      hate: z.boolean(),
      strands: z.array(strandSchema),
      confirmedByResident: z.boolean(),
    }),
  })
  .strict()
  .refine((r) => r.anonymous === (r.contact === undefined), 'contact is present exactly when the report is not anonymous');

export type RoutedReport = z.infer<typeof routedReportSchema>;
export type ReporterRole = z.infer<typeof reporterRoleSchema>;
export type When = z.infer<typeof whenSchema>;
export type Where = z.infer<typeof whereSchema>;
export type Contact = z.infer<typeof contactSchema>;
