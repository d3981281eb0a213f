import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { linkedinRules } from '../../lib/contexts/rules/linkedin';
import { expect, readStore, test, type ChromeApi } from './extension';
import { SidePanel } from './pages/side-panel';
import { readFixture } from './sites';

const T0 = Date.UTC(2026, 10, 29);

/** Serves one saved page at URLs matching `url` (registered after the site table, so it wins). */
async function serve(context: BrowserContext, url: RegExp, fixture: string): Promise<void> {
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFixture(fixture) }));
}

async function storageLocal(sw: Worker): Promise<Record<string, unknown>> {
  return sw.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(null));
}

async function importPack(panel: SidePanel, file: object): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'tandem-rules-')), 'rules.tandem-pack.json');
  writeFileSync(path, JSON.stringify(file));
  await panel.page.goto(panel.page.url().replace(/#.*$/, '') + '#settings');
  await panel.page.getByLabel('Choose a pack file').setInputFiles(path);
}

const packWith = (id: string, rules: unknown[]) => ({
  format: 'tandem-tips/pack',
  schemaVersion: 3,
  exportedAt: T0,
  pack: { id, name: `Programme ${id}`, author: 'Programme office', version: 1, updatedAt: T0 },
  tips: [
    {
      id: `${id}.careers`, packId: id, tool: 'linkedin', contexts: ['linkedin.jobs'], title: 'Read the job ad twice', why: 'Details matter.',
      steps: ['Open the ad.'], minutes: 2, level: 'beginner', tags: [], lang: 'en', author: 'Programme office', createdAt: T0, updatedAt: T0,
    },
  ],
  rules,
});

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return page;
}

test('LinkedIn composer in the open shadow root, opened live, and on /sharing/compose', async ({ context, extensionId }) => {
  await serve(context, /linkedin\.com\/feed\/\?fixture=shadow/, 'linkedin/composer-shadow-real-en');
  await serve(context, /linkedin\.com\/feed\/\?fixture=sdui/, 'linkedin/feed-sdui-real-en');
  await serve(context, /linkedin\.com\/sharing\/compose/, 'linkedin/composer-sdui-real-de');
  const page = await open(context, 'https://www.linkedin.com/feed/?fixture=sdui');
  const panel = await SidePanel.open(context, extensionId);
  // Hidden "Modal Window" video dialogs and the empty outlet: just the feed.
  await expect(panel.contextName).toHaveText('Feed');

  // "Start a post": the share box appears inside the outlet's shadow root, as on the real site.
  await page.bringToFront();
  await page.evaluate(() => {
    const root = document.querySelector('#interop-outlet')!.shadowRoot!;
    const modal = document.createElement('div');
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('data-test-modal-id', 'sharebox');
    const editor = document.createElement('div');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('aria-label', 'Text editor for creating content');
    modal.append(editor);
    root.append(modal);
  });
  await expect(panel.contextName).toHaveText('Writing a post');
  await page.evaluate(() => document.querySelector('#interop-outlet')!.shadowRoot!.querySelector('[data-test-modal-id]')!.remove());
  await expect(panel.contextName).toHaveText('Feed');

  await page.goto('https://www.linkedin.com/feed/?fixture=shadow');
  await expect(panel.contextName).toHaveText('Writing a post');
  await page.goto('https://www.linkedin.com/sharing/compose');
  await expect(panel.contextName).toHaveText('Writing a post');
  expect(await panel.tipIds()).toContain('starter.linkedin.schedule-a-post');
});

test('Tableau: a viewer and an author on the same dashboard get their own tips', async ({ context, extensionId }) => {
  await serve(context, /online\.tableau\.com\/t\/acme\/(views|authoring)\/Superstore\/Overview/, 'tableau/viz-dashboard-real-en');
  const page = await open(context, 'https://prod-uk-a.online.tableau.com/t/acme/views/Superstore/Overview?:embed=y&:showVizHome=n');
  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.contextName).toHaveText('Viewing a dashboard');
  const viewer = await panel.tipIds();
  expect(viewer).toContain('starter.tableau.filter-and-revert');
  expect(viewer).not.toContain('starter.tableau.dashboard-use-as-filter');

  await page.bringToFront();
  await page.goto('https://prod-uk-a.online.tableau.com/t/acme/authoring/Superstore/Overview');
  await expect(panel.contextName).toHaveText('Editing a dashboard (web authoring)');
  const author = await panel.tipIds();
  expect(author).toContain('starter.tableau.dashboard-use-as-filter');
  expect(author).not.toContain('starter.tableau.filter-and-revert');
});

test('Excel: a sheet named "Daten" with the Home tab selected is the Home tab', async ({ context, extensionId }) => {
  await serve(context, /officeapps\.live\.com\/x\/_layouts\/xlviewerinternal\.aspx\?ui=de-DE&fixture=daten/, 'excel/workbook-sheet-daten-real-de');
  await open(context, 'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx?ui=de-DE&fixture=daten');
  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.contextName).toHaveText('Home tab');
  const tips = await panel.tipIds();
  expect(tips).toContain('starter.excel.conditional-formatting-highlight');
  expect(tips).not.toContain('starter.excel.flash-fill');
});

test('a rule update in a pack changes detection on the next page load, without a rebuild', async ({ context, sw, extensionId }) => {
  const page = await open(context, 'https://www.linkedin.com/careers/');
  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.toolName).toHaveText('LinkedIn');
  await expect(panel.contextName).toHaveCount(0);

  const update = { ...linkedinRules, version: 3, contexts: [{ id: 'linkedin.jobs', specificity: 2, when: [{ host: '^(www\\.)?linkedin\\.com$', path: '^/(jobs|careers)/' }] }] };
  await importPack(panel, packWith('pilot-rules', [update]));
  const preview = panel.page.getByTestId('import-preview');
  await expect(preview.getByTestId('import-rules')).toHaveText('Page rules for LinkedIn: version 3 replaces version 2 (1 place), used from the next page load.');
  await panel.page.screenshot({ path: 'test-results/screens/rules-import-preview.png' });
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(panel.page.getByTestId('import-status')).toContainText('Page rules updated for 1 tool.');
  expect((await storageLocal(sw))['rules:linkedin']).toMatchObject({ source: 'pack', from: 'pilot-rules', rules: { version: 3 } });
  expect((await readStore<{ id: string }>(sw, 'tips')).map((t) => t.id)).toContain('pilot-rules.careers');

  await page.bringToFront();
  await page.reload();
  await panel.page.goto(panel.page.url().replace(/#.*$/, '#tips'));
  await expect(panel.contextName).toHaveText('Jobs');
  expect(await panel.tipIds()).toContain('pilot-rules.careers');
  // Built-in rules the update does not name still apply.
  await page.goto('https://www.linkedin.com/feed/');
  await expect(panel.contextName).toHaveText('Feed');
});

test('hostile rule sets are refused and nothing of their pack is stored', async ({ context, sw, extensionId }) => {
  await open(context, 'https://www.linkedin.com/feed/');
  const panel = await SidePanel.open(context, extensionId);
  const base = { ...linkedinRules, version: 5 };
  const hostile: [string, unknown, string][] = [
    ['redos', { ...base, contexts: [{ id: 'linkedin.feed', specificity: 1, when: [{ path: '^(a+)+$' }] }] }, 'a pattern for “Feed” could take very long on some pages.'],
    ['many', { ...base, contexts: [{ id: 'linkedin.feed', specificity: 1, when: [{ any: Array.from({ length: 10_000 }, (_, i) => ({ selector: `#s${i}` })) }] }] }, 'they describe more than 200 page elements.'],
    ['has', { ...base, contexts: [{ id: 'linkedin.feed', specificity: 1, when: [{ any: [{ selector: 'div:has(div:has(div:has(p)))' }] }] }] }, 'an element description for “Feed” is too complex and could slow pages down.'],
  ];
  for (const [id, rules, reason] of hostile) {
    await importPack(panel, packWith(`hostile-${id}`, [rules]));
    await expect(panel.page.getByTestId('import-problem')).toHaveText(`This pack’s page rules were refused: ${reason} Nothing was imported.`);
    await expect(panel.page.getByTestId('import-preview')).toHaveCount(0);
  }
  await panel.page.getByTestId('import-problem').scrollIntoViewIfNeeded();
  await panel.page.screenshot({ path: 'test-results/screens/rules-hostile-refused.png' });
  expect(Object.keys(await storageLocal(sw)).filter((k) => k.startsWith('rules:'))).toEqual([]);
  expect((await readStore<{ packId: string }>(sw, 'tips')).filter((t) => t.packId.startsWith('hostile-'))).toEqual([]);
  expect((await readStore<{ id: string }>(sw, 'packs')).map((p) => p.id)).not.toContain('hostile-redos');
});

test('Why this page? shows each condition, and the diagnostics file holds no page text or names', async ({ context, sw, extensionId }) => {
  await sw.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set({ settings: { lang: 'auto', role: 'mentor', myName: 'Mia', partnerName: '' } }));
  await serve(context, /linkedin\.com\/feed\/\?fixture=shadow/, 'linkedin/composer-shadow-real-en');
  await open(context, 'https://www.linkedin.com/feed/?fixture=shadow');
  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.contextName).toHaveText('Writing a post');
  panel.page.on('console', (m) => m.type() === 'error' && console.log('panel error:', m.text()));
  const why = panel.page.getByTestId('why-this-page');
  await why.getByRole('button', { name: 'Why this page?' }).click();
  const composer = why.locator('[data-context="linkedin.post.composer"]');
  await expect(composer).toHaveAttribute('data-active', 'true');
  await expect(composer).toContainText('on the page: [componentkey="ShareBox_textEditor"]');
  await expect(why.locator('[data-context="linkedin.jobs"]')).toHaveAttribute('data-active', 'false');
  await expect(why).toContainText('Rules version 2, built in');
  await panel.page.screenshot({ path: 'test-results/screens/why-this-page.png', fullPage: true });

  const download = panel.page.waitForEvent('download');
  await why.getByRole('button', { name: 'This page was recognised wrongly' }).click();
  const file = await download;
  const text = readFileSync((await file.path())!, 'utf8');
  const json = JSON.parse(text);
  expect(json).toMatchObject({ format: 'tandem-tips/diagnostics', version: 1, rules: { linkedin: { version: 2, source: 'builtin' } }, detected: { tool: 'linkedin' } });
  expect(json.frames[0].url).toBe('https://www.linkedin.com/feed/?fixture=…');
  expect(json.frames[0].markers).toContainEqual({ selector: '#interop-outlet', count: 1 });
  for (const secret of ['Peter Miller', 'Post to Anyone', 'This is a modal window']) expect(text).not.toContain(secret);
  await expect(why).toContainText('Saved tandem-tips-diagnostics-');
});
