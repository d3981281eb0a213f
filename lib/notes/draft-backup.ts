import type { TandemDb } from '../db/db';
import { noteSchema, type Note } from '../schemas/note';

const KEY = 'tandem-tips:note-draft';

/**
 * A synchronous copy of the note being typed (localStorage of the extension page). IndexedDB
 * writes are asynchronous and a panel closed right after a keystroke may never finish one; this
 * copy is written before the keystroke returns and moved into the database on the next start.
 */
export function backupDraft(storage: Storage, note: Note): void {
  try {
    storage.setItem(KEY, JSON.stringify(note));
  } catch {
    // Storage full or disabled: the debounced database write still runs.
  }
}

/** Forget the copy once the database holds this version (or a newer one) of the note. */
export function clearBackup(storage: Storage, written: Note): void {
  const backup = readBackup(storage);
  if (backup && backup.id === written.id && backup.updatedAt <= written.updatedAt) storage.removeItem(KEY);
}

function readBackup(storage: Storage): Note | undefined {
  const raw = storage.getItem(KEY);
  if (raw === null) return undefined;
  try {
    const parsed = noteSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Moves a backed-up draft into the database unless the database already has that version or a
 * newer one; a malformed copy is dropped. Returns the recovered note, if any.
 */
export async function recoverDraft(db: TandemDb, storage: Storage): Promise<Note | undefined> {
  const backup = readBackup(storage);
  if (storage.getItem(KEY) !== null && !backup) storage.removeItem(KEY);
  if (!backup) return undefined;
  const recovered = await db.transaction('rw', db.notes, async () => {
    const stored = await db.notes.get(backup.id);
    if (stored && stored.updatedAt >= backup.updatedAt) return undefined;
    await db.notes.put(backup);
    return backup;
  });
  storage.removeItem(KEY);
  return recovered;
}

/** Forget the copy whatever it holds (the note was saved or discarded on purpose). */
export function dropBackup(storage: Storage): void {
  storage.removeItem(KEY);
}
