import { badgeOf, expect, readStore, test } from './extension';
import { SidePanel } from './pages/side-panel';

test('LinkedIn feed → own profile → edit intro by client-side navigation: badge and panel follow', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  await expect(page.getByRole('button', { name: /Start a post/i })).toBeVisible();

  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.toolName).toHaveText('LinkedIn');
  await expect(panel.contextName).toHaveText('Feed');
  await expect(panel.tipItems.first()).toBeVisible();
  const feedTips = await panel.tipIds();
  expect(feedTips).toContain('starter.linkedin.' + (await firstStarterSlugFor(sw, 'linkedin.feed')));
  await expect.poll(() => badgeOf(sw, page)).toBe(String(feedTips.length));
  await expect(panel.tipCount).toHaveText(`${feedTips.length} tips`);
  await panel.page.screenshot({ path: 'test-results/screens/linkedin-feed-panel.png' });

  // A marker survives only if the navigations below never reload the document.
  await page.evaluate(() => ((window as unknown as { tandemMarker: number }).tandemMarker = 42));
  await page.bringToFront();
  await page.getByRole('button', { name: /^Me\b/ }).click();
  await page.getByRole('link', { name: /View profile/i }).click();
  await expect(page).toHaveURL(/\/in\/peter-miller-senior\/$/);
  await expect(panel.contextName).toHaveText('Your profile');

  await page.getByRole('link', { name: 'Edit intro' }).first().click();
  await expect(page).toHaveURL(/\/in\/peter-miller-senior\/edit\/intro\//);
  await expect(page.getByRole('dialog', { name: 'Edit intro' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { tandemMarker?: number }).tandemMarker)).toBe(42);

  await expect(panel.contextName).toHaveText('Editing your profile');
  const editTips = await panel.tipIds();
  expect(editTips).toContain('starter.linkedin.' + (await firstStarterSlugFor(sw, 'linkedin.profile.edit')));
  expect(editTips).not.toEqual(feedTips);
  await expect.poll(() => badgeOf(sw, page)).toBe(String(editTips.length));
  await page.screenshot({ path: 'test-results/screens/linkedin-edit-page.png' });
  await panel.page.screenshot({ path: 'test-results/screens/linkedin-edit-panel.png' });

  // The first tip is one made for this exact page.
  const tips = await readStore<{ id: string; contexts: string[] }>(sw, 'tips');
  const first = tips.find((t) => t.id === editTips[0]);
  expect(first?.contexts).toContain('linkedin.profile.edit');
});

/** The slug of some starter lesson written for a context, read from the database. */
async function firstStarterSlugFor(sw: import('@playwright/test').Worker, context: string): Promise<string> {
  const tips = await readStore<{ id: string; contexts: string[] }>(sw, 'tips');
  const tip = tips.find((t) => t.id.startsWith('starter.') && t.contexts.includes(context));
  if (!tip) throw new Error(`no starter tip for ${context}`);
  return tip.id.split('.').slice(2).join('.');
}
