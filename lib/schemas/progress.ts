import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

export const progressStatusSchema = z.enum(['new', 'seen', 'tried', 'mastered', 'dismissed']);
export type ProgressStatus = z.infer<typeof progressStatusSchema>;

export const reviewStateSchema = z.enum(['new', 'learning', 'review', 'relearning']);

/** An FSRS card in our own words (timestamps as numbers, so it indexes and round-trips as JSON). */
export const reviewScheduleSchema = z.object({
  /** When the tip is due again; indexed as `review.due` for the review queue. */
  due: timestampSchema,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  scheduledDays: z.number().int().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: reviewStateSchema,
  lastReview: timestampSchema.optional(),
});
export type ReviewSchedule = z.infer<typeof reviewScheduleSchema>;

/**
 * What an automatic "tried" replaced, so the mentee can undo it; `dismissedAt` once acknowledged,
 * `undoneAt` once taken back (then only opening the tip again re-arms it).
 */
export const autoTriedSchema = z.object({
  at: timestampSchema,
  previousStatus: progressStatusSchema,
  dismissedAt: timestampSchema.optional(),
  undoneAt: timestampSchema.optional(),
});
export type AutoTried = z.infer<typeof autoTriedSchema>;

/** What the mentee has done with one tip. */
export const progressSchema = z.object({
  tipId: idSchema,
  status: progressStatusSchema,
  helpful: z.boolean().optional(),
  /** "Not now" hides a tip until then; it comes back afterwards. */
  snoozedUntil: z.number().int().optional(),
  lastSeenAt: z.number().int().optional(),
  /** The spaced-repetition schedule (FSRS) once the tip was tried or got; drives the review queue. */
  review: reviewScheduleSchema.optional(),
  /** Set when the tip was marked tried because the mentee did it (learning by doing). */
  autoTried: autoTriedSchema.optional(),
  updatedAt: timestampSchema,
});
export type Progress = z.infer<typeof progressSchema>;
