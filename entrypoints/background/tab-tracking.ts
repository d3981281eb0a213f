import { browser } from 'wxt/browser';
import { onMessage, type ActiveContext, type ContextReport } from '@/lib/messaging/protocol';
import { forgetTab, readTabContext } from '@/lib/tabs/tab-store';
import { broadcast } from './broadcast';

/** The context of one tab as the panel sees it. */
export function toActive(windowId: number, tabId: number | null, report: ContextReport | null): ActiveContext {
  return {
    windowId,
    tabId,
    detected: report?.detected ?? null,
    url: report?.url ?? null,
    title: report?.title ?? null,
  };
}

/**
 * The tab a panel in this window follows: the active tab, unless that is the panel's own tab
 * (the panel page opened as a tab), then the most recently active other tab.
 */
async function followedTab(windowId: number, excludeTabId?: number): Promise<number | null> {
  const tabs = await browser.tabs.query({ windowId });
  const active = tabs.find((t) => t.active);
  if (active?.id !== undefined && active.id !== excludeTabId) return active.id;
  const recent = tabs
    .filter((t) => t.id !== undefined && t.id !== excludeTabId)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return recent[0]?.id ?? null;
}

/** Follow tab activation and closing; answer the panel's "which context am I in?". */
export function wireTabTracking(): void {
  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    void readTabContext(tabId).then((report) => broadcast('activeTabChanged', toActive(windowId, tabId, report)));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });

  onMessage('getActiveContext', async ({ data }) => {
    const tabId = await followedTab(data.windowId, data.excludeTabId);
    return toActive(data.windowId, tabId, tabId === null ? null : await readTabContext(tabId));
  });
}
