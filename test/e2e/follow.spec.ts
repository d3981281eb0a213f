import { badgeOf, expect, test } from './extension';
import { SidePanel } from './pages/side-panel';

test('the panel follows tab switches and shows a friendly empty state off the tools', async ({ context, sw, extensionId }) => {
  await context.route('https://example.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Example</title><h1>Just a page</h1>' }),
  );
  const other = context.pages()[0] ?? (await context.newPage());
  await other.goto('https://example.org/');
  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.emptyState).toBeVisible();
  await expect(panel.emptyState).toContainText('LinkedIn');
  await expect(panel.emptyState).toContainText('Excel for the web');
  await expect(panel.emptyState).toContainText('Tableau');
  await panel.page.screenshot({ path: 'test-results/screens/empty-panel.png' });

  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/jobs/');
  const tableau = await context.newPage();
  await tableau.goto('https://prod-uk-a.online.tableau.com/t/acme/authoring/Superstore/Sales');

  await linkedin.bringToFront();
  await expect(panel.contextName).toHaveText('Jobs');
  await tableau.bringToFront();
  await expect(panel.contextName).toHaveText('Editing a sheet (web authoring)');
  await other.bringToFront();
  await expect(panel.emptyState).toBeVisible();

  // Leaving a tool for another site in the same tab clears the context and the badge.
  await linkedin.bringToFront();
  await expect(panel.contextName).toHaveText('Jobs');
  await expect.poll(() => badgeOf(sw, linkedin)).not.toBe('');
  await linkedin.goto('https://example.org/elsewhere');
  await expect(panel.emptyState).toBeVisible();
});

test.describe('in German', () => {
  test.use({ lang: 'de' });
  test('a German browser gets the German panel and German LinkedIn is recognised', async ({ context, sw, extensionId }) => {
    void sw;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByRole('button', { name: /Beitrag beginnen/ }).click();
    await expect(page.getByRole('dialog', { name: 'Beitrag erstellen' })).toBeVisible();
    const panel = await SidePanel.open(context, extensionId);
    await expect(panel.contextName).toHaveText('Beitrag schreiben');
    await expect(panel.page.getByRole('heading', { name: /^Tipps/ })).toBeVisible();
    await expect(panel.page.locator('html')).toHaveAttribute('lang', 'de');
    await panel.page.screenshot({ path: 'test-results/screens/linkedin-composer-de-panel.png' });
  });
});

test('after the service worker is stopped, the panel and badge keep following from storage.session', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.contextName).toHaveText('Feed');
  // A marker in the worker's memory proves below that a fresh worker answered.
  await sw.evaluate(() => ((globalThis as unknown as { tandemMarker: number }).tandemMarker = 1));
  const cdp = await context.newCDPSession(panel.page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  // The next report wakes a fresh worker, which must find the tab's state it had before.
  await page.bringToFront();
  await page.getByRole('button', { name: /^Me\b/ }).click();
  await page.getByRole('link', { name: /View profile/i }).click();
  await expect(panel.contextName).toHaveText('Your profile');
  const fresh = context.serviceWorkers().at(-1)!;
  expect(await fresh.evaluate(() => (globalThis as unknown as { tandemMarker?: number }).tandemMarker)).toBeUndefined();
  const count = await panel.tipIds();
  await expect.poll(() => badgeOf(fresh, page)).toBe(String(count.length));

  // A reloaded panel asks the new worker and gets the same answer.
  await panel.reload();
  await expect(panel.contextName).toHaveText('Your profile');
});
