import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, readStore, test } from './extension';
import { AuthoringPanel, overlayBox } from './pages/authoring';

test.use({ lang: 'de' });

const X = (n: number) => `<script>alert(${n})</script>`;
const T0 = Date.UTC(2026, 10, 1);
const headlineDe = { tag: 'textarea', role: 'textbox', name: 'Slogan*', label: 'Slogan*', frame: { top: true, host: 'www.linkedin.com' } };

function hostileTip(id: string, overrides: Record<string, unknown>) {
  return {
    id,
    packId: 'ignored',
    tool: 'linkedin',
    contexts: ['linkedin.profile.edit'],
    title: `<img src=x onerror=alert(${id.length})>`,
    why: `[klick](javascript:alert(2)) ![pixel](https://evil.example/pixel.png) <img src="https://evil.example/x.png" onerror="alert(3)"> <iframe src="javascript:alert(4)"></iframe> [daten](data:text/html,${encodeURIComponent(X(5))}) [web](https://example.org/ok) [http](http://evil.example/plain)\n\n${X(1)}`,
    steps: [`<svg onload=alert(6)>`, `[mail](mailto:mentor@example.org) <a href="javascript:alert(7)">roh</a>`, `**fett** ${X(8)}`],
    minutes: 2,
    level: 'beginner',
    tags: ['<b onmouseover=alert(9)>x</b>'],
    lang: 'de',
    author: `"><script>alert(10)</script>`,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

test('a hostile pack is imported or rejected without any script running and without any network request', async ({ context, sw, extensionId }) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  context.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (!['chrome-extension:', 'data:', 'blob:'].includes(url.protocol) && !/(^|\.)linkedin\.com$|^static\.licdn\.com$/.test(url.hostname)) requests.push(r.url());
  });
  context.on('weberror', (e) => errors.push(e.error().message));

  const file = {
    format: 'tandem-tips/pack',
    schemaVersion: 2,
    exportedAt: T0,
    pack: { id: 'pack-hostile', name: `<img src=x onerror=alert(11)>${X(12)}`, author: X(13), description: X(14), version: 1, updatedAt: T0 },
    tips: [
      hostileTip('hostile-a', { locator: { ...headlineDe, css: `"]><img src=x onerror=alert(15)>`, label: 'Slogan*' } }),
      hostileTip('hostile-b', { locator: { tag: 'button', role: 'button', name: X(16), label: X(16), css: 'body', frame: { top: true, host: 'www.linkedin.com' } } }),
      hostileTip('hostile-long', { title: `${X(17)}${'x'.repeat(80)}` }),
      hostileTip('hostile-url', { locator: { ...headlineDe, frame: { top: true, host: 'evil.example/<script>' } } }),
    ],
  };
  const path = join(mkdtempSync(join(tmpdir(), 'tandem-hostile-')), 'hostile.tandem-pack.json');
  writeFileSync(path, JSON.stringify(file));

  const tab = context.pages()[0] ?? (await context.newPage());
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.goto('https://www.linkedin.com/in/peter-mueller-senior/edit/intro/');
  await expect(tab.getByRole('dialog', { name: 'Intro bearbeiten' })).toBeVisible();
  const panel = await AuthoringPanel.open(context, extensionId);
  panel.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

  await panel.go('Einstellungen');
  await panel.page.getByLabel('Paketdatei auswählen').setInputFiles(path);
  const card = panel.page.getByTestId('import-preview');
  await expect(card.getByRole('heading')).toHaveText(`„<img src=x onerror=alert(11)>${X(12)}“ von ${X(13)} importieren?`);
  await expect(card.locator('[data-count="new"]')).toHaveText('2 neue Tipps');
  await expect(card.locator('[data-count="rejected"]')).toHaveText('2 Tipps ausgelassen');
  await expect(panel.page.getByTestId('import-rejected')).toContainText(`Tipp 3 „${X(17)}`);
  await expect(panel.page.getByTestId('import-rejected')).toContainText('Titel ist zu lang – höchstens 70 Zeichen');
  await expect(panel.page.getByTestId('import-rejected')).toContainText('Tipp 4');
  await card.scrollIntoViewIfNeeded();
  await panel.page.screenshot({ path: 'test-results/screens/hostile-import-preview.png' });
  await card.getByRole('button', { name: 'Importieren' }).click();
  await expect(panel.page.getByTestId('import-status')).toContainText('2 neu, 0 aktualisiert, 0 gelöscht');
  const stored = (await readStore<{ id: string; packId: string }>(sw, 'tips')).filter((t) => t.packId === 'pack-hostile').map((t) => t.id).sort();
  expect(stored).toEqual(['hostile-a', 'hostile-b']);

  // The tips render as text: no element from the payloads, links only https: and mailto:.
  await panel.go('Tipps');
  await panel.tip('hostile-a').click();
  const detail = panel.detail;
  await expect(detail.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror=alert(18)>'.replace('18', String('hostile-a'.length)));
  expect(await detail.locator('img, iframe, svg, script, b').count()).toBe(0);
  const hrefs = await detail.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(['https://example.org/ok', 'mailto:mentor@example.org']);
  await expect(detail).toContainText('klick');
  await expect(detail.locator('strong', { hasText: 'fett' })).toBeVisible();
  await panel.page.screenshot({ path: 'test-results/screens/hostile-tip.png' });

  // "Show me" on a locator whose CSS is an injection attempt: found by role and name, the title
  // shown in the page as text.
  await panel.page.getByRole('button', { name: 'Zeig es mir auf der Seite' }).click();
  await expect(panel.page.getByTestId('show-me-result')).toHaveAttribute('data-status', 'found');
  const cdp = await context.newCDPSession(tab);
  expect((await overlayBox(cdp))?.popoverOpen).toBe(true);
  const shadowText = await cdp.send('Runtime.evaluate', { expression: 'document.querySelectorAll("img[src=x]").length', returnByValue: true });
  expect(shadowText.result.value).toBe(0);
  await tab.screenshot({ path: 'test-results/screens/hostile-show-me-page.png' });
  await tab.keyboard.press('Escape');

  // A locator whose label agrees with nothing: said plainly, steps still there.
  await panel.page.getByRole('button', { name: /Zurück zur Liste/ }).click();
  await panel.tip('hostile-b').click();
  await panel.page.getByRole('button', { name: 'Zeig es mir auf der Seite' }).click();
  const result = panel.page.getByTestId('show-me-result');
  await expect(result).toHaveAttribute('data-status', 'failed', { timeout: 15_000 });
  await expect(result).toHaveText(/hat „<script>alert\(16\)<\/script>“ auf dieser Seite nicht gefunden|nicht mehr „<script>alert\(16\)<\/script>“/);
  await expect(panel.detail.getByRole('list').first()).toBeVisible();
  await panel.page.screenshot({ path: 'test-results/screens/hostile-show-me-refused.png' });

  expect(dialogs).toEqual([]);
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
});
