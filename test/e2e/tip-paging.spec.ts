import { aTip } from '../builders';
import { expect, test } from './extension';
import { SidePanel } from './pages/side-panel';
import { routeSites } from './sites';
import { seedDirectly } from './support/seed';

test('a long list shows the best 25 tips of each group first; “Show more” adds the next ones and moves focus to them', async ({ context, sw, extensionId }) => {
  // A programme's big pack: 60 tips for the LinkedIn feed.
  const now = Date.now();
  await seedDirectly(
    sw,
    'tips',
    Array.from({ length: 60 }, (_, i) => aTip({ id: `big.${String(i).padStart(2, '0')}`, packId: 'local', title: `Feed tip number ${i + 1}`, createdAt: now, updatedAt: now })),
  );
  await routeSites(context);
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/feed/');
  const panel = await SidePanel.open(context, extensionId);
  const here = panel.page.getByTestId('tip-list').first();
  await expect(panel.contextName).toHaveText('Feed');
  const total = Number((await panel.tipCount.textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(60);
  await expect(here.locator('[data-tip-id]')).toHaveCount(25);

  const more = panel.page.getByTestId('show-more-tips').first();
  await expect(more).toHaveText('Show 25 more tips');
  await more.click();
  await expect(here.locator('[data-tip-id]')).toHaveCount(50);
  await expect(here.locator('[data-tip-id]').nth(25)).toBeFocused();
  await panel.page.getByTestId('show-more-tips').first().click();
  const all = await here.locator('[data-tip-id]').count();
  expect(all).toBeGreaterThan(60);
  expect(all).toBeLessThan(75);

  // Coming back from a tip far down the list keeps it in view and focused.
  const far = here.locator('[data-tip-id]').nth(all - 1);
  const farId = (await far.getAttribute('data-tip-id'))!;
  await far.click();
  await expect(panel.detail).toBeVisible();
  await panel.page.keyboard.press('Escape');
  await expect(panel.tip(farId)).toBeFocused();
});
