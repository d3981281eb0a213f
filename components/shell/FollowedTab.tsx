import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type ActiveContext } from '@/lib/messaging/protocol';

/**
 * Follows the tab this panel belongs to: the active tab of the panel's window, updated live
 * when the user switches tabs or the page navigates. A panel page opened as a tab follows the
 * most recently active other tab. One provider per page: the messenger allows one listener
 * per message type.
 */
function useFollowTab(): ActiveContext | undefined {
  const [active, setActive] = useState<ActiveContext>();

  useEffect(() => {
    let windowId: number | undefined;
    let ownTabId: number | undefined;
    let alive = true;

    const offContext = onMessage('tabContextChanged', ({ data }) => {
      setActive((prev) => (prev && prev.tabId === data.tabId ? data : prev));
    });
    const offActivated = onMessage('activeTabChanged', ({ data }) => {
      if (data.windowId === windowId && data.tabId !== ownTabId) setActive(data);
    });

    void (async () => {
      const [win, own] = await Promise.all([browser.windows.getCurrent(), browser.tabs.getCurrent()]);
      windowId = win.id;
      ownTabId = own?.id;
      if (windowId === undefined) return;
      const current = await sendMessage('getActiveContext', { windowId, excludeTabId: ownTabId });
      if (alive) setActive((prev) => prev ?? current);
    })();

    return () => {
      alive = false;
      offContext();
      offActivated();
    };
  }, []);

  return active;
}

const FollowedTabContext = createContext<ActiveContext | undefined>(undefined);

export function FollowedTabProvider({ children }: { children: ReactNode }) {
  return <FollowedTabContext value={useFollowTab()}>{children}</FollowedTabContext>;
}

/** The followed tab's context; `undefined` while loading. */
export function useFollowedTab(): ActiveContext | undefined {
  return useContext(FollowedTabContext);
}
