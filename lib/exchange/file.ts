import { z } from 'zod';
import { timestampSchema } from '../schemas/common';
import { goalSchema } from '../schemas/goal';
import { meetingSchema } from '../schemas/meeting';
import { noteSchema } from '../schemas/note';
import { partnerProgressSchema, tandemDocSchema } from '../schemas/tandem';
import { tipSchema } from '../schemas/tip';
import { roleSchema } from '../settings/settings';
import { MAX_ITERATIONS, MIN_ITERATIONS, seal, sha256Hex, unseal, type Sealed } from './crypto';
import { ExchangeError } from './errors';
import { canonicalJson } from './hash';

export const EXCHANGE_FORMAT = 'tandem-tips/exchange';
/** Bump when the payload changes shape; add a migration from the previous version in `migrations`. */
export const EXCHANGE_VERSION = 1;
/** Larger files are refused before parsing (a year of a busy tandem is well under 1 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const uniqueIds = <T>(key: (r: T) => string) => (rows: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(key(r))) ctx.addIssue({ code: 'custom', message: 'duplicate id', path: [i, 'id'] });
    seen.add(key(r));
  });
};

/** What an exchange file carries, validated field by field before anything is merged. */
export const exchangePayloadSchema = z.strictObject({
  from: z.strictObject({
    name: z.string().trim().max(80),
    role: roleSchema,
    /** A random id of the sending browser (to refuse importing one's own file). */
    device: z.string().min(8).max(80),
  }),
  createdAt: timestampSchema,
  /** `createdAt` of the newest file from the receiver that the sender has imported. */
  ack: timestampSchema.nullable(),
  notes: z
    .array(noteSchema.refine((n) => n.visibility === 'shared', { error: 'private notes never travel', path: ['visibility'] }))
    .max(20_000)
    .superRefine(uniqueIds((n) => n.id)),
  goals: z.array(goalSchema).max(1_000).superRefine(uniqueIds((g) => g.id)),
  meetings: z.array(meetingSchema).max(1_000).superRefine(uniqueIds((m) => m.id)),
  tandem: z.array(tandemDocSchema).max(1_000).superRefine(uniqueIds((d) => d.id)),
  tips: z.array(tipSchema).max(5_000).superRefine(uniqueIds((t) => t.id)),
  progress: z.array(partnerProgressSchema).max(5_000).superRefine(uniqueIds((p) => p.tipId)),
});
export type ExchangePayload = z.infer<typeof exchangePayloadSchema>;

const headerShape = {
  format: z.literal(EXCHANGE_FORMAT),
  schemaVersion: z.number().int().min(1),
  createdAt: timestampSchema,
};

const plainFileSchema = z.strictObject({
  ...headerShape,
  encrypted: z.literal(false),
  /** SHA-256 of the payload's JSON: catches edits and damage in transit. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  payload: z.unknown(),
});

const base64 = z.string().max(MAX_FILE_BYTES).regex(/^[A-Za-z0-9+/]*={0,2}$/);
const encryptedFileSchema = z.strictObject({
  ...headerShape,
  encrypted: z.literal(true),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
    salt: base64.min(16).max(100),
  }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: base64.min(16).max(24) }),
  ciphertext: base64,
});

/** The authenticated header of an encrypted file: changing any of it makes decryption fail. */
function aad(createdAt: number, p: Omit<Sealed, 'ciphertext'>): string {
  return canonicalJson({ format: EXCHANGE_FORMAT, schemaVersion: EXCHANGE_VERSION, createdAt, iterations: p.iterations, salt: p.salt, iv: p.iv });
}

/** Writes an exchange file: plain JSON with a checksum, or sealed with a passphrase. */
export async function writeExchangeFile(payload: ExchangePayload, passphrase?: string, iterations?: number): Promise<string> {
  const checked = exchangePayloadSchema.parse(payload);
  const json = JSON.stringify(checked);
  const header = { format: EXCHANGE_FORMAT, schemaVersion: EXCHANGE_VERSION, createdAt: checked.createdAt };
  if (!passphrase) return JSON.stringify({ ...header, encrypted: false, sha256: await sha256Hex(json), payload: checked }, null, 1);
  const sealed = await seal(json, passphrase, (p) => aad(checked.createdAt, p), iterations);
  return JSON.stringify(
    {
      ...header,
      encrypted: true,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: sealed.iterations, salt: sealed.salt },
      cipher: { name: 'AES-GCM', iv: sealed.iv },
      ciphertext: sealed.ciphertext,
    },
    null,
    1,
  );
}

/** Older payload versions are brought up to the current one here (none yet: version 1 is the first). */
const migrations: Record<number, (payload: unknown) => unknown> = {};

function fieldPath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(file)';
}

/** The first problem of a failed parse, as "field: message". */
function invalid(error: z.ZodError, prefix = ''): ExchangeError {
  const issue = error.issues[0]!;
  return new ExchangeError('invalid', { field: prefix + fieldPath(issue.path), problem: issue.message });
}

/** What the panel learns from a file before asking to import it. */
export interface ReadFile {
  payload: ExchangePayload;
  encrypted: boolean;
}

/** Is this file encrypted (so the panel asks for the passphrase)? False for anything unreadable. */
export function isEncryptedFile(text: string): boolean {
  try {
    const raw = JSON.parse(text) as unknown;
    return typeof raw === 'object' && raw !== null && (raw as { encrypted?: unknown }).encrypted === true;
  } catch {
    return false;
  }
}

/**
 * Reads and checks an exchange file: size, JSON, format, version, checksum or passphrase, then
 * every field. Throws an ExchangeError naming the problem; never returns partial data.
 */
export async function readExchangeFile(text: string, passphrase?: string): Promise<ReadFile> {
  if (text.length > MAX_FILE_BYTES) throw new ExchangeError('tooLarge', { mb: Math.ceil(text.length / 1024 / 1024), max: MAX_FILE_BYTES / 1024 / 1024 });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ExchangeError('notJson', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ExchangeError('notExchange');
  const head = raw as { format?: unknown; schemaVersion?: unknown };
  if (head.format === 'tandem-tips/pack') throw new ExchangeError('isPack');
  if (head.format !== EXCHANGE_FORMAT) throw new ExchangeError('notExchange');
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > EXCHANGE_VERSION) {
    throw new ExchangeError('futureVersion', { version: head.schemaVersion, supported: EXCHANGE_VERSION });
  }

  let payloadJson: unknown;
  let encrypted = false;
  if ((raw as { encrypted?: unknown }).encrypted === true) {
    const file = encryptedFileSchema.safeParse(raw);
    if (!file.success) throw invalid(file.error);
    if (!passphrase) throw new ExchangeError('needPassphrase');
    const sealed = { salt: file.data.kdf.salt, iv: file.data.cipher.iv, iterations: file.data.kdf.iterations, ciphertext: file.data.ciphertext };
    const plain = await unseal(sealed, passphrase, aad(file.data.createdAt, sealed));
    try {
      payloadJson = JSON.parse(plain);
    } catch {
      throw new ExchangeError('tampered');
    }
    encrypted = true;
  } else {
    const file = plainFileSchema.safeParse(raw);
    if (!file.success) throw invalid(file.error);
    if ((await sha256Hex(JSON.stringify(file.data.payload))) !== file.data.sha256) throw new ExchangeError('tampered');
    payloadJson = file.data.payload;
  }

  const version = (raw as { schemaVersion: number }).schemaVersion;
  for (let v = version; v < EXCHANGE_VERSION; v++) payloadJson = migrations[v]!(payloadJson);
  const payload = exchangePayloadSchema.safeParse(payloadJson);
  if (!payload.success) throw invalid(payload.error, 'payload.');
  return { payload: payload.data, encrypted };
}
