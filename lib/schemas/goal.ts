import { z } from 'zod';
import { idSchema, syncedFields } from './common';

/** A KPI the pair agreed on, e.g. "Automate 3 processes with Zapier by 31 March". */
export const goalSchema = z.object({
  ...syncedFields,
  title: z.string().trim().min(1).max(120),
  measure: z.string().trim().max(120),
  target: z.number().nonnegative(),
  current: z.number().nonnegative(),
  /** ISO date (YYYY-MM-DD). */
  dueDate: z.iso.date().optional(),
  status: z.enum(['active', 'done', 'dropped']),
  /** Tips that help reach the goal (notes link themselves through `goalId`). */
  tipIds: z.array(idSchema).max(30).optional(),
  /** Win notes already counted towards `current`, so a win advances the goal once. */
  countedNoteIds: z.array(idSchema).max(1_000).optional(),
});
export type Goal = z.infer<typeof goalSchema>;
