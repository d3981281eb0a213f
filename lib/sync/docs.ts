import { z } from 'zod';
import { fromBase64, toBase64 } from '../exchange/crypto';
import { exchangePayloadSchema } from '../exchange/file';
import type { TableName } from '../exchange/merge';
import type { PartnerProgress } from '../schemas/tandem';
import { stripInvisibleDeep } from '../files/invisible';
import { firstIssue, type IssueInfo } from '../i18n/issues';
import { findFutureClock } from '../time/clock';
import { SyncError } from './errors';
import { toBase64Url, type TandemKeys } from './keys';

/** Which partner wrote a record that belongs to one side (tip progress). */
export const memberSchema = z.enum(['mentor', 'mentee']);
export type Member = z.infer<typeof memberSchema>;

/** The only thing the server learns about a document besides its id: which coarse kind it is. */
export const kindOf: Record<TableName, string> = { notes: 'note', goals: 'goal', meetings: 'meeting', tandem: 'tandem', tips: 'tip', progress: 'progress' };
const tableOfKind = new Map(Object.entries(kindOf).map(([table, kind]) => [kind, table as TableName]));

/** The format version inside every document (bump with a migration when the body changes shape). */
export const DOC_VERSION = 1;
/** A document's ciphertext above this is refused unread (the largest valid record is well under 100 KB). */
export const MAX_CIPHERTEXT_CHARS = 256 * 1024;
/** The id of the document that proves both partners hold the same tandem key. */
export const KEY_CHECK_ID = 'tandem-key-check';
const KEY_CHECK_TEXT = 'tandem-tips key check v1';

/** One record as stored on the server: clear id and kind, everything else AES-GCM ciphertext. */
export interface SyncDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  k: string;
  v: number;
  iv: string;
  ct: string;
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const envelopeSchema = z.object({
  _id: z.string().max(200),
  k: z.string().max(20),
  v: z.literal(DOC_VERSION),
  iv: base64.min(16).max(16),
  ct: base64.min(24),
});

/** A record inside a document, validated with the exchange file's own schemas (so private notes are refused). */
const shape = exchangePayloadSchema.shape;
export const docBodySchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('notes'), r: shape.notes.element }),
  z.strictObject({ t: z.literal('goals'), r: shape.goals.element }),
  z.strictObject({ t: z.literal('meetings'), r: shape.meetings.element }),
  z.strictObject({ t: z.literal('tandem'), r: shape.tandem.element }),
  z.strictObject({ t: z.literal('tips'), r: shape.tips.element }),
  z.strictObject({ t: z.literal('progress'), by: memberSchema, r: shape.progress.element }),
]);
export type DocBody = z.infer<typeof docBodySchema>;

/** The key a record has inside its table; progress is per partner, so the writer is part of it. */
export function recordKey(body: DocBody): string {
  return body.t === 'progress' ? `${body.by}|${(body.r as PartnerProgress).tipId}` : (body.r as { id: string }).id;
}

const encoder = new TextEncoder();
const aad = (id: string, kind: string) => encoder.encode(`tandem-tips/sync/v${DOC_VERSION}|${id}|${kind}`);

/**
 * The document id of a record: the kind, then an HMAC of table and key under the tandem key, so
 * both partners name the same record alike while the server learns nothing from it (tip ids,
 * "agreement", conflict copies all look the same).
 */
export async function docIdFor(keys: TandemKeys, table: TableName, key: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.ids, encoder.encode(`${table}|${key}`)));
  return `${kindOf[table]}-${toBase64Url(mac.subarray(0, 20))}`;
}

/** Encrypts one record into its document (a fresh random IV every time). */
export async function sealDoc(keys: TandemKeys, body: DocBody, id?: string): Promise<SyncDoc> {
  const _id = id ?? (await docIdFor(keys, body.t, recordKey(body)));
  const k = kindOf[body.t];
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(_id, k) }, keys.enc, encoder.encode(JSON.stringify(body)));
  return { _id, k, v: DOC_VERSION, iv: toBase64(iv), ct: toBase64(new Uint8Array(data)) };
}

/** A problem inside a record, as the record's own path (`r.body` → `body`), so its field is named as in a file. */
function recordIssue(issue: IssueInfo): IssueInfo {
  return issue.path[0] === 'r' ? { ...issue, path: issue.path.slice(1) } : issue;
}

/**
 * Decrypts and checks one document: envelope, size, AES-GCM (a changed byte or another key
 * fails), then every field with the exchange schemas (hidden and reordering characters removed
 * first, as from an exchange file), that no time lies more than a day ahead (a partner's clock
 * set to 2099 would freeze the record), and that the id belongs to the record.
 * Throws a SyncError naming the problem; never returns partial data.
 */
export async function openDoc(keys: TandemKeys, raw: unknown, now = Date.now()): Promise<DocBody> {
  const ct = (raw as { ct?: unknown } | null)?.ct;
  if (typeof ct === 'string' && ct.length > MAX_CIPHERTEXT_CHARS) throw new SyncError('tooLarge', { kb: Math.ceil(ct.length / 1024), max: MAX_CIPHERTEXT_CHARS / 1024 });
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) throw new SyncError('invalid', {}, firstIssue(env.error));
  const { _id, k, iv, ct: text } = env.data;
  let plain: string;
  try {
    const data = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv), additionalData: aad(_id, k) }, keys.enc, fromBase64(text));
    plain = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new SyncError('undecryptable');
  }
  let json: unknown;
  try {
    json = JSON.parse(plain);
  } catch {
    throw new SyncError('undecryptable');
  }
  const body = docBodySchema.safeParse(stripInvisibleDeep(json));
  // The kind on the envelope says which table the record was meant for, even when its body is damaged.
  const table = tableOfKind.get(k);
  if (!body.success) throw new SyncError('invalid', table ? { table } : {}, recordIssue(firstIssue(body.error)));
  const future = findFutureClock(body.data.r, now);
  if (future) throw new SyncError('futureClock', { table: body.data.t }, { path: future, code: 'custom', reason: 'future' });
  if (tableOfKind.get(k) !== body.data.t || (await docIdFor(keys, body.data.t, recordKey(body.data))) !== _id) throw new SyncError('wrongDoc');
  return body.data;
}

/** The document that lets a client tell a wrong tandem key from a damaged document. */
export async function sealKeyCheck(keys: TandemKeys): Promise<SyncDoc> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(KEY_CHECK_ID, 'check') }, keys.enc, encoder.encode(KEY_CHECK_TEXT));
  return { _id: KEY_CHECK_ID, k: 'check', v: DOC_VERSION, iv: toBase64(iv), ct: toBase64(new Uint8Array(data)) };
}

/** Does this key-check document open with our key? */
export async function isKeyCheckValid(keys: TandemKeys, doc: unknown): Promise<boolean> {
  const env = envelopeSchema.safeParse(doc);
  if (!env.success || env.data._id !== KEY_CHECK_ID) return false;
  try {
    const data = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(env.data.iv), additionalData: aad(KEY_CHECK_ID, 'check') }, keys.enc, fromBase64(env.data.ct));
    return new TextDecoder().decode(data) === KEY_CHECK_TEXT;
  } catch {
    return false;
  }
}
