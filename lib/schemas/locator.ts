import { z } from 'zod';
import { LOCATOR_LIMITS, TEST_ID_ATTRIBUTES, type ElementLocator } from '../page/locator/types';

const text = (max: number) => z.string().max(max);

/** A recorded page element (see `lib/page/locator/types.ts`); validated wherever it crosses a boundary. */
export const locatorSchema = z.strictObject({
  role: z.string().regex(/^[a-z]+$/).max(LOCATOR_LIMITS.role).optional(),
  name: text(LOCATOR_LIMITS.label).optional(),
  testId: z.strictObject({ attr: z.enum(TEST_ID_ATTRIBUTES), value: text(LOCATOR_LIMITS.value) }).optional(),
  id: text(LOCATOR_LIMITS.id).optional(),
  text: text(LOCATOR_LIMITS.text).optional(),
  css: text(LOCATOR_LIMITS.css).optional(),
  tag: z.string().regex(/^[a-z][a-z0-9-]*$/).max(LOCATOR_LIMITS.tag),
  label: z.string().min(1).max(LOCATOR_LIMITS.label),
  frame: z.strictObject({ top: z.boolean(), host: z.string().regex(/^[a-z0-9.-]+$/).max(LOCATOR_LIMITS.host) }),
}) satisfies z.ZodType<ElementLocator>;
