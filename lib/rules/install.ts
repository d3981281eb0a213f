import { browser } from 'wxt/browser';
import { chatgptRules } from '../contexts/rules/chatgpt';
import { excelRules } from '../contexts/rules/excel';
import { linkedinRules } from '../contexts/rules/linkedin';
import { tableauRules } from '../contexts/rules/tableau';
import { rulesKey, type RuleSet, type StoredRules } from '../contexts/rule-format';
import { contextIdsOf } from '../contexts/tools';
import { builtinToolIds, isBuiltinToolId, type BuiltinToolId } from '../contexts/types';
import { checkRuleSet, type RulesProblem } from '../schemas/rules';

/** At most one rule set per built-in tool in a pack or policy. */
export const MAX_RULE_SETS = builtinToolIds.length;

/** The rules each tool ships with. */
export const builtinRules: Record<BuiltinToolId, RuleSet> = { linkedin: linkedinRules, excel: excelRules, tableau: tableauRules, chatgpt: chatgptRules };

/** What a rule set in a pack or policy would do: be installed, or be left alone as not newer than what is in use. */
export interface RulesPlan {
  tool: BuiltinToolId;
  version: number;
  /** The version in use now (an installed update, or the built-in rules). */
  current: number;
  action: 'install' | 'current' | 'older';
  contexts: number;
  rules: RuleSet;
}

export type RulesPlanResult = { ok: true; plans: RulesPlan[] } | { ok: false; problem: RulesProblem; index: number };

const known = (tool: string) => (isBuiltinToolId(tool) ? contextIdsOf(tool) : []);

/** The rule updates installed now, per tool. */
export async function readInstalledRules(): Promise<Partial<Record<BuiltinToolId, StoredRules>>> {
  const stored = await browser.storage.local.get(builtinToolIds.map(rulesKey));
  const out: Partial<Record<BuiltinToolId, StoredRules>> = {};
  for (const tool of builtinToolIds) {
    const value = stored[rulesKey(tool)] as StoredRules | undefined;
    if (value?.rules) out[tool] = value;
  }
  return out;
}

/**
 * Checks every rule set for the built-in tools of a pack or policy and says what installing them
 * would do; one bad set refuses all of them (and with them the pack). A taught tool's rules are not
 * an update: they come in a mentor's pack (`planCustomTools`), never by policy. Reads only.
 */
export async function planRules(raw: unknown): Promise<RulesPlanResult> {
  if (raw === undefined) return { ok: true, plans: [] };
  if (!Array.isArray(raw) || raw.length > MAX_RULE_SETS) return { ok: false, problem: { code: 'notRules' }, index: 0 };
  const installed = await readInstalledRules();
  const plans: RulesPlan[] = [];
  const seen = new Set<string>();
  for (const [index, item] of raw.entries()) {
    const checked = checkRuleSet(item, known);
    if (!checked.ok) return { ok: false, problem: checked.problem, index };
    const { rules } = checked;
    if (!isBuiltinToolId(rules.tool)) return { ok: false, problem: { code: 'taughtTool' }, index };
    const tool = rules.tool;
    if (seen.has(tool)) return { ok: false, problem: { code: 'notRules' }, index };
    seen.add(tool);
    const current = Math.max(builtinRules[tool].version, installed[tool]?.rules.version ?? 0);
    const action = rules.version > current ? 'install' : rules.version === current ? 'current' : 'older';
    plans.push({ tool, version: rules.version, current, action, contexts: rules.contexts.length, rules });
  }
  return { ok: true, plans };
}

/** Stores the planned updates that are newer than what is in use; content scripts use them from the next page load. */
export async function installRules(plans: readonly RulesPlan[], source: StoredRules['source'], from: string, now = Date.now()): Promise<number> {
  const items: Record<string, StoredRules> = {};
  for (const plan of plans) if (plan.action === 'install') items[rulesKey(plan.tool)] = { rules: plan.rules, source, from, installedAt: now };
  if (Object.keys(items).length > 0) await browser.storage.local.set(items);
  return Object.keys(items).length;
}

/**
 * Takes back the rule updates a pack brought when the pack is removed: the built-in rules (or a
 * programme's, which policy installs again) apply again from the next page load. Returns how many.
 */
export async function removeRulesFrom(source: StoredRules['source'], from: string): Promise<number> {
  const installed = await readInstalledRules();
  const keys = builtinToolIds.filter((tool) => installed[tool]?.source === source && installed[tool]?.from === from).map(rulesKey);
  if (keys.length > 0) await browser.storage.local.remove(keys);
  return keys.length;
}

/** The rule set in use per tool: its version and where it came from. */
export async function rulesInUse(): Promise<Record<BuiltinToolId, { version: number; source: 'builtin' | StoredRules['source']; from?: string }>> {
  const installed = await readInstalledRules();
  const out = {} as Record<BuiltinToolId, { version: number; source: 'builtin' | StoredRules['source']; from?: string }>;
  for (const tool of builtinToolIds) {
    const update = installed[tool];
    out[tool] =
      update && update.rules.version > builtinRules[tool].version ? { version: update.rules.version, source: update.source, from: update.from } : { version: builtinRules[tool].version, source: 'builtin' };
  }
  return out;
}
