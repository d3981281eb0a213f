import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { NotesPanel } from './pages/notes';
import { OptionsPage } from './pages/options';
import { SidePanel } from './pages/side-panel';
import { routeSites } from './sites';

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

const checked = async (page: Page, where: string) => {
  await page.waitForLoadState('domcontentloaded');
  expect(await seriousViolations(page), where).toEqual([]);
};

const labels = {
  en: { both: /^Both/, tried: 'I tried it', back: /Back to the list/ },
  de: { both: /^Beides/, tried: 'Ausprobiert', back: /Zurück zur Liste/ },
} as const;

for (const lang of ['en', 'de'] as const) {
  test.describe(`in ${lang === 'en' ? 'English' : 'German'}`, () => {
    test.use({ lang });

    test('every side-panel view, the print view and the options page have no serious or critical axe violations', async ({ context, extensionId }) => {
      test.setTimeout(120_000);
      const l = labels[lang];

      // The empty state: the followed tab is not one of the tools.
      const blank = await context.newPage();
      await blank.goto('about:blank');
      const panel = await SidePanel.open(context, extensionId);
      await expect(panel.emptyState).toBeVisible();
      await checked(panel.page, 'empty state');

      // A mentor and mentee in one ("both") sees every view.
      await panel.page.goto(panel.page.url().replace(/#.*$/, '') + '#settings');
      await panel.page.getByRole('radio', { name: l.both }).check();
      await checked(panel.page, '#settings');

      await routeSites(context);
      const linkedin = await context.newPage();
      await linkedin.goto('https://www.linkedin.com/feed/');
      await panel.page.bringToFront();
      await panel.page.goto(panel.page.url().replace(/#.*$/, '') + '#tips');
      await expect(panel.tipItems.first()).toBeVisible();
      await checked(panel.page, '#tips list');

      await panel.tipItems.first().click();
      await expect(panel.detail).toBeVisible();
      await panel.page.getByRole('button', { name: l.tried }).click();
      const notes = new NotesPanel(panel.page);
      await notes.body.fill('Ask about **reach**');
      await notes.save.click();
      await expect(notes.card('reach')).toBeVisible();
      await checked(panel.page, '#tips with a tip open and a note');

      for (const view of ['notes', 'review', 'meeting', 'meeting/setup', 'meeting/log', 'goals', 'exchange', 'write', 'mytips']) {
        await panel.page.goto(panel.page.url().replace(/#.*$/, '') + `#${view}`);
        await expect(panel.page.locator('main.panel')).not.toBeEmpty();
        await expect(panel.page.getByRole('status').filter({ hasText: /^(Loading|Wird geladen)/ })).toHaveCount(0);
        await checked(panel.page, `#${view}`);
      }

      const brief = await context.newPage();
      await brief.goto(`chrome-extension://${extensionId}/brief.html`);
      await expect(brief.getByTestId('print-brief')).toBeVisible();
      await checked(brief, 'print view');

      const options = await OptionsPage.open(context, extensionId);
      await expect(options.page.getByRole('heading', { level: 1 })).toBeVisible();
      await checked(options.page, 'options page');

      // The harness itself sees a violation when there is one (an unlabelled button).
      await options.page.evaluate(() => document.body.append(document.createElement('button')));
      expect((await seriousViolations(options.page)).join('\n')).toContain('button-name (critical)');
    });
  });
}
