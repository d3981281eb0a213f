import type { Table } from 'dexie';
import type { TandemDb } from '../db/db';
import type { TableName } from '../exchange/merge';
import { isShareableNote, notesNamedBy, privateNoteIds, shareableGoal, shareableTandemDoc } from '../exchange/private-ids';
import { LOCAL_PACK_ID } from '../packs/pack-ids';
import type { Note } from '../schemas/note';
import type { Lang } from '../schemas/common';
import type { PartnerProgress } from '../schemas/tandem';
import { localizeTip } from '../tips/localize';
import type { DocBody, Member } from './docs';

/**
 * What sync sends: exactly what an exchange file carries — shared notes (saved, not half-typed),
 * goals, meetings, the agreement and agenda edits, my own tips and my tried/mastered progress.
 * Never a private note, not even its id. `since` limits the scan to records changed since then.
 */
export async function sharedRecords(db: TandemDb, me: Member, lang: Lang, since = 0): Promise<DocBody[]> {
  const recent = <T, K, I>(table: Table<T, K, I>) => (since > 0 ? table.where('updatedAt').aboveOrEqual(since).toArray() : table.toArray());
  const [notes, goals, meetings, tandem, tips, progress] = await Promise.all([
    recent(db.notes),
    recent(db.goals),
    recent(db.meetings),
    recent(db.tandem),
    db.tips.where('packId').equals(LOCAL_PACK_ID).toArray(),
    db.progress.where('status').anyOf('tried', 'mastered').toArray(),
  ]);
  // Which of the notes these records name are private: read by key, not every note.
  const named = await db.notes.bulkGet(notesNamedBy({ goals, tandem, notes }));
  const privateIds = privateNoteIds([...notes, ...named.filter((n): n is Note => n !== undefined)]);
  const bodies: DocBody[] = [];
  for (const r of notes) if (isShareableNote(r, privateIds)) bodies.push({ t: 'notes', r });
  for (const r of goals) bodies.push({ t: 'goals', r: shareableGoal(r, privateIds) });
  for (const r of meetings) bodies.push({ t: 'meetings', r });
  for (const r of tandem) bodies.push({ t: 'tandem', r: shareableTandemDoc(r, privateIds) });
  for (const r of tips) if (r.updatedAt >= since) bodies.push({ t: 'tips', r });
  const fresh = progress.filter((p) => p.updatedAt >= since);
  const titles = new Map((await db.tips.bulkGet(fresh.map((p) => p.tipId))).flatMap((t) => (t ? [[t.id, localizeTip(t, lang).title] as const] : [])));
  for (const p of fresh) {
    const r: PartnerProgress = { tipId: p.tipId, status: p.status as 'tried' | 'mastered', title: titles.get(p.tipId) ?? '', updatedAt: p.updatedAt };
    bodies.push({ t: 'progress', by: me, r });
  }
  return bodies;
}

export const tkOf = (table: TableName, key: string) => `${table}|${key}`;
