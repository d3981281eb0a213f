import type { DetectedContext } from '../contexts/types';
import type { TandemDb } from '../db/db';
import type { Note } from '../schemas/note';
import { isListed } from './notes';

/** Notes about where the mentee is: this page, its contexts, and the tip being viewed. */
export interface ContextNotes {
  notes: Note[];
  /** How many there are in all (only the newest `limit` are returned). */
  total: number;
}

/**
 * Notes for the followed tab, newest first: those about the tip being viewed, then those written
 * on this page or in one of its active contexts. Uses the `[tool+context]`, `url` and `tipId`
 * indexes, so it stays fast with many notes.
 */
export async function loadContextNotes(
  db: TandemDb,
  where: { detected: DetectedContext; url?: string | null; tipId?: string | null },
  limit = 20,
): Promise<ContextNotes> {
  const { detected, url, tipId } = where;
  const [byContext, byUrl, byTip] = await Promise.all([
    detected.contexts.length > 0
      ? db.notes.where('[tool+context]').anyOf(detected.contexts.map((c) => [detected.tool, c])).toArray()
      : Promise.resolve([]),
    url ? db.notes.where('url').equals(url).toArray() : Promise.resolve([]),
    tipId ? db.notes.where('tipId').equals(tipId).toArray() : Promise.resolve([]),
  ]);
  const unique = new Map<string, Note>();
  for (const note of [...byTip, ...byUrl, ...byContext]) if (isListed(note)) unique.set(note.id, note);
  const aboutTip = (n: Note) => (tipId && n.tipId === tipId ? 1 : 0);
  const notes = [...unique.values()].sort((a, b) => aboutTip(b) - aboutTip(a) || b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
  return { notes: notes.slice(0, limit), total: notes.length };
}
