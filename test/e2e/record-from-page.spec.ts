import type { Page, Worker } from '@playwright/test';
import { expect, test, type ChromeApi } from './extension';
import { AuthoringPanel, overlayCallout } from './pages/authoring';

const PROFILE_URL = 'https://www.linkedin.com/in/peter-miller-senior/';

type Dispatchable = { dispatch(...args: unknown[]): void };

/**
 * Fires the extension's real listeners for the keyboard shortcut or the page's context-menu item on
 * that tab, with the data Chrome sends. Headless Chromium delivers neither a shortcut nor a menu.
 */
async function fromPage(sw: Worker, page: Page, how: 'shortcut' | 'menu'): Promise<void> {
  await sw.evaluate(
    async ({ how, pageUrl }) => {
      const api = (globalThis as unknown as { chrome: ChromeApi & { commands: { onCommand: Dispatchable }; contextMenus: { onClicked: Dispatchable } } }).chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
      if (!tab) throw new Error(`no tab for ${pageUrl}`);
      if (how === 'shortcut') api.commands.onCommand.dispatch('record-steps', tab);
      else api.contextMenus.onClicked.dispatch({ menuItemId: 'tandem-record-steps', pageUrl, frameId: 0, editable: false }, tab);
    },
    { how, pageUrl: page.url() },
  );
}

test('the keyboard shortcut and the page’s context menu start recording in that tab: the panel goes to Write a tip and records there', async ({ context, sw, extensionId }) => {
  test.setTimeout(180_000);
  const tool = context.pages()[0] ?? (await context.newPage());
  await tool.goto(PROFILE_URL);
  const panel = await AuthoringPanel.open(context, extensionId);
  await panel.becomeMentor('Mia');
  await panel.go('Tips');
  const { page } = panel;
  // The real panel is no tab: the page stays the tab shown.
  await tool.bringToFront();
  const indicator = page.getByTestId('recording-indicator');
  const cdp = await context.newCDPSession(tool);

  // Alt+Shift+R on LinkedIn.
  await fromPage(sw, tool, 'shortcut');
  await expect(page).toHaveURL(/#write$/);
  await expect(indicator).toContainText('Recording on “');
  await expect(indicator).toContainText('0 steps so far');
  await expect.poll(async () => (await overlayCallout(cdp))?.title).toBe('Recording steps');
  await tool.getByRole('link', { name: 'Edit intro' }).first().click();
  await expect(indicator).toContainText('1 step so far');
  // A dispatched shortcut is no gesture of a person's: the browser shows the extension nothing of the tab.
  await expect(page.getByTestId('picture-note')).toContainText('Steps are recorded without pictures');
  await page.getByRole('button', { name: 'Stop recording' }).click();
  await expect(panel.field('Step 1')).toHaveValue('Click **Edit intro**');
  // Taken once: a reload of the panel does not start again.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Record more steps' })).toBeVisible();
  await expect(indicator).toHaveCount(0);

  // The context menu on the page, from another view.
  await panel.go('Meeting');
  await fromPage(sw, tool, 'menu');
  await expect(page).toHaveURL(/#write$/);
  await expect(indicator).toContainText('0 steps so far');
  await tool.getByRole('dialog', { name: 'Edit intro' }).getByRole('button', { name: 'Save' }).click();
  await expect(indicator).toContainText('1 step so far');
  await tool.keyboard.press('Escape');
  await expect(page.getByTestId('record-status')).toHaveText('Recording ended with 1 step. Check its text below before saving.');
  await expect(panel.field('Step 2')).toHaveValue('Click **Save**');
});

test('a mentee’s shortcut records nothing: only people who write tips record them', async ({ context, sw, extensionId }) => {
  test.setTimeout(120_000);
  const tool = context.pages()[0] ?? (await context.newPage());
  await tool.goto(PROFILE_URL);
  await sw.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await api.storage.local.set({ settings: { lang: 'auto', role: 'mentee', myName: 'Peter', partnerName: 'Mia' } });
  });
  const panel = await AuthoringPanel.open(context, extensionId);
  await expect(panel.page.getByRole('navigation').getByRole('link', { name: 'Notes', exact: true })).toBeVisible();
  await fromPage(sw, tool, 'shortcut');
  await expect.poll(() => sw.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.get('recordRequest')).length)).toBe(1);
  await expect(panel.page).not.toHaveURL(/#write/);
  expect(await overlayCallout(await context.newCDPSession(tool))).toBeNull();
});
