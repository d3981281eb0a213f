import type { TandemDb } from '../db/db';

/** A form's unsaved values (undefined when there is no draft). */
export async function loadDraft(db: TandemDb, id: string): Promise<Record<string, unknown> | undefined> {
  return (await db.formDrafts.get(id))?.value;
}

/** Keeps a form's values as they are typed, so closing the panel never loses a word. */
export async function saveDraft(db: TandemDb, id: string, value: Record<string, unknown>, now = Date.now()): Promise<void> {
  await db.formDrafts.put({ id, value, updatedAt: now });
}

/** Forgets a draft once its form was saved or discarded. */
export async function clearDraft(db: TandemDb, id: string): Promise<void> {
  await db.formDrafts.delete(id);
}
