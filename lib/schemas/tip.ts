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

/** A step's picture may be at most this large (decoded bytes). */
export const PICTURE_MAX_BYTES = 150_000;
/** Raster types only: an SVG can carry script and links, a picture of a page never needs one. */
const PICTURE_DATA_URL = /^data:image\/(webp|jpeg|png);base64,([A-Za-z0-9+/]*={0,2})$/;
/** The first bytes each allowed type starts with, so a file's claimed type is also its real one. */
const PICTURE_MAGIC: Record<string, (head: string) => boolean> = {
  png: (h) => h.startsWith('\x89PNG\r\n\x1a\n'),
  jpeg: (h) => h.startsWith('\xff\xd8\xff'),
  webp: (h) => h.startsWith('RIFF') && h.slice(8, 12) === 'WEBP',
};

/** Decoded size of a base64 payload, without decoding it. */
const base64Bytes = (b64: string) => Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);

/** Is this a PNG, JPEG or WebP data URL of at most `PICTURE_MAX_BYTES` whose bytes are what it says? */
export function isStepPicture(value: string): boolean {
  // Cheap length check before the pattern runs over a hostile, huge string.
  if (value.length > Math.ceil(PICTURE_MAX_BYTES / 3) * 4 + 32) return false;
  const match = PICTURE_DATA_URL.exec(value);
  if (!match) return false;
  const [, type, b64] = match as unknown as [string, string, string];
  if (base64Bytes(b64) > PICTURE_MAX_BYTES || b64.length < 16) return false;
  try {
    return PICTURE_MAGIC[type]!(atob(b64.slice(0, 16)));
  } catch {
    return false;
  }
}

/** A recorded step's picture: a small screenshot around its element (see `isStepPicture`). */
export const stepPictureSchema = z.string().refine(isStepPicture, { error: 'picture' });

/** Where the element is in its picture (pixels), so "blur all but the element" knows what to keep. */
export const pictureFocusSchema = z.strictObject({
  x: z.number().int().min(0).max(4096),
  y: z.number().int().min(0).max(4096),
  width: z.number().int().min(1).max(4096),
  height: z.number().int().min(1).max(4096),
});
export type PictureFocus = z.infer<typeof pictureFocusSchema>;

/**
 * The page element one step is about, recorded by doing the step: its locator (with the label every
 * match must still carry), the page context it was done in and, when the mentor kept one, a picture
 * around it. Language-independent, so it pairs with the step of the same number in every translation.
 */
export const stepTargetSchema = z.strictObject({
  locator: locatorSchema,
  context: contextIdSchema.transform(currentContextId).optional(),
  picture: stepPictureSchema.optional(),
  pictureFocus: pictureFocusSchema.optional(),
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
