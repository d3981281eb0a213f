import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { aTip } from '../../test/builders';
import { getDb } from '@/lib/db/db';
import { markTipSeen } from '@/lib/tips/progress';
import { recordReport } from '@/lib/tabs/tab-store';
import { captureSelection } from './context-menu';
import { wireLearningByDoing } from './learning-by-doing';

const feed = { detected: { tool: 'linkedin' as const, contexts: ['linkedin.feed' as const] }, url: 'https://www.linkedin.com/feed/', title: 'Feed | LinkedIn' };
const composer = { ...feed, detected: { tool: 'linkedin' as const, contexts: ['linkedin.post.composer' as const, 'linkedin.feed' as const] } };

beforeEach(async () => {
  // The fake browser has no action API: record what the badge would show.
  vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue(undefined);
  vi.spyOn(browser.action, 'setTitle').mockResolvedValue(undefined);
  vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  await getDb().open();
});
afterEach(async () => {
  await Promise.all(getDb().tables.map((t) => t.clear()));
});

describe('context-menu capture (background)', () => {
  it('stores the selection as a question with the tab’s context and shows a ✓ on the badge', async () => {
    await recordReport(7, 0, feed);
    await captureSelection(
      { menuItemId: 'tandem-ask-mentor', selectionText: 'growth hacking', pageUrl: 'https://www.linkedin.com/feed/', frameId: 0, editable: false },
      { id: 7, windowId: 1, title: 'Feed | LinkedIn' } as never,
    );
    const notes = await getDb().notes.toArray();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'question', quote: 'growth hacking', context: 'linkedin.feed', url: 'https://www.linkedin.com/feed/', visibility: 'private' });
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '✓' });
  });

  it('ignores other menu items and empty selections, writing nothing', async () => {
    await captureSelection({ menuItemId: 'someone-else', selectionText: 'x', frameId: 0, editable: false }, undefined);
    await captureSelection({ menuItemId: 'tandem-save-note', selectionText: '   ', frameId: 0, editable: false }, undefined);
    expect(await getDb().notes.count()).toBe(0);
  });
});

describe('learning by doing (background)', () => {
  it('marks an opened tip tried when its tab enters the tip’s done context', async () => {
    wireLearningByDoing();
    await getDb().tips.put(aTip({ id: 'post', doneWhen: { context: 'linkedin.post.composer' } }));
    await recordReport(9, 0, feed);
    await markTipSeen(getDb(), 'post');
    await recordReport(9, 0, composer);
    await vi.waitFor(async () => expect((await getDb().progress.get('post'))?.status).toBe('tried'));
  });
});
