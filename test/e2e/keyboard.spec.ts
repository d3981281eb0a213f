import type { Locator, Page } from '@playwright/test';
import { expect, readStore, test } from './extension';
import { NotesPanel } from './pages/notes';
import { SidePanel } from './pages/side-panel';
import { routeSites } from './sites';

type StorageApi = { storage: { local: { get: (key: string) => Promise<{ settings?: { role?: string } }> } } };

/** Presses Tab until `target` has focus (at most `max` times): it is reachable in tab order. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with Tab: ${target.toString()}`);
}

/** The focused element shows a focus ring a person can see. */
async function expectVisibleFocus(target: Locator): Promise<void> {
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.visible).toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

test('keyboard alone: open a tip, mark it, go back, write a note, open settings — with visible focus', async ({ context, sw, extensionId }) => {
  await routeSites(context);
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/feed/');
  const panel = await SidePanel.open(context, extensionId);
  const page = panel.page;
  await expect(panel.tipItems.first()).toBeVisible();
  const firstId = (await panel.tipIds())[0]!;

  // Open the first tip with Enter.
  const opener = panel.tip(firstId);
  await tabTo(page, opener);
  await expectVisibleFocus(opener);
  await page.keyboard.press('Enter');
  await expect(panel.detail).toBeVisible();
  await expect(panel.detail.getByRole('heading', { level: 1 })).toBeFocused();

  // Mark it with Space.
  const tried = page.getByRole('button', { name: 'I tried it' });
  await tabTo(page, tried);
  await expectVisibleFocus(tried);
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Tried' })).toBeVisible();
  await expect.poll(async () => (await readStore<{ tipId: string; status: string }>(sw, 'progress')).find((p) => p.tipId === firstId)?.status).toBe('tried');

  // Esc goes back to the list; focus returns to the tip that was open.
  await page.keyboard.press('Escape');
  await expect(panel.detail).toHaveCount(0);
  await expect(opener).toBeFocused();

  // Write a note: Tab to the note field, type, Tab to Save, Enter.
  const notes = new NotesPanel(page);
  await tabTo(page, notes.body);
  await page.keyboard.type('Ask Mia how saved posts are sorted');
  await tabTo(page, notes.save);
  await expectVisibleFocus(notes.save);
  await page.keyboard.press('Enter');
  await expect(notes.card('Ask Mia how saved posts are sorted')).toBeVisible();
  await expect.poll(async () => (await readStore<{ body: string; draftedAt?: number }>(sw, 'notes')).find((n) => n.body === 'Ask Mia how saved posts are sorted')?.draftedAt).toBeUndefined();

  // Open settings from the navigation: Shift+Tab back up to it, Enter.
  const settings = page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true });
  for (let i = 0; i < 120 && !(await settings.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(settings).toBeFocused();
  await expectVisibleFocus(settings);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // Tab reaches the chosen role; arrow keys choose another, as in every form, and it is kept.
  await tabTo(page, page.getByRole('radio', { name: /^Mentee/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Mentor/ })).toBeChecked();
  await expect.poll(async () => (await sw.evaluate(() => (globalThis as unknown as { chrome: StorageApi }).chrome.storage.local.get('settings'))).settings?.role).toBe('mentor');
});
