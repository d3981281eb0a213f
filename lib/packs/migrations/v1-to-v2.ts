import { z } from 'zod';
import { PACK_FORMAT } from '../pack-file';

/**
 * Version 1 of the pack format (DESIGN.md's `{format, schemaVersion, pack, tips}` before tips could
 * point at a page element). It had no `exportedAt`, and its tips had no `locator`.
 */
export const packFileV1Schema = z.object({
  format: z.literal(PACK_FORMAT),
  schemaVersion: z.literal(1),
  pack: z.record(z.string(), z.unknown()),
  tips: z.array(z.unknown()),
});
export type PackFileV1 = z.infer<typeof packFileV1Schema>;

/**
 * v1 → v2: tips gain `locator` (the element picker). A v1 file cannot know locators, so a `locator`
 * key in one was not written by us and is dropped rather than trusted; `exportedAt` becomes the
 * pack's `updatedAt` (the best time the file knows).
 */
export function migrateV1toV2(file: PackFileV1): Record<string, unknown> {
  const updatedAt = file.pack.updatedAt;
  return {
    format: file.format,
    schemaVersion: 2,
    exportedAt: typeof updatedAt === 'number' ? updatedAt : 0,
    pack: file.pack,
    tips: file.tips.map((tip) => {
      if (typeof tip !== 'object' || tip === null || Array.isArray(tip)) return tip;
      const rest = { ...(tip as Record<string, unknown>) };
      delete rest.locator;
      return rest;
    }),
  };
}
