import { browser } from 'wxt/browser';

/** Firefox's sidebar API, missing from the Chromium-based type definitions. */
interface SidebarBrowser {
  sidebarAction: { open(): Promise<void> };
}

/** The toolbar icon opens the side panel (Chromium) or the sidebar (Firefox). */
export function wireSidePanel(): void {
  if (import.meta.env.FIREFOX) {
    browser.action.onClicked.addListener(() => {
      // Must run inside the click's user gesture: no await before it.
      void (browser as unknown as SidebarBrowser).sidebarAction.open();
    });
    return;
  }
  browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}
