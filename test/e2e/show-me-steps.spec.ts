import type { Worker } from '@playwright/test';
import { expect, test, type UiLang } from './extension';
import { overlayBox, overlayCallout } from './pages/authoring';
import { SidePanel } from './pages/side-panel';
import { seedDirectly } from './support/seed';

const STEPS = {
  en: ['Click **Start a post**', 'Write two sentences — press <Shift> and <Enter> for a new line', 'Click **Post**'],
  de: ['Klicken Sie auf **Beitrag beginnen**', 'Schreiben Sie zwei Sätze – <Umschalt> und <Eingabe> für eine neue Zeile', 'Klicken Sie auf **Posten**'],
} as const;
const SHOWN = {
  en: ['Click Start a post', 'Write two sentences — press <Shift> and <Enter> for a new line', 'Click Post'],
  de: ['Klicken Sie auf Beitrag beginnen', 'Schreiben Sie zwei Sätze – <Umschalt> und <Eingabe> für eine neue Zeile', 'Klicken Sie auf Posten'],
} as const;
const words = {
  en: { button: 'Start a post', title: 'Start a post from the feed', show: 'Show me on the page', step: (n: number) => `Step ${n} of 3`, next: 'Next step', pageNext: 'Next', pageDone: 'Done', found: (n: number) => `Step ${n} of 3 is shown on the page, at “Start a post”.` },
  de: { button: 'Beitrag beginnen', title: 'Einen Beitrag im Feed beginnen', show: 'Zeig es mir auf der Seite', step: (n: number) => `Schritt ${n} von 3`, next: 'Nächster Schritt', pageNext: 'Weiter', pageDone: 'Fertig', found: (n: number) => `Schritt ${n} von 3 wird auf der Seite gezeigt, bei „Beitrag beginnen“.` },
} as const;

/** A three-step tip that points at LinkedIn's "Start a post" button (in the page's language). */
async function seedTip(sw: Worker, lang: UiLang): Promise<void> {
  const now = Date.now();
  await seedDirectly(sw, 'tips', [
    {
      id: 'steps.start-post',
      packId: 'local',
      tool: 'linkedin',
      contexts: ['linkedin.feed'],
      title: words[lang].title,
      why: '',
      steps: [...STEPS[lang]],
      minutes: 3,
      level: 'beginner',
      tags: [],
      lang,
      author: 'Mia',
      locator: { role: 'button', name: words[lang].button, label: words[lang].button, tag: 'button', testId: { attr: 'data-view-name', value: 'share-sharebox-focus' }, frame: { top: true, host: 'www.linkedin.com' } },
      createdAt: now,
      updatedAt: now,
    },
  ]);
}

for (const lang of ['en', 'de'] as const satisfies UiLang[]) {
  const w = words[lang];
  test.describe(`show me walks the steps, ${lang}`, () => {
    test.use({ lang });

    test(`the callout shows the step with the title; Next in the panel and on the page move both together (${lang})`, async ({ context, sw, extensionId }) => {
      test.setTimeout(120_000);
      await seedTip(sw, lang);
      const tool = context.pages()[0]!;
      await tool.goto('https://www.linkedin.com/feed/');
      const panel = await SidePanel.open(context, extensionId);
      const { page } = panel;
      await panel.tip('steps.start-post').click();
      const steps = panel.detail.locator('.steps li');
      const result = page.getByTestId('show-me-result');
      const cdp = await context.newCDPSession(tool);

      await page.getByRole('button', { name: w.show }).click();
      await expect(result).toHaveText(w.found(1));
      await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
      await expect.poll(() => overlayCallout(cdp)).toMatchObject({ counter: w.step(1), title: w.title, body: SHOWN[lang][0], next: { text: w.pageNext, hidden: false } });
      expect((await overlayBox(cdp))?.popoverOpen).toBe(true);
      await tool.screenshot({ path: `test-results/screens/show-me-step-1-${lang}.png` });

      // Next in the panel: the page moves on.
      await page.getByRole('button', { name: w.next }).click();
      await expect(result).toHaveText(w.found(2));
      await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
      await expect(steps.nth(0)).not.toHaveAttribute('aria-current', 'step');
      await expect.poll(() => overlayCallout(cdp)).toMatchObject({ counter: w.step(2), body: SHOWN[lang][1] });
      await page.screenshot({ path: `test-results/screens/show-me-step-2-panel-${lang}.png` });
      await tool.screenshot({ path: `test-results/screens/show-me-step-2-${lang}.png` });

      // Next in the callout on the page: the panel follows.
      const callout = (await overlayCallout(cdp))!;
      await tool.mouse.click(callout.next.x, callout.next.y);
      await expect.poll(() => overlayCallout(cdp)).toMatchObject({ counter: w.step(3), body: SHOWN[lang][2], next: { text: w.pageDone } });
      await expect(result).toHaveText(w.found(3));
      await expect(steps.nth(2)).toHaveAttribute('aria-current', 'step');
      await expect(page.getByRole('button', { name: w.next })).toHaveCount(0);
      await tool.screenshot({ path: `test-results/screens/show-me-step-3-${lang}.png` });

      // Done on the page closes the highlight, and the panel lets go of the step.
      const last = (await overlayCallout(cdp))!;
      await tool.mouse.click(last.next.x, last.next.y);
      await expect.poll(() => tool.evaluate(() => document.querySelectorAll('tandem-tips-layer').length)).toBe(0);
      await expect(page.locator('.steps li[aria-current]')).toHaveCount(0);
      await expect(result).toHaveAttribute('data-status', 'idle');
    });
  });
}
