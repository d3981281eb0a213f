import { z } from 'zod';
import type { TandemDb } from '../db/db';
import { loadDraft, saveDraft } from '../drafts/drafts';
import { noteSchema, type Note } from '../schemas/note';
import { noteDrafts, NoteChangedElsewhere, QUICK_ADD_ID, saveNoteEdit } from './notes';

const KEY = 'tandem-tips:note-draft';

/**
 * A synchronous copy of the note being typed (localStorage of the extension page). IndexedDB
 * writes are asynchronous and a panel closed right after a keystroke may never finish one; this
 * copy is written before the keystroke returns and moved into the database on the next start.
 * It is the quick add's draft, or an edit of a stored note together with the version it edits
 * (so a stale edit is never written back over a newer note).
 */
const pageCopySchema = z.union([
  z.object({ kind: z.literal('quick-add'), note: noteSchema }),
  z.object({ kind: z.literal('edit'), note: noteSchema, base: noteSchema }),
]);
export type PageCopy = z.infer<typeof pageCopySchema>;

/** Keeps the copy (called on every keystroke). */
export function backupDraft(storage: Storage, copy: PageCopy): void {
  try {
    storage.setItem(KEY, JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the debounced database write still runs.
  }
}

function readBackup(storage: Storage): PageCopy | undefined {
  const raw = storage.getItem(KEY);
  if (raw === null) return undefined;
  try {
    const parsed = pageCopySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Forget the copy once the database holds this version (or a newer one) of the note. */
export function clearBackup(storage: Storage, written: Note): void {
  const backup = readBackup(storage);
  if (backup && backup.note.id === written.id && backup.note.updatedAt <= written.updatedAt) storage.removeItem(KEY);
}

/**
 * Moves a backed-up copy into the database on the next start: a quick-add draft unless the
 * stored draft is as new, an edit only if the note is still the version it edited. A malformed
 * or stale copy is dropped. Returns the recovered note, if any. When the database write fails
 * the copy stays for the next start (and the error is thrown, to be shown).
 */
export async function recoverDraft(db: TandemDb, storage: Storage): Promise<Note | undefined> {
  const raw = storage.getItem(KEY);
  const backup = readBackup(storage);
  const recovered = backup ? await moveIntoDb(db, backup) : undefined;
  // A copy written meanwhile (the panel is already being typed in) is newer: it stays.
  if (storage.getItem(KEY) === raw) storage.removeItem(KEY);
  return recovered;
}

async function moveIntoDb(db: TandemDb, backup: PageCopy): Promise<Note | undefined> {
  if (backup.kind === 'edit') {
    return saveNoteEdit(db, backup.base, backup.note).catch((error: unknown) => {
      if (error instanceof NoteChangedElsewhere) return undefined;
      throw error;
    });
  }
  return db.transaction('rw', db.drafts, async () => {
    const stored = await loadDraft(db, noteDrafts, QUICK_ADD_ID);
    if (stored && stored.updatedAt >= backup.note.updatedAt) return undefined;
    await saveDraft(db, noteDrafts, QUICK_ADD_ID, backup.note, backup.note.updatedAt);
    return backup.note;
  });
}

/** Forget the copy whatever it holds (the note was saved or discarded on purpose, or all data was replaced). */
export function dropBackup(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(KEY);
}
