import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, launchBrowser, readStore, serviceWorkerOf, test, waitForSeed, type ChromeApi } from './extension';
import { AuthoringPanel } from './pages/authoring';
import { NotesPanel } from './pages/notes';

const QUESTION = 'What does the <div> tag mean? And <Enter> vs <Shift>?';
const WHY = '<script> is never run here; you see what was typed. Press <Ctrl> and <Enter> to send.';
const STEP_1 = 'press <Ctrl> and <Enter> together';
const STEP_2 = 'Type **<b>** in the box, then <img src=x onerror=alert(1)>';
const STEP_2_SHOWN = 'Type <b> in the box, then <img src=x onerror=alert(1)>';

interface StoredTip {
  id: string;
  packId: string;
  title: string;
  why: string;
  steps: string[];
}

test('words in angle brackets stay as typed: a note, the editor’s preview, the saved tip, the exported pack and the tip imported from it', async ({ context, sw, extensionId }) => {
  test.setTimeout(120_000);
  await sw.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await api.storage.local.set({ settings: { lang: 'auto', role: 'both', myName: 'Mia', partnerName: 'Peter' } });
  });
  const tool = context.pages()[0]!;
  await tool.goto('https://www.linkedin.com/feed/');
  const panel = await AuthoringPanel.open(context, extensionId);
  const { page } = panel;

  // A note (the quick add under the tips).
  const notes = new NotesPanel(page);
  await notes.body.fill(QUESTION);
  await notes.save.click();
  const card = notes.card('What does the');
  await expect(card.locator('.note-body')).toHaveText(QUESTION);
  await expect(card.locator('.note-body div, .note-body b')).toHaveCount(0);
  const [stored] = (await readStore<{ body: string; draftedAt?: number }>(sw, 'notes')).filter((n) => n.draftedAt === undefined);
  expect(stored!.body).toBe(QUESTION);
  await page.screenshot({ path: 'test-results/screens/angle-brackets-note.png', fullPage: true });

  // A tip: the preview shows the text as typed, raw HTML never renders.
  await panel.go('Write a tip');
  await panel.field('Title').fill('Send a message with <Enter>');
  await panel.field('Why it matters').fill(WHY);
  await panel.field('Step 1').fill(STEP_1);
  await page.getByRole('button', { name: 'Add a step' }).click();
  await panel.field('Step 2').fill(STEP_2);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('tip-preview');
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText('Send a message with <Enter>');
  await expect(preview.locator('section').first().locator('p')).toHaveText(WHY);
  await expect(preview.locator('.steps li')).toHaveText([STEP_1, STEP_2_SHOWN]);
  await expect(preview.locator('.steps li strong')).toHaveText('<b>');
  await expect(preview.locator('script, img, b')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/angle-brackets-preview.png', fullPage: true });
  await page.getByRole('button', { name: 'Back to editing' }).click();
  await page.getByRole('button', { name: 'Save tip' }).click();
  await expect(page.getByTestId('editor-status')).toContainText('Saved “Send a message with <Enter>”');
  const mine = (await readStore<StoredTip>(sw, 'tips')).find((t) => t.packId === 'local')!;
  expect(mine).toMatchObject({ title: 'Send a message with <Enter>', why: WHY, steps: [STEP_1, STEP_2] });

  // The tip as the mentee sees it.
  await panel.go('Tips');
  await panel.tip(mine.id).click();
  await expect(panel.detail.locator('section').first().locator('p')).toHaveText(WHY);
  await expect(panel.detail.locator('.steps li')).toHaveText([STEP_1, STEP_2_SHOWN]);
  await expect(panel.detail.locator('script, img, b')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/angle-brackets-tip.png', fullPage: true });

  // The exported pack carries exactly what was typed.
  await panel.go('My tips');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export 1 tip' }).click();
  const download = await downloading;
  const dir = mkdtempSync(join(tmpdir(), 'tandem-angle-'));
  try {
    const packPath = join(dir, download.suggestedFilename());
    await download.saveAs(packPath);
    const pack = JSON.parse(readFileSync(packPath, 'utf8')) as { tips: StoredTip[] };
    expect(pack.tips).toEqual([expect.objectContaining({ title: 'Send a message with <Enter>', why: WHY, steps: [STEP_1, STEP_2] })]);

    // …and a fresh browser that imports it shows it the same way.
    const profile = join(dir, 'mentee');
    const mentee = await launchBrowser(profile);
    try {
      const menteeSw = await serviceWorkerOf(mentee);
      await waitForSeed(menteeSw);
      const tab = mentee.pages()[0] ?? (await mentee.newPage());
      await tab.goto('https://www.linkedin.com/feed/');
      const menteePanel = await AuthoringPanel.open(mentee, extensionId);
      await menteePanel.go('Settings');
      await menteePanel.page.getByLabel('Choose a pack file').setInputFiles(packPath);
      await menteePanel.page.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
      await expect(menteePanel.page.getByTestId('import-status')).toContainText('1 new');
      const imported = (await readStore<StoredTip>(menteeSw, 'tips')).find((t) => t.id === mine.id);
      expect(imported).toMatchObject({ why: WHY, steps: [STEP_1, STEP_2] });
      await menteePanel.go('Tips');
      await menteePanel.tip(mine.id).click();
      await expect(menteePanel.detail.locator('.steps li')).toHaveText([STEP_1, STEP_2_SHOWN]);
      await expect(menteePanel.detail.locator('section').first().locator('p')).toHaveText(WHY);
    } finally {
      await mentee.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
