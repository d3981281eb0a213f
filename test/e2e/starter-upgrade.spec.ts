import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import { expect, launchBrowser, readStore, serviceWorkerOf, test, waitForSeed } from './extension';
import { fixturePath } from './sites';
import { SidePanel } from './pages/side-panel';
import { seriousViolations } from './support/axe';

interface Profile {
  packs: { id: string; version: number }[];
  tips: { id: string; contexts: string[]; steps: string[] }[];
  progress: { tipId: string; status: string }[];
}

const profile = JSON.parse(readFileSync(fixturePath('profiles/starter-v3-with-progress.json'), 'utf8')) as Profile;
const TABLE_TIP = 'starter.excel.format-as-table';
const TABLE_SOURCE = 'https://support.microsoft.com/en-us/office/create-and-format-tables-e81aa349-b006-4f8a-9806-5af9df0ac664';

/** Puts the browser profile back to what an installed starter pack version 3 left in IndexedDB. */
async function installVersion3(sw: Worker): Promise<void> {
  await sw.evaluate(
    (rows) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('tandem-tips');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['packs', 'tips', 'progress'], 'readwrite');
          for (const store of ['packs', 'tips', 'progress'] as const) {
            tx.objectStore(store).clear();
            for (const row of rows[store]) tx.objectStore(store).put(row);
          }
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    profile,
  );
}

test('a profile with starter pack version 3 and progress upgrades on the next start: corrected text, its source, the same progress', async () => {
  test.setTimeout(90_000);
  mkdirSync('test-results/screens', { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'tandem-upgrade-'));
  try {
    let context = await launchBrowser(dir);
    let sw = await serviceWorkerOf(context);
    await waitForSeed(sw);
    const extensionId = new URL(sw.url()).host;
    await installVersion3(sw);
    expect((await readStore<{ version: number }>(sw, 'packs'))[0]?.version).toBe(3);
    expect((await readStore(sw, 'tips')).length).toBe(68);
    await context.close();

    // The next browser start: the extension finds version 3 and upgrades it.
    context = await launchBrowser(dir);
    sw = await serviceWorkerOf(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://www.office.com/launch/excel?auth=2&docId=8d7c6b5a');
    const panel = await SidePanel.open(context, extensionId);
    await expect.poll(async () => (await readStore<{ id: string; version: number }>(sw, 'packs')).find((p) => p.id === 'starter')?.version, { timeout: 15_000 }).toBe(4);
    expect(await readStore(sw, 'progress')).toEqual(profile.progress);
    const tips = await readStore<{ id: string; contexts: string[]; deletedAt?: number }>(sw, 'tips');
    expect(profile.tips.every((old) => tips.some((t) => t.id === old.id && t.deletedAt === undefined))).toBe(true);
    expect(tips.find((t) => t.id === 'starter.linkedin.personal-invitation-note')?.contexts).toEqual(['linkedin.profile.other']);

    // The corrected lesson, with the mentee's "tried" still on it.
    await panel.reload();
    await expect(panel.contextName).toHaveText('Home tab');
    await expect(panel.tip(TABLE_TIP).locator('[data-status]')).toHaveAttribute('data-status', 'tried');
    await panel.tip(TABLE_TIP).click();
    await expect(panel.detail).toContainText('or press Ctrl+L.');
    await expect(panel.detail).toContainText('Ctrl+T would open a new browser tab');
    const learnMore = panel.page.getByRole('link', { name: 'Learn more at support.microsoft.com (opens in a new tab)' });
    await expect(learnMore).toHaveAttribute('href', TABLE_SOURCE);
    await expect(learnMore).toHaveAttribute('target', '_blank');
    await expect(learnMore).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(panel.detail).toContainText('Checked against this page on November 29, 2026');
    await learnMore.scrollIntoViewIfNeeded();
    await panel.page.screenshot({ path: 'test-results/screens/upgraded-lesson-learn-more.png' });
    expect(await seriousViolations(panel.page, 'upgraded lesson')).toEqual([]);
    expect((await readStore<{ tipId: string; status: string }>(sw, 'progress')).find((p) => p.tipId === TABLE_TIP)?.status).toBe('tried');
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('in German', () => {
  test.use({ lang: 'de' });

  test('the opened lesson says where “Mehr erfahren” leads', async ({ context, extensionId }) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://www.office.com/launch/excel?auth=2&docId=8d7c6b5a');
    const panel = await SidePanel.open(context, extensionId);
    await expect(panel.contextName).toHaveText('Registerkarte „Formeln“');
    await panel.tip('starter.excel.browse-function-library').click();
    await expect(panel.detail).toContainText('die Sie zuletzt benutzt haben');
    const learnMore = panel.page.getByRole('link', { name: 'Mehr erfahren auf support.microsoft.com (öffnet in einem neuen Tab)' });
    await expect(learnMore).toHaveText(/Mehr erfahren/);
    await expect(learnMore).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(panel.detail).toContainText('Mit dieser Seite abgeglichen am 29. November 2026');
    await learnMore.scrollIntoViewIfNeeded();
    await panel.page.screenshot({ path: 'test-results/screens/lesson-learn-more-de.png' });
    expect(await seriousViolations(panel.page, 'lesson, German')).toEqual([]);
  });
});
