import type { Page, Worker } from '@playwright/test';
import { expect, test, type ChromeApi, type UiLang } from './extension';
import { SidePanel } from './pages/side-panel';
import { lowContrastButtons, type LowContrast } from './support/contrast';
import { note, seedDirectly, seedNotesDirectly } from './support/seed';

/** A tip of my own on LinkedIn's feed, with an element and a source: My tips, "Show me" and "Learn more" show. */
async function seedMyTip(sw: Worker): Promise<void> {
  const now = Date.now();
  await seedDirectly(sw, 'packs', [{ id: 'local', source: 'local', name: 'Tips from Peter', author: 'Peter', version: 1, updatedAt: now, shareId: 'pack-contrast' }]);
  await seedDirectly(sw, 'tips', [
    {
      id: 'local.contrast',
      packId: 'local',
      tool: 'linkedin',
      contexts: ['linkedin.feed'],
      title: 'Start a post from the feed',
      why: 'Posting is how people see your expertise.',
      steps: ['Click **Start a post**', 'Write two sentences', 'Click **Post**'],
      minutes: 2,
      level: 'beginner',
      tags: ['posting'],
      lang: 'en',
      author: 'Peter',
      source: 'https://www.linkedin.com/help/linkedin/answer/a522735',
      checkedAt: '2026-11-29',
      locator: { role: 'button', name: 'Start a post', label: 'Start a post', tag: 'button', testId: { attr: 'data-view-name', value: 'share-sharebox-focus' }, frame: { top: true, host: 'www.linkedin.com' } },
      createdAt: now,
      updatedAt: now,
    },
  ]);
}

/** Each place of the side panel: how to get there and what shows it is there. */
function panelPlaces(panel: SidePanel, extensionId: string): [string, () => Promise<void>][] {
  const page = panel.page;
  const go = (hash: string, ready: () => Promise<void>) => async () => {
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html#${hash}`);
    await ready();
  };
  const heading = () => expect(page.locator('main h1').first()).toBeVisible();
  return [
    ['tips', go('tips', () => expect(panel.tip('local.contrast')).toBeVisible())],
    [
      'tips-why',
      async () => {
        await go('tips', () => expect(panel.tip('local.contrast')).toBeVisible())();
        await page.getByRole('button', { name: /^(Why this page\?|Warum diese Seite\?)$/ }).click();
        await expect(page.getByTestId('why-frame').first()).toBeVisible();
      },
    ],
    [
      'tip-detail',
      async () => {
        await go('tips', () => expect(panel.tip('local.contrast')).toBeVisible())();
        await panel.tip('local.contrast').click();
        await expect(page.getByTestId('show-me')).toBeVisible();
        await expect(page.getByTestId('tip-source')).toBeVisible();
      },
    ],
    ['notes', go('notes', () => expect(page.getByTestId('note-card').first()).toBeVisible())],
    ['review', go('review', () => expect(page.getByTestId('review-card')).toBeVisible())],
    ['meeting', go('meeting', () => expect(page.getByTestId('meeting-view')).toBeVisible())],
    ['meeting-setup', go('meeting/setup', () => expect(page.getByTestId('tandem-setup')).toBeVisible())],
    ['meeting-log', go('meeting/log', () => expect(page.getByTestId('session-log')).toBeVisible())],
    ['goals', go('goals', () => expect(page.locator('[data-goal-id]').first()).toBeVisible())],
    ['exchange', go('exchange', () => expect(page.getByTestId('sync-section')).toBeVisible())],
    [
      'exchange-sync',
      async () => {
        await go('exchange', () => expect(page.getByTestId('sync-section')).toBeVisible())();
        // Something typed: the pair button is enabled, so it is measured too.
        await page.getByTestId('sync-invite').fill('TANDEM1.invite');
        await expect(page.getByTestId('sync-section').locator('button[type=submit]')).toBeEnabled();
      },
    ],
    ['write', go('write', () => expect(page.getByTestId('element-field')).toBeVisible())],
    [
      'write-preview',
      async () => {
        await go('write', () => expect(page.getByTestId('element-field')).toBeVisible())();
        await page.getByRole('button', { name: /^(Preview|Vorschau)$/ }).click();
        await expect(page.getByTestId('tip-preview')).toBeVisible();
      },
    ],
    ['mytips', go('mytips', () => expect(page.getByText('Start a post from the feed')).toBeVisible())],
    ['settings', go('settings', heading)],
    ['welcome', go('welcome', () => expect(page.getByTestId('welcome')).toHaveAttribute('data-step', '1'))],
    [
      'welcome-start',
      async () => {
        await go('welcome', () => expect(page.getByTestId('welcome')).toHaveAttribute('data-step', '1'))();
        for (const step of ['2', '3']) {
          await page.locator('main form').getByRole('button').first().click();
          await expect(page.getByTestId('welcome')).toHaveAttribute('data-step', step);
        }
      },
    ],
  ];
}

for (const lang of ['en', 'de'] as const satisfies UiLang[]) {
  test.describe(`button contrast, ${lang}`, () => {
    test.use({ lang });

    test(`every button of every view keeps WCAG AA contrast after all views were opened (${lang})`, async ({ context, sw, extensionId }) => {
      // Every view twice per colour scheme: slow on a loaded machine.
      test.setTimeout(300_000);
      await sw.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        await api.storage.local.set({ settings: { lang: 'auto', role: 'both', myName: 'Peter', partnerName: 'Mia' } });
      });
      await seedMyTip(sw);
      const now = Date.now();
      await seedNotesDirectly(sw, [
        note('q1', 'What does the pivot table do?', { kind: 'question', forMeeting: true, tool: 'linkedin', context: 'linkedin.feed' }),
        note('n1', 'Show the Zapier flow', { visibility: 'private', tool: 'linkedin', context: 'linkedin.feed' }),
      ]);
      // A tip I tried, due for review: the review view has its grade buttons.
      await seedDirectly(sw, 'progress', [
        { tipId: 'local.contrast', status: 'tried', updatedAt: now - 86_400_000, review: { due: now - 3_600_000, stability: 3, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, state: 'review', lastReview: now - 4 * 86_400_000 } },
      ]);
      await seedDirectly(sw, 'goals', [{ id: 'g1', title: 'Post on LinkedIn', measure: 'posts', target: 3, current: 1, status: 'active', createdAt: now, updatedAt: now }]);

      const tool = context.pages()[0]!;
      await tool.goto('https://www.linkedin.com/feed/');
      const panel = await SidePanel.open(context, extensionId);
      const places = panelPlaces(panel, extensionId);

      // First every view once, so each view's style sheets are loaded; then every view is checked.
      for (const [, visit] of places) await visit();
      const low: LowContrast[] = [];
      const checked: Record<string, number> = {};
      const check = async (page: Page, where: string) => {
        const found = await lowContrastButtons(page, where);
        checked[where] = found.checked.length;
        low.push(...found.low);
        await page.screenshot({ path: `test-results/screens/contrast-${lang}-${where}.png`, fullPage: true });
      };
      // The panel follows the user's colour scheme: both schemes are checked.
      for (const scheme of ['light', 'dark'] as const) {
        await panel.page.emulateMedia({ colorScheme: scheme });
        for (const [where, visit] of places) {
          await visit();
          await check(panel.page, `${where}-${scheme}`);
        }
        const options = await context.newPage();
        await options.emulateMedia({ colorScheme: scheme });
        await options.goto(`chrome-extension://${extensionId}/options.html`);
        await expect(options.locator('h1').first()).toBeVisible();
        await check(options, `options-${scheme}`);
        // The panel follows the last active tab: back to LinkedIn.
        await options.close();
        await tool.bringToFront();
        await panel.page.bringToFront();
      }

      expect(low).toEqual([]);
      // Every place had buttons to check (a page that never rendered would pass unseen).
      for (const where of Object.keys(checked)) expect(checked[where], where).toBeGreaterThan(0);
      expect(Object.keys(checked)).toHaveLength((places.length + 1) * 2);
      // The note's Delete is among them.
      await panel.page.goto(`chrome-extension://${extensionId}/sidepanel.html#notes`);
      const del = panel.page.getByTestId('note-card').first().getByRole('button', { name: /^(Delete|Löschen)$/ });
      await expect(del).toBeVisible();

      // The check itself sees an unreadable button when there is one.
      await panel.page.evaluate(() => {
        const b = document.createElement('button');
        b.textContent = 'Planted';
        b.style.cssText = 'color: #b42318; background: #b42318';
        document.querySelector('main')!.prepend(b);
      });
      expect((await lowContrastButtons(panel.page, 'planted')).low.map((l) => l.text)).toEqual(['Planted']);
    });
  });
}
