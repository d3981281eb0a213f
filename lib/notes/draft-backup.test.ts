import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aNote } from '../../test/builders';
import { TandemDb } from '../db/db';
import { backupDraft, clearBackup, recoverDraft } from './draft-backup';

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
  it('moves a draft the database never got into it on the next start', async () => {
    backupDraft(localStorage, aNote({ id: 'd', body: 'typed just before closing', draftedAt: 1, updatedAt: 10 }));
    expect((await recoverDraft(db, localStorage))?.body).toBe('typed just before closing');
    expect((await db.notes.get('d'))?.body).toBe('typed just before closing');
    expect(localStorage.length).toBe(0);
  });

  it('never overwrites a newer stored version, and drops malformed copies', async () => {
    await db.notes.put(aNote({ id: 'd', body: 'newer', draftedAt: 1, updatedAt: 20 }));
    backupDraft(localStorage, aNote({ id: 'd', body: 'older', draftedAt: 1, updatedAt: 10 }));
    expect(await recoverDraft(db, localStorage)).toBeUndefined();
    expect((await db.notes.get('d'))?.body).toBe('newer');
    localStorage.setItem('tandem-tips:note-draft', '{"id":"x","kind":"evil"}');
    expect(await recoverDraft(db, localStorage)).toBeUndefined();
    expect(localStorage.length).toBe(0);
    expect(await db.notes.count()).toBe(1);
  });

  it('clears the copy only once the database holds that version', () => {
    backupDraft(localStorage, aNote({ id: 'd', updatedAt: 10 }));
    clearBackup(localStorage, aNote({ id: 'd', updatedAt: 9 }));
    expect(localStorage.length).toBe(1);
    clearBackup(localStorage, aNote({ id: 'd', updatedAt: 10 }));
    expect(localStorage.length).toBe(0);
  });
});
