import { browser, type Browser } from 'wxt/browser';
import { requestRecording } from '@/lib/authoring/record-request';

/** The manifest command and the context-menu item that start recording in the page's tab. */
export const RECORD_COMMAND = 'record-steps';
export const RECORD_MENU_ID = 'tandem-record-steps';

/** Firefox's sidebar API, missing from the Chromium-based type definitions. */
interface SidebarBrowser {
  sidebarAction: { open(): Promise<void> };
}

/**
 * Opens the panel on that tab and asks it to record there. Runs inside the person's gesture (a
 * shortcut or a menu click): the panel is opened before anything is awaited, as the browser requires.
 * The same gesture lets the panel picture the steps (`activeTab`).
 */
export function recordFromPage(tab: Browser.tabs.Tab | undefined): void {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return;
  const opening = import.meta.env.FIREFOX ? (browser as unknown as SidebarBrowser).sidebarAction.open() : browser.sidePanel.open({ tabId });
  // Not opened (no gesture, or the panel is open already): an open panel still takes the request.
  opening.catch(() => undefined);
  requestRecording(tabId).catch((error: unknown) => console.error('Tandem Tips: recording not requested', error));
}

/** "Record steps here" from the keyboard shortcut; the context-menu item is wired with the other menus. */
export function wireRecordFromPage(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === RECORD_COMMAND) recordFromPage(tab);
  });
}
