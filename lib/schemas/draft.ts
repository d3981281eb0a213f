import { z } from 'zod';
import { langSchema, toolIdSchema } from './common';
import { locatorSchema } from './locator';
import { levelSchema, stepTargetSchema, STEPS_MAX } from './tip';

/** Generous bounds for unsaved text: the draft keeps what was typed; the tip schema judges it on save. */
const typed = z.string().max(20_000);

/**
 * The tip editor's form as typed, autosaved on every change so closing the panel loses nothing.
 * `id` is `new` for a tip being written, else the id of the tip being edited.
 */
export const tipDraftSchema = z.object({
  id: z.string().min(1).max(120),
  title: typed,
  why: typed,
  steps: z.array(typed).min(1).max(STEPS_MAX),
  minutes: z.string().max(20),
  level: levelSchema,
  tags: typed,
  lang: langSchema,
  tool: toolIdSchema,
  contexts: z.array(z.string().max(80)).max(40),
  locator: locatorSchema.optional(),
  /** Recorded steps' elements, index for index with `steps`. */
  stepTargets: z.array(stepTargetSchema.nullable()).max(STEPS_MAX).optional(),
  /** The source link as typed; older drafts have none. */
  source: z.string().max(2_000).optional(),
  updatedAt: z.number().int().nonnegative(),
});
export type TipDraft = z.infer<typeof tipDraftSchema>;

/**
 * A row of the `drafts` table: what is typed into a form but not saved yet, keyed
 * `<kind>:<id>` (a tip being written, the quick-add note, a meeting or goal form). The value is
 * checked against its kind's schema when it is read back (lib/drafts/drafts.ts).
 */
export const draftSchema = z.object({
  id: z.string().min(1).max(160),
  value: z.unknown(),
  updatedAt: z.number().int().nonnegative(),
});
export type Draft = z.infer<typeof draftSchema>;

/** The draft id of a tip not saved yet. */
export const NEW_DRAFT_ID = 'new';
