import { describe, expect, it } from 'vitest';
import type { ContextReport } from '../messaging/protocol';
import { mergeFrames, withoutFrame, withReport } from './frames';

const host: ContextReport = { detected: { tool: 'excel', contexts: ['excel.workbook'] }, url: 'https://www.office.com/launch/excel', title: 'Budget.xlsx' };
const frame: ContextReport = {
  detected: { tool: 'excel', contexts: ['excel.formulas', 'excel.workbook'] },
  url: 'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx',
  title: 'Excel',
};

describe('mergeFrames', () => {
  it('takes the most specific frame, with the top frame’s URL and title', () => {
    const state = withReport(withReport(undefined, 0, host, 1), 7, frame, 2);
    expect(mergeFrames(state)).toEqual({ detected: frame.detected, url: host.url, title: host.title });
  });

  it('never lets a subframe of another tool take over the page', () => {
    const linkedin: ContextReport = { detected: { tool: 'linkedin', contexts: ['linkedin.feed'] }, url: 'https://www.linkedin.com/feed/', title: 'Feed' };
    const embedded: ContextReport = { detected: { tool: 'tableau', contexts: ['tableau.public.viz'] }, url: 'https://public.tableau.com/views/x/y', title: '' };
    const state = withReport(withReport(undefined, 0, linkedin, 1), 3, embedded, 2);
    expect(mergeFrames(state)?.detected?.tool).toBe('linkedin');
  });

  it('forgets subframes with their top document', () => {
    const state = withReport(withReport(undefined, 0, host, 1), 7, frame, 2);
    expect(mergeFrames(withoutFrame(state, 7))?.detected).toEqual(host.detected);
    expect(mergeFrames(withoutFrame(state, 0))).toBeNull();
  });

  it('is null for a tab nobody reported about', () => {
    expect(mergeFrames(undefined)).toBeNull();
  });
});
