import { badgeOf, expect, test } from './extension';
import { SidePanel } from './pages/side-panel';

test('Tableau Cloud view, then web authoring: badge and panel show each context’s tips', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://prod-uk-a.online.tableau.com/#/site/acme/views/Superstore/Sales');

  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.toolName).toHaveText('Tableau');
  await expect(panel.contextName).toHaveText('Viewing a view');
  const viewTips = await panel.tipIds();
  expect(viewTips).toContain('starter.tableau.download-image-pdf-crosstab');
  await expect.poll(() => badgeOf(sw, page)).toBe(String(viewTips.length));
  await panel.page.screenshot({ path: 'test-results/screens/tableau-view-panel.png' });

  await page.bringToFront();
  await page.goto('https://prod-uk-a.online.tableau.com/t/acme/authoring/Superstore/Sales');
  await expect(panel.contextName).toHaveText('Editing a sheet (web authoring)');
  const authoringTips = await panel.tipIds();
  expect(authoringTips[0]).toMatch(/^starter\.tableau\./);
  expect(authoringTips).toContain('starter.tableau.build-chart-rows-columns');
  expect(authoringTips).not.toContain('starter.tableau.download-image-pdf-crosstab');
  await expect.poll(() => badgeOf(sw, page)).toBe(String(authoringTips.length));
  await panel.page.screenshot({ path: 'test-results/screens/tableau-authoring-panel.png' });
  await page.screenshot({ path: 'test-results/screens/tableau-authoring-page.png' });
});
