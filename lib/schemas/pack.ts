import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

/**
 * Where a pack came from, which decides who may change it: the built-in starter pack, my own
 * tips, a pack file (imported), my partner's tips (exchange files) or my programme's pack (policy).
 */
export const packSourceSchema = z.enum(['builtin', 'local', 'imported', 'partner', 'policy']);

/** A named set of tips; the built-in starter pack is one. */
export const packSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(100),
  author: z.string().trim().max(80),
  description: z.string().trim().max(500).optional(),
  /** Increases with every release of the pack; upgrades compare it. */
  version: z.number().int().nonnegative(),
  source: packSourceSchema,
  updatedAt: timestampSchema,
  /** My own pack ('local') is exported under this id, so partners never confuse it with theirs. */
  shareId: idSchema.optional(),
});
export type Pack = z.infer<typeof packSchema>;
