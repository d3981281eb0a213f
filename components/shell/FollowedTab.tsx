import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type ActiveContext } from '@/lib/messaging/protocol';

/**
 * Follows the tab this panel belongs to: the active tab of the panel's window, updated live
 * when the user switches tabs or the page navigates. A panel page opened as a tab follows the
 * most recently active other tab. Started once per page, from its entry before the first render
 * (the background's answer then arrives while React and the catalog load), else by the provider;
 * once per page also because the messenger allows one listener per message type.
 */
let followed: ActiveContext | undefined;
let following = false;
let answered: (active: ActiveContext | undefined) => void = () => undefined;

/** The background's first answer: which tab, in which context (undefined when it could not say). */
export const firstFollowed = new Promise<ActiveContext | undefined>((resolve) => (answered = resolve));
const subscribers = new Set<() => void>();

function setFollowed(next: (prev: ActiveContext | undefined) => ActiveContext | undefined) {
  const value = next(followed);
  if (value === followed) return;
  followed = value;
  for (const notify of subscribers) notify();
}

/** Starts following the panel's tab (idempotent); listening first, so no change is missed. */
export function followTab(): void {
  if (following) return;
  following = true;
  let windowId: number | undefined;
  let ownTabId: number | undefined;
  onMessage('tabContextChanged', ({ data }) => {
    setFollowed((prev) => (prev && prev.tabId === data.tabId ? data : prev));
  });
  onMessage('activeTabChanged', ({ data }) => {
    if (data.windowId === windowId && data.tabId !== ownTabId) setFollowed(() => data);
  });
  void (async () => {
    const [win, own] = await Promise.all([browser.windows.getCurrent(), browser.tabs.getCurrent()]);
    windowId = win.id;
    ownTabId = own?.id;
    if (windowId === undefined) return;
    const current = await sendMessage('getActiveContext', { windowId, excludeTabId: ownTabId });
    setFollowed((prev) => prev ?? current);
  })()
    .catch(() => undefined)
    .finally(() => answered(followed));
}

function subscribe(notify: () => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}

const FollowedTabContext = createContext<ActiveContext | undefined>(undefined);

export function FollowedTabProvider({ children }: { children: ReactNode }) {
  useEffect(followTab, []);
  const active = useSyncExternalStore(subscribe, () => followed);
  return <FollowedTabContext value={active}>{children}</FollowedTabContext>;
}

/** The followed tab's context; `undefined` while loading. */
export function useFollowedTab(): ActiveContext | undefined {
  return useContext(FollowedTabContext);
}
