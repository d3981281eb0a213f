import { z } from 'zod';
import { PACK_FORMAT } from '../pack-file';

/** Version 3 of the pack format: recorded steps had an element and a context, never a picture. */
export const packFileV3Schema = z.looseObject({ format: z.literal(PACK_FORMAT), schemaVersion: z.literal(3), tips: z.array(z.unknown()) });
export type PackFileV3 = z.infer<typeof packFileV3Schema>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v3 → v4: a recorded step may carry a picture (and where its element is in it). A v3 file cannot
 * have written one, so such keys in it are dropped rather than shown; everything else is unchanged.
 */
export function migrateV3toV4(file: PackFileV3): Record<string, unknown> {
  return {
    ...file,
    schemaVersion: 4,
    tips: file.tips.map((tip) => {
      if (!isRecord(tip) || !Array.isArray(tip.stepTargets)) return tip;
      return {
        ...tip,
        stepTargets: tip.stepTargets.map((target: unknown) => {
          if (!isRecord(target)) return target;
          const copy = { ...target };
          delete copy.picture;
          delete copy.pictureFocus;
          return copy;
        }),
      };
    }),
  };
}
