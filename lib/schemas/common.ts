import { z } from 'zod';
import { toolIds } from '../contexts/types';
import { MAX_TIME } from '../time/clock';

/** UI and content languages. */
export const langSchema = z.enum(['de', 'en']);
export type Lang = z.infer<typeof langSchema>;

export const toolIdSchema = z.enum(toolIds);

/** A dotted context id such as `excel.formulas`; unknown ids from newer packs are kept, not rejected. */
export const contextIdSchema = z
  .string()
  .max(80)
  .regex(/^(linkedin|excel|tableau)(\.[a-z0-9-]+)+$/, { error: 'context' })
  .transform((s) => s as `${z.infer<typeof toolIdSchema>}.${string}`);

/** Ids are UUIDs for user records and dotted names for built-in ones. */
export const idSchema = z.string().min(1).max(120).regex(/^[A-Za-z0-9:._-]+$/, { error: 'id' });

/** Milliseconds since the epoch, within JavaScript's date range (later numbers make date APIs throw). */
export const timestampSchema = z.number().int().nonnegative().max(MAX_TIME);

/** Fields every record that travels between partners carries. */
export const syncedFields = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.optional(),
};
