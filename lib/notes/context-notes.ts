import { Dexie, type Collection, type IndexableType, type InsertType } from 'dexie';
import type { DetectedContext } from '../contexts/types';
import type { TandemDb } from '../db/db';
import type { Note } from '../schemas/note';

/** Notes about where the mentee is: this page, its contexts, and the tip being viewed. */
export interface ContextNotes {
  notes: Note[];
  /** How many there are in all (only the newest `limit` are returned). */
  total: number;
}

type NoteRange = Collection<Note, string, InsertType<Note, 'id'>>;

/** The newest `count` notes of an index range ending in `updatedAt`, as [updatedAt, id], from keys only. */
async function newest(range: NoteRange, count: number): Promise<[number, string][]> {
  const found: [number, string][] = [];
  await range
    .reverse()
    .limit(count)
    .eachKey((key, cursor) => {
      found.push([(key as IndexableType[]).at(-1) as number, cursor.primaryKey]);
    });
  return found;
}

/**
 * Notes for the followed tab, newest first: those about the tip being viewed, then those written
 * on this page or in one of its active contexts. Fast with thousands of notes in a context: it
 * counts with bulk key reads (`getAllKeys` on `[tool+context+updatedAt]`, `[url+updatedAt]`,
 * `[tipId+updatedAt]`), walks only the newest few index entries, and loads only the notes it returns.
 */
export async function loadContextNotes(
  db: TandemDb,
  where: { detected: DetectedContext; url?: string | null; tipId?: string | null },
  limit = 20,
): Promise<ContextNotes> {
  const { detected, url, tipId } = where;
  const span = (index: string, ...prefix: IndexableType[]): NoteRange =>
    db.notes.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey]);
  // Fresh range objects per pass: Dexie's reverse() and limit() change the collection they are called on.
  const ranges = () => [
    ...(tipId ? [span('[tipId+updatedAt]', tipId)] : []),
    ...(url ? [span('[url+updatedAt]', url)] : []),
    ...detected.contexts.map((c) => span('[tool+context+updatedAt]', detected.tool, c)),
  ];
  return db.transaction('r', db.notes, async () => {
    const [idsPerRange, deleted] = await Promise.all([
      Promise.all(ranges().map((r) => r.primaryKeys())),
      db.notes.where('deletedAt').above(-Infinity).primaryKeys(),
    ]);
    const hidden = new Set<string>(deleted);
    const all = new Set(idsPerRange.flat().filter((id) => !hidden.has(id)));
    const aboutTip = new Set(tipId ? idsPerRange[0]!.filter((id) => !hidden.has(id)) : []);
    // The newest `limit` listed notes of each range; enough to pick the newest overall.
    const candidates = await Promise.all(
      ranges().map((r, i) => newest(r, limit + idsPerRange[i]!.filter((id) => hidden.has(id)).length)),
    );
    const updated = new Map<string, number>();
    for (const [at, id] of candidates.flat()) if (!hidden.has(id)) updated.set(id, at);
    const ids = [...updated.keys()]
      .sort((a, b) => Number(aboutTip.has(b)) - Number(aboutTip.has(a)) || updated.get(b)! - updated.get(a)! || a.localeCompare(b))
      .slice(0, limit);
    const notes = (await db.notes.bulkGet(ids)).filter((n): n is Note => n !== undefined);
    return { notes, total: all.size };
  });
}
