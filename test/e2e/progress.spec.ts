import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, launchBrowser, readStore, serviceWorkerOf, test, waitForSeed } from './extension';
import { SidePanel } from './pages/side-panel';

test('marking a tip tried, got it or not now is stored, reorders the list and survives a browser restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'tandem-restart-'));
  try {
    let context = await launchBrowser(profile);
    let sw = await serviceWorkerOf(context);
    await waitForSeed(sw);
    const extensionId = new URL(sw.url()).host;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://www.linkedin.com/feed/');
    let panel = await SidePanel.open(context, extensionId);
    await expect(panel.contextName).toHaveText('Feed');
    const before = await panel.tipIds();
    const [first, second] = before;

    // Open the first tip by keyboard, mark it tried.
    await panel.tip(first!).focus();
    await panel.page.keyboard.press('Enter');
    await expect(panel.detail).toBeVisible();
    await expect(panel.page.getByRole('heading', { level: 1 })).toBeFocused();
    await panel.page.screenshot({ path: 'test-results/screens/tip-detail-panel.png' });
    await panel.page.getByRole('button', { name: 'I tried it' }).click();
    await expect(panel.page.getByRole('status').filter({ hasText: 'Saved: Tried' })).toBeVisible();
    await panel.page.keyboard.press('Escape');
    await expect(panel.tip(first!)).toBeFocused();
    await expect(panel.tip(first!).locator('[data-status]')).toHaveAttribute('data-status', 'tried');

    // "Not now" hides the second tip; the rest move up.
    await panel.tip(second!).click();
    await panel.page.getByRole('button', { name: 'Not now' }).click();
    await expect(panel.tip(second!)).toHaveCount(0);
    await expect(panel.page.getByText('1 tip set aside with “Not now”')).toBeVisible();

    const progress = await readStore<{ tipId: string; status: string }>(sw, 'progress');
    expect(progress.find((p) => p.tipId === first)?.status).toBe('tried');
    expect(progress.find((p) => p.tipId === second)?.status).toBe('dismissed');
    const after = await panel.tipIds();
    expect(after.indexOf(first!)).toBeGreaterThan(0);

    await context.close();
    context = await launchBrowser(profile);
    sw = await serviceWorkerOf(context);
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto('https://www.linkedin.com/feed/');
    panel = await SidePanel.open(context, extensionId);
    await expect(panel.tip(first!).locator('[data-status]')).toHaveAttribute('data-status', 'tried');
    await expect(panel.tip(second!)).toHaveCount(0);
    expect(await panel.tipIds()).toEqual(after);

    // Bring the set-aside tip back.
    await panel.page.getByRole('button', { name: 'Show them again' }).click();
    await expect(panel.tip(second!)).toBeVisible();
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
