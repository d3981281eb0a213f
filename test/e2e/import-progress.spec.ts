import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { exchangeFileText, packFileText } from '../../bench/import-scale.ts';
import { generators } from '../../bench/scale-data.ts';
import { expect, readStore, test } from './extension';

// Big files are made here, not committed: a 5,000-tip pack, a 10,000-record exchange file, a backup of 10,000 notes.
let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-progress-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeTemp(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Records everything the progress bar says (in the page, so nothing slips between two polls). */
const WATCH_PROGRESS = `
  window.__progressSeen = [];
  new MutationObserver(() => {
    const bar = document.querySelector('[role="progressbar"]');
    const text = bar?.getAttribute('aria-valuetext');
    const seen = window.__progressSeen;
    if (bar && seen.at(-1)?.text !== text) {
      const now = bar.getAttribute('aria-valuenow');
      seen.push({ now: now === null ? null : Number(now), max: Number(bar.getAttribute('aria-valuemax')), text });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuetext'] });
`;

interface Seen {
  now: number | null;
  max: number;
  text: string;
}
const seenSoFar = (page: Page) => page.evaluate(() => (window as unknown as { __progressSeen: Seen[] }).__progressSeen);

async function openPanel(page: Page, extensionId: string, hash: string): Promise<void> {
  await page.setViewportSize({ width: 400, height: 800 });
  await page.addInitScript(WATCH_PROGRESS);
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html${hash}`);
}

/**
 * Slows the page's CPU, as a busy laptop would: the check then takes long enough to be seen
 * and cancelled by a test, whatever this machine's speed.
 */
async function slowDown(page: Page, rate = 10): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Waits until the bar counts checked records (past zero, not yet all), i.e. mid-check. */
async function midCheck(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const bar = document.querySelector('[role="progressbar"]');
    const now = Number(bar?.getAttribute('aria-valuenow') ?? 0);
    return now > 0 && now < Number(bar?.getAttribute('aria-valuemax'));
  });
}

const tableCounts = async (sw: Worker, stores: string[]) => Object.fromEntries(await Promise.all(stores.map(async (s) => [s, (await readStore(sw, s)).length] as const)));

test('a 5,000-tip pack shows its tips counted while it is checked, then the preview, then Saving… and the result', async ({ context, sw, extensionId }) => {
  test.slow();
  const pack = writeTemp('big.tandem-pack.json', packFileText(5_000, 'programme.big'));
  const page = await context.newPage();
  await openPanel(page, extensionId, '#settings');
  const before = (await readStore(sw, 'tips')).length;

  await page.getByLabel('Choose a pack file').setInputFiles(pack);
  const bar = page.getByRole('progressbar', { name: 'Import progress' });

  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(bar).toHaveCount(0);
  await expect(preview).toContainText('5000 new tips');
  const checking = (await seenSoFar(page)).filter((s) => s.now !== null);
  const counts = checking.map((s) => s.now!);
  // Counts were seen rising in several steps, never going back, well past the middle.
  expect(counts.length).toBeGreaterThanOrEqual(3);
  expect([...counts].sort((a, b) => a - b)).toEqual(counts);
  expect(counts.at(-1)).toBeGreaterThan(2_500);
  expect(checking.every((s) => s.max === 5_000)).toBe(true);
  for (const { now, text } of checking) expect(text).toBe(`Checking tips: ${now!.toLocaleString('en-US')} of 5,000`);
  expect((await seenSoFar(page)).map((s) => s.text)).toEqual(['Reading the file…', ...checking.map((s) => s.text), 'Comparing with what is stored here…']);

  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-status')).toContainText('5000 new', { timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // The write was shown as saving, without a count it could not keep.
  expect((await seenSoFar(page)).at(-1)).toEqual({ now: null, max: 0, text: 'Saving…' });
  const tips = await readStore<{ packId: string }>(sw, 'tips');
  expect(tips.length).toBe(before + 5_000);
  expect(tips.filter((t) => t.packId === 'programme.big')).toHaveLength(5_000);
  expect((await readStore<{ id: string }>(sw, 'packs')).map((p) => p.id)).toContain('programme.big');
});

test('cancelling a pack import mid-check changes nothing, says so, and the file can be chosen again', async ({ context, sw, extensionId }) => {
  test.slow();
  const pack = writeTemp('cancel.tandem-pack.json', packFileText(5_000, 'programme.cancel'));
  const page = await context.newPage();
  await openPanel(page, extensionId, '#settings');
  const tipsBefore = await readStore(sw, 'tips');
  const packsBefore = await readStore(sw, 'packs');
  await slowDown(page, 20);

  const input = page.getByLabel('Choose a pack file');
  await input.setInputFiles(pack);
  await midCheck(page);
  // Cancel at once, while the check surely still runs; what the bar said meanwhile is read after.
  const cancel = page.getByTestId('progress-cancel');
  await expect(cancel).toBeFocused();
  await expect(cancel).toHaveAccessibleName('Cancel');
  await cancel.click({ force: true });
  const counted = (await seenSoFar(page)).filter((seen) => seen.now !== null);
  expect(counted.at(-1)).toMatchObject({ max: 5_000, text: expect.stringMatching(/^Checking tips: [\d,]+ of 5,000$/) });
  await expect(page.getByTestId('import-status')).toHaveText('Import cancelled — nothing was changed.');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await expect(page.getByTestId('import-problem')).toHaveCount(0);
  await expect(input).toBeFocused();
  await page.getByTestId('import-status').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/progress-pack-cancelled-en.png' });

  // IndexedDB: not one tip or pack more (read from the stores themselves).
  expect(await readStore(sw, 'tips')).toEqual(tipsBefore);
  expect(await readStore(sw, 'packs')).toEqual(packsBefore);

  // The same file again, this time to the end.
  await slowDown(page, 1);
  await input.setInputFiles(pack);
  await expect(page.getByTestId('import-preview')).toContainText('5000 new tips', { timeout: 30_000 });
  await expect(page.getByTestId('import-status')).toHaveText('');
});

test('cancelling a 10,000-record exchange import mid-check changes nothing', async ({ context, sw, extensionId }) => {
  test.slow();
  const file = writeTemp('partner.tandem.json', exchangeFileText({ notes: 10_000, goals: 0, meetings: 0 }));
  const page = await context.newPage();
  await openPanel(page, extensionId, '#exchange');
  const stores = ['notes', 'goals', 'meetings', 'tips', 'packs', 'knowledge', 'exchanges', 'partnerProgress'];
  const before = await Promise.all(stores.map((s) => readStore(sw, s)));
  await slowDown(page);

  await page.getByTestId('import-file').setInputFiles(file);
  await midCheck(page);
  expect((await seenSoFar(page)).filter((seen) => seen.now !== null).at(-1)?.text).toMatch(/^Checking records: [\d,]+ of 10,000$/);
  await page.getByTestId('progress-cancel').click();
  await expect(page.getByTestId('import-status')).toHaveText('Import cancelled — nothing was changed.');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await expect(page.getByTestId('import-file')).toBeFocused();
  expect(await Promise.all(stores.map((s) => readStore(sw, s)))).toEqual(before);

  // Again, to the end: the preview, then one write of all 10,000.
  await slowDown(page, 1);
  await page.getByTestId('import-file').setInputFiles(file);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await preview.getByRole('button', { name: 'Import these changes' }).click();
  await expect(page.getByTestId('import-status')).toContainText('10000', { timeout: 60_000 });
  expect((await readStore(sw, 'notes')).length).toBe((before[0] as unknown[]).length + 10_000);
});

test('cancelling a backup restore mid-check changes nothing', async ({ context, sw, extensionId }) => {
  test.slow();
  const options = await context.newPage();
  await options.setViewportSize({ width: 400, height: 800 });
  await options.addInitScript(WATCH_PROGRESS);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download a backup' }).click()]);
  const small = join(dir, 'small.tandem-backup.json');
  await download.saveAs(small);
  // The same backup with 10,000 notes more (the checksum recomputed, as the extension writes it).
  const file = JSON.parse(readFileSync(small, 'utf8')) as { settings: unknown; customHosts: unknown; tables: Record<string, unknown[]>; sha256: string };
  const g = generators(3);
  file.tables.notes = Array.from({ length: 10_000 }, (_, i) => g.note(`backup-note-${i}`, 'linkedin.feed', i, []));
  file.sha256 = createHash('sha256').update(JSON.stringify({ settings: file.settings, customHosts: file.customHosts, tables: file.tables })).digest('hex');
  const big = writeTemp('big.tandem-backup.json', JSON.stringify(file));
  const stores = ['tips', 'packs', 'notes', 'progress', 'tools'];
  const before = await Promise.all(stores.map((s) => readStore(sw, s)));
  const counts = await tableCounts(sw, stores);
  await slowDown(options);

  await options.getByTestId('restore-file').setInputFiles(big);
  await midCheck(options);
  await expect(options.getByRole('progressbar')).toHaveAttribute('aria-valuetext', /^Checking records: [\d,]+ of [\d,]+$/);
  await options.getByTestId('progress').scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'test-results/screens/progress-restore-en.png' });
  await options.getByTestId('progress-cancel').click();
  await expect(options.getByTestId('backup-status')).toHaveText('Import cancelled — nothing was changed.');
  await expect(options.getByTestId('restore-preview')).toHaveCount(0);
  await expect(options.getByTestId('restore-file')).toBeFocused();
  expect(await Promise.all(stores.map((s) => readStore(sw, s)))).toEqual(before);
  expect(await tableCounts(sw, stores)).toEqual(counts);
});

test.describe('in German', () => {
  test.use({ lang: 'de' });

  test('the pack check counts in German and cancels with a German message', async ({ context, sw, extensionId }) => {
    test.slow();
    const pack = writeTemp('de.tandem-pack.json', packFileText(5_000, 'programme.de'));
    const page = await context.newPage();
    await openPanel(page, extensionId, '#settings');
    const tipsBefore = await readStore(sw, 'tips');
    await slowDown(page);
    await page.getByLabel('Paketdatei auswählen').setInputFiles(pack);
    await midCheck(page);
    // Cancel at once (no wait for the button to hold still: a throttled page takes long to say so),
    // while the check surely still runs; what the bar said meanwhile is read after.
    await page.getByTestId('progress-cancel').click({ force: true });
    const counted = (await seenSoFar(page)).filter((seen) => seen.now !== null);
    expect(counted.at(-1)).toMatchObject({ max: 5_000, text: expect.stringMatching(/^Tipps werden geprüft: [\d.]+ von 5\.000$/) });
    await expect(page.getByTestId('progress-cancel')).toHaveCount(0);
    await slowDown(page, 1);
    await expect(page.getByTestId('import-status')).toHaveText('Import abgebrochen – es wurde nichts geändert.');
    await page.getByTestId('import-status').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/progress-pack-cancelled-de.png' });
    expect(await readStore(sw, 'tips')).toEqual(tipsBefore);
  });
});
