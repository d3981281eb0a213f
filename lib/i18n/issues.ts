import type { MessageKey } from './en';
import type { Translate } from './translate';
import { HTTPS_URL_FORMAT } from '../schemas/tip';

/** What a validation problem is about, kept as plain data so it can be shown in any language later. */
export interface IssueInfo {
  path: (string | number)[];
  code: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
  /** What a string should have looked like (`date`, `https-url`), for a sentence that says so. */
  format?: string;
}

/** Plain data from a zod issue (zod stays out of the components). */
export function toIssueInfo(issue: { path: PropertyKey[]; code: string; origin?: unknown; minimum?: unknown; maximum?: unknown; format?: unknown; params?: unknown }): IssueInfo {
  const num = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined);
  // Built-in formats say so on the issue; our own refinements carry theirs in `params`.
  const format = typeof issue.format === 'string' ? issue.format : (issue.params as { format?: unknown } | undefined)?.format;
  return {
    path: issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number'),
    code: issue.code,
    origin: typeof issue.origin === 'string' ? issue.origin : undefined,
    minimum: num(issue.minimum),
    maximum: num(issue.maximum),
    ...(typeof format === 'string' ? { format } : {}),
  };
}

const FIELDS = ['title', 'why', 'steps', 'minutes', 'level', 'tags', 'lang', 'tool', 'contexts', 'locator', 'id', 'author', 'name', 'pack', 'translations', 'source', 'checkedAt'] as const;

/** The field an issue is about, in words: "Title", "Step 2", "Tag 1". */
export function fieldName(t: Translate, path: readonly (string | number)[]): string {
  const [first, second] = path;
  if (first === 'steps' && typeof second === 'number') return t('field.step', { n: second + 1 });
  if (first === 'tags' && typeof second === 'number') return t('field.tag', { n: second + 1 });
  if (first === 'contexts' && typeof second === 'number') return t('field.context', { n: second + 1 });
  if (typeof first === 'string' && (FIELDS as readonly string[]).includes(first)) return t(`field.${first}` as MessageKey);
  return t('field.other', { name: path.join('.') || '—' });
}

/** One translated sentence for a validation problem, naming the field: "Title is too long — 70 characters at most". */
export function issueMessage(t: Translate, issue: IssueInfo): string {
  const field = fieldName(t, issue.path);
  const { code, origin, minimum, maximum } = issue;
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
