import type { Goal } from '../schemas/goal';
import type { Note } from '../schemas/note';
import type { AgendaDoc, TandemDoc } from '../schemas/tandem';
import type { Change, Skipped } from './merge';

/** Ids of my private notes: they never leave this browser, not even as a reference. */
export function privateNoteIds(notes: readonly Note[]): Set<string> {
  return new Set(notes.filter((n) => n.visibility === 'private').map((n) => n.id));
}

/** Agenda keys about a note (`q:<id>`, `n:<id>`) name it. */
const agendaKeyNote = (key: string) => (/^[qn]:/.test(key) ? key.slice(2) : undefined);

/**
 * The notes that goals, agenda docs and conflict copies name: what must be read (by key) to know
 * which of the names are private, without reading every note.
 */
export function notesNamedBy(records: { goals: readonly Goal[]; tandem: readonly TandemDoc[]; notes: readonly Note[] }): string[] {
  const ids = new Set<string>();
  for (const goal of records.goals) for (const id of goal.countedNoteIds ?? []) ids.add(id);
  for (const doc of records.tandem) {
    if (doc.kind !== 'agenda') continue;
    for (const key of [...doc.order, ...doc.removed, ...Object.keys(doc.minutes)]) {
      const id = agendaKeyNote(key);
      if (id !== undefined) ids.add(id);
    }
  }
  for (const note of records.notes) if (note.conflictOf !== undefined) ids.add(note.conflictOf);
  return [...ids];
}

/** A goal as it may leave this browser: wins counted from private notes are not named. */
export function shareableGoal(goal: Goal, privateIds: ReadonlySet<string>): Goal {
  if (!goal.countedNoteIds?.some((id) => privateIds.has(id))) return goal;
  return { ...goal, countedNoteIds: goal.countedNoteIds.filter((id) => !privateIds.has(id)) };
}

/** An agreement or agenda as it may leave this browser: agenda points about private notes are not named. */
export function shareableTandemDoc(doc: TandemDoc, privateIds: ReadonlySet<string>): TandemDoc {
  if (doc.kind !== 'agenda') return doc;
  const keep = (key: string) => {
    const noteId = agendaKeyNote(key);
    return noteId === undefined || !privateIds.has(noteId);
  };
  const named = [...doc.order, ...doc.removed, ...Object.keys(doc.minutes)].some((key) => !keep(key));
  if (!named) return doc;
  const redacted: AgendaDoc = {
    ...doc,
    order: doc.order.filter(keep),
    removed: doc.removed.filter(keep),
    minutes: Object.fromEntries(Object.entries(doc.minutes).filter(([key]) => keep(key))),
  };
  return redacted;
}

/** May this note leave the browser? Shared, finished, and not a second version of a now private note. */
export function isShareableNote(note: Note, privateIds: ReadonlySet<string>): boolean {
  return note.visibility === 'shared' && (note.conflictOf === undefined || !privateIds.has(note.conflictOf));
}

/**
 * The partner's records this browser takes at all. A conflict copy must be the second version of
 * a note we share — one pointing at my private note would show my private text beside the
 * partner's, and "Keep" would overwrite it.
 */
export function screenIncoming<P extends { notes: Note[] }>(localNotes: readonly Note[], payload: P): { payload: P; skipped: Skipped[] } {
  const shared = new Set([...localNotes, ...payload.notes].filter((n) => n.visibility === 'shared').map((n) => n.id));
  // A note shared in the file but private here is still mine to keep private.
  for (const id of privateNoteIds(localNotes)) shared.delete(id);
  const skipped: Skipped[] = [];
  const notes = payload.notes.filter((n) => {
    if (n.conflictOf === undefined || shared.has(n.conflictOf)) return true;
    skipped.push({ table: 'notes', id: n.id, reason: 'conflict-of-private' });
    return false;
  });
  return { payload: { ...payload, notes }, skipped };
}

/** After the merge: a partner's newer version of a goal still counts my private wins here (they were never sent). */
export function keepPrivateCounts(change: Change<Goal>, privateIds: ReadonlySet<string>): Change<Goal> {
  const mine = change.before?.countedNoteIds?.filter((id) => privateIds.has(id)) ?? [];
  const theirs = change.after.countedNoteIds ?? [];
  const missing = mine.filter((id) => !theirs.includes(id));
  return missing.length === 0 ? change : { ...change, after: { ...change.after, countedNoteIds: [...theirs, ...missing] } };
}
