import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { parse as parseSelector, type Selector } from 'css-what';
import { z } from 'zod';
import { builtinToolIds, isBuiltinToolId, isCustomToolId } from '../contexts/types';
import { hostPattern, RULES_FORMAT, RULES_FORMAT_VERSION, RULES_FORMAT_VERSION_MIN, type RuleSet } from '../contexts/rule-format';
import { HOSTNAME, isBuiltinHost } from '../hosts/custom-hosts';
import { customToolIdSchema, langSchema } from './common';
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
  /** Sites one mentor-defined tool may run on. */
  hosts: 4,
  /** A mentor-defined tool's or place's name. */
  name: 60,
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

const nameSchema = z.string().trim().min(1).max(RULE_LIMITS.name);

/**
 * A rule set as a file carries it: declarative data only, every string and list bounded. Rule
 * updates for built-in tools have no names or hosts and at least one place; a mentor-defined tool
 * (format 2) has a name, the sites it runs on and a name for every place, and may have no place yet.
 */
export const ruleSetSchema = z
  .strictObject({
    format: z.literal(RULES_FORMAT),
    formatVersion: z.number().int().min(RULES_FORMAT_VERSION_MIN).max(RULES_FORMAT_VERSION),
    tool: z.union([z.enum(builtinToolIds), customToolIdSchema]),
    version: z.number().int().min(1).max(1_000_000),
    shadowHosts: z.array(selector).max(RULE_LIMITS.shadowHosts).optional(),
    regions: z.array(selector).max(RULE_LIMITS.regions).optional(),
    name: nameSchema.optional(),
    lang: langSchema.optional(),
    hosts: z.array(z.string().regex(HOSTNAME)).min(1).max(RULE_LIMITS.hosts).optional(),
    contexts: z
      .array(
        z.strictObject({
          id: z.string().max(80).regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/),
          name: nameSchema.optional(),
          specificity: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
          when: z.array(conditionSchema).min(1).max(RULE_LIMITS.conditions),
        }),
      )
      .max(RULE_LIMITS.contexts),
  })
  .superRefine((r, ctx) => {
    if (isCustomToolId(r.tool)) {
      if (r.formatVersion < 2) ctx.addIssue({ code: 'custom', path: ['formatVersion'], message: 'A taught tool needs rule format 2' });
      if (!r.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'A taught tool needs a name' });
      if (!r.hosts) ctx.addIssue({ code: 'custom', path: ['hosts'], message: 'A taught tool needs its sites' });
      r.contexts.forEach((c, i) => {
        if (!c.name) ctx.addIssue({ code: 'custom', path: ['contexts', i, 'name'], message: 'A taught place needs a name' });
      });
    } else {
      for (const key of ['name', 'lang', 'hosts'] as const) if (r[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'Built-in tools are named by Tandem Tips' });
      r.contexts.forEach((c, i) => {
        if (c.name !== undefined) ctx.addIssue({ code: 'custom', path: ['contexts', i, 'name'], message: 'Built-in places are named by Tandem Tips' });
      });
      if (r.contexts.length === 0) ctx.addIssue({ code: 'too_small', origin: 'array', minimum: 1, inclusive: true, path: ['contexts'], message: 'At least one place' });
    }
  }) satisfies z.ZodType<RuleSet>;

/** Why a rule set was refused, as data (translated by `rulesProblemMessage`). */
export type RulesProblem =
  | { code: 'notRules' }
  | { code: 'formatVersion'; version: number }
  | { code: 'unknownTool'; tool: string }
  | { code: 'unknownContext'; context: string }
  /** A mentor-defined tool claims a built-in tool's site (LinkedIn, Excel, Tableau, ChatGPT). */
  | { code: 'builtinHost'; host: string }
  /** A mentor-defined tool's place names a site the rule set does not declare. */
  | { code: 'undeclaredHost'; where: string }
  /** A taught tool's rules came by policy or as a rule update: they only come in a mentor's pack. */
  | { code: 'taughtTool' }
  /** A pack teaches a tool that another pack (or the mentor here) already taught. */
  | { code: 'toolOfOtherPack'; name: string }
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
  if (typeof head.formatVersion !== 'number' || head.formatVersion < RULES_FORMAT_VERSION_MIN || head.formatVersion > RULES_FORMAT_VERSION)
    return { ok: false, problem: { code: 'formatVersion', version: Number(head.formatVersion) || 0 } };
  if (typeof head.tool !== 'string' || !(isBuiltinToolId(head.tool) || isCustomToolId(head.tool))) return { ok: false, problem: { code: 'unknownTool', tool: String(head.tool).slice(0, 40) } };
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
  const custom = isCustomToolId(rules.tool);
  // A taught tool defines its own places; a built-in tool's update may only name places this build knows.
  const known = custom ? [] : knownContexts(rules.tool);
  const claimed = (rules.hosts ?? []).find(isBuiltinHost);
  if (claimed) return { ok: false, problem: { code: 'builtinHost', host: claimed } };
  const declared = new Set((rules.hosts ?? []).map(hostPattern));
  for (const s of [...(rules.shadowHosts ?? []), ...(rules.regions ?? [])]) {
    const verdict = checkSelector(s);
    if (verdict !== 'ok') return { ok: false, problem: { code: verdict === 'syntax' ? 'selector' : 'complexSelector', where: rules.tool } };
  }
  for (const c of rules.contexts) {
    if (custom ? !c.id.startsWith(`${rules.tool}.`) : !known.includes(c.id)) return { ok: false, problem: { code: 'unknownContext', context: c.id } };
    for (const w of c.when) {
      // A taught tool runs only on the sites it declared, and its rules say so: no pattern for any other site.
      if (custom && (w.host === undefined || !declared.has(w.host))) return { ok: false, problem: { code: 'undeclaredHost', where: c.name ?? c.id } };
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
