import { z } from 'zod';
import { firstIssue, issueMessage } from '../i18n/issues';
import { isMessageKey, type Translate } from '../i18n/translator';
import { messageOf } from '../errors/message-of';
import { FileError } from './file-error';
import { rulesProblemMessage } from '../packs/messages';

const MB = 1024 * 1024;

/** A table of the database or of a file, as people know it ("Notes and questions"). */
export function tableName(t: Translate, table: string): string {
  // An exchange file's `progress` is the partner's progress here.
  const key = `backup.table.${table === 'progress' ? 'partnerProgress' : table}`;
  return isMessageKey(key) ? t(key) : table.slice(0, 60);
}

/** What is wrong with a file, in one or two translated sentences, ending with "Nothing was changed." where that holds. */
export function fileErrorMessage(t: Translate, error: FileError): string {
  const { details: d, code } = error;
  const kind = t(`files.kind.${error.kind}`);
  let text: string;
  switch (code) {
    case 'needPassphrase':
      return t('files.error.needPassphrase');
    case 'tooLarge':
      text = t('files.error.tooLarge', { mb: Math.ceil((d.bytes ?? 0) / MB), kind, max: Math.round((d.maxBytes ?? 0) / MB) });
      break;
    case 'notOurs':
      text = t('files.error.notOurs', { kind });
      break;
    case 'wrongKind': {
      const found = d.found ?? error.kind;
      text = t('files.error.wrongKind', { found: t(`files.kind.${found}`), where: t(`files.where.${found}`) });
      break;
    }
    case 'futureVersion':
    case 'futureDb':
      text = t(`files.error.${code}`, { version: d.version ?? 0, supported: d.supported ?? 0 });
      break;
    case 'invalid': {
      const problem = issueMessage(t, d.issue ?? { path: [], code: 'custom' });
      text = d.table !== undefined && d.row !== undefined ? t('files.error.invalidRecord', { row: d.row, table: tableName(t, d.table), problem }) : t('files.error.invalid', { problem });
      break;
    }
    case 'unknownTable':
      text = t('files.error.unknownTable', { table: d.table ?? '' });
      break;
    case 'rules':
      text = t('files.error.rules', { problem: d.rulesProblem ? rulesProblemMessage(t, d.rulesProblem) : '' });
      break;
    default:
      text = t(`files.error.${code}`);
  }
  return `${text} ${t('files.nothingChanged')}`;
}

/**
 * Any failure of an import, restore or save as a translated sentence: a file says exactly what is
 * wrong, a form names the field (never zod's own English text), anything else goes in `key`.
 */
export function explainFailure(t: Translate, error: unknown, key: 'error.generic' | 'error.storage' = 'error.generic'): string {
  if (error instanceof FileError) return fileErrorMessage(t, error);
  if (error instanceof z.ZodError) return issueMessage(t, firstIssue(error));
  return t(key, { message: messageOf(error) });
}
