import type { Page } from '@playwright/test';
import { expect, test, type ChromeApi, type UiLang } from './extension';
import { SidePanel } from './pages/side-panel';
import { note, seedNotesDirectly } from './support/seed';
import { seriousViolations, type SeriousViolation } from './support/axe';

const setUpLink = { en: 'Set up your tandem', de: 'Tandem einrichten' } as const;

for (const lang of ['en', 'de'] as const satisfies UiLang[]) {
  test.describe(`axe, ${lang}`, () => {
    test.use({ lang });

    test(`every view of the side panel, the print page and the options page have no serious or critical violations (${lang})`, async ({ context, sw, extensionId }) => {
      test.setTimeout(120_000);
      // A mentor-mentee ("both") sees every view, including writing tips.
      await sw.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        await api.storage.local.set({ settings: { lang: 'auto', role: 'both', myName: 'Peter', partnerName: 'Mia' } });
      });
      await seedNotesDirectly(sw, [note('q1', 'What is a **pivot table**?', { kind: 'question', forMeeting: true }), note('n1', 'Show the Zapier flow')]);
      const found: SeriousViolation[] = [];
      const check = async (page: Page, where: string) => {
        await page.evaluate(() => document.fonts.ready);
        found.push(...(await seriousViolations(page, where)));
        await page.screenshot({ path: `test-results/screens/a11y-${lang}-${where.replace(/[^a-z0-9]+/gi, '-')}.png` });
      };

      // The empty state: the followed tab is no supported tool.
      const panel = await SidePanel.open(context, extensionId);
      await expect(panel.emptyState).toBeVisible();
      await check(panel.page, 'tips-empty');

      const tool = context.pages()[0]!;
      await tool.goto('https://www.linkedin.com/feed/');
      await tool.bringToFront();
      await panel.page.bringToFront();
      await expect(panel.tipItems.first()).toBeVisible();
      await check(panel.page, 'tips-list');
      await panel.tipItems.first().click();
      await expect(panel.detail).toBeVisible();
      await check(panel.page, 'tips-detail');

      for (const view of ['notes', 'review', 'write', 'mytips', 'settings', 'goals', 'exchange', 'meeting']) {
        await panel.page.goto(`chrome-extension://${extensionId}/sidepanel.html#${view}`);
        await expect(panel.page.locator('main.panel')).not.toBeEmpty();
        await expect(panel.page.locator('main.panel h1, main.panel h2').first()).toBeVisible();
        await check(panel.page, view);
      }
      await panel.page.getByRole('link', { name: setUpLink[lang] }).click();
      await expect(panel.page.getByTestId('tandem-setup')).toBeVisible();
      await check(panel.page, 'meeting-setup');

      const print = await context.newPage();
      await print.goto(`chrome-extension://${extensionId}/brief.html`);
      await expect(print.locator('h1').first()).toBeVisible();
      await check(print, 'print-brief');

      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.locator('h1').first()).toBeVisible();
      await check(options, 'options');

      expect(found).toEqual([]);
    });
  });
}
