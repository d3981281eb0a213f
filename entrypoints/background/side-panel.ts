import { browser } from 'wxt/browser';

/** Firefox's sidebar API, missing from the Chromium-based type definitions. */
interface SidebarBrowser {
  sidebarAction: { toggle(): Promise<void> };
}

/** Chromium's side panel events and close() (Chrome 141+), not yet in every type definition. */
interface SidePanelExtras {
  close?: (options: { windowId: number }) => Promise<void>;
  onOpened?: { addListener(listener: (info: { windowId: number }) => void): void };
  onClosed?: { addListener(listener: (info: { windowId: number }) => void): void };
}

/** Windows whose side panel is ours and open: read synchronously inside the click's gesture. */
const openIn = new Set<number>();

/**
 * The toolbar icon opens the side panel (Chromium) or the sidebar (Firefox), and a second click
 * closes it. In Chromium the panel is opened from `action.onClicked` rather than by the browser
 * itself: only that click lets the extension see the tab (`activeTab`), which a recorded step's
 * picture needs — the browser's own opening grants nothing.
 */
export function wireSidePanel(): void {
  if (import.meta.env.FIREFOX) {
    browser.action.onClicked.addListener(() => {
      // Must run inside the click's user gesture: no await before it. Toggle (Firefox 73+), so a
      // second click closes the sidebar as Chromium's toolbar icon closes the side panel.
      void (browser as unknown as SidebarBrowser).sidebarAction.toggle();
    });
    return;
  }
  const panel = browser.sidePanel as typeof browser.sidePanel & SidePanelExtras;
  // Set on every start; a failure leaves the browser opening the panel itself, without pictures.
  panel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  panel.onOpened?.addListener(({ windowId }) => openIn.add(windowId));
  panel.onClosed?.addListener(({ windowId }) => openIn.delete(windowId));
  browser.action.onClicked.addListener((tab) => {
    // Inside the click's gesture: nothing is awaited before opening or closing.
    if (tab.windowId !== undefined && openIn.has(tab.windowId) && panel.close) {
      panel.close({ windowId: tab.windowId }).catch(() => undefined);
      return;
    }
    if (tab.id !== undefined) panel.open({ tabId: tab.id }).catch(() => undefined);
  });
}
