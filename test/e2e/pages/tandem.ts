import type { BrowserContext, Locator, Page } from '@playwright/test';
import { PanelNavigation } from './nav';

/** The side panel's meeting, goals and exchange views, opened in a tab at side-panel size. */
export class TandemPanel {
  readonly agendaTitles: Locator;
  readonly nav: PanelNavigation;

  constructor(readonly page: Page) {
    this.agendaTitles = page.getByTestId('agenda').getByTestId('agenda-title');
    this.nav = new PanelNavigation(page);
  }

  static async open(context: BrowserContext, extensionId: string, view = 'meeting'): Promise<TandemPanel> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html#${view}`);
    return new TandemPanel(page);
  }

  async go(view: 'tips' | 'meeting' | 'goals' | 'exchange'): Promise<void> {
    await this.nav.go({ tips: /^(Tips|Tipps)$/, meeting: /^(Meeting|Treffen)$/, goals: /^(Goals|Ziele)$/, exchange: /^(Exchange|Austausch)$/ }[view]);
  }

  async agenda(): Promise<string[]> {
    return this.agendaTitles.allTextContents();
  }

  /** A 400×800 screenshot, scrolled so `at` (a test id) is near the top — what a person sees there. */
  async shot(name: string, at?: string): Promise<void> {
    if (at) {
      await this.page.getByTestId(at).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 50));
    } else await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
