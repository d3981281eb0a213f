import { describe, expect, it } from 'vitest';
import type { ContextReport } from '../messaging/protocol';
import { forgetFrame, forgetTab, knownTabIds, readTabContext, recordReport } from './tab-store';

const feed: ContextReport = { detected: { tool: 'linkedin', contexts: ['linkedin.feed'] }, url: 'https://www.linkedin.com/feed/', title: 'Feed' };
const edit: ContextReport = { detected: { tool: 'linkedin', contexts: ['linkedin.profile.edit'] }, url: 'https://www.linkedin.com/in/x/edit/intro/', title: 'Edit' };

describe('tab store (storage.session)', () => {
  it('keeps each tab’s context and reports what changed', async () => {
    expect(await recordReport(1, 0, feed)).toEqual({ before: null, after: feed });
    expect(await recordReport(1, 0, edit)).toEqual({ before: feed, after: edit });
    await recordReport(2, 0, feed);
    expect(await readTabContext(1)).toEqual(edit);
    expect((await knownTabIds()).sort()).toEqual([1, 2]);
  });

  it('serialises concurrent reports from the frames of one tab', async () => {
    const frame: ContextReport = { detected: { tool: 'excel', contexts: ['excel.formulas', 'excel.workbook'] }, url: 'https://excel.officeapps.live.com/x/', title: '' };
    const host: ContextReport = { detected: { tool: 'excel', contexts: ['excel.workbook'] }, url: 'https://www.office.com/launch/excel', title: 'Excel' };
    await Promise.all([recordReport(5, 0, host), recordReport(5, 3, frame)]);
    expect(await readTabContext(5)).toEqual({ detected: frame.detected, url: host.url, title: host.title });
  });

  it('forgets a page when its top frame goes and a tab when it closes', async () => {
    await recordReport(3, 0, feed);
    expect((await forgetFrame(3, 0)).after).toBeNull();
    await recordReport(4, 0, feed);
    await forgetTab(4);
    expect(await readTabContext(4)).toBeNull();
  });
});
