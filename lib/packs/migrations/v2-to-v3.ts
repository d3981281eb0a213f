import { z } from 'zod';
import { PACK_FORMAT } from '../pack-file';

/** Version 2 of the pack format: tips could point at a page element but named no source. */
export const packFileV2Schema = z.object({
  format: z.literal(PACK_FORMAT),
  schemaVersion: z.literal(2),
  exportedAt: z.number(),
  pack: z.record(z.string(), z.unknown()),
  tips: z.array(z.unknown()),
});
export type PackFileV2 = z.infer<typeof packFileV2Schema>;

/**
 * v2 → v3: tips gain `source` (the https: page a lesson is based on) and `checkedAt` (the day it
 * was last checked against it). A v2 file cannot know either, so such keys in one were not
 * written by us and are dropped rather than shown as a vouched-for source.
 */
export function migrateV2toV3(file: PackFileV2): Record<string, unknown> {
  return {
    ...file,
    schemaVersion: 3,
    tips: file.tips.map((tip) => {
      if (typeof tip !== 'object' || tip === null || Array.isArray(tip)) return tip;
      const rest = { ...(tip as Record<string, unknown>) };
      delete rest.source;
      delete rest.checkedAt;
      return rest;
    }),
  };
}
