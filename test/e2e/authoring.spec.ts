import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, launchBrowser, readStore, serviceWorkerOf, test, waitForSeed } from './extension';
import { AuthoringPanel, overlayBox } from './pages/authoring';

interface StoredTip {
  id: string;
  packId: string;
  title: string;
  contexts: string[];
  locator?: { role?: string; name?: string; label: string; tag: string; frame: { top: boolean; host: string } };
  source?: string;
}

const SOURCE = 'https://www.linkedin.com/help/linkedin/answer/87/customize-your-public-profile-url';

const EDIT_URL = 'https://www.linkedin.com/in/peter-miller-senior/edit/intro/';
const HEADLINE = 'textarea[id$="TOP-CARD-headline"]';

test('a mentor writes a tip on LinkedIn’s “Edit intro” with the picker and exports it; a fresh mentee profile imports it and “show me” highlights the same element', async ({ context, sw, extensionId }) => {
  test.setTimeout(120_000);
  mkdirSync('test-results/screens', { recursive: true });

  // ── The mentor ──
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(EDIT_URL);
  await expect(page.getByRole('dialog', { name: 'Edit intro' })).toBeVisible();
  const panel = await AuthoringPanel.open(context, extensionId);
  // A mentee has nowhere to write tips: not in the bar, not under "More".
  expect(await panel.nav.all()).not.toContain('Write a tip');
  await expect(panel.nav.link('Write a tip')).toHaveCount(0);
  await panel.becomeMentor('Mia');
  await panel.go('Write a tip');

  // Prefilled with where the mentor is.
  await expect(panel.field('Tool')).toHaveValue('linkedin');
  await expect(panel.page.getByRole('checkbox', { name: 'Editing your profile' })).toBeChecked();

  // A title that is too long gets a translated message beside the field, and focus.
  await panel.field('Title').fill('Write a headline that says what you do, not only the job title you hold today');
  await panel.field('Why it matters').fill('Your **headline** follows you into every comment.\n\n<script>alert(1)</script>');
  await panel.field('Step 1').fill('Click **Edit intro** (the pencil).');
  await panel.page.getByRole('button', { name: 'Add a step' }).click();
  await expect(panel.field('Step 2')).toBeFocused();
  await panel.field('Step 2').fill('Rewrite the *Headline* field, then **Save**.');
  await panel.page.getByRole('button', { name: 'Save tip' }).click();
  await expect(panel.page.getByText('Title is too long — 70 characters at most').first()).toBeVisible();
  await expect(panel.field('Title')).toBeFocused();
  await expect(panel.field('Title')).toHaveAttribute('aria-invalid', 'true');
  await panel.field('Title').fill('Say what you do in your headline');
  await expect(panel.page.getByTestId('error-summary')).toHaveCount(0);

  // The source must be an https: link; anything else is named and refused.
  await panel.field('Source').fill('javascript:alert(1)');
  await panel.page.getByRole('button', { name: 'Save tip' }).click();
  await expect(panel.page.getByText('Source must be a web address starting with https://').first()).toBeVisible();
  await expect(panel.field('Source')).toBeFocused();
  await expect(panel.field('Source')).toHaveAttribute('aria-invalid', 'true');
  await panel.field('Source').fill(SOURCE);
  await expect(panel.page.getByTestId('error-summary')).toHaveCount(0);

  // Drafts autosave: a reload of the panel keeps every word.
  await expect.poll(async () => (await readStore<{ id: string; value: { title: string } }>(sw, 'drafts'))[0]?.value.title).toBe('Say what you do in your headline');
  await panel.page.reload();
  await expect(panel.field('Title')).toHaveValue('Say what you do in your headline');
  await expect(panel.field('Step 2')).toHaveValue('Rewrite the *Headline* field, then **Save**.');

  // Pick the headline field on the page.
  await panel.page.getByRole('button', { name: 'Pick the element on the page' }).click();
  await expect(panel.page.getByText('Now click the element on the page. Esc cancels.')).toBeVisible();
  const headline = page.locator(HEADLINE);
  const target = (await headline.boundingBox())!;
  await page.mouse.move(target.x + 20, target.y + 10);
  await page.screenshot({ path: 'test-results/screens/picker-linkedin-edit.png' });
  await expect(panel.page.getByText('Now click the element on the page. Esc cancels.')).toBeVisible();
  await page.mouse.click(target.x + 20, target.y + 10);
  await expect(panel.page.getByTestId('picked-element')).toHaveText('Points at: text field “Headline*”');
  // The click was the picker's: the page's text was not touched and the dialog is still open.
  await expect(page.getByRole('dialog', { name: 'Edit intro' })).toBeVisible();

  // The preview renders the markdown safely: the script tag shows as the text typed, never runs.
  await panel.page.getByRole('button', { name: 'Preview' }).click();
  const preview = panel.page.getByTestId('tip-preview');
  await expect(preview.locator('strong', { hasText: 'headline' })).toBeVisible();
  await expect(preview.locator('p', { hasText: 'alert(1)' })).toHaveText('<script>alert(1)</script>');
  await expect(preview.locator('script')).toHaveCount(0);
  await expect(preview.getByRole('link', { name: 'Learn more at linkedin.com (opens in a new tab)' })).toHaveAttribute('href', SOURCE);
  await panel.page.screenshot({ path: 'test-results/screens/editor-preview.png', fullPage: true });
  await panel.page.getByRole('button', { name: 'Back to editing' }).click();
  await panel.page.screenshot({ path: 'test-results/screens/editor-picked.png', fullPage: true });

  await panel.page.getByRole('button', { name: 'Save tip' }).click();
  await expect(panel.page.getByTestId('editor-status')).toHaveText('Saved “Say what you do in your headline”. You find it under My tips.');
  const mine = (await readStore<StoredTip>(sw, 'tips')).filter((t) => t.packId === 'local');
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ title: 'Say what you do in your headline', contexts: ['linkedin.profile.edit'], source: SOURCE, locator: { role: 'textbox', name: 'Headline*', tag: 'textarea', frame: { top: true, host: 'www.linkedin.com' } } });
  expect(await readStore(sw, 'drafts')).toEqual([]);
  expect((await readStore<{ id: string; name: string }>(sw, 'packs')).find((p) => p.id === 'local')?.name).toBe('Mia’s tips');

  // My tips lists it; export it.
  await panel.go('My tips');
  await expect(panel.page.locator('[data-my-tip]')).toHaveCount(1);
  await panel.page.screenshot({ path: 'test-results/screens/my-tips.png', fullPage: true });
  const downloading = panel.page.waitForEvent('download');
  await panel.page.getByRole('button', { name: 'Export 1 tip' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('mia-s-tips.tandem-pack.json');
  const packPath = join(mkdtempSync(join(tmpdir(), 'tandem-pack-')), download.suggestedFilename());
  await download.saveAs(packPath);
  await expect(panel.page.getByTestId('mytips-status')).toHaveText('Exported 1 tip as mia-s-tips.tandem-pack.json.');

  // ── The mentee: a fresh browser profile ──
  const menteeProfile = mkdtempSync(join(tmpdir(), 'tandem-mentee-'));
  const mentee = await launchBrowser(menteeProfile);
  try {
    const menteeSw = await serviceWorkerOf(mentee);
    await waitForSeed(menteeSw);
    const requests: string[] = [];
    mentee.on('request', (r) => {
      if (!/^(chrome-extension|data|blob):/.test(r.url()) && !/linkedin\.com|licdn\.com/.test(new URL(r.url()).hostname)) requests.push(r.url());
    });
    const tab = mentee.pages()[0] ?? (await mentee.newPage());
    await tab.goto('https://www.linkedin.com/in/peter-miller-senior/');
    const menteePanel = await AuthoringPanel.open(mentee, extensionId);
    await menteePanel.go('Settings');
    await menteePanel.page.getByLabel('Choose a pack file').setInputFiles(packPath);
    const card = menteePanel.page.getByTestId('import-preview');
    await expect(card.getByRole('heading')).toHaveText('Import “Mia’s tips” by Mia?');
    await expect(card.getByRole('heading')).toBeFocused();
    await expect(card.locator('[data-count="new"]')).toHaveText('1 new tip');
    await card.scrollIntoViewIfNeeded();
    await menteePanel.page.screenshot({ path: 'test-results/screens/import-preview.png' });
    await card.getByRole('button', { name: 'Import' }).click();
    await expect(menteePanel.page.getByTestId('import-status')).toHaveText('Imported “Mia’s tips”: 1 new, 0 updated, 0 deleted.');
    const imported = (await readStore<StoredTip>(menteeSw, 'tips')).find((t) => t.id === mine[0]!.id);
    expect(imported).toMatchObject({ title: 'Say what you do in your headline', source: SOURCE, locator: { name: 'Headline*' } });
    expect(imported?.packId).toMatch(/^pack-/);
    await expect(menteePanel.page.locator(`[data-pack-id="${imported!.packId}"]`)).toContainText('imported · 1 tip · by Mia');

    // Importing the same file again changes nothing.
    await menteePanel.page.getByLabel('Choose a pack file').setInputFiles(packPath);
    await expect(card.locator('[data-count="unchanged"]')).toHaveText('1 tip unchanged');
    await expect(card.getByText('Nothing to import: you already have all of these tips.')).toBeVisible();
    await card.getByRole('button', { name: 'Cancel' }).click();

    // Client-side navigation to the modal "Edit intro" form; the tip is listed there.
    await tab.getByRole('link', { name: 'Edit intro' }).first().click();
    await expect(tab.getByRole('dialog', { name: 'Edit intro' })).toBeVisible();
    await menteePanel.go('Tips');
    await expect(menteePanel.contextName).toHaveText('Editing your profile');
    await menteePanel.tip(imported!.id).click();
    // The mentor's source travels with the tip and opens in a new tab, without a referrer.
    const learnMore = menteePanel.page.getByRole('link', { name: 'Learn more at linkedin.com (opens in a new tab)' });
    await expect(learnMore).toHaveAttribute('href', SOURCE);
    await expect(learnMore).toHaveAttribute('target', '_blank');
    await expect(learnMore).toHaveAttribute('rel', 'noopener noreferrer');
    await menteePanel.page.getByRole('button', { name: 'Show me on the page' }).click();
    const result = menteePanel.page.getByTestId('show-me-result');
    await expect(result).toHaveAttribute('data-status', 'found');
    await expect(result).toHaveText('Step 1 of 2 is shown on the page, at “Headline*”.');

    // The highlight really surrounds the headline field, in the top layer, in a closed shadow root.
    const cdp = await mentee.newCDPSession(tab);
    const field = (await tab.locator(HEADLINE).boundingBox())!;
    const box = await overlayBox(cdp);
    expect(box).not.toBeNull();
    expect(box!.popoverOpen).toBe(true);
    expect(Math.abs(box!.x - (field.x - 4))).toBeLessThan(2);
    expect(Math.abs(box!.y - (field.y - 4))).toBeLessThan(2);
    expect(Math.abs(box!.width - (field.width + 8))).toBeLessThan(2);
    expect(Math.abs(box!.height - (field.height + 8))).toBeLessThan(2);
    const [x, y] = (await result.getAttribute('data-rect'))!.split(',').map(Number);
    expect(Math.abs(x! - field.x)).toBeLessThan(2);
    expect(Math.abs(y! - field.y)).toBeLessThan(2);
    // The page's own scripts see the host element but not inside it.
    expect(await tab.evaluate(() => document.querySelector('tandem-tips-layer')?.shadowRoot ?? 'closed')).toBe('closed');
    await tab.screenshot({ path: 'test-results/screens/show-me-linkedin-edit.png' });
    await menteePanel.page.screenshot({ path: 'test-results/screens/show-me-panel.png', fullPage: true });

    // Esc closes it — and only it: LinkedIn's dialog underneath stays open.
    await tab.keyboard.press('Escape');
    await expect.poll(() => tab.evaluate(() => document.querySelectorAll('tandem-tips-layer').length)).toBe(0);
    await expect(tab.getByRole('dialog', { name: 'Edit intro' })).toBeVisible();
    expect(requests).toEqual([]);
  } finally {
    await mentee.close();
    rmSync(menteeProfile, { recursive: true, force: true });
  }
});
