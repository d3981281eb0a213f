import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { E2E_EXTENSION_PATH, expect, launchBrowser, serviceWorkerOf, test, waitForSeed, type ChromeApi } from './extension';
import { NotesPanel } from './pages/notes';
import { OptionsPage } from './pages/options';
import { SidePanel } from './pages/side-panel';

const T = Date.UTC(2026, 10, 3, 9, 30);

/** Every row of every store of the extension's IndexedDB, by store name. */
function dumpDb(sw: Worker): Promise<Record<string, unknown[]>> {
  return sw.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((done, fail) => {
        const open = indexedDB.open('tandem-tips');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            done(out);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

/** Writes rows straight into a store, for the tables no quick UI path fills (agreement, exchange log…). */
function putRows(sw: Worker, store: string, rows: unknown[]): Promise<void> {
  return sw.evaluate(
    ([name, items]) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('tandem-tips');
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const row of items) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    [store, rows] as const,
  );
}

const localStore = (sw: Worker) => sw.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(null));

async function launch(profile: string, lang: 'en' | 'de' = 'en'): Promise<{ context: BrowserContext; sw: Worker; extensionId: string }> {
  const context = await launchBrowser(profile, lang, E2E_EXTENSION_PATH);
  const sw = await serviceWorkerOf(context);
  await waitForSeed(sw);
  return { context, sw, extensionId: new URL(sw.url()).host };
}

/** A mentee's browser after some weeks: progress and a note through the panel, names and a host in the options, the rest stored. */
async function useForAWhile(context: BrowserContext, sw: Worker, extensionId: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.contextName).toHaveText('Feed');
  const [first] = await panel.tipIds();
  await panel.tip(first!).click();
  await panel.page.getByRole('button', { name: 'I tried it' }).click();
  await expect(panel.page.getByRole('status').filter({ hasText: 'Saved: Tried' })).toBeVisible();
  await panel.page.keyboard.press('Escape');
  const notes = new NotesPanel(panel.page);
  await notes.body.fill('Ask Mia what “engagement rate” means');
  await notes.save.click();
  await expect(notes.card('engagement rate')).toBeVisible();
  await panel.page.close();

  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByLabel('My name', { exact: true }).fill('Peter');
  await options.page.getByLabel('My tandem partner’s name').fill('Mia');
  await options.page.getByLabel('Mentor — I am teaching').check();
  await options.hostInput.fill('tableau.example.org');
  await options.page.getByRole('button', { name: 'Add and allow access' }).click();
  await expect(options.host('tableau.example.org')).toContainText('Access allowed');
  await expect.poll(async () => (await localStore(sw)).settings).toMatchObject({ myName: 'Peter', partnerName: 'Mia', role: 'mentor' });
  await options.page.close();

  await putRows(sw, 'notes', [
    { id: 'n-private', kind: 'note', body: 'I am nervous about the **reorg**', tags: ['private'], visibility: 'private', forMeeting: false, createdAt: T, updatedAt: T },
    { id: 'n-question', kind: 'question', body: 'What is a pivot table?', tool: 'excel', context: 'excel.formulas', tags: [], visibility: 'shared', forMeeting: true, createdAt: T, updatedAt: T + 1 },
  ]);
  await putRows(sw, 'goals', [{ id: 'g1', title: 'Post on LinkedIn within a month', measure: 'posts', target: 1, current: 0, dueDate: '2026-12-03', status: 'active', createdAt: T, updatedAt: T }]);
  await putRows(sw, 'meetings', [{ id: 'm1', scheduledAt: T + 86_400_000, summary: '', nextSteps: '', feedback: {}, createdAt: T, updatedAt: T }]);
  await putRows(sw, 'tandem', [
    { id: 'agreement', kind: 'agreement', goals: 'LinkedIn and Excel', cadenceDays: 14, format: 'online', minutes: 45, rules: { voluntary: true, confidential: true, noReportingLine: true }, createdAt: T, updatedAt: T },
  ]);
  await putRows(sw, 'tips', [
    { id: 'mine-1', packId: 'local', tool: 'excel', contexts: ['excel.formulas'], title: 'Sum a column', why: 'Faster than a calculator.', steps: ['Select the cell', 'Press **Alt+=**'], minutes: 2, level: 'beginner', tags: ['formulas'], lang: 'en', author: 'Peter', createdAt: T, updatedAt: T },
  ]);
  await putRows(sw, 'drafts', [
    { id: 'tip:new', value: { id: 'new', title: 'Half a tip', why: '', steps: [''], minutes: '3', level: 'beginner', tags: '', lang: 'en', tool: 'tableau', contexts: [], updatedAt: T }, updatedAt: T },
    { id: 'form:meeting.log.m1', value: { summary: 'We talked about' }, updatedAt: T },
  ]);
  await putRows(sw, 'partnerProgress', [{ tipId: 'mine-1', status: 'tried', title: 'Sum a column', updatedAt: T }]);
  await putRows(sw, 'knowledge', [{ key: 'notes/n-question@1', sentAt: T }]);
  await putRows(sw, 'exchanges', [{ id: 'x1', direction: 'export', at: T, fileCreatedAt: T, encrypted: false, records: 3, partnerName: 'Mia' }]);
  // A tool the mentor taught, not (yet) allowed on its site: the backup keeps it as it is.
  await putRows(sw, 'tools', [
    {
      id: 'custom-expenses-k3f9',
      packId: 'local',
      rules: { format: 'tandem-tips/rules', formatVersion: 2, tool: 'custom-expenses-k3f9', version: 1, name: 'Expenses', lang: 'en', hosts: ['expenses.example.org'], contexts: [{ id: 'custom-expenses-k3f9.reports', name: 'Reports', specificity: 3, when: [{ host: '^expenses\\.example\\.org$', path: '^/reports/?$' }] }] },
      allowed: [],
      createdAt: T,
      updatedAt: T,
    },
  ]);
}

/** Rewrites a backup and fixes its checksum, as a careful forger would. */
function forge(text: string, edit: (file: { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> }) => void): string {
  const file = JSON.parse(text) as { schemaVersion: number; sha256: string; settings: unknown; customHosts: unknown; tables: Record<string, Record<string, unknown>[]> };
  edit(file);
  file.sha256 = createHash('sha256').update(JSON.stringify({ settings: file.settings, customHosts: file.customHosts, tables: file.tables })).digest('hex');
  return JSON.stringify(file);
}

test('a backup from one profile restores into a fresh profile with identical data; a tampered or newer backup changes nothing', async () => {
  // Two browser profiles, one after the other, each launched and filled: more than one test's worth of time.
  test.slow();
  const dir = mkdtempSync(join(tmpdir(), 'tandem-backup-'));
  const backupPath = join(dir, 'backup.tandem-backup.json');
  try {
    // ── The old computer ──
    const a = await launch(join(dir, 'old'));
    await useForAWhile(a.context, a.sw, a.extensionId);
    const before = await dumpDb(a.sw);
    for (const [store, rows] of Object.entries(before)) expect(rows.length, `${store} has rows`).toBeGreaterThan(0);
    const { settings, customHosts } = await localStore(a.sw);

    const options = await OptionsPage.open(a.context, a.extensionId);
    const [download] = await Promise.all([options.page.waitForEvent('download'), options.page.getByRole('button', { name: 'Download a backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tandem-tips-\d{4}-\d{2}-\d{2}-\d{4}\.tandem-backup\.json$/);
    await download.saveAs(backupPath);
    const total = Object.values(before).reduce((n, rows) => n + rows.length, 0);
    await expect(options.page.getByTestId('backup-status')).toHaveText(`Backup saved as ${download.suggestedFilename()} (${total} records).`);
    await a.context.close();
    const text = readFileSync(backupPath, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'tandem-tips/backup', schemaVersion: 1, dbVersion: expect.any(Number), settings, customHosts });

    // ── The new computer ──
    const b = await launch(join(dir, 'new'));
    const fresh = await dumpDb(b.sw);
    expect(fresh.notes).toEqual([]);
    const restore = await OptionsPage.open(b.context, b.extensionId);
    await restore.page.setViewportSize({ width: 760, height: 1000 });
    await restore.page.getByTestId('restore-file').setInputFiles(backupPath);
    const preview = restore.page.getByTestId('restore-preview');
    await expect(preview.getByRole('heading', { level: 4 })).toBeFocused();
    await expect(preview.locator('tr[data-table="notes"]')).toHaveText(['Notes and questions' + String(before.notes!.length) + '0']);
    await expect(preview.locator('tr[data-table="tips"] td').first()).toHaveText(String(before.tips!.length));
    await expect(preview).toContainText('Settings: Mentor — I am teaching · Peter & Mia; language: Same as the browser');
    await expect(preview).toContainText('Self-hosted tools: 1 (tableau.example.org)');
    await preview.scrollIntoViewIfNeeded();
    await restore.page.screenshot({ path: 'test-results/screens/options-restore-preview.png', fullPage: true });
    await preview.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await expect(restore.page.getByTestId('backup-status')).toHaveText(
      `Backup restored: ${total} records. Allow access to the restored self-hosted tools in the list above, so tips appear there again.`,
    );

    // Identical: every table, the settings and the hosts.
    expect(await dumpDb(b.sw)).toEqual(before);
    expect(await localStore(b.sw)).toMatchObject({ settings, customHosts });
    await expect(restore.page.getByLabel('My name', { exact: true })).toHaveValue('Peter');
    await expect(restore.host('tableau.example.org')).toBeVisible();

    // A backup with a changed record (checksum fixed up, so only the row check can catch it): refused, nothing changes.
    const tampered = join(dir, 'tampered.tandem-backup.json');
    writeFileSync(tampered, forge(text, (f) => (f.tables.notes!.find((n) => n.id === 'n-question')!.visibility = 'public')));
    await restore.page.getByTestId('restore-file').setInputFiles(tampered);
    const row = before.notes!.findIndex((n) => (n as { id: string }).id === 'n-question') + 1;
    await expect(restore.page.getByTestId('restore-error')).toContainText(`Record ${row} in “Notes and questions” is not valid: Visibility is not valid.`);
    await expect(restore.page.getByTestId('restore-error')).toContainText('Nothing was changed.');
    await expect(restore.page.getByTestId('restore-preview')).toHaveCount(0);
    await restore.page.screenshot({ path: 'test-results/screens/options-restore-refused.png', fullPage: true });

    // Edited by hand (the checksum no longer matches).
    const edited = join(dir, 'edited.tandem-backup.json');
    writeFileSync(edited, text.replace('What is a pivot table?', 'What is a pivot table??'));
    await restore.page.getByTestId('restore-file').setInputFiles(edited);
    await expect(restore.page.getByTestId('restore-error')).toContainText('changed or damaged after it was written');

    // From a newer Tandem Tips.
    const future = join(dir, 'future.tandem-backup.json');
    writeFileSync(future, forge(text, (f) => (f.schemaVersion = 2)));
    await restore.page.getByTestId('restore-file').setInputFiles(future);
    await expect(restore.page.getByTestId('restore-error')).toContainText('written by a newer Tandem Tips (file version 2; this one reads up to 1)');

    // An unknown table.
    const unknown = join(dir, 'unknown.tandem-backup.json');
    writeFileSync(unknown, forge(text, (f) => (f.tables.secrets = [{ id: 'x' }])));
    await restore.page.getByTestId('restore-file').setInputFiles(unknown);
    await expect(restore.page.getByTestId('restore-error')).toContainText('data this version does not know: “secrets”');

    expect(await dumpDb(b.sw)).toEqual(before);
    await b.context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('„Alle meine Daten löschen“ asks for a typed word in a dialog (Esc cancels) and leaves an empty database', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-delete-'));
  try {
    const { context, sw, extensionId } = await launch(dir, 'de');
    await putRows(sw, 'notes', [{ id: 'n1', kind: 'question', body: 'Was ist ein Pivot?', tags: [], visibility: 'private', forMeeting: true, createdAt: T, updatedAt: T }]);
    await putRows(sw, 'goals', [{ id: 'g1', title: 'Ein Beitrag', measure: 'Beiträge', target: 1, current: 0, status: 'active', createdAt: T, updatedAt: T }]);
    // A note half typed in the panel: its synchronous copy sits in the extension's localStorage.
    const tab = context.pages()[0] ?? (await context.newPage());
    await tab.goto('https://www.linkedin.com/feed/');
    const panel = await SidePanel.open(context, extensionId);
    const notes = new NotesPanel(panel.page);
    await notes.body.pressSequentially('Halb getippt');
    await expect.poll(() => panel.page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
    await panel.page.close();

    const options = await OptionsPage.open(context, extensionId);
    await options.hostInput.fill('tableau.example.org');
    await options.page.getByRole('button', { name: 'Hinzufügen und Zugriff erlauben' }).click();
    await expect(options.host('tableau.example.org')).toBeVisible();
    await options.page.getByLabel('Mein Name', { exact: true }).fill('Peter');
    await expect.poll(async () => (await localStore(sw)).settings).toMatchObject({ myName: 'Peter' });
    const before = await dumpDb(sw);
    expect(before.tips!.length).toBeGreaterThan(0);

    const open = options.page.getByRole('button', { name: 'Alle meine Daten löschen …' });
    await open.click();
    const dialog = options.page.getByRole('dialog', { name: 'Alle Ihre Daten in Tandem Tips löschen?' });
    await expect(dialog).toBeVisible();
    const word = dialog.getByLabel('Geben Sie zur Bestätigung LÖSCHEN ein');
    await expect(word).toBeFocused();
    const confirm = dialog.getByRole('button', { name: 'Alles löschen' });
    await expect(confirm).toBeDisabled();
    await word.fill('LOESCHEN');
    await expect(confirm).toBeDisabled();
    // Esc closes the dialog, deletes nothing and gives focus back.
    await options.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    expect(await dumpDb(sw)).toEqual(before);

    await options.page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(word).toHaveValue('');
    await word.fill('LÖSCHEN');
    await options.page.setViewportSize({ width: 760, height: 900 });
    await options.page.screenshot({ path: 'test-results/screens/options-delete-dialog-de.png' });
    await options.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(options.page.getByTestId('delete-status')).toHaveText(
      'Alle Ihre Daten wurden gelöscht. Die eingebauten Starter-Tipps kommen zurück, wenn Sie die Seitenleiste das nächste Mal öffnen (ebenso Tipps oder Tools, die Ihr Programm eingerichtet hat).',
    );
    await options.page.screenshot({ path: 'test-results/screens/options-deleted-de.png', fullPage: true });

    // Empty: every table, the extension's storage, the page copy; the host is gone and no longer watched.
    const after = await dumpDb(sw);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [store, rows] of Object.entries(after)) expect(rows, store).toEqual([]);
    expect(await localStore(sw)).toEqual({});
    expect(await options.page.evaluate(() => localStorage.length)).toBe(0);
    await expect(options.hostList).toHaveCount(0);
    await expect(options.page.getByLabel('Mein Name', { exact: true })).toHaveValue('');
    await expect
      .poll(() => sw.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.getRegisteredContentScripts()).length))
      .toBe(0);

    // As promised: opening the panel brings the starter tips back, nothing else — and, with
    // nothing left in this browser, the first-run welcome again.
    await tab.bringToFront();
    const again = await SidePanel.open(context, extensionId);
    await expect(again.page.getByTestId('welcome')).toBeVisible();
    await again.page.getByRole('button', { name: 'Begrüßung überspringen' }).click();
    await expect(again.tipItems.first()).toBeVisible();
    const reopened = await dumpDb(sw);
    expect(reopened.notes).toEqual([]);
    expect(reopened.goals).toEqual([]);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
