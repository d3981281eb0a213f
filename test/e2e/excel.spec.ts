import { badgeOf, expect, readStore, test } from './extension';
import { SidePanel } from './pages/side-panel';

test.use({ lang: 'de' });

test('Excel workbook in an office.com iframe with „Formeln“ selected: German panel lists formula tips', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.office.com/launch/excel?auth=2&docId=8d7c6b5a');
  const workbook = page.frameLocator('iframe[src*="officeapps.live.com"]');
  const ribbon = workbook.getByRole('tablist', { name: 'Menüband-Registerkarten' });
  await expect(ribbon.getByRole('tab', { name: 'Formeln' })).toHaveAttribute('aria-selected', 'true');

  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.toolName).toHaveText('Excel für das Web');
  await expect(panel.contextName).toHaveText('Registerkarte „Formeln“');
  const ids = await panel.tipIds();
  const tips = await readStore<{ id: string; contexts: string[]; translations?: { de?: { title: string } } }>(sw, 'tips');
  const formulaTips = tips.filter((t) => t.contexts.includes('excel.formulas')).map((t) => t.id);
  expect(formulaTips.length).toBeGreaterThan(0);
  expect(ids.slice(0, formulaTips.length).sort()).toEqual([...formulaTips].sort());
  // German titles from the lesson's translation.
  const first = tips.find((t) => t.id === ids[0]);
  await expect(panel.tip(ids[0]!)).toContainText(first!.translations!.de!.title);
  await expect.poll(() => badgeOf(sw, page)).toBe(String(ids.length));
  await panel.page.screenshot({ path: 'test-results/screens/excel-formeln-panel.png' });
  await page.screenshot({ path: 'test-results/screens/excel-formeln-page.png' });

  // Switching the ribbon tab inside the iframe changes the context live. (No bringToFront here:
  // in headless Chromium it stops clicks from reaching cross-origin iframes.)
  // The sheet tab bar has a sheet called "Daten" too; only the ribbon tab counts.
  await workbook.getByRole('tablist', { name: 'Blattregisterkarten' }).getByRole('tab', { name: 'Daten' }).click();
  await page.waitForTimeout(300);
  await expect(panel.contextName).toHaveText('Registerkarte „Formeln“');
  await ribbon.getByRole('tab', { name: 'Daten' }).click();
  await expect(panel.contextName).toHaveText('Registerkarte „Daten“');
  // The new context's list loads after its header changes: count the tips once they are shown.
  await expect(panel.tipItems.first()).toBeVisible();
  await expect.poll(() => badgeOf(sw, page)).toBe(String((await panel.tipIds()).length));
});
