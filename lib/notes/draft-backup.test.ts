import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aNote } from '../../test/builders';
import { TandemDb } from '../db/db';
import { loadDraft, saveDraft } from '../drafts/drafts';
import { backupDraft, clearBackup, recoverDraft } from './draft-backup';
import { noteDrafts, QUICK_ADD_ID } from './notes';

let db: TandemDb;
let n = 0;
beforeEach(() => {
  db = new TandemDb(`backup-test-${n++}`);
  localStorage.clear();
});
afterEach(async () => {
  await db.delete();
});

describe('draft backup', () => {
  it('moves a quick-add draft the database never got into it on the next start', async () => {
    backupDraft(localStorage, { kind: 'quick-add', note: aNote({ id: 'd', body: 'typed just before closing', updatedAt: 10 }) });
    expect((await recoverDraft(db, localStorage))?.body).toBe('typed just before closing');
    expect((await loadDraft(db, noteDrafts, QUICK_ADD_ID))?.body).toBe('typed just before closing');
    expect(await db.notes.count()).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it('moves an edit into its note when the note is still the version it edited', async () => {
    const base = aNote({ id: 'e', body: 'before', updatedAt: 10 });
    await db.notes.put(base);
    backupDraft(localStorage, { kind: 'edit', note: { ...base, body: 'after', updatedAt: 11 }, base });
    expect((await recoverDraft(db, localStorage))?.body).toBe('after');
    expect((await db.notes.get('e'))?.body).toBe('after');
  });

  it('keeps the copy for the next start when the database cannot take it, and says why', async () => {
    backupDraft(localStorage, { kind: 'quick-add', note: aNote({ id: 'd', body: 'typed just before closing', updatedAt: 10 }) });
    vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(recoverDraft(db, localStorage)).rejects.toThrow('disk full');
    expect(localStorage.length).toBe(1);
    expect((await recoverDraft(db, localStorage))?.body).toBe('typed just before closing');
    expect(localStorage.length).toBe(0);
  });

  it('never overwrites a newer stored draft, and drops malformed copies', async () => {
    await saveDraft(db, noteDrafts, QUICK_ADD_ID, aNote({ id: 'd', body: 'newer', updatedAt: 20 }));
    backupDraft(localStorage, { kind: 'quick-add', note: aNote({ id: 'd', body: 'older', updatedAt: 10 }) });
    expect(await recoverDraft(db, localStorage)).toBeUndefined();
    expect((await loadDraft(db, noteDrafts, QUICK_ADD_ID))?.body).toBe('newer');
    localStorage.setItem('tandem-tips:note-draft', '{"id":"x","kind":"evil"}');
    expect(await recoverDraft(db, localStorage)).toBeUndefined();
    expect(localStorage.length).toBe(0);
    expect(await db.drafts.count()).toBe(1);
  });

  it('clears the copy only once the database holds that version', () => {
    backupDraft(localStorage, { kind: 'quick-add', note: aNote({ id: 'd', updatedAt: 10 }) });
    clearBackup(localStorage, aNote({ id: 'd', updatedAt: 9 }));
    expect(localStorage.length).toBe(1);
    clearBackup(localStorage, aNote({ id: 'd', updatedAt: 10 }));
    expect(localStorage.length).toBe(0);
  });
});
