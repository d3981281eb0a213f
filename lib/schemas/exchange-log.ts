import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

/** One export or import of an exchange file (local only: the markers "since the last exchange"). */
export const exchangeLogSchema = z.object({
  id: idSchema,
  direction: z.enum(['export', 'import']),
  /** When it happened, by this computer's clock. */
  at: timestampSchema,
  /** The file's own `createdAt` (mine for exports, the partner's for imports). */
  fileCreatedAt: timestampSchema,
  /** For imports: the newest of my files the partner had imported when they wrote theirs. */
  ack: timestampSchema.nullable().optional(),
  encrypted: z.boolean(),
  records: z.number().int().nonnegative(),
  partnerName: z.string().max(80).optional(),
});
export type ExchangeLog = z.infer<typeof exchangeLogSchema>;

/** A version of a record that went to or came from the partner (see lib/exchange/knowledge.ts). */
export const knownVersionSchema = z.object({
  key: z.string().max(300),
  /** `createdAt` of my first file that carried it. */
  sentAt: timestampSchema.optional(),
  received: z.boolean().optional(),
});
export type KnownVersion = z.infer<typeof knownVersionSchema>;
