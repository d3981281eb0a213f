import { z } from 'zod';
import { FILE_FORMATS, migrateUp, parseOrRefuse, readEnvelope, refusal, type EnvelopeSpec, type MigrationStep } from '../files/envelope';
import { FileError } from '../files/file-error';
import { stripInvisibleDeep } from '../files/invisible';
import { firstIssue } from '../i18n/issues';
import { timestampSchema } from '../schemas/common';
import { goalSchema } from '../schemas/goal';
import { meetingSchema } from '../schemas/meeting';
import { noteSchema } from '../schemas/note';
import { partnerProgressSchema, tandemDocSchema } from '../schemas/tandem';
import { tipSchema } from '../schemas/tip';
import { roleSchema } from '../settings/settings-schema';
import { findFutureClock } from '../time/clock';
import { startSlices, type LongWork } from '../progress/slices';
import { MAX_ITERATIONS, MIN_ITERATIONS, seal, sha256Hex, unseal, type Sealed } from './crypto';
import { canonicalJson } from './hash';

export const EXCHANGE_FORMAT = FILE_FORMATS.exchange;
/** Bump when the payload changes shape; add a step from the previous version to `payloadMigrations`. */
export const EXCHANGE_VERSION = 1;
/** Larger files are refused before parsing (a year of a busy tandem is well under 1 MB). */
export const MAX_EXCHANGE_BYTES = 20 * 1024 * 1024;

/** How an exchange file is read (size, JSON, format, version): see `lib/files/envelope.ts`. */
export const exchangeEnvelope: EnvelopeSpec = { kind: 'exchange', maxBytes: MAX_EXCHANGE_BYTES, version: EXCHANGE_VERSION };

/** Older payload versions are brought up to the current one here (none yet: version 1 is the first). */
const payloadMigrations: Record<number, MigrationStep> = {};

const uniqueIds = <T>(key: (r: T) => string) => (rows: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(key(r))) ctx.addIssue({ code: 'custom', message: 'duplicate', path: [i, 'id'] });
    seen.add(key(r));
  });
};

/** The most records of each table one file may carry. */
const MAX_RECORDS = { notes: 20_000, goals: 1_000, meetings: 1_000, tandem: 1_000, tips: 5_000, progress: 5_000 } as const;

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
    .array(noteSchema.refine((n) => n.visibility === 'shared', { error: 'privateNote', path: ['visibility'] }))
    .max(MAX_RECORDS.notes)
    .superRefine(uniqueIds((n) => n.id)),
  goals: z.array(goalSchema).max(MAX_RECORDS.goals).superRefine(uniqueIds((g) => g.id)),
  meetings: z.array(meetingSchema).max(MAX_RECORDS.meetings).superRefine(uniqueIds((m) => m.id)),
  tandem: z.array(tandemDocSchema).max(MAX_RECORDS.tandem).superRefine(uniqueIds((d) => d.id)),
  tips: z.array(tipSchema).max(MAX_RECORDS.tips).superRefine(uniqueIds((t) => t.id)),
  progress: z.array(partnerProgressSchema).max(MAX_RECORDS.progress).superRefine(uniqueIds((p) => p.tipId)),
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

const base64 = z.string().max(MAX_EXCHANGE_BYTES).regex(/^[A-Za-z0-9+/]*={0,2}$/);
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

/**
 * The authenticated header of an encrypted file: changing any of it makes decryption fail. It
 * holds the version the file was written with, so files sealed by older builds still open.
 */
function aad(schemaVersion: number, createdAt: number, p: Omit<Sealed, 'ciphertext'>): string {
  return canonicalJson({ format: EXCHANGE_FORMAT, schemaVersion, createdAt, iterations: p.iterations, salt: p.salt, iv: p.iv });
}

/** Writes an exchange file: plain JSON with a checksum, or sealed with a passphrase. */
export async function writeExchangeFile(payload: ExchangePayload, passphrase?: string, iterations?: number): Promise<string> {
  const checked = exchangePayloadSchema.parse(payload);
  const json = JSON.stringify(checked);
  const header = { format: EXCHANGE_FORMAT, schemaVersion: EXCHANGE_VERSION, createdAt: checked.createdAt };
  if (!passphrase) return JSON.stringify({ ...header, encrypted: false, sha256: await sha256Hex(json), payload: checked }, null, 1);
  const sealed = await seal(json, passphrase, (p) => aad(EXCHANGE_VERSION, checked.createdAt, p), iterations);
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

/** What the panel learns from a file before asking to import it. */
export interface ReadFile {
  payload: ExchangePayload;
  /** Sealed with a passphrase (shown in the preview). */
  encrypted: boolean;
}

export interface ReadOptions extends LongWork {
  passphrase?: string;
  /** This computer's time: records from more than a day later are refused. */
  now?: number;
  /** The version this build reads and the steps up to it (tests read old files as a newer build would). */
  format?: { version: number; migrations: Readonly<Record<number, MigrationStep>> };
}

const payloadTables = ['notes', 'goals', 'meetings', 'tandem', 'tips', 'progress'] as const;

/** The first record of the payload with a time from the future, as a refusal naming it. */
function refuseFutureClocks(payload: ExchangePayload, now: number): void {
  const stamp = findFutureClock({ createdAt: payload.createdAt }, now);
  if (stamp) throw refusal('exchange', { path: ['payload', ...stamp], code: 'custom', reason: 'future' });
  for (const table of payloadTables) {
    payload[table].forEach((record, index) => {
      const path = findFutureClock(record, now);
      if (path) throw refusal('exchange', { path: ['payload', table, index, ...path], code: 'custom', reason: 'future' }, { table, index });
    });
  }
}

/** Which table and record a payload problem is in (`payload.notes[3].title` → notes, 3). */
function whereIn(path: readonly PropertyKey[]): { table?: string; index?: number } {
  const [, table, index] = path;
  return typeof table === 'string' && typeof index === 'number' ? { table, index } : {};
}

/**
 * Reads and checks an exchange file: the envelope (size, JSON, format, version), the passphrase
 * or checksum, every field, and that no record claims a time from the future. Throws a FileError
 * naming the problem; never returns partial data.
 */
export async function readExchangeFile(text: string, options: ReadOptions = {}): Promise<ReadFile> {
  const format = options.format ?? { version: EXCHANGE_VERSION, migrations: payloadMigrations };
  const { file: raw, version } = readEnvelope(text, { ...exchangeEnvelope, version: format.version });

  let payloadJson: unknown;
  const encrypted = raw.encrypted === true;
  if (encrypted) {
    const file = parseOrRefuse('exchange', encryptedFileSchema, raw);
    if (!options.passphrase) throw new FileError('exchange', 'needPassphrase');
    const sealed = { salt: file.kdf.salt, iv: file.cipher.iv, iterations: file.kdf.iterations, ciphertext: file.ciphertext };
    const plain = await unseal(sealed, options.passphrase, aad(version, file.createdAt, sealed));
    try {
      payloadJson = JSON.parse(plain);
    } catch {
      throw new FileError('exchange', 'tampered');
    }
  } else {
    const file = parseOrRefuse('exchange', plainFileSchema, raw);
    if ((await sha256Hex(JSON.stringify(file.payload))) !== file.sha256) throw new FileError('exchange', 'tampered');
    payloadJson = file.payload;
  }

  // Only now (the checksum or seal checked what was sent): hidden and reordering characters go.
  const current = migrateUp('exchange', stripInvisibleDeep(payloadJson), version, format.version, format.migrations);
  const payload = await parsePayload(current, options);
  refuseFutureClocks(payload, options.now ?? Date.now());
  return { payload, encrypted };
}

/** The payload with each table only as a list of the allowed length: the records are checked one by one. */
const payloadListsSchema = exchangePayloadSchema.extend({
  notes: z.array(z.unknown()).max(MAX_RECORDS.notes),
  goals: z.array(z.unknown()).max(MAX_RECORDS.goals),
  meetings: z.array(z.unknown()).max(MAX_RECORDS.meetings),
  tandem: z.array(z.unknown()).max(MAX_RECORDS.tandem),
  tips: z.array(z.unknown()).max(MAX_RECORDS.tips),
  progress: z.array(z.unknown()).max(MAX_RECORDS.progress),
});

/** The key a table's records must not repeat. */
const noTwice = (table: (typeof payloadTables)[number]) =>
  z.array(z.record(z.string(), z.unknown())).superRefine(uniqueIds((r) => String(table === 'progress' ? r.tipId : r.id)));

const refuseIssue = (error: z.ZodError, prefix: (string | number)[]) => {
  const issue = firstIssue(error, prefix);
  return refusal('exchange', issue, whereIn(issue.path));
};

/**
 * `exchangePayloadSchema`, a record at a time: the panel stays responsive over 10,000 records,
 * counts them, and can be cancelled. Refuses the same files with the same message.
 */
async function parsePayload(value: unknown, work: LongWork): Promise<ExchangePayload> {
  const lists = payloadListsSchema.safeParse(value);
  if (!lists.success) throw refuseIssue(lists.error, ['payload']);
  const slices = startSlices(
    payloadTables.reduce((n, table) => n + lists.data[table].length, 0),
    work,
  );
  const checked: Partial<Record<(typeof payloadTables)[number], unknown[]>> = {};
  for (const table of payloadTables) {
    const schema = exchangePayloadSchema.shape[table];
    const rows: unknown[] = [];
    for (const [index, raw] of lists.data[table].entries()) {
      const row = schema.element.safeParse(raw);
      if (!row.success) throw refuseIssue(row.error, ['payload', table, index]);
      rows.push(row.data);
      await slices.step();
    }
    // No record twice: the same rule as the table's schema, on the records already checked.
    const ids = noTwice(table).safeParse(rows);
    if (!ids.success) throw refuseIssue(ids.error, ['payload', table]);
    checked[table] = rows;
  }
  slices.finish();
  return { ...lists.data, ...checked } as ExchangePayload;
}
