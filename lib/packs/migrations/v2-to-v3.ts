import { z } from 'zod';
import { PACK_FORMAT } from '../pack-file';

/** Version 2 of the pack format: tips with locators, no rule sets. */
export const packFileV2Schema = z.looseObject({ format: z.literal(PACK_FORMAT), schemaVersion: z.literal(2) });

/**
 * v2 → v3: a pack may carry `rules` (context rule sets) and tips may name their `source` and when
 * they were `checkedAt`. A v2 file has none of these, so a `rules` key in one was not written by
 * us and is dropped rather than trusted.
 */
export function migrateV2toV3(file: z.infer<typeof packFileV2Schema>): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...file };
  delete rest.rules;
  return { ...rest, schemaVersion: 3 };
}
