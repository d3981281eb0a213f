import { z } from 'zod';
import type { TandemDb } from '../db/db';

// Every kind of draft (a tip being written, the quick-add note, the meeting and goal forms) is
// one row of the `drafts` table, keyed `<kind>:<id>` — never a row of the table the finished
// record goes to, so no reader of notes or tips ever sees a half-typed one.

/** A kind of draft: its key prefix and the schema its value must still pass when it is read back. */
export interface DraftKind<T> {
  name: string;
  schema: z.ZodType<T>;
}

/** Declares a kind of draft (one per form). */
export function draftKind<T>(name: string, schema: z.ZodType<T>): DraftKind<T> {
  return { name, schema };
}

/** The row key of one draft. */
export function draftKey(kind: DraftKind<unknown>, id: string): string {
  return `${kind.name}:${id}`;
}

/** The stored draft, if there is one and it is still readable (a draft of an older shape is dropped, not shown broken). */
export async function loadDraft<T>(db: TandemDb, kind: DraftKind<T>, id: string): Promise<T | undefined> {
  const row = await db.drafts.get(draftKey(kind, id));
  if (!row) return undefined;
  const parsed = kind.schema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

/** Keeps a draft as it is typed (called on every change). */
export async function saveDraft<T>(db: TandemDb, kind: DraftKind<T>, id: string, value: T, now = Date.now()): Promise<void> {
  await db.drafts.put({ id: draftKey(kind, id), value, updatedAt: now });
}

/** Forgets a draft once its form was saved or discarded (inside the caller's transaction when there is one). */
export async function discardDraft(db: TandemDb, kind: DraftKind<unknown>, id: string): Promise<void> {
  await db.drafts.delete(draftKey(kind, id));
}

/** The drafts of the forms that are plain field values (meeting log, agreement, goals). */
export const formDrafts = draftKind('form', z.record(z.string(), z.unknown()));
