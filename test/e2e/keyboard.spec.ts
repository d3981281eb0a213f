import type { Locator, Page } from '@playwright/test';
import { expect, readStore, test, type ChromeApi } from './extension';
import { SidePanel } from './pages/side-panel';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it takes more than `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The focused element shows a visible focus ring (`:focus-visible` with a real outline). */
async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { focusVisible: el.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.focusVisible).toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

test('by keyboard alone: open a tip, mark it, go back with focus returned, add a note, open settings — with visible focus', async ({ context, sw, extensionId }) => {
  const tool = context.pages()[0]!;
  await tool.goto('https://www.linkedin.com/feed/');
  const panel = await SidePanel.open(context, extensionId);
  const { page } = panel;
  await expect(panel.tipItems.first()).toBeVisible();
  const tipId = (await panel.tipIds())[0]!;
  const tip = panel.tip(tipId);

  // Open the first tip: Tab to it, Enter. Focus moves to the tip's heading.
  await tabTo(page, tip);
  await expectVisibleFocus(tip);
  await page.keyboard.press('Enter');
  await expect(panel.detail).toBeVisible();
  await expect(panel.detail.getByRole('heading', { level: 1 })).toBeFocused();

  // Mark it tried with Space; the confirmation is spoken (role=status) and stored.
  const tried = panel.detail.getByRole('button', { name: 'I tried it' });
  await tabTo(page, tried);
  await expectVisibleFocus(tried);
  await page.keyboard.press('Space');
  await expect(panel.detail.getByRole('status').first()).toHaveText('Saved: Tried');
  await expect(tried).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await readStore<{ tipId: string; status: string }>(sw, 'progress')).find((p) => p.tipId === tipId)?.status).toBe('tried');
  await page.screenshot({ path: 'test-results/screens/keyboard-tip-marked.png' });

  // Esc goes back to the list, and focus returns to the tip that was open.
  await page.keyboard.press('Escape');
  await expect(panel.detail).toHaveCount(0);
  await expect(tip).toBeFocused();
  await expectVisibleFocus(tip);

  // Add a note for this page: Tab into the note field, type, Tab to "Save note", Enter.
  const body = page.getByTestId('note-composer').getByRole('textbox', { name: 'Your note (Markdown)' });
  await tabTo(page, body);
  await expectVisibleFocus(body);
  await page.keyboard.type('Ask Mia how saved posts sync to the phone');
  const save = page.getByTestId('note-composer').getByRole('button', { name: 'Save note' });
  await tabTo(page, save);
  await expectVisibleFocus(save);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('composer-status')).toContainText('Note saved.');
  await expect(body).toHaveValue('');
  const notes = await readStore<{ body: string; context?: string }>(sw, 'notes');
  expect(notes).toEqual([expect.objectContaining({ body: 'Ask Mia how saved posts sync to the phone', context: 'linkedin.feed' })]);
  await page.screenshot({ path: 'test-results/screens/keyboard-note-saved.png' });

  // Open settings from the navigation: Shift+Tab back up to "More", Enter opens it, Tab to
  // Settings, Enter. "More" then carries the current view's name.
  const more = page.getByRole('navigation').getByRole('button', { name: 'More' });
  await tabTo(page, more, { back: true, max: 120 });
  await expectVisibleFocus(more);
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const settingsLink = page.getByRole('navigation').getByRole('link', { name: 'Settings' });
  await tabTo(page, settingsLink, { max: 10 });
  await expectVisibleFocus(settingsLink);
  await page.screenshot({ path: 'test-results/screens/keyboard-nav-more.png' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const current = page.getByRole('navigation').getByRole('button', { name: 'Settings, more sections' });
  await expect(current).toHaveAttribute('aria-current', 'page');
  await expect(current).toHaveAttribute('aria-expanded', 'false');
  const mentee = page.getByRole('radio', { name: /^Mentee/ });
  await tabTo(page, mentee);
  await expectVisibleFocus(mentee);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Mentor/ })).toBeChecked();
  const storedRole = () =>
    sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return ((await api.storage.local.get('settings')) as { settings?: { role: string } }).settings?.role;
    });
  await expect.poll(storedRole).toBe('mentor');
  await page.screenshot({ path: 'test-results/screens/keyboard-settings.png' });
});
