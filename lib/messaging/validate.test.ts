import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextReportSchema, isTrustedTaughtReport } from './validate';

describe('contextReportSchema', () => {
  it('accepts what our content scripts send', () => {
    const report = { detected: { tool: 'linkedin', contexts: ['linkedin.profile.edit', 'linkedin.profile.own'] }, url: 'https://www.linkedin.com/in/x/edit/intro/', title: 'LinkedIn' };
    expect(contextReportSchema.parse(report)).toEqual(report);
    expect(contextReportSchema.parse({ detected: null, url: 'https://contoso.sharepoint.com/', title: '' }).detected).toBeNull();
  });

  it('rejects contexts of another tool, unknown contexts, odd URLs and extra fields', () => {
    const bad = [
      { detected: { tool: 'linkedin', contexts: ['excel.formulas'] }, url: 'https://www.linkedin.com/', title: '' },
      { detected: { tool: 'linkedin', contexts: ['linkedin.secret-admin'] }, url: 'https://www.linkedin.com/', title: '' },
      { detected: null, url: 'javascript:alert(1)', title: '' },
      { detected: null, url: 'https://www.linkedin.com/', title: '', extra: true },
      { detected: null, url: 'https://www.linkedin.com/', title: 'x'.repeat(501) },
    ];
    for (const value of bad) expect(contextReportSchema.safeParse(value).success).toBe(false);
  });

  it('never throws on arbitrary garbage', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => contextReportSchema.safeParse(value)).not.toThrow();
      }),
    );
  });
});

describe('isTrustedTaughtReport', () => {
  const rules = { format: 'tandem-tips/rules', formatVersion: 2, tool: 'custom-expenses-k3f9', version: 2, name: 'Expenses', hosts: ['expenses.example.com'], contexts: [{ id: 'custom-expenses-k3f9.reports', name: 'Reports', specificity: 3, when: [{ host: '^expenses\\.example\\.com$', path: '^/reports' }] }] };
  const published = { 'custom-expenses-k3f9': { rules, hosts: ['expenses.example.com'] } };
  const detected = { tool: 'custom-expenses-k3f9', contexts: ['custom-expenses-k3f9.reports'] };

  it('believes a taught tool only on a site it is allowed on, and only for its own places', () => {
    expect(isTrustedTaughtReport(detected, 'https://expenses.example.com/reports', published)).toBe(true);
    expect(isTrustedTaughtReport({ ...detected, contexts: [] }, 'https://expenses.example.com/', published)).toBe(true);
    // Another site claiming to be the tool, a place the tool does not have, nothing published.
    expect(isTrustedTaughtReport(detected, 'https://evil.example/reports', published)).toBe(false);
    expect(isTrustedTaughtReport({ ...detected, contexts: ['custom-expenses-k3f9.admin'] }, 'https://expenses.example.com/', published)).toBe(false);
    expect(isTrustedTaughtReport(detected, 'https://expenses.example.com/reports', {})).toBe(false);
    expect(isTrustedTaughtReport(detected, undefined, published)).toBe(false);
  });

  it('lets a taught tool’s report through the schema with its own place ids', () => {
    expect(contextReportSchema.safeParse({ detected, url: 'https://expenses.example.com/reports', title: 'Reports' }).success).toBe(true);
    expect(contextReportSchema.safeParse({ detected: { tool: 'custom-expenses-k3f9', contexts: ['linkedin.feed'] }, url: 'https://expenses.example.com/', title: '' }).success).toBe(false);
  });
});
