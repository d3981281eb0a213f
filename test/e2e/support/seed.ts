import type { Worker } from '@playwright/test';
import type { Note } from '../../../lib/schemas/note';

/**
 * Writes notes straight into the extension's IndexedDB through the background, for tests that
 * need notes from the past (a meeting window, search over many notes). Tests of writing notes
 * type them into the quick add instead. Raw writes bypass Dexie's change notifications: open
 * or reload the panel afterwards.
 */
export async function seedNotesDirectly(sw: Worker, notes: Note[]): Promise<void> {
  await seedDirectly(sw, 'notes', notes);
}

/** Writes rows straight into one of the extension's IndexedDB stores (see above). */
export async function seedDirectly(sw: Worker, store: string, rows: unknown[]): Promise<void> {
  await sw.evaluate(
    ({ store, rows }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('tandem-tips');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { store, rows },
  );
}

/** A shared or private note as the notes UI would store it. */
export function note(id: string, body: string, over: Partial<Note> = {}): Note {
  const now = Date.now();
  return { id, kind: 'note', body, tags: [], visibility: 'shared', forMeeting: false, createdAt: now, updatedAt: now, ...over };
}
