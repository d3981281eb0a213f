import type { Locator, Page } from '@playwright/test';

/** The panel's navigation: the role's daily views in the bar, the rest under "More". */
export class PanelNavigation {
  readonly root: Locator;
  readonly more: Locator;
  readonly moreList: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('navigation');
    this.more = page.getByTestId('nav-more');
    this.moreList = this.root.locator('.nav-more-list');
  }

  /** A view's link, wherever it sits (hidden while "More" is closed). */
  link(name: string | RegExp): Locator {
    return this.root.getByRole('link', { name, exact: typeof name === 'string', includeHidden: true });
  }

  /** Opens a view by its label, from the bar or, one step away, from "More". */
  async go(name: string | RegExp): Promise<void> {
    await this.root.waitFor();
    const link = this.link(name);
    if (!(await link.isVisible())) await this.more.click();
    await link.click();
  }

  /** The labels in the bar. */
  async daily(): Promise<string[]> {
    return this.root.locator(':scope > a').allTextContents();
  }

  /** The labels under "More". */
  async rest(): Promise<string[]> {
    return this.moreList.locator('a').allTextContents();
  }

  /** Every view this person can reach. */
  async all(): Promise<string[]> {
    await this.root.waitFor();
    return [...(await this.daily()), ...(await this.rest())];
  }
}
