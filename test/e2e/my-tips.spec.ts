import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, readStore, test } from './extension';
import { AuthoringPanel } from './pages/authoring';

/** Drops a file with this text on an element, as a person dragging it from the desktop would. */
async function dropFile(page: Page, testId: string, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, body]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body!], fileName!, { type: 'application/json' }));
      return dt;
    },
    [name, text],
  );
  const zone = page.getByTestId(testId);
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

interface StoredTip {
  id: string;
  packId: string;
  title: string;
  deletedAt?: number;
}

test('my tips: write, duplicate, edit, filter, delete as a tombstone; packs: drag-and-drop import, refusing my own, removing one keeps progress', async ({ context, sw, extensionId }) => {
  test.setTimeout(90_000);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  const panel = await AuthoringPanel.open(context, extensionId);
  await panel.becomeMentor('Jonas');

  await panel.go('Write a tip');
  await expect(panel.page.getByRole('checkbox', { name: 'Feed' })).toBeChecked();
  await panel.field('Title').fill('Follow a hashtag');
  await panel.field('Step 1').fill('Search for **#reversementoring** and click *Follow*.');
  await panel.page.getByRole('button', { name: 'Save tip' }).click();
  await expect(panel.page.getByTestId('editor-status')).toContainText('Saved “Follow a hashtag”');

  await panel.go('My tips');
  const items = panel.page.locator('[data-my-tip]');
  await expect(items).toHaveCount(1);
  await items.first().getByRole('button', { name: 'Duplicate' }).click();
  await expect(panel.page.getByTestId('mytips-status')).toHaveText('Copied as “Follow a hashtag (copy)”.');
  await expect(items).toHaveCount(2);

  // Edit the copy.
  const copy = items.filter({ hasText: 'Follow a hashtag (copy)' });
  await copy.getByRole('link', { name: 'Edit' }).click();
  await expect(panel.page.getByRole('heading', { name: 'Edit your tip' })).toBeVisible();
  await expect(panel.field('Title')).toHaveValue('Follow a hashtag (copy)');
  await panel.field('Title').fill('Mute a hashtag');
  await panel.page.getByRole('button', { name: 'Save tip' }).click();
  await expect(panel.page.getByTestId('editor-status')).toContainText('Saved “Mute a hashtag”');
  await panel.go('My tips');
  await expect(items.filter({ hasText: 'Mute a hashtag' })).toHaveCount(1);

  // Filters.
  await panel.page.getByLabel('Tool').selectOption('excel');
  await expect(panel.page.getByText('None of your tips match this filter.')).toBeVisible();
  await panel.page.getByLabel('Tool').selectOption('linkedin');
  await panel.page.getByLabel('Page').selectOption('linkedin.feed');
  await expect(items).toHaveCount(2);
  await panel.page.getByLabel('Page').selectOption('linkedin.jobs');
  await expect(items).toHaveCount(0);
  await panel.page.getByLabel('Tool').selectOption('');

  // Delete: asks first, then leaves a tombstone.
  const mute = items.filter({ hasText: 'Mute a hashtag' });
  await mute.getByRole('button', { name: 'Delete' }).click();
  await expect(mute.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await panel.page.screenshot({ path: 'test-results/screens/my-tips-confirm-delete.png' });
  await mute.getByRole('button', { name: 'Delete' }).click();
  await expect(panel.page.getByTestId('mytips-status')).toHaveText('Deleted “Mute a hashtag”.');
  await expect(items).toHaveCount(1);
  const stored = (await readStore<StoredTip>(sw, 'tips')).filter((t) => t.packId === 'local');
  expect(stored.map((t) => [t.title, t.deletedAt === undefined]).sort()).toEqual([
    ['Follow a hashtag', true],
    ['Mute a hashtag', false],
  ]);

  // My own tip is on the tips list of the feed.
  await panel.go('Tips');
  const own = stored.find((t) => t.title === 'Follow a hashtag')!;
  await expect(panel.tip(own.id)).toBeVisible();

  // Export, then drop my own pack back: refused plainly.
  await panel.go('My tips');
  const downloading = panel.page.waitForEvent('download');
  await panel.page.getByRole('button', { name: 'Export 1 tip' }).click();
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  const exported = JSON.parse(text);
  expect(exported.tips).toHaveLength(2); // the tombstone travels too
  await panel.go('Settings');
  await dropFile(panel.page, 'pack-dropzone', 'jonas.tandem-pack.json', text);
  await expect(panel.page.getByTestId('import-problem')).toHaveText('This pack holds your own tips; they are already here. Nothing was changed.');

  // A partner's pack (another id) dropped on the panel: preview, import, then remove it.
  const partner = { ...exported, pack: { ...exported.pack, id: 'pack-partner', name: 'Lena’s tips', author: 'Lena' }, tips: exported.tips.map((t: StoredTip) => ({ ...t, id: `lena-${t.id}` })) };
  await dropFile(panel.page, 'pack-dropzone', 'lena.tandem-pack.json', JSON.stringify(partner));
  await expect(panel.page.getByTestId('import-problem')).toHaveCount(0);
  const card = panel.page.getByTestId('import-preview');
  await expect(card.locator('[data-count="new"]')).toHaveText('1 new tip');
  await card.getByRole('button', { name: 'Import' }).click();
  await expect(panel.page.getByTestId('import-status')).toHaveText('Imported “Lena’s tips”: 1 new, 0 updated, 0 deleted.');

  await panel.go('Tips');
  await panel.tip(`lena-${own.id}`).click();
  await panel.page.getByRole('button', { name: 'I tried it' }).click();
  await expect(panel.page.getByRole('status').filter({ hasText: 'Saved: Tried' })).toBeVisible();

  await panel.go('Settings');
  const pack = panel.page.locator('[data-pack-id="pack-partner"]');
  await expect(pack).toContainText('imported · 1 tip · by Lena');
  await pack.getByRole('button', { name: 'Remove pack “Lena’s tips”' }).click();
  await pack.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(panel.page.getByText('Removed “Lena’s tips” and its 1 tip. Notes and progress were kept.')).toBeVisible();
  await expect(pack).toHaveCount(0);
  expect((await readStore<StoredTip>(sw, 'tips')).filter((t) => t.packId === 'pack-partner')).toEqual([]);
  expect((await readStore<{ tipId: string; status: string }>(sw, 'progress')).find((p) => p.tipId === `lena-${own.id}`)?.status).toBe('tried');
  await panel.page.screenshot({ path: 'test-results/screens/settings-packs.png', fullPage: true });
});
