import { browser } from 'wxt/browser';

/** Firefox's sidebar API, missing from the Chromium-based type definitions. */
interface SidebarBrowser {
  sidebarAction: { toggle(): Promise<void> };
}

/** The toolbar icon opens the side panel (Chromium) or the sidebar (Firefox). */
export function wireSidePanel(): void {
  if (import.meta.env.FIREFOX) {
    browser.action.onClicked.addListener(() => {
      // Must run inside the click's user gesture: no await before it. Toggle (Firefox 73+), so a
      // second click closes the sidebar as Chromium's toolbar icon closes the side panel.
      void (browser as unknown as SidebarBrowser).sidebarAction.toggle();
    });
    return;
  }
  // Set on every start; a failure leaves the toolbar icon without the panel, retried next start.
  browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}
