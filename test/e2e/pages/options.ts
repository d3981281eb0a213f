import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The options page. */
export class OptionsPage {
  readonly hostInput: Locator;
  readonly hostList: Locator;

  constructor(readonly page: Page) {
    this.hostInput = page.getByLabel(/^(Address|Adresse)$/);
    this.hostList = page.getByTestId('host-list');
  }

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPage(page);
  }

  host(name: string): Locator {
    return this.page.locator(`[data-host="${name}"]`);
  }
}
