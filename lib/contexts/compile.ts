import type { ConditionData, RuleSet, SignalData } from './rule-format';
import type { Condition, ContextId, DomSignal, ToolBase, ToolDef } from './types';

const pattern = (source: string) => new RegExp(source, 'i');

function compileSignal(s: SignalData): DomSignal {
  return {
    selector: s.selector,
    ...(s.name !== undefined ? { name: pattern(s.name) } : {}),
    ...(s.text !== undefined ? { text: pattern(s.text) } : {}),
    ...(s.focused ? { focused: true } : {}),
  };
}

function compileCondition(c: ConditionData): Condition {
  return {
    ...(c.host !== undefined ? { host: pattern(c.host) } : {}),
    ...(c.path !== undefined ? { path: pattern(c.path) } : {}),
    ...(c.any ? { any: c.any.map(compileSignal) } : {}),
    ...(c.none ? { none: c.none.map(compileSignal) } : {}),
  };
}

/** Turns a tool's rule set (JSON data) into what detection runs. Throws on a bad pattern. */
export function compileTool(base: ToolBase, rules: RuleSet): ToolDef {
  return {
    ...base,
    contexts: rules.contexts.map((r) => ({ id: r.id as ContextId, specificity: r.specificity, when: r.when.map(compileCondition) })),
    shadowHosts: rules.shadowHosts ?? [],
    regions: rules.regions ?? [],
    rulesVersion: rules.version,
  };
}

/**
 * The built-in rules with an update laid over them: the update's contexts replace the built-in
 * ones with the same id, the built-in rules it does not name still apply.
 */
export function mergeRuleSets(builtin: RuleSet, update: RuleSet | undefined): RuleSet {
  if (!update || update.tool !== builtin.tool || update.version <= builtin.version) return builtin;
  const byId = new Map(update.contexts.map((c) => [c.id, c]));
  return {
    ...builtin,
    version: update.version,
    shadowHosts: update.shadowHosts ?? builtin.shadowHosts,
    regions: update.regions ?? builtin.regions,
    contexts: builtin.contexts.map((c) => byId.get(c.id) ?? c),
  };
}
