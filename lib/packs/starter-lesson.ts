import { z } from 'zod';
import { contextIdSchema, toolIdSchema } from '../schemas/common';
import { doneWhenSchema, levelSchema, sourceUrlSchema, tipTextSchema } from '../schemas/tip';

/**
 * How a built-in lesson is written in `lib/packs/starter/*.json`: one entry per lesson with
 * its German and English text side by side, turned into a tip by `buildStarterPack`.
 */
export const starterLessonSchema = z.strictObject({
  /** Unique within its tool, kebab-case; the tip id becomes `starter.<tool>.<slug>`. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  tool: toolIdSchema,
  contexts: z.array(contextIdSchema).max(6),
  minutes: z.number().int().min(1).max(5),
  level: levelSchema,
  tags: z.array(z.string().min(1).max(30)).max(6),
  en: tipTextSchema,
  de: tipTextSchema,
  /** Reaching this context after opening the lesson marks it tried. */
  doneWhen: doneWhenSchema.optional(),
  /** The vendor's help page the lesson's facts were checked against (required for built-ins). */
  source: sourceUrlSchema,
  /** The day the lesson was last checked against `source`. */
  checkedAt: z.iso.date(),
});
export type StarterLesson = z.infer<typeof starterLessonSchema>;
