import { z } from 'zod';
import { syncedFields, timestampSchema } from './common';

export const feedbackSchema = z.object({
  rating: z.number().int().min(1).max(5),
  line: z.string().trim().max(300),
});

/** A tandem meeting; holding it closes the "since last meeting" window. */
export const meetingSchema = z.object({
  ...syncedFields,
  scheduledAt: timestampSchema,
  heldAt: timestampSchema.optional(),
  summary: z.string().max(5_000),
  nextSteps: z.string().max(5_000),
  feedback: z.object({ mentor: feedbackSchema.optional(), mentee: feedbackSchema.optional() }),
});
export type Meeting = z.infer<typeof meetingSchema>;
