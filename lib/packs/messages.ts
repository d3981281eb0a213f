import { issueMessage } from '../i18n/issues';
import type { Translate } from '../i18n/translate';
import type { PackProblem, RejectReason } from './import-pack';

/** A refused pack file, in one translated sentence. */
export function packProblemMessage(t: Translate, problem: PackProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('packs.error.tooLarge', { max: Math.round(problem.maxBytes / 1_000_000) });
    case 'tooNew':
      return t('packs.error.tooNew', { version: problem.version });
    case 'tooManyTips':
      return t('packs.error.tooManyTips', { max: problem.max });
    case 'invalid':
      return t('packs.error.invalid', { problem: issueMessage(t, problem.issue) });
    default:
      return t(`packs.error.${problem.code}`);
  }
}

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
