import type { Worker } from '@playwright/test';
import type { Note } from '../../../lib/schemas/note';

/**
 * Writes notes straight into the extension's IndexedDB through the background, for tests that
 * need notes from the past (a meeting window, search over many notes). Tests of writing notes
 * type them into the quick add instead. Raw writes bypass Dexie's change notifications: open
 * or reload the panel afterwards.
 */
export async function seedNotesDirectly(sw: Worker, notes: Note[]): Promise<void> {
  await sw.evaluate(
    (rows) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('tandem-tips');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          for (const row of rows) tx.objectStore('notes').put(row);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    notes,
  );
}

/** A shared or private note as the notes UI would store it. */
export function note(id: string, body: string, over: Partial<Note> = {}): Note {
  const now = Date.now();
  return { id, kind: 'note', body, tags: [], visibility: 'shared', forMeeting: false, createdAt: now, updatedAt: now, ...over };
}
