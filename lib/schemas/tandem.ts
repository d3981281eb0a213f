import { z } from 'zod';
import { idSchema, syncedFields, timestampSchema } from './common';
import { progressStatusSchema } from './progress';

export const meetingFormatSchema = z.enum(['in-person', 'online']);
export type MeetingFormat = z.infer<typeof meetingFormatSchema>;

/** The id of the one agreement a tandem has (both partners revise the same record). */
export const AGREEMENT_ID = 'agreement';

/**
 * What the pair agreed at the start: goals, cadence, meeting format and the ground rules
 * programmes insist on. Travels in exchange files; the newest revision wins.
 */
export const agreementSchema = z.object({
  ...syncedFields,
  kind: z.literal('agreement'),
  goals: z.string().max(2_000),
  cadenceDays: z.number().int().min(1).max(90),
  format: meetingFormatSchema,
  minutes: z.number().int().min(15).max(120),
  rules: z.object({
    voluntary: z.boolean(),
    confidential: z.boolean(),
    noReportingLine: z.boolean(),
  }),
});
export type Agreement = z.infer<typeof agreementSchema>;

/** A point the pair added to the agenda by hand. */
export const customAgendaItemSchema = z.object({
  key: z.string().regex(/^c:[A-Za-z0-9-]{1,60}$/),
  title: z.string().trim().min(1).max(200),
  minutes: z.number().int().min(0).max(240),
});
export type CustomAgendaItem = z.infer<typeof customAgendaItemSchema>;

/**
 * The pair's edits to the suggested agenda of one meeting: order, minutes, removed and added
 * points. The suggestions themselves are derived from shared data, so both partners see the
 * same agenda once they have exchanged files.
 */
export const agendaDocSchema = z.object({
  ...syncedFields,
  kind: z.literal('agenda'),
  meetingId: idSchema,
  order: z.array(z.string().max(140)).max(200),
  minutes: z.record(z.string().max(140), z.number().int().min(0).max(240)),
  removed: z.array(z.string().max(140)).max(200),
  custom: z.array(customAgendaItemSchema).max(40),
});
export type AgendaDoc = z.infer<typeof agendaDocSchema>;

/** Records of the `tandem` table: the agreement and per-meeting agenda edits. */
export const tandemDocSchema = z.discriminatedUnion('kind', [agreementSchema, agendaDocSchema]);
export type TandemDoc = z.infer<typeof tandemDocSchema>;

/** A tip the partner tried or mastered, as shared in their exchange file. */
export const partnerProgressSchema = z.object({
  tipId: idSchema,
  status: progressStatusSchema.extract(['tried', 'mastered']),
  /** The tip's title in the partner's language, for tips this browser does not have. */
  title: z.string().max(120),
  updatedAt: timestampSchema,
});
export type PartnerProgress = z.infer<typeof partnerProgressSchema>;
