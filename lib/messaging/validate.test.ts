import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextReportSchema } from './validate';

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
