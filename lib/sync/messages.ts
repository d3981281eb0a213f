import { tableName } from '../files/messages';
import { issueMessage, type IssueInfo } from '../i18n/issues';
import type { Translate } from '../i18n/translate';
import type { SyncErrorCode } from './errors';

/**
 * Why sync stopped or refused a document, in the UI language. A refused record's field problem
 * goes through the same sentences as a file's ("Title is too long — 70 characters at most"),
 * never zod's English.
 */
export function syncErrorMessage(t: Translate, code: SyncErrorCode, params: Record<string, string | number> = {}, issue?: IssueInfo): string {
  if ((code === 'invalid' || code === 'futureClock') && issue) {
    const problem = issueMessage(t, issue);
    const table = typeof params.table === 'string' ? tableName(t, params.table) : undefined;
    if (code === 'futureClock') return t('sync.error.futureClock', { table: table ?? '—', problem });
    return table ? t('sync.error.invalidRecord', { table, problem }) : t('sync.error.invalid', { problem });
  }
  return t(`sync.error.${code}`, { field: '', server: '', kb: 0, problem: '', detail: '', table: '', ...params });
}
