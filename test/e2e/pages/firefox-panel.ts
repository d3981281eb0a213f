import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { badgeHere, readStoreHere } from '../extension';

const byTestId = (id: string) => `[data-testid="${id}"]`;

/** The panel page in Firefox (puppeteer-core over BiDi), at side-panel size. */
export class FirefoxPanel {
  constructor(readonly page: Page) {}

  /** The panel page, past the first-run welcome (recorded as skipped, as the panel does when the person skips it). */
  static async of(page: Page): Promise<FirefoxPanel> {
    await page.setViewport({ width: 400, height: 800 });
    await page.bringToFront();
    const panel = new FirefoxPanel(page);
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser;
      await api.storage.local.set({ welcome: { how: 'skipped', at: Date.now() } });
    });
    await panel.reload();
    return panel;
  }

  /**
   * Makes the panel's tab the one in front, as a person looking at the sidebar would have it:
   * a background tab gets no animation frames, which the panel's status messages wait for.
   */
  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }

  /** Switches view with the panel's own navigation, as a person does. */
  async go(view: 'tips' | 'notes' | 'goals' | 'exchange'): Promise<void> {
    await this.bringToFront();
    // A view this role doesn't use daily sits one step away, under "More".
    const inBar = await this.page.$eval(`nav.panel-nav a[href="#${view}"]`, (a) => !a.closest('[hidden]')).catch(() => false);
    if (!inBar) await this.page.locator(byTestId('nav-more')).click();
    await this.page.locator(`nav.panel-nav a[href="#${view}"]`).click();
    await this.page.waitForFunction((hash) => location.hash === hash, {}, `#${view}`);
  }

  /** Reloads the page from inside (BiDi may not navigate a moz-extension:// tab itself). */
  async reload(): Promise<void> {
    await this.page.evaluate(() => location.reload());
    await this.page.waitForFunction(() => document.readyState === 'complete' && document.querySelector('nav.panel-nav') !== null);
  }

  /** Waits until the element with this test id shows the text, and returns all of its text. */
  async waitForText(testId: string, text: string | RegExp): Promise<string> {
    const want = typeof text === 'string' ? { s: text, r: '', f: '' } : { s: '', r: text.source, f: text.flags };
    try {
      const handle = await this.page.waitForFunction(
        (selector, { s, r, f }) => {
          const shown = document.querySelector(selector)?.textContent ?? '';
          return (r ? new RegExp(r, f).test(shown) : shown.includes(s)) ? shown : false;
        },
        { timeout: 10_000 },
        byTestId(testId),
        want,
      );
      return (await handle.jsonValue()) as string;
    } catch (error) {
      // Say what was there instead: a bare timeout tells nothing.
      const shown = await this.page.$eval(byTestId(testId), (el) => el.textContent).catch(() => '(no such element)');
      const page = await this.page.evaluate(() => `${location.hash} ${document.body.innerText.slice(0, 600)}`);
      throw new Error(`"${testId}" never showed ${String(text)}; it shows: ${shown}\nThe page: ${page}`, { cause: error });
    }
  }

  /** Tip ids in the order shown (after the tip count is there). */
  async tipIds(): Promise<string[]> {
    await this.page.waitForSelector(byTestId('tip-count'));
    return this.page.$$eval('[data-tip-id]', (els) => els.map((el) => el.getAttribute('data-tip-id') ?? ''));
  }

  /** Types into the quick add's note field. */
  async typeNote(text: string): Promise<void> {
    await this.page.locator(`${byTestId('note-composer')} textarea`).fill(text);
  }

  /** Waits until the quick add's note field holds this text. */
  async waitForDraft(text: string): Promise<void> {
    await this.page.waitForFunction(
      (selector, want) => document.querySelector<HTMLTextAreaElement>(selector)?.value === want,
      { timeout: 10_000 },
      `${byTestId('note-composer')} textarea`,
      text,
    );
  }

  async shareNote(): Promise<void> {
    await this.page.locator(`${byTestId('note-composer')} input[type="radio"][value="shared"]`).click();
  }

  async saveNote(): Promise<void> {
    await this.page.locator(`${byTestId('note-composer')} button[type="submit"]`).click();
    await this.waitForText('composer-status', 'Note saved.');
  }

  /** Adds a goal through the Goals view's form. */
  async addGoal(title: string, target: number, measure: string): Promise<void> {
    await this.go('goals');
    const form = 'form.new-goal';
    await this.page.locator(`${form} input[type="text"][required]`).fill(title);
    await this.page.locator(`${form} input[type="number"][required]`).fill(String(target));
    await this.page.locator(`${form} input[type="text"]:not([required])`).fill(measure);
    await this.page.locator(`${form} button[type="submit"]`).click();
    await this.waitForText('goals-view', title);
  }

  /** Clicks the Exchange view's download button (giving my name first when asked); the file lands in the browser's download folder. */
  async downloadExchangeFile(myName?: string): Promise<void> {
    await this.go('exchange');
    // A profile without a name is asked for one before its first file.
    if (myName) await this.page.locator(`${byTestId('export-name')} input`).fill(myName);
    await this.page.locator(`${byTestId('export')} button.primary`).click();
    await this.waitForText('export-status', 'Send it to');
  }

  /** Picks an exchange file in the Exchange view and applies its preview. */
  async importExchangeFile(path: string): Promise<string> {
    await this.go('exchange');
    const input = await this.page.waitForSelector(`input[type="file"]${byTestId('import-file')}`);
    await input!.uploadFile(path);
    const preview = await this.waitForText('import-preview', 'Import these changes');
    await this.page.locator(`${byTestId('import-preview')} button.primary`).click();
    await this.waitForText('import-status', /Imported \d+ change/);
    return preview;
  }

  /** Every row of a store of the extension's IndexedDB (the panel page shares the extension's origin). */
  async readStore<T = Record<string, unknown>>(store: string): Promise<T[]> {
    return (await this.page.evaluate(readStoreHere, store)) as T[];
  }

  /** The toolbar badge of the tab at this URL. */
  async badgeOf(url: string): Promise<string> {
    return this.page.evaluate(badgeHere, url);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync('test-results/screens', { recursive: true });
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
