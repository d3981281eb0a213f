import type { BrowserContext, Locator, Page } from '@playwright/test';
import { PanelNavigation } from './nav';

/** The side panel page, opened in a tab at side-panel size (it follows the last other tab). */
export class SidePanel {
  readonly toolName: Locator;
  readonly contextName: Locator;
  readonly tipItems: Locator;
  readonly tipCount: Locator;
  readonly emptyState: Locator;
  readonly detail: Locator;
  readonly nav: PanelNavigation;

  constructor(readonly page: Page) {
    this.nav = new PanelNavigation(page);
    this.toolName = page.getByTestId('tool-name');
    this.contextName = page.getByTestId('context-name');
    this.tipItems = page.locator('[data-tip-id]');
    this.tipCount = page.getByTestId('tip-count');
    this.emptyState = page.getByTestId('empty-state');
    this.detail = page.getByTestId('tip-detail');
  }

  static async open(context: BrowserContext, extensionId: string): Promise<SidePanel> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return new SidePanel(page);
  }

  /** Opens a view from the navigation (the bar, or "More"). */
  async go(name: string | RegExp): Promise<void> {
    await this.nav.go(name);
  }

  /** Tip ids in the order shown. */
  async tipIds(): Promise<string[]> {
    // The context header can show before its tips are read: wait for the list itself.
    await this.page.getByTestId('tip-count').waitFor();
    return this.tipItems.evaluateAll((els) => els.map((el) => el.getAttribute('data-tip-id') ?? ''));
  }

  tip(id: string): Locator {
    return this.page.locator(`[data-tip-id="${id}"]`);
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }
}
