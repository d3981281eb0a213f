import { z } from 'zod';
import { contextIdSchema, idSchema, langSchema, syncedFields, toolIdSchema } from './common';
import { locatorSchema } from './locator';
import { isHttpsUrl } from '../markdown/safe-url';
import { currentContextId, expandLegacyContexts } from '../contexts/legacy';

export const TITLE_MAX = 70;
export const WHY_MAX = 600;
export const STEP_MAX = 300;
export const STEPS_MAX = 5;
export const SOURCE_MAX = 500;

/** The issue `format` a source that is not an https: link is reported with (the UI names it). */
export const HTTPS_URL_FORMAT = 'https-url';

/** A lesson's source: an absolute https: link, checked like every link a tip may show. */
export const sourceUrlSchema = z
  .string()
  .trim()
  .max(SOURCE_MAX)
  .refine(isHttpsUrl, { params: { format: HTTPS_URL_FORMAT } });

export const levelSchema = z.enum(['beginner', 'intermediate', 'advanced']);
export type Level = z.infer<typeof levelSchema>;

/** The text of a tip in one language. */
export const tipTextSchema = z.object({
  title: z.string().trim().min(1).max(TITLE_MAX),
  why: z.string().trim().max(WHY_MAX),
  steps: z.array(z.string().trim().min(1).max(STEP_MAX)).min(1).max(STEPS_MAX),
});
export type TipText = z.infer<typeof tipTextSchema>;

/**
 * What "done" looks like for a tip, so trying it can be noticed: reaching a context (the post
 * composer opened). A union of strict shapes, so other kinds (e.g. `{ element: true }` for using
 * the tip's element) can be added without breaking stored tips.
 */
export const doneWhenSchema = z.union([z.strictObject({ context: contextIdSchema.transform(currentContextId) })]);
export type DoneWhen = z.infer<typeof doneWhenSchema>;

/**
 * The page element one step is about, recorded by doing the step: its locator (with the label every
 * match must still carry) and the page context it was done in. Language-independent, so it pairs
 * with the step of the same number in every translation.
 */
export const stepTargetSchema = z.strictObject({
  locator: locatorSchema,
  context: contextIdSchema.transform(currentContextId).optional(),
});
export type StepTarget = z.infer<typeof stepTargetSchema>;

/** A tip card: one micro-lesson for a tool, optionally for specific contexts inside it. */
export const tipSchema = z.object({
  ...syncedFields,
  packId: idSchema,
  tool: toolIdSchema,
  /** Empty: the tip applies anywhere in the tool. A split id (`tableau.dashboard`) becomes both successors. */
  contexts: z.array(contextIdSchema).max(20).transform(expandLegacyContexts),
  ...tipTextSchema.shape,
  minutes: z.number().int().min(1).max(15),
  level: levelSchema,
  tags: z.array(z.string().trim().min(1).max(30)).max(8),
  lang: langSchema,
  /** The same lesson in other languages (the starter pack ships German and English). */
  translations: z.partialRecord(langSchema, tipTextSchema).optional(),
  author: z.string().trim().max(80),
  /** The page element the tip is about, recorded with the element picker ("show me" finds it). */
  locator: locatorSchema.optional(),
  /** Per step (same index as `steps`), the element it is about; `null` for a step without one. */
  stepTargets: z.array(stepTargetSchema.nullable()).max(STEPS_MAX).optional(),
  /** Reaching this means the mentee tried the tip (learning by doing). */
  doneWhen: doneWhenSchema.optional(),
  /** Where the lesson's facts come from (the vendor's help page), shown as "Learn more". */
  source: sourceUrlSchema.optional(),
  /** The day the lesson was last checked against its source (YYYY-MM-DD). */
  checkedAt: z.iso.date().optional(),
});
export type Tip = z.infer<typeof tipSchema>;
