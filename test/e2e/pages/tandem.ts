import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
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

/** Downloads an exchange file from the Exchange view (sealed when given a passphrase); returns its path. */
export async function exportFile(p: TandemPanel, passphrase?: string, myName?: string): Promise<string> {
  await p.go('exchange');
  const exportCard = p.page.getByTestId('export');
  // A profile without a name is asked for one before its first file (it names the file and the sender).
  if (myName) await exportCard.getByTestId('export-name').getByRole('textbox').fill(myName);
  if (passphrase) {
    await exportCard.getByRole('checkbox', { name: 'Protect the file with a passphrase' }).check();
    await exportCard.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await exportCard.getByLabel('Repeat the passphrase').fill(passphrase);
  }
  const download = p.page.waitForEvent('download');
  await exportCard.getByRole('button', { name: 'Download exchange file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^tandem-[a-z]+-\d{4}-\d{2}-\d{2}-\d{4}\.tandem\.json$/);
  const path = join(tmpdir(), `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  await expect(p.page.getByTestId('export-status')).toContainText('Send it to');
  return path;
}

/** Picks a file in the Exchange view's import. */
export async function chooseFile(p: TandemPanel, path: string) {
  await p.go('exchange');
  await p.page.getByTestId('import-file').setInputFiles(path);
}

/** Applies the import preview shown. */
export async function applyPreview(p: TandemPanel) {
  const preview = p.page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: 'Import these changes' }).click();
  await expect(p.page.getByTestId('import-status')).toContainText(/Imported \d+ change/);
}
