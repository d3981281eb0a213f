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
      // Twenty-odd places, each checked by axe: slow on a loaded machine.
      test.setTimeout(300_000);
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
      await panel.page.goto(`chrome-extension://${extensionId}/sidepanel.html#meeting/log`);
      await expect(panel.page.getByTestId('session-log')).toBeVisible();
      await check(panel.page, 'meeting-log');
      // The navigation with "More" open.
      await panel.page.getByTestId('nav-more').click();
      await expect(panel.page.getByTestId('nav-more')).toHaveAttribute('aria-expanded', 'true');
      await check(panel.page, 'nav-more-open');
      // The welcome, each of its steps.
      await panel.page.goto(`chrome-extension://${extensionId}/sidepanel.html#welcome`);
      for (const step of [1, 2, 3]) {
        await expect(panel.page.getByTestId('welcome')).toHaveAttribute('data-step', String(step));
        await expect(panel.page.locator('main h1')).toBeFocused();
        await check(panel.page, `welcome-${step}`);
        if (step < 3) await panel.page.locator('main form').getByRole('button').first().click();
      }

      const print = await context.newPage();
      await print.goto(`chrome-extension://${extensionId}/brief.html`);
      await expect(print.locator('h1').first()).toBeVisible();
      await check(print, 'print-brief');

      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.locator('h1').first()).toBeVisible();
      await check(options, 'options');

      expect(found).toEqual([]);
      // The harness itself sees a violation when there is one (an unlabelled button).
      await options.evaluate(() => document.body.append(document.createElement('button')));
      expect((await seriousViolations(options, 'planted')).map((v) => v.rule)).toContain('button-name');
    });
  });
}

/** What the page's live regions say, as the browser's accessibility tree hands it to a screen reader. */
async function liveRegionTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type AXNode = { nodeId: string; ignored: boolean; role?: { value: string }; name?: { value: string }; childIds?: string[]; properties?: { name: string; value: { value: unknown } }[] };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const textOf = (node: AXNode): string =>
      node.role?.value === 'StaticText' ? (node.name?.value ?? '') : (node.childIds ?? []).map((id) => byId.get(id)).filter((n) => n !== undefined).map(textOf).join('');
    return nodes
      .filter((n) => !n.ignored && n.properties?.some((p) => p.name === 'live' && p.value.value === 'polite'))
      .map(textOf)
      .filter(Boolean);
  } finally {
    await cdp.detach();
  }
}

test('the page highlight and the element picker are announced through a live region screen readers hear', async ({ context, sw, extensionId }) => {
  // A tip that points at LinkedIn's "Start a post" button (starter tips carry no element).
  await sw.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('tandem-tips');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('tips', 'readwrite');
          const tips = tx.objectStore('tips');
          const all = tips.getAll();
          all.onsuccess = () => {
            const base = (all.result as { id: string; contexts: string[] }[]).find((t) => t.contexts.includes('linkedin.feed'))!;
            tips.put({
              ...base,
              translations: undefined,
              id: 'a11y.start-post',
              title: 'Start a post from the feed',
              steps: ['Click **Start a post**', 'Write two sentences'],
              locator: { role: 'button', name: 'Start a post', label: 'Start a post', tag: 'button', testId: { attr: 'data-view-name', value: 'share-sharebox-focus' }, frame: { top: true, host: 'www.linkedin.com' } },
            });
          };
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
  const tool = context.pages()[0]!;
  await tool.goto('https://www.linkedin.com/feed/');
  const panel = await SidePanel.open(context, extensionId);
  await panel.tip('a11y.start-post').click();
  await panel.page.getByRole('button', { name: 'Show me on the page' }).click();
  // It says which step it shows, and the step.
  await expect.poll(() => liveRegionTexts(tool)).toContain('Tandem Tips shows: Start a post from the feed. Step 1 of 2: Click Start a post. Press Escape to close.');
  await tool.screenshot({ path: 'test-results/screens/a11y-show-me-page.png' });
  await tool.bringToFront();
  await tool.keyboard.press('Escape');
  await expect.poll(() => liveRegionTexts(tool)).not.toContain('Tandem Tips shows: Start a post from the feed. Step 1 of 2: Click Start a post. Press Escape to close.');

  // The mentor's picker says what it does and how to use it by keyboard.
  await panel.page.bringToFront();
  await sw.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await api.storage.local.set({ settings: { lang: 'auto', role: 'mentor', myName: 'Mia', partnerName: '' } });
  });
  await panel.page.goto(`chrome-extension://${extensionId}/sidepanel.html#write`);
  await panel.page.getByRole('button', { name: 'Pick the element on the page' }).click();
  await expect
    .poll(() => liveRegionTexts(tool))
    .toContain('Tandem Tips: point at an element and click it, or Tab to it and press Enter, to pick it. Press Escape to cancel.');
  // Moving by keyboard, it says which element Enter would pick.
  await tool.getByRole('button', { name: 'Start a post' }).first().focus();
  await expect.poll(() => liveRegionTexts(tool)).toContain('button “Start a post”');
  await tool.bringToFront();
  await tool.keyboard.press('Escape');
  await expect.poll(() => liveRegionTexts(tool)).toEqual([]);
});
