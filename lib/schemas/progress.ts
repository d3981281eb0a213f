import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

export const progressStatusSchema = z.enum(['new', 'seen', 'tried', 'mastered', 'dismissed']);
export type ProgressStatus = z.infer<typeof progressStatusSchema>;

/** What the mentee has done with one tip. */
export const progressSchema = z.object({
  tipId: idSchema,
  status: progressStatusSchema,
  helpful: z.boolean().optional(),
  /** "Not now" hides a tip until then; it comes back afterwards. */
  snoozedUntil: z.number().int().optional(),
  lastSeenAt: z.number().int().optional(),
  updatedAt: timestampSchema,
});
export type Progress = z.infer<typeof progressSchema>;
