import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { E2E_EXTENSION_PATH, expect, launchBrowser, readStore, serviceWorkerOf, test, waitForSeed, type ChromeApi } from './extension';
import { AuthoringPanel } from './pages/authoring';
import { seriousViolations } from './support/axe';

test.use({ extensionPath: E2E_EXTENSION_PATH });

const HOST = 'expenses.intranet.example';
const REPORTS = `https://${HOST}/reports?status=open`;
const PAGE = readFileSync(resolve(import.meta.dirname, '../fixtures/intranet/expenses.html'), 'utf8');

/** Serves the intranet's one page for every path (a server-rendered tool: the same list everywhere here). */
async function routeIntranet(context: BrowserContext): Promise<void> {
  // Registered after the sites' routes, so it wins over their "no network" rule for this host.
  await context.route(`https://${HOST}/**`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
}

const registered = (sw: Worker) =>
  sw.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.getRegisteredContentScripts()).map((s) => `${s.id} ${s.matches?.join()}`));

interface StoredTool {
  id: string;
  packId: string;
  allowed: string[];
  rules: { name: string; hosts: string[]; contexts: { id: string; name: string; specificity: number; when: { host: string; path?: string; any?: { selector: string; name?: string }[] }[] }[] };
}
interface StoredTip {
  id: string;
  tool: string;
  contexts: string[];
  title: string;
  packId: string;
}

test('a mentor teaches an intranet tool with a place by address and one by a picked dialog, writes a tip for each and exports; a fresh mentee imports, allows the site and sees each tip in its place', async ({ context, sw, extensionId }) => {
  test.setTimeout(180_000);
  mkdirSync('test-results/screens', { recursive: true });
  await routeIntranet(context);

  // ── The mentor, on a page Tandem Tips does not know ──
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(REPORTS);
  const panel = await AuthoringPanel.open(context, extensionId);
  await panel.becomeMentor('Mia');
  await panel.nav.go('Tips');
  await expect(panel.emptyState).toBeVisible();
  const teach = panel.page.getByTestId('teach-tool');
  await teach.getByRole('button', { name: 'Teach this tool' }).click();
  // Refused before anything is asked: no name, then a built-in tool's site.
  await teach.getByRole('button', { name: 'Allow and teach' }).click();
  await expect(teach.getByText('Give the tool a name.')).toBeVisible();
  await teach.getByLabel('Name of the tool').fill('Expenses');
  await teach.getByLabel('Address of the tool').fill('https://www.linkedin.com/feed/');
  await teach.getByRole('button', { name: 'Allow and teach' }).click();
  await expect(teach.getByText('Tandem Tips already knows this tool.')).toBeVisible();
  expect(await readStore(sw, 'tools')).toEqual([]);
  await teach.getByLabel('Address of the tool').fill(REPORTS);
  await expect(teach.getByText(`Site: ${HOST}`)).toBeVisible();
  await panel.page.screenshot({ path: 'test-results/screens/taught-teach-form.png', fullPage: true });
  expect(await seriousViolations(panel.page, 'teach form')).toEqual([]);
  await teach.getByRole('button', { name: `Allow on ${HOST} and teach` }).click();

  // The open tab gets the taught script at once: the panel names the tool, no place yet.
  await expect(panel.toolName).toHaveText('Expenses');
  await expect.poll(() => registered(sw)).toEqual([`custom-taught https://${HOST}/*`]);
  const editor = panel.page.getByTestId('places-editor');
  await expect(editor.getByRole('heading', { name: 'Places in Expenses' })).toBeVisible();
  await expect(editor).toContainText(`No places yet: tips for Expenses show anywhere on ${HOST}.`);

  // "This page": a proposed pattern with the query value generalised, checked live.
  await editor.getByRole('button', { name: 'This page' }).click();
  const pattern = editor.getByLabel('Address pattern');
  await expect(pattern).toHaveValue('/reports?status=*');
  const check = editor.getByTestId('pattern-check');
  await expect(check).toHaveText(`✓ Matches this page. Matches 1 open tab on ${HOST}.`);
  await pattern.fill('/trips');
  await expect(check).toHaveText(`✗ Does not match this page. Matches 0 open tabs on ${HOST}.`);
  await pattern.fill('/reports');
  await expect(check).toHaveText(`✓ Matches this page. Matches 1 open tab on ${HOST}.`);
  await editor.getByLabel('Name of the place').fill('Report list');
  await panel.page.screenshot({ path: 'test-results/screens/taught-place-by-address.png', fullPage: true });
  expect(await seriousViolations(panel.page, 'place by address')).toEqual([]);
  await editor.getByRole('button', { name: 'Save place' }).click();
  await expect(editor.getByRole('status').first()).toContainText('Place “Report list” saved.');
  await expect(panel.contextName).toHaveText('Report list');

  // "When this is on the page": open the dialog, pick it on the page.
  await page.getByRole('button', { name: 'New expense' }).click();
  await expect(page.getByRole('dialog', { name: 'New expense' })).toBeVisible();
  await editor.getByRole('button', { name: 'When this is on the page' }).click();
  const dialogBox = (await page.getByRole('dialog', { name: 'New expense' }).boundingBox())!;
  // Its padding, not a control inside it: the dialog itself is what marks this moment.
  await page.mouse.move(dialogBox.x + 8, dialogBox.y + 8);
  await page.mouse.click(dialogBox.x + 8, dialogBox.y + 8);
  // A dialog is content to the picker (its title may be data), so it is found by its stable id.
  await expect(editor.getByTestId('picked-condition')).toHaveText('when the element with the id “expense-dialog” is on the page');
  await editor.getByLabel('Name of the place').fill('New expense');
  await expect(editor.getByLabel('What is it?')).toHaveValue('4');
  await editor.getByRole('button', { name: 'Save place' }).click();
  await expect(panel.contextName).toHaveText('New expense');
  await expect(editor.getByTestId('places').locator('li')).toHaveText([
    /^New expense – when the element with the id “expense-dialog” is on the page/,
    /^Report list – address like \/reports/,
  ]);
  await panel.page.screenshot({ path: 'test-results/screens/taught-places.png', fullPage: true });

  const [tool] = await readStore<StoredTool>(sw, 'tools');
  expect(tool).toMatchObject({ packId: 'local', allowed: [HOST], rules: { name: 'Expenses', hosts: [HOST] } });
  const [dialogPlace, listPlace] = tool!.rules.contexts;
  expect(dialogPlace).toMatchObject({ name: 'New expense', specificity: 4, when: [{ host: '^expenses\\.intranet\\.example$', any: [{ selector: '#expense-dialog' }] }] });
  expect(listPlace).toMatchObject({ name: 'Report list', specificity: 3, when: [{ host: '^expenses\\.intranet\\.example$', path: '^/reports/?(?:[?#].*)?$' }] });

  // A tip for each place, exactly as for a built-in tool (the editor follows the page).
  await panel.nav.go('Write a tip');
  await expect(panel.field('Tool')).toHaveValue(tool!.id);
  await expect(panel.page.getByRole('checkbox', { name: 'New expense' })).toBeChecked();
  await panel.field('Title').fill('Photograph the receipt first');
  await panel.field('Step 1').fill('Take the photo, then fill in the **Amount**.');
  await panel.page.getByRole('button', { name: 'Save tip' }).click();
  await expect(panel.page.getByTestId('editor-status')).toContainText('Saved “Photograph the receipt first”');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New expense' })).toBeHidden();
  await panel.nav.go('Tips');
  await expect(panel.contextName).toHaveText('Report list');
  await panel.nav.go('Write a tip');
  await expect(panel.page.getByRole('checkbox', { name: 'Report list' })).toBeChecked();
  // The other place is one click away, as any tool's pages not in use here.
  await expect(panel.page.getByRole('checkbox', { name: 'New expense' })).toHaveCount(0);
  await panel.field('Title').fill('Filter by status to find open reports');
  await panel.field('Step 1').fill('Use the **Status** filter.');
  await panel.page.getByRole('button', { name: 'Save tip' }).click();
  await expect(panel.page.getByTestId('editor-status')).toContainText('Saved “Filter by status to find open reports”');

  await panel.nav.go('My tips');
  const downloading = panel.page.waitForEvent('download');
  await panel.page.getByRole('button', { name: 'Export 2 tips' }).click();
  const download = await downloading;
  const packPath = join(mkdtempSync(join(tmpdir(), 'tandem-taught-')), download.suggestedFilename());
  await download.saveAs(packPath);
  const file = JSON.parse(readFileSync(packPath, 'utf8')) as { rules: StoredTool['rules'][]; tips: StoredTip[] };
  expect(file.rules.map((r) => [r.name, r.hosts, r.contexts.length])).toEqual([['Expenses', [HOST], 2]]);
  // Where the mentor allowed it stays with the mentor.
  expect(JSON.stringify(file.rules)).not.toContain('allowed');

  // ── The mentee: a fresh browser profile ──
  const menteeProfile = mkdtempSync(join(tmpdir(), 'tandem-mentee-'));
  const mentee = await launchBrowser(menteeProfile, 'en', E2E_EXTENSION_PATH);
  try {
    await routeIntranet(mentee);
    const menteeSw = await serviceWorkerOf(mentee);
    await waitForSeed(menteeSw);
    const tab = mentee.pages()[0] ?? (await mentee.newPage());
    await tab.goto(REPORTS);
    const menteePanel = await AuthoringPanel.open(mentee, extensionId);
    await expect(menteePanel.emptyState).toBeVisible();
    // A mentee is never offered to teach a tool.
    await expect(menteePanel.page.getByTestId('teach-tool')).toHaveCount(0);

    await menteePanel.nav.go('Settings');
    await menteePanel.page.getByLabel('Choose a pack file').setInputFiles(packPath);
    const card = menteePanel.page.getByTestId('import-preview');
    await expect(card.getByTestId('import-tools')).toContainText(`Expenses on ${HOST} (2 places) – new`);
    await expect(card.locator('[data-count="new"]')).toHaveText('2 new tips');
    await card.scrollIntoViewIfNeeded();
    await menteePanel.page.screenshot({ path: 'test-results/screens/taught-import-preview.png', fullPage: true });
    await card.getByRole('button', { name: 'Import' }).click();
    await expect(menteePanel.page.getByTestId('import-status')).toContainText('It teaches 1 tool: allow its site');

    // Imported, allowed nowhere: the tips wait, nothing runs on the site.
    const access = menteePanel.page.getByTestId('taught-access');
    await expect(access.locator(`[data-host="${HOST}"]`)).toContainText(`Not allowed on ${HOST}`);
    await expect(access.getByTestId('tips-waiting').locator('summary')).toHaveText('2 tips for a tool not allowed yet');
    await access.getByTestId('tips-waiting').locator('summary').click();
    await expect(access.getByTestId('tips-waiting').locator('li')).toHaveText(['Photograph the receipt first', 'Filter by status to find open reports']);
    expect((await readStore<StoredTool>(menteeSw, 'tools')).map((t) => [t.id, t.allowed])).toEqual([[tool!.id, []]]);
    expect((await readStore<StoredTip>(menteeSw, 'tips')).filter((t) => t.tool === tool!.id)).toHaveLength(2);
    expect(await registered(menteeSw)).toEqual([]);
    await menteePanel.page.screenshot({ path: 'test-results/screens/taught-not-allowed.png', fullPage: true });
    expect(await seriousViolations(menteePanel.page, 'tools not allowed yet', '[data-testid="packs"]')).toEqual([]);
    await tab.bringToFront();
    await tab.reload();
    await menteePanel.nav.go('Tips');
    await expect(menteePanel.emptyState).toBeVisible();

    // The person allows the site (the e2e build holds the permission: the request resolves at once).
    await menteePanel.nav.go('Settings');
    await access.getByRole('button', { name: `Allow on ${HOST}` }).click();
    await expect(access.locator(`[data-host="${HOST}"]`)).toContainText(`Allowed on ${HOST}`);
    await expect(access.getByTestId('tips-waiting')).toHaveCount(0);
    await expect.poll(() => registered(menteeSw)).toEqual([`custom-taught https://${HOST}/*`]);
    expect((await readStore<StoredTool>(menteeSw, 'tools'))[0]?.allowed).toEqual([HOST]);

    // Each tip in its place.
    await tab.bringToFront();
    await menteePanel.nav.go('Tips');
    await expect(menteePanel.contextName).toHaveText('Report list');
    await expect(menteePanel.tipItems).toHaveText([/Filter by status to find open reports/]);
    await tab.getByRole('button', { name: 'New expense' }).click();
    await expect(menteePanel.contextName).toHaveText('New expense');
    await expect(menteePanel.tipItems.first()).toContainText('Photograph the receipt first');
    await menteePanel.page.screenshot({ path: 'test-results/screens/taught-mentee-tip.png', fullPage: true });
    // No place editor for a tool someone else taught.
    await expect(menteePanel.page.getByTestId('places-editor')).toHaveCount(0);

    // Removing the pack offers the site back.
    await menteePanel.nav.go('Settings');
    const row = menteePanel.page.locator('[data-pack-id]').filter({ hasText: 'Mia’s tips' });
    await row.getByRole('button', { name: 'Remove pack “Mia’s tips”' }).click();
    await row.getByRole('button', { name: 'Remove' }).click();
    const giveBack = menteePanel.page.getByTestId('give-back');
    await expect(giveBack).toContainText(`Also give back access to ${HOST}?`);
    await menteePanel.page.screenshot({ path: 'test-results/screens/taught-give-back.png', fullPage: true });
    await giveBack.getByRole('button', { name: 'Give back access' }).click();
    // The e2e build holds this site from install, so the browser keeps it and the panel says so.
    await expect(menteePanel.page.getByText(`The browser keeps access to ${HOST}: it was granted another way.`)).toBeVisible();
    expect(await readStore(menteeSw, 'tools')).toEqual([]);
    await expect.poll(() => registered(menteeSw)).toEqual([]);
  } finally {
    await mentee.close();
    rmSync(menteeProfile, { recursive: true, force: true });
  }
});

test('a pack whose taught tool declares one site and has rules for another is refused, nothing written', async ({ context, sw, extensionId }) => {
  const id = 'custom-expenses-h0st1l';
  const file = {
    format: 'tandem-tips/pack',
    schemaVersion: 3,
    exportedAt: Date.UTC(2026, 10, 1),
    pack: { id: 'pack-sneaky', name: 'Sneaky', author: 'Someone', version: 1, updatedAt: Date.UTC(2026, 10, 1) },
    tips: [{ id: 'sneaky-1', packId: 'x', tool: id, contexts: [`${id}.payroll`], title: 'Look here', why: '', steps: ['One'], minutes: 1, level: 'beginner', tags: [], lang: 'en', author: 'Someone', createdAt: 1, updatedAt: 1 }],
    rules: [
      {
        format: 'tandem-tips/rules',
        formatVersion: 2,
        tool: id,
        version: 1,
        name: 'Expenses',
        lang: 'en',
        hosts: [HOST],
        contexts: [{ id: `${id}.payroll`, name: 'Payroll', specificity: 3, when: [{ host: '^payroll\\.intranet\\.example$', path: '^/' }] }],
      },
    ],
  };
  const path = join(mkdtempSync(join(tmpdir(), 'tandem-sneaky-')), 'sneaky.tandem-pack.json');
  writeFileSync(path, JSON.stringify(file));
  const panel = await AuthoringPanel.open(context, extensionId);
  await panel.nav.go('Settings');
  await panel.page.getByLabel('Choose a pack file').setInputFiles(path);
  await expect(panel.page.getByTestId('import-problem')).toHaveText('The pack’s page rules were refused: the place “Payroll” names a site the pack does not ask for. Nothing was changed.');
  await expect(panel.page.getByTestId('import-preview')).toHaveCount(0);
  expect(await readStore(sw, 'tools')).toEqual([]);
  expect((await readStore<StoredTip>(sw, 'tips')).filter((t) => t.id === 'sneaky-1')).toEqual([]);
  expect((await readStore<{ id: string }>(sw, 'packs')).map((p) => p.id)).not.toContain('pack-sneaky');
});

test.describe('in German', () => {
  test.use({ lang: 'de' });
  test('a mentor teaches the tool in German: the prompt’s site, the proposed pattern, its live check and the picked dialog in words', async ({ context, sw, extensionId }) => {
    test.setTimeout(120_000);
    await routeIntranet(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`https://${HOST}/reports/4711?tab=2`);
    const panel = await AuthoringPanel.open(context, extensionId);
    await panel.page.goto(panel.page.url().replace(/#.*$/, '') + '#settings');
    await panel.page.getByRole('radio', { name: /^Mentor/ }).click();
    await panel.page.getByLabel('Mein Name').fill('Mia');
    await panel.page.getByLabel('Mein Name').press('Enter');
    await panel.nav.go('Tipps');
    const teach = panel.page.getByTestId('teach-tool');
    await expect(teach.getByRole('heading')).toHaveText('Tandem Tips dieses Werkzeug beibringen');
    await teach.getByRole('button', { name: 'Dieses Werkzeug beibringen' }).click();
    await teach.getByLabel('Name des Werkzeugs').fill('Reisekosten');
    await teach.getByLabel('Adresse des Werkzeugs').fill(`https://${HOST}/reports/4711?tab=2`);
    await teach.getByRole('button', { name: `Auf ${HOST} erlauben und beibringen` }).click();
    await expect(panel.toolName).toHaveText('Reisekosten');

    const editor = panel.page.getByTestId('places-editor');
    await expect(editor.getByRole('heading', { name: 'Orte in Reisekosten' })).toBeVisible();
    await editor.getByRole('button', { name: 'Diese Seite' }).click();
    await expect(editor.getByLabel('Adressmuster')).toHaveValue('/reports/*?tab=*');
    await expect(editor.getByTestId('pattern-check')).toHaveText(`✓ Passt zu dieser Seite. Passt zu 1 offenen Tab auf ${HOST}.`);
    await editor.getByLabel('Name des Orts').fill('Eine Abrechnung');
    await editor.getByRole('button', { name: 'Ort speichern' }).click();
    await expect(panel.contextName).toHaveText('Eine Abrechnung');

    await page.getByRole('button', { name: 'New expense' }).click();
    await editor.getByRole('button', { name: 'Wenn dies auf der Seite ist' }).click();
    const box = (await page.getByRole('dialog').boundingBox())!;
    await page.mouse.move(box.x + 8, box.y + 8);
    await page.mouse.click(box.x + 8, box.y + 8);
    await expect(editor.getByTestId('picked-condition')).toHaveText('wenn das Element mit der ID „expense-dialog“ auf der Seite ist');
    await editor.getByLabel('Name des Orts').fill('Neue Ausgabe');
    await editor.getByRole('button', { name: 'Ort speichern' }).click();
    await expect(panel.contextName).toHaveText('Neue Ausgabe');
    await panel.page.screenshot({ path: 'test-results/screens/taught-places-de.png', fullPage: true });
    const [tool] = await readStore<StoredTool>(sw, 'tools');
    expect(tool?.rules).toMatchObject({ name: 'Reisekosten', lang: 'de', contexts: [{ name: 'Neue Ausgabe' }, { name: 'Eine Abrechnung', when: [{ path: '^/reports/[^/?&#]+/?\\?tab=[^/?&#]+(?:[&#].*)?$' }] }] });

    // A saved place opens in the form again: renamed and broadened, it keeps its id (tips stay bound).
    const before = (await readStore<StoredTool>(sw, 'tools'))[0]!.rules.contexts.find((c) => c.name === 'Eine Abrechnung')!.id;
    await editor.getByRole('button', { name: 'Den Ort Eine Abrechnung bearbeiten' }).click();
    await expect(editor.getByLabel('Adressmuster')).toHaveValue('/reports/*?tab=*');
    await expect(editor.getByLabel('Name des Orts')).toHaveValue('Eine Abrechnung');
    await editor.getByLabel('Adressmuster').fill('/reports/*');
    await editor.getByLabel('Name des Orts').fill('Abrechnung');
    await editor.getByRole('button', { name: 'Ort speichern' }).click();
    await expect(editor.getByTestId('places').locator('li').nth(1)).toContainText('Abrechnung – Adresse wie /reports/*');
    const edited = (await readStore<StoredTool>(sw, 'tools'))[0]!.rules.contexts.find((c) => c.id === before);
    expect(edited).toMatchObject({ name: 'Abrechnung', when: [{ path: '^/reports/[^/?&#]+/?(?:[?#].*)?$' }] });

    // "Why this page?" explains a taught tool by its own rules.
    await panel.page.getByRole('button', { name: 'Warum diese Seite?' }).click();
    const frame = panel.page.getByTestId('why-frame');
    await expect(frame.getByRole('heading')).toHaveText('Die Seite: Reisekosten');
    await expect(frame).toContainText('von einer Mentorin oder einem Mentor beigebracht');
    await expect(frame.locator('[data-active="true"]').first()).toContainText('Neue Ausgabe — erkannt');
    await panel.page.getByRole('button', { name: 'Warum diese Seite?' }).click();

    // The mentor can take the tool back out: its places go, the page is unknown again.
    await editor.getByRole('button', { name: 'Dieses Werkzeug entfernen …' }).click();
    const forget = editor.getByTestId('forget-tool');
    await expect(forget.getByRole('checkbox', { name: `Auch den Zugriff auf ${HOST} zurückgeben` })).toBeChecked();
    await panel.page.screenshot({ path: 'test-results/screens/taught-forget-de.png', fullPage: true });
    expect(await seriousViolations(panel.page, 'places and removing the tool, German')).toEqual([]);
    await forget.getByRole('button', { name: 'Reisekosten entfernen' }).click();
    await expect(panel.emptyState).toBeVisible();
    await expect(panel.page.getByTestId('teach-tool')).toBeVisible();
    expect(await readStore(sw, 'tools')).toEqual([]);
    await expect.poll(() => registered(sw)).toEqual([]);
  });
});
