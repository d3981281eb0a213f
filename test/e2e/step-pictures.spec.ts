import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, launchBrowser, readStore, serviceWorkerOf, test as base, waitForSeed } from './extension';
import { AuthoringPanel } from './pages/authoring';
import { pressToolbarButton } from './pages/toolbar';

const PROFILE_URL = 'https://www.linkedin.com/in/peter-miller-senior/';
const HEADLINE = 'textarea[id$="TOP-CARD-headline"]';
const COMPANY = 'Show current company in my intro';
/** A picture's data URL may be this long: 150 KB of bytes in base64, and its header. */
const MAX_PICTURE_CHARS = Math.ceil(150_000 / 3) * 4 + 32;

interface StoredTip {
  id: string;
  packId: string;
  stepTargets?: ({ picture?: string; pictureFocus?: { x: number; y: number; width: number; height: number } } | null)[];
}

/**
 * Pages at the window's real size: the extension's screenshot of the tab shows the window, and
 * Playwright's emulated viewport would lay the page out at another size than the one pictured.
 */
const test = base.extend({
  context: async ({ profileDir, lang, extensionPath, welcome }, use) => {
    const context = await launchBrowser(profileDir, lang, extensionPath, welcome, null);
    await use(context);
    await context.close();
  },
});

/** The panel page beside the tool's tab; the tool's tab stays the one shown, as beside the real side panel. */
async function openPanel(context: BrowserContext, tool: Page, extensionId: string): Promise<AuthoringPanel> {
  const panel = await AuthoringPanel.open(context, extensionId);
  await tool.bringToFront();
  return panel;
}

/**
 * Share of neighbouring pixel pairs inside the picture's element (its outline left out) whose
 * brightness jumps sharply, as at the edges of letters; a field pixelated into blocks has almost none.
 */
const sharpEdgesInElement = (page: Page, picture: string, focus: { x: number; y: number; width: number; height: number }) =>
  page.evaluate(
    async ({ picture, focus }) => {
      const img = new Image();
      img.src = picture;
      await img.decode();
      const bitmap = await createImageBitmap(img);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const inset = 4;
      const { data, width } = ctx.getImageData(focus.x + inset, focus.y + inset, focus.width - 2 * inset, focus.height - 2 * inset);
      const light = (i: number) => 0.3 * data[i]! + 0.59 * data[i + 1]! + 0.11 * data[i + 2]!;
      let sharp = 0;
      let pairs = 0;
      for (let i = 0; i + 4 < data.length; i += 4) {
        if ((i / 4) % width === width - 1) continue;
        pairs++;
        if (Math.abs(light(i) - light(i + 4)) > 60) sharp++;
      }
      return sharp / Math.max(1, pairs);
    },
    { picture, focus },
  );

/** The picture's size as decoded by the panel (0 when it did not decode). */
const pictureSize = (img: Locator) => img.evaluate((el: HTMLImageElement) => el.decode().then(() => [el.naturalWidth, el.naturalHeight], () => [0, 0]));

test('a mentor who opened Tandem Tips on the page records steps with a picture each, blurs one, removes one and saves; only the kept pictures travel, and a mentee whose page lacks the element sees the step’s picture and text', async ({ context, sw, extensionId }) => {
  test.setTimeout(300_000);
  mkdirSync('test-results/screens', { recursive: true });
  const tool = context.pages()[0] ?? (await context.newPage());
  await tool.goto(PROFILE_URL);
  const panel = await openPanel(context, tool, extensionId);
  await panel.becomeMentor('Mia');
  await panel.go('Write a tip');
  const { page } = panel;
  // The mentor clicks Tandem Tips' toolbar button on LinkedIn: from now on the browser lets the
  // extension see that tab (and nothing else).
  await pressToolbarButton(context, tool, extensionId);

  await page.getByRole('button', { name: 'Record steps' }).click();
  const indicator = page.getByTestId('recording-indicator');
  await expect(indicator).toContainText('0 steps so far');
  await tool.getByRole('link', { name: 'Edit intro' }).first().click();
  const dialog = tool.getByRole('dialog', { name: 'Edit intro' });
  await expect(dialog).toBeVisible();
  await expect(indicator).toContainText('1 step so far');
  await tool.locator(HEADLINE).click();
  await tool.locator(HEADLINE).pressSequentially(' · ask me about Tableau');
  await expect(indicator).toContainText('2 steps so far');
  await dialog.getByRole('checkbox', { name: COMPANY }).click();
  await expect(indicator).toContainText('3 steps so far');
  await page.getByRole('button', { name: 'Stop recording' }).click();
  await expect(page.getByTestId('record-status')).toHaveText('Recording ended with 3 steps. Check their text below before saving.');
  await expect(page.getByTestId('picture-note')).toHaveCount(0);

  // Each step shows its picture before saving: small, WebP, the element outlined.
  const rows = page.getByTestId('step-row');
  for (let i = 0; i < 3; i++) {
    const img = rows.nth(i).getByTestId('step-picture').getByRole('img');
    await expect(img).toBeVisible();
    const [w, h] = await pictureSize(img);
    expect(w).toBeGreaterThan(100);
    expect(w).toBeLessThanOrEqual(640);
    expect(h).toBeLessThanOrEqual(400);
    const src = (await img.getAttribute('src'))!;
    expect(src).toMatch(/^data:image\/(webp|jpeg);base64,/);
    expect(src.length).toBeLessThanOrEqual(MAX_PICTURE_CHARS);
  }
  await expect(rows.nth(1).getByRole('img')).toHaveAttribute('alt', 'Step 2 as it was recorded: the page around the text field “Headline*”, outlined');
  await expect(page.getByText('Pictures you keep travel in the packs you export.')).toBeVisible();
  await rows.nth(0).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/record-pictures-steps.png' });

  // Blur step 2 (the headline as typed shows in it): everything but the field becomes unreadable.
  const before = await rows.nth(1).getByRole('img').getAttribute('src');
  await page.getByRole('button', { name: 'Blur the picture of step 2 except its element' }).click();
  await expect(rows.nth(1).getByRole('status')).toHaveText('Blurred except the element');
  await expect(rows.nth(1).getByRole('img')).not.toHaveAttribute('src', before!);
  const blurred = (await rows.nth(1).getByRole('img').getAttribute('src'))!;
  await rows.nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/record-pictures-blurred.png' });
  // Remove step 3's picture, by keyboard.
  await page.getByRole('button', { name: 'Remove the picture of step 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows.nth(2).getByTestId('step-picture')).toHaveCount(0);

  await panel.field('Title').fill('Say what you do in your headline');
  await page.getByRole('button', { name: 'Save tip' }).click();
  await expect(page.getByTestId('editor-status')).toContainText('Saved “Say what you do in your headline”');
  const tip = (await readStore<StoredTip>(sw, 'tips')).find((t) => t.packId === 'local')!;
  const pictures = tip.stepTargets!.map((s) => s?.picture);
  expect(pictures[0]).toMatch(/^data:image\//);
  expect(pictures[1]).toBe(blurred);
  expect(pictures[2]).toBeUndefined();
  // What was typed is never kept, not even as pixels: the headline field itself is pixelated.
  expect(await sharpEdgesInElement(page, pictures[1]!, tip.stepTargets![1]!.pictureFocus!)).toBeLessThan(0.005);

  await panel.go('My tips');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export 1 tip' }).click();
  const download = await downloading;
  const packPath = join(mkdtempSync(join(tmpdir(), 'tandem-pack-')), download.suggestedFilename());
  await download.saveAs(packPath);
  const file = JSON.parse(readFileSync(packPath, 'utf8'));
  expect(file.schemaVersion).toBe(4);
  expect(file.tips[0].stepTargets.map((s: { picture?: string }) => s.picture)).toEqual(pictures);

  // ── A mentee who moves on before the dialog is open: step 2's field is not on the page ──
  const menteeProfile = mkdtempSync(join(tmpdir(), 'tandem-mentee-'));
  const mentee = await launchBrowser(menteeProfile);
  try {
    const menteeSw = await serviceWorkerOf(mentee);
    await waitForSeed(menteeSw);
    const tab = mentee.pages()[0] ?? (await mentee.newPage());
    await tab.goto(PROFILE_URL);
    const menteePanel = await AuthoringPanel.open(mentee, extensionId);
    await menteePanel.go('Settings');
    await menteePanel.page.getByLabel('Choose a pack file').setInputFiles(packPath);
    await menteePanel.page.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
    await expect(menteePanel.page.getByTestId('import-status')).toContainText('1 new');
    await menteePanel.go('Tips');
    await menteePanel.tip(tip.id).click();
    await menteePanel.page.getByRole('button', { name: 'Show me on the page' }).click();
    const result = menteePanel.page.getByTestId('show-me-result');
    await expect(result).toHaveText('Step 1 of 3 is shown on the page, at “Edit intro”.');
    await expect(menteePanel.page.getByTestId('show-me-picture')).toHaveCount(0);
    await menteePanel.page.getByTestId('show-me-next').click();
    await expect(result).toHaveAttribute('data-status', 'failed', { timeout: 15_000 });
    await expect(result).toContainText('Headline*');
    const shown = menteePanel.page.getByTestId('show-me-picture');
    await expect(shown).toContainText('Step 2 of 3 as your mentor recorded it: Type in Headline');
    await expect(shown.getByRole('img')).toHaveAttribute('src', blurred);
    expect((await pictureSize(shown.getByRole('img')))[0]).toBeGreaterThan(100);
    await menteePanel.page.screenshot({ path: 'test-results/screens/show-me-picture.png' });
  } finally {
    await mentee.close();
    rmSync(menteeProfile, { recursive: true, force: true });
  }
});

test.describe('in German', () => {
  test.use({ lang: 'de' });

  test('the step list with its picture and buttons speaks German', async ({ context, extensionId, sw }) => {
    test.setTimeout(150_000);
    mkdirSync('test-results/screens', { recursive: true });
    const tool = context.pages()[0] ?? (await context.newPage());
    await tool.goto('https://www.linkedin.com/in/peter-mueller-senior/');
    await sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({ settings: { lang: 'auto', role: 'mentor', myName: 'Mia', partnerName: '' } });
    });
    const panel = await openPanel(context, tool, extensionId);
    await panel.page.goto(`chrome-extension://${extensionId}/sidepanel.html#write`);
    const { page } = panel;
    await pressToolbarButton(context, tool, extensionId);
    await page.getByRole('button', { name: 'Schritte aufnehmen' }).click();
    await tool.getByRole('link', { name: 'Intro bearbeiten' }).first().click();
    await expect(page.getByTestId('recording-indicator')).toContainText('bisher 1 Schritt.');
    await page.getByRole('button', { name: 'Aufnahme beenden' }).click();
    const row = page.getByTestId('step-row').first();
    await expect(row.getByRole('img')).toHaveAttribute('alt', 'Schritt 1 bei der Aufnahme: Link “Intro bearbeiten”, umrandet, mit der Seite ringsum');
    await expect(page.getByRole('button', { name: 'Das Bild zu Schritt 1 außer seinem Element unscharf machen' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Das Bild zu Schritt 1 entfernen' })).toHaveText('Bild entfernen');
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/record-pictures-steps-de.png' });
  });
});
