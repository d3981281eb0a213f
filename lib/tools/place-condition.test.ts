import { describe, expect, it } from 'vitest';
import { checkPattern, checkSelector } from '../schemas/rules';
import { describeSignal, patternMatches, patternToRegex, proposePattern, regexToPattern, signalFromLocator } from './place-condition';

describe('a place by its address', () => {
  it.each([
    ['https://expenses.intranet.example/reports', '/reports'],
    ['https://expenses.intranet.example/reports/4711/edit?tab=2#top', '/reports/*/edit?tab=*'],
    ['https://expenses.intranet.example/trips/3f2b8c1e-9a4d-4e6b-8f00-1c2d3e4f5a6b', '/trips/*'],
    ['https://expenses.intranet.example/claims/EXP2026A17/receipts', '/claims/*/receipts'],
    ['https://expenses.intranet.example/', '/'],
  ])('proposes a pattern for %s with ids and query values generalised', (url, pattern) => {
    expect(proposePattern(url)).toBe(pattern);
    expect(patternMatches(pattern, url)).toBe(true);
  });

  it('matches other pages of the same kind and not different ones', () => {
    expect(patternMatches('/reports/*/edit', 'https://x.example/reports/12/edit/')).toBe(true);
    expect(patternMatches('/reports/*/edit', 'https://x.example/reports/12/edit?x=1')).toBe(true);
    expect(patternMatches('/reports/*/edit', 'https://x.example/reports/12/view')).toBe(false);
    expect(patternMatches('/reports/*/edit', 'https://x.example/reports/12/13/edit')).toBe(false);
    expect(patternMatches('/reports', 'https://x.example/reports/12')).toBe(false);
    expect(patternMatches('/', 'https://x.example/')).toBe(true);
    expect(patternMatches('/', 'https://x.example/reports')).toBe(false);
  });

  it('writes regexes the rule checks accept, and reads them back', () => {
    for (const pattern of ['/reports', '/reports/*/edit?tab=*', '/', '/a.b(c)/*']) {
      expect(checkPattern(patternToRegex(pattern)), pattern).toBe('ok');
      expect(regexToPattern(patternToRegex(pattern)), pattern).toBe(pattern);
    }
    expect(regexToPattern('^/hand-written$')).toBeUndefined();
  });
});

describe('a place by what is on the page', () => {
  const frame = { top: true, host: 'expenses.intranet.example' };
  it('uses role and name, finding a native dialog too, and says it in words', () => {
    const signal = signalFromLocator({ tag: 'dialog', role: 'dialog', name: 'New expense (draft)', label: 'New expense (draft)', frame });
    expect(signal).toEqual({ selector: 'dialog, [role="dialog"]', name: '^New expense \\(draft\\)$' });
    expect(checkSelector(signal!.selector)).toBe('ok');
    expect(checkPattern(signal!.name!)).toBe('ok');
    expect(describeSignal(signal!)).toEqual({ kind: 'named', role: 'dialog', name: 'New expense (draft)' });
  });

  it('falls back to a test attribute, then an id, else nothing', () => {
    const byAttr = signalFromLocator({ tag: 'div', testId: { attr: 'data-testid', value: 'receipt-upload' }, label: '', frame });
    expect(byAttr).toEqual({ selector: '[data-testid="receipt-upload"]' });
    expect(describeSignal(byAttr!)).toEqual({ kind: 'attr', attr: 'data-testid', value: 'receipt-upload' });
    const byId = signalFromLocator({ tag: 'section', id: 'approvals', label: '', frame });
    expect(describeSignal(byId!)).toEqual({ kind: 'id', id: 'approvals' });
    expect(signalFromLocator({ tag: 'div', css: 'main > div:nth-child(3)', label: 'x', frame })).toBeUndefined();
  });
});
