import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { parse as parseSelector, type Selector } from 'css-what';
import { z } from 'zod';
import { toolIds } from '../contexts/types';
import { RULES_FORMAT, RULES_FORMAT_VERSION, type RuleSet } from '../contexts/rule-format';
import { firstIssue, type IssueInfo } from '../i18n/issues';

/** Limits that keep a rule set cheap on every page load, whoever wrote it. */
export const RULE_LIMITS = {
  contexts: 40,
  conditions: 8,
  signals: 12,
  totalSignals: 200,
  selectorLength: 400,
  selectorParts: 40,
  selectorList: 8,
  hasPerSelector: 2,
  pseudoDepth: 3,
  patternLength: 500,
  unboundedPerPattern: 3,
  boundedMax: 100,
  shadowHosts: 4,
  regions: 8,
} as const;

const selector = z.string().trim().min(1).max(RULE_LIMITS.selectorLength);
const pattern = z.string().min(1).max(RULE_LIMITS.patternLength);

const signalSchema = z.strictObject({ selector, name: pattern.optional(), text: pattern.optional(), focused: z.boolean().optional() });
const conditionSchema = z
  .strictObject({
    host: pattern.optional(),
    path: pattern.optional(),
    any: z.array(signalSchema).min(1).max(RULE_LIMITS.signals).optional(),
    none: z.array(signalSchema).min(1).max(RULE_LIMITS.signals).optional(),
  })
  .refine((c) => c.host || c.path || c.any, { error: 'A condition needs a host, a path or a signal' });

/** A rule set as a file carries it: declarative data only, every string and list bounded. */
export const ruleSetSchema = z.strictObject({
  format: z.literal(RULES_FORMAT),
  formatVersion: z.literal(RULES_FORMAT_VERSION),
  tool: z.enum(toolIds),
  version: z.number().int().min(1).max(1_000_000),
  shadowHosts: z.array(selector).max(RULE_LIMITS.shadowHosts).optional(),
  regions: z.array(selector).max(RULE_LIMITS.regions).optional(),
  contexts: z
    .array(
      z.strictObject({
        id: z.string().max(80).regex(/^[a-z]+(\.[a-z0-9-]+)+$/),
        specificity: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        when: z.array(conditionSchema).min(1).max(RULE_LIMITS.conditions),
      }),
    )
    .min(1)
    .max(RULE_LIMITS.contexts),
}) satisfies z.ZodType<RuleSet>;

/** Why a rule set was refused, as data (translated by `rulesProblemMessage`). */
export type RulesProblem =
  | { code: 'notRules' }
  | { code: 'formatVersion'; version: number }
  | { code: 'unknownTool'; tool: string }
  | { code: 'unknownContext'; context: string }
  | { code: 'invalid'; issue: IssueInfo }
  | { code: 'selector'; where: string }
  | { code: 'complexSelector'; where: string }
  | { code: 'pattern'; where: string }
  | { code: 'unsafePattern'; where: string }
  | { code: 'tooManySignals'; max: number };

export type RulesCheck = { ok: true; rules: RuleSet } | { ok: false; problem: RulesProblem };

const PSEUDOS = new Set(['not', 'is', 'where', 'has', 'first-child', 'last-child', 'only-child', 'nth-child', 'nth-of-type', 'first-of-type', 'last-of-type', 'empty', 'checked', 'disabled', 'enabled', 'focus', 'focus-within']);

/** Does a selector parse, and is it cheap enough: few parts, a short list, no `:has()` inside `:has()`? */
export function checkSelector(text: string): 'ok' | 'syntax' | 'complex' {
  let list: Selector[][];
  try {
    list = parseSelector(text);
  } catch {
    return 'syntax';
  }
  if (list.length > RULE_LIMITS.selectorList) return 'complex';
  let parts = 0;
  let verdict: 'ok' | 'syntax' | 'complex' = 'ok';
  const walk = (selectors: Selector[][], depth: number, inHas: boolean) => {
    for (const compound of selectors) {
      let has = 0;
      for (const part of compound) {
        parts++;
        if (part.type === 'pseudo-element') verdict = 'syntax';
        if (part.type !== 'pseudo') continue;
        if (!PSEUDOS.has(part.name)) verdict = 'syntax';
        if (part.name === 'has' && (inHas || ++has > RULE_LIMITS.hasPerSelector)) verdict = 'complex';
        if (Array.isArray(part.data)) {
          if (depth + 1 > RULE_LIMITS.pseudoDepth) verdict = 'complex';
          else walk(part.data, depth + 1, inHas || part.name === 'has');
        }
      }
    }
  };
  walk(list, 0, false);
  if (parts > RULE_LIMITS.selectorParts) return 'complex';
  // Where a DOM is at hand (extension pages), the browser's own parser has the last word.
  if (verdict === 'ok' && typeof document !== 'undefined') {
    try {
      document.createDocumentFragment().querySelector(text);
    } catch {
      return 'syntax';
    }
  }
  return verdict;
}

/**
 * Does a pattern compile, and can it not backtrack catastrophically? Refused: back-references,
 * a repeated group that holds another repetition or alternatives (`(a+)+`, `(a|a)*`), huge
 * counted repetitions, and more than three open-ended runs of any character (`.*`). Inputs are capped too
 * (names 300, paths 2,000 characters), which bounds what remains.
 */
export function checkPattern(source: string): 'ok' | 'syntax' | 'unsafe' {
  let ast;
  try {
    new RegExp(source, 'i');
    ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: false });
  } catch {
    return 'syntax';
  }
  let verdict: 'ok' | 'unsafe' = 'ok';
  let unbounded = 0;
  visitRegExpAST(ast, {
    onBackreferenceEnter: () => {
      verdict = 'unsafe';
    },
    onQuantifierEnter: (q) => {
      if (q.max !== Infinity && q.max > RULE_LIMITS.boundedMax) verdict = 'unsafe';
      if (q.max === Infinity || q.max > 1) {
        // Open-ended runs of any character in sequence backtrack polynomially (`.*a.*b.*c.*d`).
        if (q.max === Infinity && q.element.type === 'CharacterSet' && q.element.kind === 'any') unbounded++;
        let inner = false;
        visitRegExpAST(q.element, {
          onQuantifierEnter: (n) => {
            if (n.max > 1) inner = true;
          },
          onAlternativeEnter: (a) => {
            if ('alternatives' in a.parent && a.parent.alternatives.length > 1) inner = true;
          },
        });
        if (inner) verdict = 'unsafe';
      }
    },
  });
  if (unbounded > RULE_LIMITS.unboundedPerPattern) return 'unsafe';
  return verdict;
}

/**
 * Checks untrusted rule set data completely before anything stores it: the format, the tool and
 * its known places, every limit, every selector and pattern. Runs in extension pages and the
 * background, never in page code.
 */
export function checkRuleSet(raw: unknown, knownContexts: (tool: string) => readonly string[]): RulesCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== RULES_FORMAT) return { ok: false, problem: { code: 'notRules' } };
  const head = raw as { formatVersion?: unknown; tool?: unknown };
  if (head.formatVersion !== RULES_FORMAT_VERSION) return { ok: false, problem: { code: 'formatVersion', version: Number(head.formatVersion) || 0 } };
  if (typeof head.tool !== 'string' || !(toolIds as readonly string[]).includes(head.tool)) return { ok: false, problem: { code: 'unknownTool', tool: String(head.tool).slice(0, 40) } };
  // Count before parsing: 10,000 selectors are refused without checking each one.
  const contexts = (raw as { contexts?: unknown }).contexts;
  let total = 0;
  if (Array.isArray(contexts))
    for (const c of contexts.slice(0, RULE_LIMITS.contexts + 1))
      for (const w of Array.isArray(c?.when) ? c.when.slice(0, RULE_LIMITS.conditions + 1) : [])
        total += (Array.isArray(w?.any) ? w.any.length : 0) + (Array.isArray(w?.none) ? w.none.length : 0);
  if (total > RULE_LIMITS.totalSignals) return { ok: false, problem: { code: 'tooManySignals', max: RULE_LIMITS.totalSignals } };
  const parsed = ruleSetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', issue: firstIssue(parsed.error) } };
  const rules = parsed.data;
  const known = knownContexts(rules.tool);
  for (const s of [...(rules.shadowHosts ?? []), ...(rules.regions ?? [])]) {
    const verdict = checkSelector(s);
    if (verdict !== 'ok') return { ok: false, problem: { code: verdict === 'syntax' ? 'selector' : 'complexSelector', where: rules.tool } };
  }
  for (const c of rules.contexts) {
    if (!known.includes(c.id)) return { ok: false, problem: { code: 'unknownContext', context: c.id } };
    for (const w of c.when) {
      for (const p of [w.host, w.path])
        if (p !== undefined) {
          const verdict = checkPattern(p);
          if (verdict !== 'ok') return { ok: false, problem: { code: verdict === 'syntax' ? 'pattern' : 'unsafePattern', where: c.id } };
        }
      for (const s of [...(w.any ?? []), ...(w.none ?? [])]) {
        const sel = checkSelector(s.selector);
        if (sel !== 'ok') return { ok: false, problem: { code: sel === 'syntax' ? 'selector' : 'complexSelector', where: c.id } };
        for (const p of [s.name, s.text])
          if (p !== undefined) {
            const verdict = checkPattern(p);
            if (verdict !== 'ok') return { ok: false, problem: { code: verdict === 'syntax' ? 'pattern' : 'unsafePattern', where: c.id } };
          }
      }
    }
  }
  return { ok: true, rules };
}
