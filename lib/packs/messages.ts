import { issueMessage } from '../i18n/issues';
import type { Translate } from '../i18n/translate';
import type { RejectReason } from './import-pack';

/** Why one tip was left out, as a translated phrase. */
export function rejectReasonMessage(t: Translate, reason: RejectReason): string {
  switch (reason.code) {
    case 'invalid':
      return issueMessage(t, reason.issue);
    case 'wrongTool':
      return t('packs.reject.wrongTool', { context: reason.context });
    default:
      return t(`packs.reject.${reason.code}`);
  }
}
