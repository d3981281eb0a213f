import type { DetectedContext } from '../contexts/types';
import type { TandemDb } from '../db/db';
import { discardDraft, draftKind } from '../drafts/drafts';
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

/** The quick add's note while it is typed: a draft (lib/drafts), never a row of `notes` until it is saved. */
export const noteDrafts = draftKind('note', noteSchema);
/** The quick add has one note in the making. */
export const QUICK_ADD_ID = 'quick-add';

/** A new private note prefilled with where it is written. */
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
  };
}

/** Writes a note after validating it (a bad one throws with zod's issue naming the field). */
export async function putNote(db: TandemDb, note: Note): Promise<Note> {
  const valid = noteSchema.parse(note);
  await db.notes.put(valid);
  return valid;
}

/** Saves the quick add's note as a finished note and forgets its draft, in one transaction. */
export async function finishDraft(db: TandemDb, note: Note, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.notes, db.drafts, async () => {
    const saved = await putNote(db, { ...note, updatedAt: now });
    await discardDraft(db, noteDrafts, QUICK_ADD_ID);
    return saved;
  });
}

/** Why an edit was not saved: the note changed elsewhere (another window, an import, a restore) since the editor loaded it. */
export class NoteChangedElsewhere extends Error {
  constructor(readonly id: string) {
    super(`note ${id} changed elsewhere`);
    this.name = 'NoteChangedElsewhere';
  }
}

/** The fields the note editor changes. */
const EDITED_FIELDS = ['kind', 'body', 'tags', 'visibility', 'forMeeting'] as const;

/**
 * Saves an edit of a stored note: only the fields the editor changed (from `base`, the version it
 * loaded or last wrote), and only when the stored note is still that version — an editor left
 * open must never write back its stale copy (making a note shared again that was made private in
 * another window, or bringing back a deleted one). Throws NoteChangedElsewhere otherwise.
 */
export async function saveNoteEdit(db: TandemDb, base: Note, edited: Note, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(base.id);
    if (!current || current.deletedAt !== undefined || current.updatedAt !== base.updatedAt || current.visibility !== base.visibility) {
      throw new NoteChangedElsewhere(base.id);
    }
    const patch: Partial<Note> = {};
    for (const field of EDITED_FIELDS) if (JSON.stringify(edited[field]) !== JSON.stringify(base[field])) Object.assign(patch, { [field]: edited[field] });
    return putNote(db, { ...current, ...patch, updatedAt: nextStamp(current, now) });
  });
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
  await db.transaction('rw', db.notes, async () => {
    await putNote(db, { ...snapshot, updatedAt: nextStamp(await db.notes.get(snapshot.id), now) });
  });
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

/** Is this note shown in lists (not deleted)? Drafts are never rows of `notes`, so none is one. */
export function isListed(note: Note): boolean {
  return note.deletedAt === undefined;
}

/** Every listed note, newest first: the one query for "the mentee's notes" (goals, search, counts). */
export async function loadListedNotes(db: TandemDb): Promise<Note[]> {
  return db.notes.orderBy('updatedAt').reverse().filter(isListed).toArray();
}

/** The newest `limit` listed notes (the first page of all notes, before everything is read). */
export async function loadNewestNotes(db: TandemDb, limit: number): Promise<Note[]> {
  return db.notes.orderBy('updatedAt').reverse().filter(isListed).limit(limit).toArray();
}
