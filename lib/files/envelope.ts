import type { z } from 'zod';
import { firstIssue, type IssueInfo } from '../i18n/issues';
import { FILE_KINDS, FileError, type FileKind } from './file-error';
import { enterPhase, throwIfCancelled, type LongWork } from '../progress/slices';

/** The `format` each kind of file carries (how a backup chosen as a pack is recognised). */
export const FILE_FORMATS = {
  pack: 'tandem-tips/pack',
  exchange: 'tandem-tips/exchange',
  backup: 'tandem-tips/backup',
} as const satisfies Record<FileKind, string>;

/** Deeper than any file we write (a backup row nests about six levels): refused before anything recursive walks it. */
export const MAX_DEPTH = 64;

/** How one kind of file is read: the largest accepted size, and the newest version this build knows. */
export interface EnvelopeSpec {
  kind: FileKind;
  maxBytes: number;
  version: number;
}

/** The size of a text in UTF-8 bytes (what the file held), counted without encoding a copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function refuseSize(text: string, spec: EnvelopeSpec): void {
  // Every character is at least one byte and at most three per UTF-16 unit: count only when it matters.
  if (text.length * 3 <= spec.maxBytes) return;
  const bytes = text.length > spec.maxBytes ? text.length : utf8Length(text);
  if (bytes > spec.maxBytes) throw new FileError(spec.kind, 'tooLarge', { bytes, maxBytes: spec.maxBytes });
}

/** Reads a chosen or dropped file's text, refusing one that is too large before reading a byte of it. */
export async function readFileText(file: Blob, spec: Pick<EnvelopeSpec, 'kind' | 'maxBytes'>, work?: LongWork): Promise<string> {
  if (file.size > spec.maxBytes) throw new FileError(spec.kind, 'tooLarge', { bytes: file.size, maxBytes: spec.maxBytes });
  enterPhase(work, 'read');
  let text: string;
  try {
    text = await file.text();
  } catch {
    throw new FileError(spec.kind, 'unreadable');
  }
  // A cancel while the browser read the file: nothing was looked at yet.
  throwIfCancelled(work?.signal);
  return text;
}

/** Is any array or object nested deeper than `limit`? Iterative, so a hostile file cannot overflow the stack here. */
export function isNestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() ?? [null, 0];
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which kind of Tandem Tips file this format names, if any. */
function kindOf(format: unknown): FileKind | undefined {
  return FILE_KINDS.find((kind) => FILE_FORMATS[kind] === format);
}

/**
 * What every reader checks first, in this order: the size in UTF-8 bytes, JSON, nesting depth,
 * the format ("this is a backup, not a pack") and the version. Returns the file as an object and
 * its version (not yet migrated: see `migrateUp`). Throws a FileError; never returns a bad file.
 */
export function readEnvelope(text: string, spec: EnvelopeSpec): { file: Record<string, unknown>; version: number } {
  refuseSize(text, spec);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FileError(spec.kind, error instanceof RangeError ? 'tooDeep' : 'notJson');
  }
  if (isNestedDeeperThan(json, MAX_DEPTH)) throw new FileError(spec.kind, 'tooDeep');
  if (!isRecord(json)) throw new FileError(spec.kind, 'notOurs');
  const found = kindOf(json.format);
  if (found === undefined) throw new FileError(spec.kind, 'notOurs');
  if (found !== spec.kind) throw new FileError(spec.kind, 'wrongKind', { found });
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new FileError(spec.kind, 'badVersion');
  if (version > spec.version) throw new FileError(spec.kind, 'futureVersion', { version, supported: spec.version });
  return { file: json, version };
}

/** One step of a format's history: turns a version `n` file (or payload) into version `n + 1`. */
export type MigrationStep = (value: Record<string, unknown>) => Record<string, unknown>;

/** Brings a file (or an exchange file's payload) of an older version up to `to`, step by step. */
export function migrateUp(kind: FileKind, value: unknown, from: number, to: number, steps: Readonly<Record<number, MigrationStep>>): unknown {
  let current = value;
  for (let version = from; version < to; version++) {
    const step = steps[version];
    if (!step || !isRecord(current)) throw new FileError(kind, 'badVersion');
    current = step(current);
  }
  return current;
}

/** Where in a file a value sits, for the message: a table and record, and the path above the value. */
export interface Where {
  table?: string;
  /** 0-based index (shown 1-based). */
  index?: number;
  prefix?: readonly (string | number)[];
}

/** Parses with a schema; a failure is a FileError naming the field (and the table and record when given). */
export function parseOrRefuse<S extends z.ZodType>(kind: FileKind, schema: S, value: unknown, where: Where = {}): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw refusal(kind, firstIssue(parsed.error, where.prefix), where);
}

/** A FileError for one invalid field, at a place in the file. */
export function refusal(kind: FileKind, issue: IssueInfo, where: Where = {}): FileError {
  return new FileError(kind, 'invalid', {
    issue,
    ...(where.table !== undefined ? { table: where.table } : {}),
    ...(where.index !== undefined ? { row: where.index + 1 } : {}),
  });
}
