import { browser } from 'wxt/browser';
import { compileTool, mergeRuleSets } from '../contexts/compile';
import { rulesKey, type RuleSet, type StoredRules } from '../contexts/rule-format';
import type { ToolBase, ToolDef } from '../contexts/types';

/**
 * The tool with the rules to use on this page load: the built-in ones, with an installed update
 * (checked by extension code before it was stored) laid over them. Anything odd falls back to
 * the built-in rules, so a broken update can never stop detection.
 */
export async function loadTool(base: ToolBase, builtin: RuleSet): Promise<ToolDef> {
  try {
    const key = rulesKey(base.id);
    const stored = (await browser.storage.local.get(key))[key] as StoredRules | undefined;
    if (stored?.rules?.tool === base.id && Array.isArray(stored.rules.contexts)) return compileTool(base, mergeRuleSets(builtin, stored.rules));
  } catch {
    // Fall through to the built-in rules.
  }
  return compileTool(base, builtin);
}
