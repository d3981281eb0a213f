import { z } from 'zod';
import { syncedFields, timestampSchema } from './common';

export const feedbackSchema = z.object({
  rating: z.number().int().min(1).max(5),
  line: z.string().trim().max(300),
  /** When this side gave it: each side's feedback merges on its own. */
  at: timestampSchema.optional(),
});

/** One agenda point as it was when the session was logged. */
export const agendaSnapshotItemSchema = z.object({
  key: z.string().min(1).max(140),
  title: z.string().max(300),
  minutes: z.number().int().min(0).max(240),
});
export type AgendaSnapshotItem = z.infer<typeof agendaSnapshotItemSchema>;

/** A tandem meeting; holding it closes the "since last meeting" window. */
export const meetingSchema = z.object({
  ...syncedFields,
  scheduledAt: timestampSchema,
  heldAt: timestampSchema.optional(),
  summary: z.string().max(5_000),
  nextSteps: z.string().max(5_000),
  feedback: z.object({ mentor: feedbackSchema.optional(), mentee: feedbackSchema.optional() }),
  /** When the session log was last written: the log merges on its own clock. */
  loggedAt: timestampSchema.optional(),
  /** The agenda as it stood when the session was logged. */
  agendaItems: z.array(agendaSnapshotItemSchema).max(60).optional(),
});
export type Meeting = z.infer<typeof meetingSchema>;
