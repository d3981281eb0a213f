import { expect, readStore, test } from './extension';
import { AuthoringPanel } from './pages/authoring';

test('inside Excel’s workbook iframe: the mentor picks a ribbon button, and “show me” finds it in that frame', async ({ context, sw, extensionId }) => {
  test.setTimeout(90_000);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.office.com/launch/excel?auth=2&docId=8d7c6b5a');
  const frame = page.locator('iframe[src*="officeapps.live.com"]');
  const workbook = page.frameLocator('iframe[src*="officeapps.live.com"]');
  const fill = workbook.getByRole('button', { name: 'Fill Color' });
  await expect(fill).toBeVisible();

  const panel = await AuthoringPanel.open(context, extensionId);
  await panel.becomeMentor('Mia');
  await panel.go('Write a tip');
  await expect(panel.field('Tool')).toHaveValue('excel');
  await expect(panel.page.getByRole('checkbox', { name: 'Home tab' })).toBeChecked();
  await panel.field('Title').fill('Colour the header row');
  await panel.field('Step 1').fill('Select the header row, then click **Fill Color**.');

  await panel.page.getByRole('button', { name: 'Pick the element on the page' }).click();
  await expect(panel.page.getByText('Now click the element on the page. Esc cancels.')).toBeVisible();
  const box = (await fill.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(panel.page.getByTestId('picked-element')).toHaveText('Points at: button “Fill Color”');
  await panel.page.getByRole('button', { name: 'Save tip' }).click();
  await expect(panel.page.getByTestId('editor-status')).toContainText('Saved “Colour the header row”');

  const tip = (await readStore<{ id: string; packId: string; locator?: { frame: { top: boolean; host: string }; testId?: { attr: string; value: string } } }>(sw, 'tips')).find((t) => t.packId === 'local');
  expect(tip?.locator?.frame).toEqual({ top: false, host: 'excel.officeapps.live.com' });
  expect(tip?.locator?.testId).toEqual({ attr: 'data-unique-id', value: 'Home-FillColor' });

  await panel.go('Tips');
  await panel.tip(tip!.id).click();
  await panel.page.getByRole('button', { name: 'Show me on the page' }).click();
  const result = panel.page.getByTestId('show-me-result');
  await expect(result).toHaveAttribute('data-status', 'found');
  // The rectangle is in the frame's viewport: add the iframe's position to compare with the page.
  const [x, y, w, h] = (await result.getAttribute('data-rect'))!.split(',').map(Number);
  const offset = (await frame.boundingBox())!;
  const now = (await fill.boundingBox())!;
  expect(Math.abs(x! + offset.x - now.x)).toBeLessThan(2);
  expect(Math.abs(y! + offset.y - now.y)).toBeLessThan(2);
  expect(Math.abs(w! - now.width)).toBeLessThan(2);
  expect(Math.abs(h! - now.height)).toBeLessThan(2);
  await page.screenshot({ path: 'test-results/screens/show-me-excel-frame.png' });
});
