import { z } from 'zod';
import { contextIdSchema, idSchema, syncedFields, timestampSchema, toolIdSchema } from './common';

export const noteKindSchema = z.enum(['note', 'question', 'win']);
export type NoteKind = z.infer<typeof noteKindSchema>;
export const visibilitySchema = z.enum(['private', 'shared']);
export type Visibility = z.infer<typeof visibilitySchema>;

/** A mentee's note, question for the mentor, or win — private unless shared. */
export const noteSchema = z.object({
  ...syncedFields,
  kind: noteKindSchema,
  body: z.string().max(20_000),
  tool: toolIdSchema.optional(),
  context: contextIdSchema.optional(),
  url: z.string().max(2_000).optional(),
  pageTitle: z.string().max(300).optional(),
  quote: z.string().max(2_000).optional(),
  tipId: idSchema.optional(),
  goalId: idSchema.optional(),
  tags: z.array(z.string().trim().min(1).max(30)).max(12),
  visibility: visibilitySchema,
  forMeeting: z.boolean(),
  resolvedAt: timestampSchema.optional(),
  /** Set on a conflict copy: the note both partners edited at once. */
  conflictOf: idSchema.optional(),
});
export type Note = z.infer<typeof noteSchema>;
