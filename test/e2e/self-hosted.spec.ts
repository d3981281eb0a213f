import type { Worker } from '@playwright/test';
import { badgeOf, E2E_EXTENSION_PATH, expect, test, type ChromeApi } from './extension';
import { OptionsPage } from './pages/options';
import { SidePanel } from './pages/side-panel';

test.use({ extensionPath: E2E_EXTENSION_PATH });

const registered = (sw: Worker) =>
  sw.evaluate(async () =>
    (await (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.getRegisteredContentScripts()).map((s) => `${s.id} ${s.matches?.join()}`),
  );

test('a self-hosted Tableau Server added in the options page is detected like Tableau Cloud; removing it stops that', async ({ context, sw, extensionId }) => {
  const authoring = 'https://tableau.example.org/t/finance/authoring/Superstore/Sales';
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(authoring);
  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.emptyState).toBeVisible();

  const options = await OptionsPage.open(context, extensionId);
  // Bad input gets a clear message and changes nothing.
  await options.hostInput.fill('http://tableau.example.org:8080');
  await options.page.getByRole('button', { name: 'Add and allow access' }).click();
  await expect(options.page.getByText('That is not a web address Tandem Tips can use.', { exact: false })).toBeVisible();
  await expect(options.hostList).toHaveCount(0);

  await options.hostInput.fill('https://tableau.example.org/#/site/finance/home');
  await options.page.getByLabel('Tool', { exact: true }).selectOption('tableau');
  await options.page.getByRole('button', { name: 'Add and allow access' }).click();
  await expect(options.page.getByRole('status').filter({ hasText: 'tableau.example.org added' })).toBeVisible();
  await expect(options.host('tableau.example.org')).toContainText('Access allowed');
  await expect.poll(() => registered(sw)).toEqual(['custom-tableau https://tableau.example.org/*']);
  await options.page.screenshot({ path: 'test-results/screens/options-hosts.png', fullPage: true });

  // Back to the Tableau tab (the panel follows the tab used last) and load it again.
  await page.bringToFront();
  await page.reload();
  await expect(panel.contextName).toHaveText('Editing a sheet (web authoring)');
  const ids = await panel.tipIds();
  expect(ids).toContain('starter.tableau.build-chart-rows-columns');
  await expect.poll(() => badgeOf(sw, page)).toBe(String(ids.length));

  await options.page.getByRole('button', { name: 'Remove tableau.example.org' }).click();
  await expect(options.page.getByRole('status').filter({ hasText: 'tableau.example.org removed' })).toBeVisible();
  await expect.poll(() => registered(sw)).toEqual([]);
  await page.bringToFront();
  await page.reload();
  await expect(panel.emptyState).toBeVisible();
  const stored = await sw.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('customHosts')).customHosts);
  expect(stored).toEqual([]);
});
