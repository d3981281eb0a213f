import { z } from 'zod';
import { builtinToolIds, CUSTOM_TOOL_ID, CUSTOM_TOOL_ID_MAX, type ContextId, type CustomToolId } from '../contexts/types';
import { MAX_TIME } from '../time/clock';

/** UI and content languages. */
export const langSchema = z.enum(['de', 'en']);
export type Lang = z.infer<typeof langSchema>;

/** A tool Tandem Tips ships with. */
export const builtinToolIdSchema = z.enum(builtinToolIds);
/** A tool a mentor taught (`custom-expenses-k3f9`). */
export const customToolIdSchema = z
  .string()
  .max(CUSTOM_TOOL_ID_MAX)
  .regex(CUSTOM_TOOL_ID, { error: 'tool' })
  .transform((s) => s as CustomToolId);
/** Any tool id: built in or mentor-defined. */
export const toolIdSchema = z.union([builtinToolIdSchema, customToolIdSchema]);

const toolPart = `(${builtinToolIds.join('|')}|${CUSTOM_TOOL_ID.source.slice(1, -1)})`;

/** A dotted context id such as `excel.formulas` or a taught tool's place; unknown ids from newer packs are kept, not rejected. */
export const contextIdSchema = z
  .string()
  .max(80)
  .regex(new RegExp(`^${toolPart}(\\.[a-z0-9-]+)+$`), { error: 'context' })
  .transform((s) => s as ContextId);

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
