import type { DetectedContext } from '../contexts/types';
import type { TandemDb } from '../db/db';
import { noteSchema, type Note, type NoteKind } from '../schemas/note';
import { nextStamp } from '../time/clock';

export const BODY_MAX = 20_000;
export const TAGS_MAX = 12;
export const TAG_MAX = 30;

/** Where a note is written: the followed tab's tool, context, page and the tip being viewed. */
export interface NotePlace {
  detected?: DetectedContext | null;
  url?: string | null;
  title?: string | null;
  tipId?: string | null;
}

/** A new private note prefilled with where it is written; `draftedAt` marks it as still being typed. */
export function newNote(kind: NoteKind, place: NotePlace, now: number, id: string = crypto.randomUUID()): Note {
  const detected = place.detected ?? undefined;
  return {
    id,
    kind,
    body: '',
    ...(detected ? { tool: detected.tool } : {}),
    ...(detected?.contexts[0] ? { context: detected.contexts[0] } : {}),
    ...(place.url ? { url: place.url.slice(0, 2_000) } : {}),
    ...(place.title ? { pageTitle: place.title.slice(0, 300) } : {}),
    ...(place.tipId ? { tipId: place.tipId } : {}),
    tags: [],
    visibility: 'private',
    forMeeting: false,
    createdAt: now,
    updatedAt: now,
    draftedAt: now,
  };
}

/** Writes a note after validating it (a bad one throws with zod's issue naming the field). */
export async function putNote(db: TandemDb, note: Note): Promise<Note> {
  const valid = noteSchema.parse(note);
  await db.notes.put(valid);
  return valid;
}

/** The note still being written in the quick add, newest first (there is normally one). */
export async function loadDraft(db: TandemDb): Promise<Note | undefined> {
  const drafts = await db.notes.orderBy('draftedAt').reverse().filter((n) => n.deletedAt === undefined).limit(1).toArray();
  return drafts[0];
}

/** Turns the draft into a finished note. */
export async function finishDraft(db: TandemDb, note: Note, now = Date.now()): Promise<Note> {
  const finished: Note = { ...note, updatedAt: now };
  delete finished.draftedAt;
  return putNote(db, finished);
}

/** Changes some fields of a stored note. */
export async function updateNote(db: TandemDb, id: string, patch: Partial<Omit<Note, 'id' | 'createdAt'>>, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id);
    if (!current) throw new Error(`note ${id} not found`);
    return putNote(db, { ...current, ...patch, updatedAt: nextStamp(current, now) });
  });
}

/** Deletes a note, keeping a tombstone (so undo works and a partner's copy is not resurrected). */
export async function deleteNote(db: TandemDb, id: string, now = Date.now()): Promise<void> {
  await updateNote(db, id, { deletedAt: now }, now);
}

/** Brings a deleted note back (undo). */
export async function restoreNote(db: TandemDb, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id);
    if (!current) return;
    const alive: Note = { ...current, updatedAt: nextStamp(current, now) };
    delete alive.deletedAt;
    await putNote(db, alive);
  });
}

/** Puts an earlier version of a note back (undo of an edit), as a new change. */
export async function revertNote(db: TandemDb, snapshot: Note, now = Date.now()): Promise<void> {
  await putNote(db, { ...snapshot, updatedAt: now });
}

/** Tags typed as "excel, formulas #jargon": trimmed, without '#', unique; and what was wrong. */
export function parseTags(text: string): { tags: string[]; error?: 'tooMany' | 'tooLong' } {
  const all = [...new Set(text.split(/[,;\n]+/).map((t) => t.trim().replace(/^#+/, '').trim()).filter(Boolean))];
  const fitting = all.filter((t) => t.length <= TAG_MAX);
  const tags = fitting.slice(0, TAGS_MAX);
  if (fitting.length < all.length) return { tags, error: 'tooLong' };
  if (tags.length < fitting.length) return { tags, error: 'tooMany' };
  return { tags };
}

/** Is this note shown in lists (not deleted, not still a draft)? */
export function isListed(note: Note): boolean {
  return note.deletedAt === undefined && note.draftedAt === undefined;
}
