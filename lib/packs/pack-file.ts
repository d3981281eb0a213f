import { z } from 'zod';
import { FILE_FORMATS, type EnvelopeSpec } from '../files/envelope';
import { packSchema } from '../schemas/pack';
import { tipSchema } from '../schemas/tip';

/** The `format` every tip pack file carries. */
export const PACK_FORMAT = FILE_FORMATS.pack;
/**
 * The version this build writes. 4 added a picture per recorded step (`stepTargets[].picture`), 3 added optional context rule sets (`rules`) and a tip's `source`
 * and `checkedAt`, 2 its `locator`; older files are migrated on import (see migrations/).
 */
export const PACK_SCHEMA_VERSION = 4;
/** The file extension of a tip pack. */
export const PACK_EXTENSION = '.tandem-pack.json';
/** Larger files are refused before they are read as JSON. */
export const MAX_PACK_BYTES = 10_000_000;
/** At most this many tips in one pack. */
export const MAX_PACK_TIPS = 5_000;

/** How a pack file is read (size, JSON, format, version): see `lib/files/envelope.ts`. */
export const packEnvelope: EnvelopeSpec = { kind: 'pack', maxBytes: MAX_PACK_BYTES, version: PACK_SCHEMA_VERSION };

/** The pack as a file describes it; `source` is never taken from a file (imported is imported). */
export const filePackSchema = packSchema.pick({ id: true, name: true, author: true, description: true, version: true, updatedAt: true });
export type FilePack = z.infer<typeof filePackSchema>;

/**
 * The envelope of a pack file of the current version. Tips are checked one by one afterwards,
 * so one broken tip is reported instead of failing the whole file.
 */
export const packFileSchema = z.object({
  format: z.literal(PACK_FORMAT),
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  exportedAt: z.number().int().nonnegative(),
  pack: filePackSchema,
  tips: z.array(z.unknown()).max(MAX_PACK_TIPS),
  /** Context rule sets for the built-in tools, checked in full by `planRules` before anything is written. */
  rules: z.array(z.unknown()).optional(),
});
export type PackFile = Omit<z.infer<typeof packFileSchema>, 'tips' | 'rules'> & { tips: unknown[]; rules?: unknown[] };

/** A tip as it is written into a pack file (the full tip record). */
export const fileTipSchema = tipSchema;
