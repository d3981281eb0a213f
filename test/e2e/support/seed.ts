import type { Worker } from '@playwright/test';
import type { Note } from '../../../lib/schemas/note';

/**
 * Writes notes straight into the extension's IndexedDB through the background.
 * Stand-in for the notes UI (issue 4, built in parallel): once that lands, tests type their
 * notes through it instead. Everything else in these tests goes through the real UI.
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
