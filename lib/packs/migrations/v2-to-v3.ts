import { z } from 'zod';
import { PACK_FORMAT } from '../pack-file';

/** Version 2 of the pack format: tips could point at a page element but named no source; no rule sets. */
export const packFileV2Schema = z.looseObject({ format: z.literal(PACK_FORMAT), schemaVersion: z.literal(2), tips: z.array(z.unknown()) });
export type PackFileV2 = z.infer<typeof packFileV2Schema>;

/**
 * v2 → v3: a pack may carry `rules` (context rule sets) and tips may name their `source` (the https:
 * page a lesson is based on) and when they were `checkedAt`. A v2 file can know none of these, so
 * such keys in one were not written by us and are dropped rather than trusted or shown as vouched for.
 */
export function migrateV2toV3(file: PackFileV2): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...file };
  delete rest.rules;
  return {
    ...rest,
    schemaVersion: 3,
    tips: file.tips.map((tip) => {
      if (typeof tip !== 'object' || tip === null || Array.isArray(tip)) return tip;
      const copy = { ...(tip as Record<string, unknown>) };
      delete copy.source;
      delete copy.checkedAt;
      return copy;
    }),
  };
}
