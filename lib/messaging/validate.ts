import { z } from 'zod';
import { isKnownContext } from '../contexts/tools';
import { isCustomToolId } from '../contexts/types';
import { publishedToolFor } from '../tools/published';
import { contextIdSchema, toolIdSchema } from '../schemas/common';
import { locatorSchema } from '../schemas/locator';
import type { RecordedStep } from '../page/recorder';

const MAX_URL = 4_000;

/** Validates a context report from a page before the background trusts it. */
export const contextReportSchema = z.strictObject({
  detected: z
    .strictObject({
      tool: toolIdSchema,
      contexts: z.array(contextIdSchema).max(20),
    })
    .refine((d) => d.contexts.every((c) => c.startsWith(`${d.tool}.`) && (isCustomToolId(d.tool) || isKnownContext(c))), {
      error: 'contexts must be known contexts of the reported tool',
    })
    .nullable(),
  url: z.url({ protocol: /^https?$/ }).max(MAX_URL),
  title: z.string().max(500),
});

/**
 * A taught tool's report is believed only from a site the person allowed it on, and only for
 * places the tool has (`published` is what the extension published for the content scripts).
 */
export function isTrustedTaughtReport(detected: { tool: string; contexts: readonly string[] } | null, senderUrl: string | undefined, published: unknown): boolean {
  if (!detected || !isCustomToolId(detected.tool)) return true;
  let host: string;
  try {
    host = new URL(senderUrl ?? '').hostname;
  } catch {
    return false;
  }
  const tool = publishedToolFor(published, host);
  if (!tool || tool.rules.tool !== detected.tool) return false;
  const places = new Set(tool.rules.contexts.map((c) => c.id));
  return detected.contexts.every((c) => places.has(c));
}

// ── what the element picker sends from the page ──
/** Validates an `elementPicked` message before the side panel stores its locator in a draft. */
export const elementPickedSchema = z.strictObject({ locator: locatorSchema });

/** Validates a `showStepChanged` message before the side panel follows it to another step. */
export const showStepChangedSchema = z.strictObject({ step: z.number().int().min(0).max(99), state: z.enum(['shown', 'elsewhere', 'closed']) });

/** Validates a `stepRecorded` message before the side panel turns it into a step of the draft. */
const pixels = z.number().int().min(-100_000).max(100_000);
const viewSize = z.number().int().min(1).max(20_000);
export const stepRecordedSchema = z.strictObject({
  action: z.enum(['click', 'choose', 'type', 'enter']),
  locator: locatorSchema,
  box: z.strictObject({ x: pixels, y: pixels, width: z.number().int().min(0).max(100_000), height: z.number().int().min(0).max(100_000), viewWidth: viewSize, viewHeight: viewSize }).optional(),
}) satisfies z.ZodType<RecordedStep>;
