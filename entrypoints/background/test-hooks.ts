import { browser } from 'wxt/browser';

/**
 * End-to-end build for Firefox only: WebDriver BiDi refuses to navigate a tab to a
 * `moz-extension://` page, so the extension opens its own panel page in a tab once installed;
 * tests drive it there (and open further extension pages from it).
 */
export function wireTestHooks(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html'), active: false });
  });
}
