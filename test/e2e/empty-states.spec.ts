import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type ChromeApi, type UiLang } from './extension';
import { SidePanel } from './pages/side-panel';

/** What each view on a fresh profile says first, per language. */
const words = {
  en: {
    notes: 'No notes yet',
    notesHow: 'select text, right-click, “Ask my mentor about …” or “Save as note”',
    review: 'Nothing to review yet.',
    reviewHow: 'First try a tip',
    meeting: 'Nothing collected yet.',
    goals: 'No goals yet. Agree on one or two with your partner',
    exchange: 'Nothing to share yet.',
    notNew: 'Nothing new since',
    toTips: 'Go to Tips',
    nameFirst: 'Your name first',
    download: 'Download exchange file',
    nameMissing: 'Please enter your name: the file and your partner’s import show it.',
  },
  de: {
    notes: 'Noch keine Notizen',
    notesHow: 'Text markieren, rechte Maustaste, „Meinen Mentor zu … fragen“ oder „Als Notiz speichern“',
    review: 'Noch nichts zu wiederholen.',
    reviewHow: 'Probieren Sie zuerst einen Tipp aus',
    meeting: 'Noch nichts gesammelt.',
    goals: 'Noch keine Ziele. Vereinbaren Sie mit Ihrem Tandem',
    exchange: 'Noch nichts zu teilen.',
    notNew: 'Nichts Neues',
    toTips: 'Zu den Tipps',
    nameFirst: 'Zuerst Ihr Name',
    download: 'Austauschdatei herunterladen',
    nameMissing: 'Bitte geben Sie Ihren Namen ein: Die Datei und der Import Ihres Tandems zeigen ihn.',
  },
} as const;

const go = async (page: Page, extensionId: string, view: string) => {
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html#${view}`);
  await expect(page.locator('main h1').first()).toBeVisible();
};

for (const lang of ['en', 'de'] as const satisfies UiLang[]) {
  const w = words[lang];
  test.describe(`empty states, ${lang}`, () => {
    test.use({ lang });

    test(`a fresh profile's views say what to do first, and nothing claims an exchange that never happened (${lang})`, async ({ context, sw, extensionId }) => {
      test.setTimeout(120_000);
      const panel = await SidePanel.open(context, extensionId);
      const { page } = panel;
      const shot = (name: string) => page.screenshot({ path: `test-results/screens/empty-${lang}-${name}.png`, fullPage: true });

      await go(page, extensionId, 'notes');
      const notes = page.getByTestId('notes-empty');
      await expect(notes.getByRole('heading', { name: w.notes })).toBeVisible();
      await expect(notes).toContainText(w.notesHow);
      // Nothing to search or filter yet.
      await expect(page.getByRole('searchbox')).toBeHidden();
      await expect(page.getByRole('combobox')).toHaveCount(0);
      await shot('notes');

      await go(page, extensionId, 'review');
      await expect(page.getByTestId('review-empty')).toContainText(w.review);
      await expect(page.getByTestId('review-empty')).toContainText(w.reviewHow);
      await expect(page.getByTestId('review-empty').getByRole('link', { name: w.toTips })).toHaveAttribute('href', '#tips');
      await shot('review');

      await go(page, extensionId, 'meeting');
      await expect(page.getByTestId('window-empty')).toContainText(w.meeting);
      await expect(page.getByTestId('window').getByRole('heading', { level: 3 })).toHaveCount(0);
      await shot('meeting');

      await go(page, extensionId, 'goals');
      await expect(page.getByTestId('goals-view')).toContainText(w.goals);
      await shot('goals');

      await go(page, extensionId, 'exchange');
      const exportCard = page.getByTestId('export');
      await expect(page.getByTestId('export-nothing')).toContainText(w.exchange);
      await expect(exportCard).not.toContainText(w.notNew);
      await shot('exchange');

      // No name yet: asked for before the first file goes out, then used for the file and its sender.
      const name = exportCard.getByRole('textbox', { name: w.nameFirst });
      await expect(name).toBeVisible();
      await exportCard.getByRole('button', { name: w.download }).click();
      await expect(exportCard.getByRole('alert')).toHaveText(w.nameMissing);
      await expect(name).toBeFocused();
      await name.fill('Peter Müller');
      const downloading = page.waitForEvent('download');
      await exportCard.getByRole('button', { name: w.download }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^tandem-peter-muller-\d{4}-\d{2}-\d{2}-\d{4}\.tandem\.json$/);
      const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { payload: { from: { name: string } } };
      expect(file.payload.from.name).toBe('Peter Müller');
      const settings = await sw.evaluate(async () => ((await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('settings')) as { settings?: { myName: string } }).settings);
      expect(settings?.myName).toBe('Peter Müller');
      await shot('exchange-named');
    });
  });
}
