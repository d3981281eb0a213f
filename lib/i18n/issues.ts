import type { Translate } from './translate';
import { HTTPS_URL_FORMAT } from '../schemas/tip';

/**
 * Why a value was refused beyond zod's own codes. Schemas raise these as custom issues with the
 * reason as the message (`{ error: 'duplicate' }`), so the words come from our catalogs, never zod's.
 */
export const ISSUE_REASONS = ['duplicate', 'privateNote', 'future', 'context', 'id', 'picture'] as const;
export type IssueReason = (typeof ISSUE_REASONS)[number];

/** What a validation problem is about, kept as plain data so it can be shown in any language later. */
export interface IssueInfo {
  path: (string | number)[];
  code: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
  reason?: IssueReason;
  /** What a string should have looked like (`date`, `https-url`), for a sentence that says so. */
  format?: string;
}

/** The shape of a zod issue this module reads (zod stays out of the components). */
export interface RawIssue {
  path: PropertyKey[];
  code: string;
  message?: string;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
  params?: unknown;
}

const REASONS: ReadonlySet<unknown> = new Set(ISSUE_REASONS);
const isReason = (value: unknown): value is IssueReason => REASONS.has(value);

/** Plain data from a zod issue; `prefix` puts it into a larger document (e.g. `['payload']`). */
export function toIssueInfo(issue: RawIssue, prefix: readonly (string | number)[] = []): IssueInfo {
  const num = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined);
  // Built-in formats say so on the issue; our own refinements carry theirs in `params`.
  const { params } = issue;
  const format = typeof issue.format === 'string' ? issue.format : typeof params === 'object' && params !== null && 'format' in params ? params.format : undefined;
  return {
    path: [...prefix, ...issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')],
    code: issue.code,
    origin: typeof issue.origin === 'string' ? issue.origin : undefined,
    minimum: num(issue.minimum),
    maximum: num(issue.maximum),
    reason: isReason(issue.message) ? issue.message : undefined,
    ...(typeof format === 'string' ? { format } : {}),
  };
}

/** The first problem of a failed parse (a failed parse always has one; a bare "invalid" otherwise). */
export function firstIssue(error: { issues: readonly RawIssue[] }, prefix: readonly (string | number)[] = []): IssueInfo {
  const [issue] = error.issues;
  return issue ? toIssueInfo(issue, prefix) : { path: [...prefix], code: 'custom' };
}

const FIELDS = [
  'title',
  'why',
  'steps',
  'minutes',
  'level',
  'tags',
  'lang',
  'tool',
  'contexts',
  'locator',
  'stepTargets',
  'id',
  'author',
  'name',
  'pack',
  'translations',
  'source',
  'checkedAt',
  'measure',
  'target',
  'current',
  'dueDate',
  'body',
  'visibility',
  'updatedAt',
  'createdAt',
  'deletedAt',
  'heldAt',
  'conflictOf',
] as const;

const FIELD_SET: ReadonlySet<unknown> = new Set(FIELDS);
const isField = (part: unknown): part is (typeof FIELDS)[number] => FIELD_SET.has(part);

/**
 * The field an issue is about, in words: "Title", "Step 2", "Tag 1" — the first part of the path
 * we have a name for, so "payload.notes[3].updatedAt" reads "Last change"; else the path itself.
 */
export function fieldName(t: Translate, path: readonly (string | number)[]): string {
  const at = path.findIndex(isField);
  const part = path[at];
  if (isField(part)) {
    const item = path[at + 1];
    if (typeof item === 'number' && part === 'steps') return t('field.step', { n: item + 1 });
    if (typeof item === 'number' && part === 'tags') return t('field.tag', { n: item + 1 });
    if (typeof item === 'number' && part === 'contexts') return t('field.context', { n: item + 1 });
    if (typeof item === 'number' && part === 'stepTargets') return t(path[at + 2] === 'picture' ? 'field.stepPicture' : 'field.stepElement', { n: item + 1 });
    return t(`field.${part}`);
  }
  return t('field.other', { name: path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${p}`)).join('').replace(/^\./, '') || '—' });
}

/** One translated sentence for a validation problem, naming the field: "Title is too long — 70 characters at most". */
export function issueMessage(t: Translate, issue: IssueInfo): string {
  const field = fieldName(t, issue.path);
  const { code, origin, minimum, maximum, reason } = issue;
  if (reason) return t(`validation.${reason}`, { field });
  if (code === 'too_big' && maximum !== undefined) {
    if (origin === 'string') return t('validation.tooLong', { field, max: maximum });
    if (origin === 'array' || origin === 'set') return t('validation.tooMany', { field, max: maximum });
    return t('validation.tooBig', { field, max: maximum });
  }
  if (code === 'too_small' && minimum !== undefined) {
    if (origin === 'string') return minimum <= 1 ? t('validation.required', { field }) : t('validation.tooShort', { field, min: minimum });
    if (origin === 'array' || origin === 'set') return t('validation.tooFew', { field, min: minimum });
    return t('validation.tooSmall', { field, min: minimum });
  }
  if (issue.format === HTTPS_URL_FORMAT) return t('validation.httpsUrl', { field });
  if (issue.format === 'date') return t('validation.date', { field });
  return t('validation.invalid', { field });
}
