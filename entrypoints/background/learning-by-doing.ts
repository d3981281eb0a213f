import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { mergeFrames, type TabState } from '@/lib/tabs/frames';
import { markDoneByContext } from '@/lib/tips/done-when';

/**
 * When a tab enters a context (the tab store writes each tab's frames to storage.session), tips
 * the mentee opened recently whose "done" is that context are marked tried. Watching the store
 * keeps this apart from the message handlers and works while the side panel is closed.
 */
export function wireLearningByDoing(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith('tab:')) continue;
      const before = mergeFrames(change.oldValue as TabState | undefined)?.detected;
      const after = mergeFrames(change.newValue as TabState | undefined)?.detected;
      if (!after) continue;
      // Only contexts just entered count: staying in the composer is not doing it again.
      const entered = after.contexts.filter((c) => before?.tool !== after.tool || !before.contexts.includes(c));
      if (entered.length === 0) continue;
      markDoneByContext(getDb(), { tool: after.tool, contexts: entered }).catch((error: unknown) =>
        console.error('Tandem Tips: could not check learning by doing', error),
      );
    }
  });
}
