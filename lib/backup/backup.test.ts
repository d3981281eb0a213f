import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { aNote, aTip } from '../../test/builders';
import { TandemDb } from '../db/db';
import type { TandemDoc } from '../schemas/tandem';
import { sha256Hex } from '../exchange/crypto';
import { loadUserHosts, saveUserHosts } from '../hosts/host-store';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { BACKUP_VERSION, MAX_BACKUP_BYTES, readBackupFile, writeBackupFile } from './backup-file';
import { collectBackup, countRows, restoreBackup } from './backup-store';
import { deleteAllData } from './delete-all';
import { FileError } from '../files/file-error';
import { backupTables } from './registry';

let n = 0;
let source: TandemDb;
let target: TandemDb;

beforeEach(() => {
  source = new TandemDb(`backup-source-${n}`);
  target = new TandemDb(`backup-target-${n++}`);
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

/** A database with at least one row in every table. */
async function fill(db: TandemDb): Promise<void> {
  await db.tips.bulkPut([aTip(), aTip({ id: 'tip-2', title: 'Write a headline', translations: { de: { title: 'Überschrift', why: '', steps: ['Eins'] } } })]);
  await db.packs.put({ id: 'local', name: 'Mine', author: 'Mia', version: 3, source: 'local', updatedAt: 5 });
  await db.progress.put({ tipId: 'tip-1', status: 'tried', helpful: true, updatedAt: 9, review: { due: 99, stability: 1.5, difficulty: 4, scheduledDays: 2, learningSteps: 0, reps: 1, lapses: 0, state: 'review' } });
  await db.notes.bulkPut([aNote(), aNote({ id: 'note-2', kind: 'question', body: 'What is **CRUD**?', visibility: 'shared', forMeeting: true, tags: ['jargon'] })]);
  await db.goals.put({ id: 'g1', title: 'First post', measure: 'posts', target: 1, current: 0, status: 'active', dueDate: '2026-12-31', createdAt: 1, updatedAt: 1 });
  await db.meetings.put({ id: 'm1', scheduledAt: 5, summary: 'Good', nextSteps: 'More', feedback: { mentee: { rating: 5, line: 'Great' } }, createdAt: 1, updatedAt: 1 });
  await db.drafts.put({ id: 'tip:new', value: { id: 'new', title: 'Half a tip', why: '', steps: [''], minutes: '3', level: 'beginner', tags: '', lang: 'en', tool: 'excel', contexts: [], updatedAt: 3 }, updatedAt: 3 });
  const agreement: TandemDoc = { id: 'agreement', kind: 'agreement', goals: 'Learn', cadenceDays: 14, format: 'online', minutes: 45, rules: { voluntary: true, confidential: true, noReportingLine: true }, createdAt: 1, updatedAt: 1 };
  await db.tandem.put(agreement);
  await db.partnerProgress.put({ tipId: 'tip-2', status: 'mastered', title: 'Write a headline', updatedAt: 4 });
  await db.knowledge.put({ key: 'notes/note-2@1', sentAt: 7 });
  await db.exchanges.put({ id: 'x1', direction: 'export', at: 7, fileCreatedAt: 7, encrypted: false, records: 2 });
  await db.drafts.put({ id: 'form:meeting.log', value: { summary: 'typing…' }, updatedAt: 8 });
}

async function dump(db: TandemDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

async function backupText(db: TandemDb): Promise<string> {
  return writeBackupFile(await collectBackup(db, 1_000));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary places of the JSON
type Json = Record<string, any>;

/** Edits a written backup and fixes its checksum, as a careful forger would. */
async function forge(text: string, edit: (file: Json) => void): Promise<string> {
  const file = JSON.parse(text) as Json;
  edit(file);
  file.sha256 = await sha256Hex(JSON.stringify({ settings: file.settings, customHosts: file.customHosts, tables: file.tables }));
  return JSON.stringify(file);
}

async function refusal(text: string, dbVersion = target.verno): Promise<FileError> {
  const error = await readBackupFile(text, dbVersion).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FileError)) throw new Error(`expected a FileError, got ${String(error)}`);
  return error;
}

describe('the table registry', () => {
  it('has a schema for every table of the database, with the same primary key', () => {
    const db = new TandemDb('backup-registry');
    expect(Object.keys(backupTables).sort()).toEqual(db.tables.map((t) => t.name).sort());
    for (const table of db.tables) expect(backupTables[table.name as keyof typeof backupTables].key, table.name).toBe(table.schema.primKey.keyPath);
  });
});

describe('backup and restore', () => {
  it('restores every table, the settings and the self-hosted hosts exactly', async () => {
    await fill(source);
    await saveSettings({ lang: 'de', role: 'mentor', myName: 'Mia', partnerName: 'Peter' });
    await saveUserHosts([{ host: 'tableau.example.org', tool: 'tableau' }]);
    const text = await backupText(source);
    const before = await dump(source);
    for (const rows of Object.values(before)) expect(rows.length).toBeGreaterThan(0);

    fakeBrowser.reset();
    await target.tips.put(aTip({ id: 'only-in-target' }));
    const backup = await readBackupFile(text, target.verno);
    expect(Object.fromEntries(Object.entries(backup.tables).map(([k, v]) => [k, v.length]))).toMatchObject({ tips: 2, notes: 2, goals: 1 });
    await restoreBackup(target, backup, localStorage);

    expect(await dump(target)).toEqual(before);
    expect(await loadSettings()).toEqual({ lang: 'de', role: 'mentor', myName: 'Mia', partnerName: 'Peter' });
    expect(await loadUserHosts()).toEqual([{ host: 'tableau.example.org', tool: 'tableau' }]);
  });

  it('writes the documented header', async () => {
    const file = JSON.parse(await backupText(source)) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'tandem-tips/backup', schemaVersion: BACKUP_VERSION, dbVersion: source.verno, exportedAt: 1_000 });
    expect(Object.keys(file.tables as object).sort()).toEqual(Object.keys(backupTables).sort());
  });

  it('rolls the whole restore back when one table cannot be written', async () => {
    await fill(target);
    const before = await dump(target);
    const backup = await readBackupFile(await backupText(target), target.verno);
    // A row without its primary key makes bulkPut fail after earlier tables were already cleared.
    backup.tables.drafts = [{ value: {}, updatedAt: 1 }];
    await expect(restoreBackup(target, backup, localStorage)).rejects.toThrow();
    expect(await dump(target)).toEqual(before);
  });

  it('brings rows of an older database version up to date (version 3 gave tried tips a review date)', async () => {
    await source.progress.put({ tipId: 'tip-1', status: 'tried', updatedAt: Date.UTC(2026, 0, 1) });
    const old = await forge(await backupText(source), (file) => {
      file.dbVersion = 2;
      delete file.tables.tandem;
    });
    const backup = await readBackupFile(old, target.verno);
    expect(backup.tables.progress[0]).toMatchObject({ tipId: 'tip-1', status: 'tried', review: { state: 'review' } });
    expect(backup.tables.tandem).toEqual([]);
  });
  it('restores a backup of database version 4: form drafts, the tip draft and a quick-add note become rows of the one drafts table', async () => {
    const old = await forge(await backupText(source), (file) => {
      file.dbVersion = 4;
      file.tables.drafts = [{ id: 'new', title: 'Half a tip', why: '', steps: [''], minutes: '3', level: 'beginner', tags: '', lang: 'en', tool: 'excel', contexts: [], updatedAt: 3 }];
      file.tables.formDrafts = [{ id: 'goal-new', value: { title: 'Three posts' }, updatedAt: 4 }];
      file.tables.notes = [{ ...aNote({ id: 'typing', body: 'Half a thou' }), draftedAt: 5 }, aNote({ id: 'kept' })];
    });
    const backup = await readBackupFile(old, target.verno);
    expect(backup.tables.notes).toEqual([aNote({ id: 'kept' })]);
    expect(backup.tables.drafts.map((d) => (d as { id: string }).id).sort()).toEqual(['form:goal-new', 'note:quick-add', 'tip:new']);
    await restoreBackup(target, backup, localStorage);
    expect(await target.drafts.count()).toBe(3);
  });
});

describe('a backup that cannot be restored says why and is never partly used', () => {
  it('names the table, row and field of an invalid row', async () => {
    await fill(source);
    const text = await forge(await backupText(source), (file) => {
      file.tables.notes[1].visibility = 'public';
    });
    const error = await refusal(text);
    expect(error.code).toBe('invalid');
    expect(error.details).toMatchObject({ table: 'notes', row: 2, issue: { path: ['visibility'] } });
  });

  it('refuses an unknown table, a duplicate key, bad settings and bad hosts', async () => {
    await fill(source);
    const text = await backupText(source);
    expect(await refusal(await forge(text, (f) => (f.tables.evil = [{}])))).toMatchObject({ code: 'unknownTable', details: { table: 'evil' } });
    const dup = await refusal(await forge(text, (f) => f.tables.tips.push(f.tables.tips[0])));
    expect(dup).toMatchObject({ code: 'invalid', details: { table: 'tips', row: 3, issue: { reason: 'duplicate' } } });
    const settings = await refusal(await forge(text, (f) => (f.settings.role = 'boss')));
    expect(settings).toMatchObject({ code: 'invalid', details: { issue: { path: ['settings', 'role'] } } });
    const hosts = await refusal(await forge(text, (f) => (f.customHosts = [{ host: 'https://evil/*', tool: 'tableau' }])));
    expect(hosts).toMatchObject({ code: 'invalid', details: { issue: { path: ['customHosts', 0, 'host'] } } });
  });

  it('refuses newer file and database versions', async () => {
    const text = await backupText(source);
    expect(await refusal(await forge(text, (f) => (f.schemaVersion = BACKUP_VERSION + 1)))).toMatchObject({ code: 'futureVersion' });
    expect(await refusal(await forge(text, (f) => (f.dbVersion = target.verno + 1)))).toMatchObject({ code: 'futureDb', details: { version: target.verno + 1 } });
  });

  it('refuses a changed file, other files, broken JSON and huge files', async () => {
    await fill(source);
    const text = await backupText(source);
    expect(await refusal(text.replace('Hashtags work like folders.', 'Hashtags are folders.'))).toMatchObject({ code: 'tampered' });
    expect(await refusal('{"format":"tandem-tips/pack","schemaVersion":1}')).toMatchObject({ code: 'wrongKind', details: { found: 'pack' } });
    expect(await refusal('{"format":"tandem-tips/exchange"}')).toMatchObject({ code: 'wrongKind', details: { found: 'exchange' } });
    expect(await refusal('[1,2]')).toMatchObject({ code: 'notOurs' });
    expect(await refusal(text.slice(0, 100))).toMatchObject({ code: 'notJson' });
    expect(await refusal(' '.repeat(MAX_BACKUP_BYTES + 1))).toMatchObject({ code: 'tooLarge' });
    expect(await refusal(await forge(text, (f) => (f.tables = 'all of them')))).toMatchObject({ code: 'invalid', details: { issue: { path: ['tables'] } } });
  });
});

describe('delete all my data', () => {
  it('empties every table, the extension storage and the page copy, and revokes the user’s hosts', async () => {
    await fill(source);
    await saveSettings({ myName: 'Mia' });
    await saveUserHosts([{ host: 'tableau.example.org', tool: 'tableau' }]);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(undefined as never);
    localStorage.setItem('tandem-tips:note-draft', '{}');

    await deleteAllData(source, localStorage);

    expect(Object.values(await countRows(source)).every((c) => c === 0)).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(localStorage.length).toBe(0);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://tableau.example.org/*'] });
  });
});
