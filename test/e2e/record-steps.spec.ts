import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import { expect, launchBrowser, readStore, serviceWorkerOf, test, waitForSeed, type ChromeApi } from './extension';
import { AuthoringPanel, overlayBox, overlayCallout } from './pages/authoring';

const PROFILE_URL = 'https://www.linkedin.com/in/peter-miller-senior/';
const HEADLINE = 'textarea[id$="TOP-CARD-headline"]';
/** What the mentor types into the headline while recording: it must never be stored anywhere. */
const TYPED = 'Zebra-Quokka 9137 secret headline';
/** The intro form's checkbox for the current company (LinkedIn's own wording). */
const COMPANY = 'Show current company in my intro';

/** Not the typed text, nor any word of it that is not already part of the page's own labels. */
function expectNowhere(text: string): void {
  for (const part of ['Zebra', 'Quokka', '9137', 'secret headline']) expect(text).not.toContain(part);
}

interface StoredTip {
  id: string;
  packId: string;
  title: string;
  steps: string[];
  contexts: string[];
  stepTargets?: ({ locator: { role?: string; name?: string; label: string; tag: string; frame: { top: boolean; host: string } }; context?: string } | null)[];
}

/** Every row of every store of the extension's IndexedDB, as one text. */
async function wholeDatabase(sw: Worker): Promise<string> {
  return sw.evaluate(
    () =>
      new Promise<string>((done, fail) => {
        const open = indexedDB.open('tandem-tips');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const all: Record<string, unknown> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (all[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            done(JSON.stringify(all));
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

test('a mentor records four steps on LinkedIn by doing them (the typed headline is never stored), edits one and saves; a fresh mentee imports the pack and “show me” walks the four elements, moving on as the mentee does each step', async ({ context, sw, extensionId }) => {
  test.setTimeout(300_000);
  mkdirSync('test-results/screens', { recursive: true });

  // ── The mentor ──
  const tool = context.pages()[0] ?? (await context.newPage());
  await tool.goto(PROFILE_URL);
  const panel = await AuthoringPanel.open(context, extensionId);
  await panel.becomeMentor('Mia');
  await panel.go('Write a tip');
  const { page } = panel;

  await page.getByRole('button', { name: 'Record steps' }).click();
  const indicator = page.getByTestId('recording-indicator');
  await expect(indicator).toContainText('0 steps so far');
  const cdp = await context.newCDPSession(tool);
  await expect.poll(async () => (await overlayCallout(cdp))?.title).toBe('Recording steps');
  await tool.screenshot({ path: 'test-results/screens/record-page-indicator.png' });

  const dialog = tool.getByRole('dialog', { name: 'Edit intro' });
  // 1. Open the intro form (a client-side route change: recording carries on).
  await tool.getByRole('link', { name: 'Edit intro' }).first().click();
  await expect(dialog).toBeVisible();
  await expect(indicator).toContainText('1 step so far');
  // 2. Type a headline: a step, but not what was typed.
  await tool.locator(HEADLINE).click();
  await tool.locator(HEADLINE).press('ControlOrMeta+a');
  await tool.locator(HEADLINE).pressSequentially(TYPED);
  await expect(tool.locator(HEADLINE)).toHaveValue(TYPED);
  await expect(indicator).toContainText('2 steps so far');
  // 3. Untick "Show current company in my intro" (the click is the step, not the box's state).
  await dialog.getByRole('checkbox', { name: COMPANY }).click();
  await expect(dialog.getByRole('checkbox', { name: COMPANY })).not.toBeChecked();
  await expect(indicator).toContainText('3 steps so far');
  // 4. Save.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(indicator).toContainText('4 steps so far');
  await expect(dialog).toBeHidden();
  await page.screenshot({ path: 'test-results/screens/record-panel-recording.png', fullPage: true });
  expect(await overlayCallout(cdp)).not.toBeNull();

  // Esc on the page ends it, everywhere.
  await tool.keyboard.press('Escape');
  await expect(page.getByTestId('record-status')).toHaveText('Recording ended with 4 steps. Check their text below before saving.');
  await expect(indicator).toHaveCount(0);
  await expect.poll(() => tool.evaluate(() => document.querySelectorAll('tandem-tips-layer').length)).toBe(0);

  await expect(panel.field('Step 1')).toHaveValue('Click **Edit intro**');
  await expect(panel.field('Step 2')).toHaveValue('Type in **Headline**');
  await expect(panel.field('Step 3')).toHaveValue(`Click **${COMPANY}**`);
  await expect(panel.field('Step 4')).toHaveValue('Click **Save**');
  await expect(page.getByText('Recorded at the link “Edit intro”')).toBeVisible();
  await expect(page.getByText('Recorded at the text field “Headline*”')).toBeVisible();
  await expect(page.getByText(`Recorded at the checkbox “${COMPANY}”`)).toBeVisible();
  await expect(page.getByTestId('picked-element')).toContainText('“Show me” starts at the recorded steps’ elements');
  await expect.poll(async () => (await readStore<{ value: { steps: string[] } }>(sw, 'drafts'))[0]?.value.steps.length).toBe(4);
  expectNowhere(await wholeDatabase(sw));

  // Reorder (down and back up), then edit one step's text.
  await page.getByRole('button', { name: 'Move step 2 down' }).click();
  await expect(panel.field('Step 2')).toHaveValue(`Click **${COMPANY}**`);
  await expect(page.getByTestId('step-row').nth(1)).toContainText(`Recorded at the checkbox “${COMPANY}”`);
  await page.getByRole('button', { name: 'Move step 3 up' }).click();
  await expect(panel.field('Step 2')).toHaveValue('Type in **Headline**');
  await panel.field('Step 2').fill('Write what you do in **Headline**, not only your job title');
  await panel.field('Title').fill('Say what you do in your headline');
  await page.screenshot({ path: 'test-results/screens/record-panel-steps.png', fullPage: true });
  await page.getByRole('button', { name: 'Save tip' }).click();
  await expect(page.getByTestId('editor-status')).toHaveText('Saved “Say what you do in your headline”. You find it under My tips.');

  const mine = (await readStore<StoredTip>(sw, 'tips')).filter((t) => t.packId === 'local');
  expect(mine).toHaveLength(1);
  const tip = mine[0]!;
  expect(tip.steps).toEqual(['Click **Edit intro**', 'Write what you do in **Headline**, not only your job title', `Click **${COMPANY}**`, 'Click **Save**']);
  expect(tip.stepTargets?.map((s) => [s?.locator.role, s?.locator.name, s?.context])).toEqual([
    ['link', 'Edit intro', expect.stringMatching(/^linkedin\.profile/)],
    ['textbox', 'Headline*', 'linkedin.profile.edit'],
    ['checkbox', COMPANY, 'linkedin.profile.edit'],
    ['button', 'Save', 'linkedin.profile.edit'],
  ]);
  expect(tip.contexts).toContain('linkedin.profile.edit');
  expectNowhere(await wholeDatabase(sw));

  // Export it.
  await panel.go('My tips');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export 1 tip' }).click();
  const download = await downloading;
  const packPath = join(mkdtempSync(join(tmpdir(), 'tandem-pack-')), download.suggestedFilename());
  await download.saveAs(packPath);
  const packText = readFileSync(packPath, 'utf8');
  expectNowhere(packText);
  expect(JSON.parse(packText).tips[0].stepTargets).toHaveLength(4);

  // ── The mentee: a fresh browser profile ──
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
    const card = menteePanel.page.getByTestId('import-preview');
    await card.getByRole('button', { name: 'Import' }).click();
    await expect(menteePanel.page.getByTestId('import-status')).toHaveText('Imported “Mia’s tips”: 1 new, 0 updated, 0 deleted.');
    const imported = (await readStore<StoredTip>(menteeSw, 'tips')).find((t) => t.id === tip.id);
    expect(imported?.stepTargets).toHaveLength(4);

    await menteePanel.go('Tips');
    await menteePanel.tip(tip.id).click();
    await menteePanel.page.getByRole('button', { name: 'Show me on the page' }).click();
    const result = menteePanel.page.getByTestId('show-me-result');
    const steps = menteePanel.detail.locator('.steps li');
    const mcdp = await mentee.newCDPSession(tab);
    const menteeDialog = tab.getByRole('dialog', { name: 'Edit intro' });
    /** The outline sits 4 px around `element` (the page's own coordinates). */
    const outlines = async (element: { boundingBox: () => Promise<{ x: number; y: number; width: number; height: number } | null> }) => {
      const want = (await element.boundingBox())!;
      const box = await overlayBox(mcdp);
      return !!box && Math.abs(box.x - (want.x - 4)) < 2 && Math.abs(box.y - (want.y - 4)) < 2 && Math.abs(box.height - (want.height + 8)) < 2;
    };

    // Step 1 outlines "Edit intro" on the profile.
    await expect(result).toHaveText('Step 1 of 4 is shown on the page, at “Edit intro”.');
    await expect.poll(() => overlayCallout(mcdp)).toMatchObject({ counter: 'Step 1 of 4', title: 'Say what you do in your headline', body: 'Click Edit intro' });
    await expect.poll(() => outlines(tab.getByRole('link', { name: 'Edit intro' }).first())).toBe(true);
    await tab.screenshot({ path: 'test-results/screens/record-show-step-1.png' });

    // The mentee does the step: the dialog opens and the callout moves on to the headline in it.
    await tab.getByRole('link', { name: 'Edit intro' }).first().click();
    await expect(menteeDialog).toBeVisible();
    await expect.poll(() => overlayCallout(mcdp)).toMatchObject({ counter: 'Step 2 of 4', body: 'Write what you do in Headline, not only your job title' });
    await expect(result).toHaveText('Step 2 of 4 is shown on the page, at “Headline*”.');
    await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
    await expect.poll(() => outlines(tab.locator(HEADLINE))).toBe(true);
    await tab.screenshot({ path: 'test-results/screens/record-show-step-2.png' });

    // Clicking into the highlighted field and typing keeps the step; leaving the field moves on.
    await tab.locator(HEADLINE).click();
    await tab.locator(HEADLINE).pressSequentially(' · CFO who turns data into decisions');
    await expect.poll(() => overlayCallout(mcdp)).toMatchObject({ counter: 'Step 2 of 4' });
    await tab.locator(HEADLINE).press('Tab');
    await expect(result).toHaveText(`Step 3 of 4 is shown on the page, at “${COMPANY}”.`);
    await expect.poll(() => overlayCallout(mcdp)).toMatchObject({ counter: 'Step 3 of 4', body: `Click ${COMPANY}` });
    await expect.poll(() => outlines(menteeDialog.getByRole('checkbox', { name: COMPANY }))).toBe(true);
    await tab.screenshot({ path: 'test-results/screens/record-show-step-3.png' });

    // Clicking the highlighted checkbox is doing step 3: on to Save.
    await menteeDialog.getByRole('checkbox', { name: COMPANY }).click();
    await expect(result).toHaveText('Step 4 of 4 is shown on the page, at “Save”.');
    await expect.poll(() => overlayCallout(mcdp)).toMatchObject({ counter: 'Step 4 of 4', body: 'Click Save', next: { text: 'Done' } });
    await expect(steps.nth(3)).toHaveAttribute('aria-current', 'step');
    await expect.poll(() => outlines(menteeDialog.getByRole('button', { name: 'Save' }))).toBe(true);
    await tab.screenshot({ path: 'test-results/screens/record-show-step-4.png' });
    await menteePanel.page.screenshot({ path: 'test-results/screens/record-show-panel.png', fullPage: true });

    // Doing the last step ends the walk.
    await menteeDialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => tab.evaluate(() => document.querySelectorAll('tandem-tips-layer').length)).toBe(0);
    await expect(result).toHaveAttribute('data-status', 'idle');
  } finally {
    await mentee.close();
    rmSync(menteeProfile, { recursive: true, force: true });
  }
});

test('inside Excel’s workbook iframe: a mentor records choosing a ribbon tab and a button on it; “show me” walks both in that frame', async ({ context, sw, extensionId }) => {
  test.setTimeout(150_000);
  const tool = context.pages()[0] ?? (await context.newPage());
  await tool.goto('https://www.office.com/launch/excel?auth=2&docId=8d7c6b5a');
  const workbook = tool.frameLocator('iframe[src*="officeapps.live.com"]');
  await expect(workbook.getByRole('tab', { name: 'Home' })).toBeVisible();
  const panel = await AuthoringPanel.open(context, extensionId);
  await panel.becomeMentor('Mia');
  await panel.go('Write a tip');
  const { page } = panel;
  await expect(panel.field('Tool')).toHaveValue('excel');

  await page.getByRole('button', { name: 'Record steps' }).click();
  const indicator = page.getByTestId('recording-indicator');
  await expect(indicator).toContainText('0 steps so far');
  // The indicator is drawn once, by the top page; the workbook frame records silently.
  await expect.poll(() => tool.evaluate(() => document.querySelectorAll('tandem-tips-layer').length)).toBe(1);
  await workbook.getByRole('tab', { name: 'Formulas' }).click();
  await expect(indicator).toContainText('1 step so far');
  await workbook.getByRole('toolbar', { name: 'Formulas' }).getByRole('button', { name: 'Insert Function' }).click();
  await expect(indicator).toContainText('2 steps so far');
  await page.getByRole('button', { name: 'Stop recording' }).click();
  await expect(page.getByTestId('record-status')).toHaveText('Recording ended with 2 steps. Check their text below before saving.');
  await expect.poll(() => tool.evaluate(() => document.querySelectorAll('tandem-tips-layer').length)).toBe(0);

  await expect(panel.field('Step 1')).toHaveValue('Choose **Formulas**');
  await expect(panel.field('Step 2')).toHaveValue('Click **Insert Function**');
  await panel.field('Title').fill('Find any function by describing it');
  await page.getByRole('button', { name: 'Save tip' }).click();
  await expect(page.getByTestId('editor-status')).toContainText('Saved “Find any function by describing it”');
  const tip = (await readStore<StoredTip>(sw, 'tips')).find((t) => t.packId === 'local')!;
  expect(tip.stepTargets?.map((s) => [s?.locator.name, s?.locator.frame])).toEqual([
    ['Formulas', { top: false, host: 'excel.officeapps.live.com' }],
    ['Insert Function', { top: false, host: 'excel.officeapps.live.com' }],
  ]);

  // The mentee's walk: the workbook starts on Home again.
  await tool.reload();
  await expect(workbook.getByRole('tab', { name: 'Home' })).toHaveAttribute('aria-selected', 'true');
  await panel.go('Tips');
  await panel.tip(tip.id).click();
  await page.getByRole('button', { name: 'Show me on the page' }).click();
  const result = page.getByTestId('show-me-result');
  await expect(result).toHaveText('Step 1 of 2 is shown on the page, at “Formulas”.');
  await workbook.getByRole('tab', { name: 'Formulas' }).click();
  await expect(result).toHaveText('Step 2 of 2 is shown on the page, at “Insert Function”.');
  // The outline is on the ribbon's Insert Function (the one recorded), not the formula bar's namesake.
  const workbookFrame = tool.frames().find((f) => f.url().includes('officeapps.live.com'))!;
  const fcdp = await context.newCDPSession(workbookFrame);
  const offset = (await tool.locator('iframe[src*="officeapps.live.com"]').boundingBox())!;
  const ribbon = (await workbook.getByRole('toolbar', { name: 'Formulas' }).getByRole('button', { name: 'Insert Function' }).boundingBox())!;
  await expect.poll(async () => {
    const box = await overlayBox(fcdp);
    return box ? Math.abs(box.x + offset.x + 4 - ribbon.x) < 2 && Math.abs(box.y + offset.y + 4 - ribbon.y) < 2 : null;
  }).toBe(true);
  await tool.screenshot({ path: 'test-results/screens/record-show-excel-step-2.png' });
});

test.describe('in German', () => {
  test.use({ lang: 'de' });

  test('the panel, the page indicator and the draft texts speak German', async ({ context, sw, extensionId }) => {
    test.setTimeout(120_000);
    const tool = context.pages()[0] ?? (await context.newPage());
    await tool.goto('https://www.linkedin.com/in/peter-mueller-senior/');
    await sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      await api.storage.local.set({ settings: { lang: 'auto', role: 'mentor', myName: 'Mia', partnerName: '' } });
    });
    const panel = await AuthoringPanel.open(context, extensionId);
    await panel.page.goto(`chrome-extension://${extensionId}/sidepanel.html#write`);
    const { page } = panel;
    await page.getByRole('button', { name: 'Schritte aufnehmen' }).click();
    const cdp = await context.newCDPSession(tool);
    await expect.poll(async () => (await overlayCallout(cdp))?.title).toBe('Schritte werden aufgenommen');
    await tool.getByRole('link', { name: 'Intro bearbeiten' }).first().click();
    await expect(page.getByTestId('recording-indicator')).toContainText('bisher 1 Schritt.');
    await tool.screenshot({ path: 'test-results/screens/record-page-indicator-de.png' });
    await page.screenshot({ path: 'test-results/screens/record-panel-recording-de.png' });
    await page.getByRole('button', { name: 'Aufnahme beenden' }).click();
    await expect(page.getByTestId('record-status')).toHaveText('Aufnahme beendet: 1 Schritt. Prüfen Sie den Text unten, bevor Sie speichern.');
    await expect(panel.field('Schritt 1')).toHaveValue('Klicken Sie auf **Intro bearbeiten**');
    await expect(page.getByText('Aufgenommen bei: Link “Intro bearbeiten”')).toBeVisible();

    // Closing the panel while recording ends it on the page too: no indicator is left behind.
    await page.getByRole('button', { name: 'Weitere Schritte aufnehmen' }).click();
    await expect.poll(() => tool.evaluate(() => document.querySelectorAll('tandem-tips-layer').length)).toBe(1);
    await page.close();
    await expect.poll(() => tool.evaluate(() => document.querySelectorAll('tandem-tips-layer').length)).toBe(0);
  });
});
