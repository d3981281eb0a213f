import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextIdsOf } from '../contexts/tools';
import { excelRules } from '../contexts/rules/excel';
import { linkedinRules } from '../contexts/rules/linkedin';
import { tableauRules } from '../contexts/rules/tableau';
import type { ToolId } from '../contexts/types';
import { checkPattern, checkRuleSet, checkSelector } from './rules';

const known = (tool: string) => contextIdsOf(tool as ToolId);
const update = (contexts: unknown[], extra: Record<string, unknown> = {}) => ({ format: 'tandem-tips/rules', formatVersion: 1, tool: 'linkedin', version: 9, contexts, ...extra });
const composer = (when: unknown[]) => ({ id: 'linkedin.post.composer', specificity: 4, when });

describe('rule set checks', () => {
  it('accepts the built-in rules, which ship in the same format', () => {
    for (const rules of [linkedinRules, excelRules, tableauRules]) {
      const round = JSON.parse(JSON.stringify(rules));
      expect(checkRuleSet(round, known)).toEqual({ ok: true, rules: round });
    }
  });

  it('refuses catastrophic patterns, keeps ordinary ones', () => {
    for (const bad of ['(a+)+$', '(a|aa)*b', '(.*a){20}', '(\\w+\\s?)*$', '(a)\\1', 'a{1,100000}', '.*a.*b.*c.*d']) expect(checkPattern(bad), bad).toBe('unsafe');
    for (const good of ['^(Edit intro|Intro bearbeiten)$', '^/in/[^/]+/', '^(?!public\\.tableau\\.com$).+$', '^/(feed/)?\\?(.*&)?shareActive=true']) expect(checkPattern(good), good).toBe('ok');
    expect(checkPattern('(unclosed')).toBe('syntax');
    expect(checkRuleSet(update([composer([{ path: '^(a+)+$' }])]), known)).toEqual({ ok: false, problem: { code: 'unsafePattern', where: 'linkedin.post.composer' } });
  });

  it('refuses bad and expensive selectors: syntax, :has() in :has(), long chains', () => {
    expect(checkSelector('[role="dialog"] [role="textbox"][aria-label]')).toBe('ok');
    expect(checkSelector('div:has(> p)')).toBe('ok');
    expect(checkSelector('div[')).toBe('syntax');
    expect(checkSelector('div:contains(x)')).toBe('syntax');
    expect(checkSelector('a:has(b:has(c))')).toBe('complex');
    expect(checkSelector('a:has(b):has(c):has(d)')).toBe('complex');
    expect(checkSelector(Array.from({ length: 41 }, () => 'div').join(' '))).toBe('complex');
    expect(checkRuleSet(update([composer([{ any: [{ selector: 'a:has(b:has(c:has(d)))' }] }])]), known)).toMatchObject({ ok: false, problem: { code: 'complexSelector' } });
  });

  it('refuses 10,000 selectors before looking at any of them', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ selector: `#x${i}` }));
    expect(checkRuleSet(update([composer([{ any: many }])]), known)).toEqual({ ok: false, problem: { code: 'tooManySignals', max: 200 } });
  });

  it('refuses other formats, older or newer format versions, unknown tools and places, and code', () => {
    expect(checkRuleSet({ format: 'x' }, known)).toEqual({ ok: false, problem: { code: 'notRules' } });
    expect(checkRuleSet(update([], { formatVersion: 0 }), known)).toEqual({ ok: false, problem: { code: 'formatVersion', version: 0 } });
    expect(checkRuleSet(update([], { tool: 'chatgpt' }), known)).toEqual({ ok: false, problem: { code: 'unknownTool', tool: 'chatgpt' } });
    expect(checkRuleSet(update([{ id: 'linkedin.brand-new', specificity: 2, when: [{ path: '^/x' }] }]), known)).toEqual({ ok: false, problem: { code: 'unknownContext', context: 'linkedin.brand-new' } });
    expect(checkRuleSet(update([composer([{ path: '^/x', script: 'alert(1)' }])]), known)).toMatchObject({ ok: false, problem: { code: 'invalid' } });
  });
});

describe('the README’s rule format example', () => {
  it('is a rule set that passes every check', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const block = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!)).find((b) => b.format === 'tandem-tips/rules');
    expect(block).toBeDefined();
    expect(checkRuleSet(block, known)).toEqual({ ok: true, rules: block });
  });
});
