import { describe, expect, it } from 'vitest';
import { sourceLinkOf } from './source';

describe('a tip’s source link', () => {
  it('names the site and the check date in the UI language', () => {
    const tip = { source: 'https://www.linkedin.com/help/linkedin/answer/a6278444', checkedAt: '2026-11-29' };
    expect(sourceLinkOf(tip, 'en')).toEqual({ href: tip.source, host: 'linkedin.com', checkedOn: 'November 29, 2026' });
    expect(sourceLinkOf(tip, 'de')?.checkedOn).toBe('29. November 2026');
    expect(sourceLinkOf({ source: 'https://support.microsoft.com/en-us/excel/create-and-manage-sheet-views-in-excel' }, 'de')).toEqual({ href: 'https://support.microsoft.com/en-us/excel/create-and-manage-sheet-views-in-excel', host: 'support.microsoft.com' });
  });

  it('shows nothing for a missing source or one that is not an https: link', () => {
    expect(sourceLinkOf({}, 'en')).toBeNull();
    for (const source of ['http://example.org/', 'javascript:alert(1)', '/relative', 'mailto:a@b.org']) expect(sourceLinkOf({ source }, 'en'), source).toBeNull();
  });
});
