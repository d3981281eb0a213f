import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { aNote } from '../builders';
import { readBackupFile, writeBackupFile } from '../../lib/backup/backup-file';
import { collectBackup, restoreBackup } from '../../lib/backup/backup-store';
import { deleteAllData } from '../../lib/backup/delete-all';
import { onReset } from '../../lib/db/reset-signal';
import { loadDraft, saveDraft } from '../../lib/drafts/drafts';
import { backupDraft, recoverDraft } from '../../lib/notes/draft-backup';
import { loadListedNotes, NoteChangedElsewhere, newNote, noteDrafts, QUICK_ADD_ID, saveNoteEdit, updateNote } from '../../lib/notes/notes';
import { loadMeetingPrep } from '../../lib/meeting/prep';
import { collectExport } from '../../lib/exchange/exchange-store';
import { NoteSearch } from '../../lib/notes/search';
import { freshDb } from './support';

const db = freshDb('stale-copies');
const T = Date.UTC(2026, 10, 20, 9);

describe('an editor open in a second window', () => {
  it('cannot make a note shared again that was made private elsewhere: it stops and says so', async () => {
    await db().notes.put(aNote({ id: 'n', visibility: 'shared', body: 'About my manager', updatedAt: T }));
    const loadedByB = (await db().notes.get('n'))!;
    // Window A makes it private.
    await updateNote(db(), 'n', { visibility: 'private' }, T + 1_000);
    // Window B, still open on the old copy, types.
    await expect(saveNoteEdit(db(), loadedByB, { ...loadedByB, body: 'About my manager, again' }, T + 2_000)).rejects.toBeInstanceOf(NoteChangedElsewhere);
    expect(await db().notes.get('n')).toMatchObject({ visibility: 'private', body: 'About my manager' });
  });

  it('writes only the fields it changed, onto the version it last wrote', async () => {
    await db().notes.put(aNote({ id: 'n', body: 'one', tags: ['a'], updatedAt: T }));
    const base = (await db().notes.get('n'))!;
    const first = await saveNoteEdit(db(), base, { ...base, body: 'two' }, T + 1);
    const second = await saveNoteEdit(db(), first, { ...first, tags: ['b'] }, T + 2);
    expect(second).toMatchObject({ body: 'two', tags: ['b'], updatedAt: T + 2 });
  });

  it('a typing copy of an edit left from a closed panel is not written over a note changed since', async () => {
    await db().notes.put(aNote({ id: 'n', visibility: 'shared', body: 'v1', updatedAt: T }));
    const base = (await db().notes.get('n'))!;
    backupDraft(localStorage, { kind: 'edit', note: { ...base, body: 'v1 typed' }, base });
    await updateNote(db(), 'n', { visibility: 'private' }, T + 1);
    expect(await recoverDraft(db(), localStorage)).toBeUndefined();
    expect(await db().notes.get('n')).toMatchObject({ visibility: 'private', body: 'v1' });
  });
});

describe('Delete all and Restore', () => {
  it('restore drops the page’s typing copy, so the next start does not put a pre-restore draft into the restored data', async () => {
    const text = await writeBackupFile(await collectBackup(db(), T));
    backupDraft(localStorage, { kind: 'quick-add', note: { ...newNote('note', {}, T + 5, 'typed-before-restore'), body: 'pre-restore words' } });
    await restoreBackup(db(), await readBackupFile(text, db().verno), localStorage);
    expect(await recoverDraft(db(), localStorage)).toBeUndefined();
    expect(await loadDraft(db(), noteDrafts, QUICK_ADD_ID)).toBeUndefined();
  });

  it('delete all forgets the tabs’ URLs and titles and the reminder alarms', async () => {
    const detected = { tool: 'linkedin', contexts: ['linkedin.profile.other'] };
    await fakeBrowser.storage.session.set({ 'tab:7': { frames: { 0: { detected, url: 'https://www.linkedin.com/in/anna-schmidt/', title: 'Anna Schmidt | LinkedIn', at: 1 } } } });
    await fakeBrowser.alarms.create('tandem-reminder|m1|1796000000000|day-before', { when: Date.now() + 60_000 });
    vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(undefined as never);
    await deleteAllData(db(), localStorage);
    // Which tool the tab is in stays (the badge and the panel need it); which page, not.
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toMatch(/anna/i);
    expect(await fakeBrowser.storage.session.get('tab:7')).toMatchObject({ 'tab:7': { frames: { 0: { detected } } } });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('both tell every open page, so editors close and in-memory drafts go', async () => {
    const heard = vi.fn();
    const stop = onReset(heard);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(undefined as never);
    await deleteAllData(db(), localStorage);
    await restoreBackup(db(), await readBackupFile(await writeBackupFile(await collectBackup(db(), T)), db().verno), localStorage);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(2));
    stop();
  });
});

describe('a half-typed quick-add note', () => {
  it('is invisible to every reader of notes: the list, goals’ “link a note”, search, meeting prep and the export', async () => {
    const typing = { ...newNote('win', {}, T, 'half'), body: 'Half a thou', visibility: 'shared' as const, forMeeting: true };
    await saveDraft(db(), noteDrafts, QUICK_ADD_ID, typing, T);
    expect(await db().notes.count()).toBe(0);
    expect(await loadListedNotes(db())).toEqual([]);
    const search = new NoteSearch();
    search.sync(await db().notes.toArray());
    expect(search.size).toBe(0);
    const prep = await loadMeetingPrep(db(), 'en', T);
    expect([...prep.window.flagged, ...prep.window.openQuestions]).toEqual([]);
    expect((await collectExport(db(), { full: true, includeProgress: false, lang: 'en' })).notes).toEqual([]);
    expect(await loadDraft(db(), noteDrafts, QUICK_ADD_ID)).toMatchObject({ body: 'Half a thou' });
  });
});
