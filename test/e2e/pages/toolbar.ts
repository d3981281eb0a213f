import type { BrowserContext, Page } from '@playwright/test';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Clicks the extension's toolbar button on `page`'s tab, as a person would (the browser then
 * fires `action.onClicked` and lets the extension see that tab: `activeTab`). Headless Chromium
 * has no toolbar to click: DevTools' `Extensions.triggerAction` runs the same action on the tab.
 */
export async function pressToolbarButton(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: TargetInfo[] };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    // Not in Playwright's protocol types yet.
    await (cdp as unknown as { send(method: string, params: object): Promise<unknown> }).send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}
