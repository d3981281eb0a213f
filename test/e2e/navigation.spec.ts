import { expect, test, type ChromeApi, type UiLang } from './extension';
import { SidePanel } from './pages/side-panel';

const roles = ['mentee', 'mentor', 'both'] as const;

/** What a person expects in the bar, every day, per role (the rest is under "More"). */
const daily = {
  en: { mentee: ['Tips', 'Notes', 'Meeting'], mentor: ['Tips', 'Write a tip', 'Meeting'], both: ['Tips', 'Write a tip', 'Meeting'] },
  de: { mentee: ['Tipps', 'Notizen', 'Treffen'], mentor: ['Tipps', 'Tipp schreiben', 'Treffen'], both: ['Tipps', 'Tipp schreiben', 'Treffen'] },
} as const;

for (const lang of ['en', 'de'] as const satisfies UiLang[]) {
  test.describe(`navigation, ${lang}`, () => {
    test.use({ lang });

    test(`fits one row of a 400 px panel for every role and every current view, which stays in sight (${lang})`, async ({ context, sw, extensionId }) => {
      test.setTimeout(120_000);
      const panel = await SidePanel.open(context, extensionId);
      const { page } = panel;
      const more = page.getByTestId('nav-more');
      for (const role of roles) {
        await sw.evaluate(async (role) => {
          const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
          await api.storage.local.set({ settings: { lang: 'auto', role, myName: 'Peter', partnerName: 'Mia' } });
        }, role);
        await page.goto(`chrome-extension://${extensionId}/sidepanel.html#tips`);
        await expect.poll(() => panel.nav.daily()).toEqual(daily[lang][role]);
        const views = await panel.nav.all();
        // Every view is reachable, each exactly once.
        expect(new Set(views).size).toBe(views.length);
        expect(views.length).toBe(role === 'mentee' ? 7 : 9);

        for (const view of views) {
          await panel.go(view);
          await expect(page.locator('main h1').first()).toBeVisible();
          // One row: everything in the bar shares a top edge and nothing overflows it.
          const row = await page.getByRole('navigation').evaluate((nav) => {
            const items = [...nav.querySelectorAll(':scope > a, :scope > .nav-more > button')].map((el) => el.getBoundingClientRect());
            return { tops: new Set(items.map((r) => Math.round(r.top))).size, right: Math.max(...items.map((r) => r.right)), width: nav.clientWidth, overflow: nav.scrollWidth - nav.clientWidth, height: nav.getBoundingClientRect().height };
          });
          expect(row, `${role} › ${view}`).toMatchObject({ tops: 1, overflow: 0 });
          expect(row.right, `${role} › ${view}`).toBeLessThanOrEqual(row.width);
          expect(row.height, `${role} › ${view}`).toBeLessThan(48);
          // The current view is always in sight: its link in the bar, or its name on "More".
          const inBar = (daily[lang][role] as readonly string[]).includes(view);
          if (inBar) await expect(page.getByRole('navigation').getByRole('link', { name: view, exact: true })).toHaveAttribute('aria-current', 'page');
          else {
            await expect(more).toHaveAttribute('aria-current', 'page');
            await expect(more).toContainText(view);
            await expect(more).toHaveAttribute('aria-expanded', 'false');
          }
          await page.screenshot({ path: `test-results/screens/nav-${lang}-${role}-${view.replace(/\W+/g, '-')}.png`, clip: { x: 0, y: 0, width: 400, height: 120 } });
        }
      }

      // "More" opens a list of links; Esc closes it and gives focus back; a click elsewhere closes it.
      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      await page.screenshot({ path: `test-results/screens/nav-${lang}-more-open.png` });
      await page.keyboard.press('Escape');
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await expect(more).toBeFocused();
      await more.click();
      await page.locator('main').click({ position: { x: 10, y: 300 } });
      await expect(more).toHaveAttribute('aria-expanded', 'false');
    });
  });
}
