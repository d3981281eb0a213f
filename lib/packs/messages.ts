import { issueMessage } from '../i18n/issues';
import type { Translate } from '../i18n/translator';
import type { RejectReason } from './import-pack';
import { RULES_FORMAT_VERSION } from '../contexts/rule-format';
import type { RulesProblem } from '../schemas/rules';
import type { RulesPlan } from '../rules/install';
import { contextName, toolName, type CustomNames } from '../i18n/names';
import { isKnownContext } from '../contexts/tools';
import { isBuiltinToolId } from '../contexts/types';

/** Why a rule set was refused, as a translated clause (a taught tool's places named as its pack names them). */
export function rulesProblemMessage(t: Translate, problem: RulesProblem, custom?: CustomNames): string {
  switch (problem.code) {
    case 'formatVersion':
      return t('rules.problem.formatVersion', { version: problem.version, expected: RULES_FORMAT_VERSION });
    case 'unknownTool':
      return t('rules.problem.unknownTool', { tool: problem.tool });
    case 'unknownContext':
      return t('rules.problem.unknownContext', { context: problem.context });
    case 'invalid':
      return t('rules.problem.invalid', { problem: issueMessage(t, problem.issue) });
    case 'tooManySignals':
      return t('rules.problem.tooManySignals', { max: problem.max });
    case 'notRules':
      return t('rules.problem.notRules');
    case 'taughtTool':
      return t('rules.problem.taughtTool');
    case 'builtinHost':
      return t('rules.problem.builtinHost', { host: problem.host });
    case 'toolOfOtherPack':
      return t('rules.problem.toolOfOtherPack', { name: problem.name });
    default: {
      // Name the place (or tool) as the person knows it, not by its id.
      const { where } = problem;
      const named = isKnownContext(where) ? contextName(t, where, custom) : isBuiltinToolId(where) ? toolName(t, where) : (custom?.place(where) ?? where);
      return t(`rules.problem.${problem.code}`, { where: named });
    }
  }
}

/** What a pack's rule set will do, in one translated sentence. */
export function rulesPlanMessage(t: Translate, plan: RulesPlan): string {
  const args = { tool: toolName(t, plan.tool), version: plan.version, current: plan.current, count: plan.contexts };
  return t(`rules.preview.${plan.action}`, args);
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
