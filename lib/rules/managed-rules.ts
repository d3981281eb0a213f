import { installRules, planRules, type RulesPlanResult } from './install';

/** The policy keys that can carry page rules. */
export const MANAGED_RULES_KEYS = ['contextRulesJson', 'contextRules'] as const;

/** What became of the policy's page rules. */
export type ManagedRulesResult = { status: 'none' } | { status: 'installed'; count: number } | { status: 'refused'; result: Extract<RulesPlanResult, { ok: false }> };

/**
 * Installs the page rules a programme put in enterprise policy (`contextRulesJson`, the rule sets
 * as one JSON string, or else `contextRules`), checked exactly like rules in a tip pack; refused
 * as a whole when one set is bad.
 */
export async function installManagedRules(policy: Record<string, unknown>, now = Date.now()): Promise<ManagedRulesResult> {
  let raw: unknown = policy.contextRules;
  if (typeof policy.contextRulesJson === 'string' && policy.contextRulesJson.trim() !== '') {
    try {
      raw = JSON.parse(policy.contextRulesJson);
    } catch {
      return { status: 'refused', result: { ok: false, problem: { code: 'notRules' }, index: 0 } };
    }
  }
  if (raw === undefined || raw === null) return { status: 'none' };
  const plan = await planRules(raw);
  if (!plan.ok) return { status: 'refused', result: plan };
  return { status: 'installed', count: await installRules(plan.plans, 'policy', 'policy', now) };
}
