import type { Table } from 'dexie';
import type { TandemDb } from '../db/db';
import type { Lang } from '../schemas/common';
import type { Note } from '../schemas/note';
import type { ExchangeLog } from '../schemas/exchange-log';
import type { PartnerProgress } from '../schemas/tandem';
import type { Role } from '../settings/settings';
import { localizeTip } from '../tips/localize';
import { writeExchangeFile, type ExchangePayload, type ReadFile } from './file';
import { FileError } from '../files/file-error';
import { enterPhase, throwIfCancelled, type LongWork } from '../progress/slices';
import { emptyKnowledge, knowledgeOf, versionKey, type KnowledgeState } from './knowledge';
import { LOCAL_PACK_ID, PARTNER_PACK_ID } from '../packs/pack-ids';
import { conflictCopyId, emptySnapshot, planMerge, tableNames, type Knowledge, type MergePlan, type Snapshot, type TableName } from './merge';
import { isShareableNote, keepPrivateCounts, notesNamedBy, privateNoteIds, screenIncoming, shareableGoal, shareableTandemDoc } from './private-ids';

/** Which versions were exchanged with the partner, from the database. */
export async function loadKnowledge(db: TandemDb): Promise<KnowledgeState> {
  const state = emptyKnowledge();
  await db.knowledge.each((row) => {
    if (row.received) state.received.add(row.key);
    if (row.sentAt !== undefined) state.sent.set(row.key, row.sentAt);
  });
  for (const log of await db.exchanges.toArray()) {
    if (log.direction !== 'import') continue;
    if (log.ack != null) state.partnerAck = Math.max(state.partnerAck, log.ack);
    state.lastImported = Math.max(state.lastImported ?? -1, log.fileCreatedAt);
  }
  return state;
}

export interface ExportOptions {
  from: { name: string; role: Role; device: string };
  lang: Lang;
  /** Everything shared, not only what the partner does not have yet. */
  full: boolean;
  /** Include which tips I tried or mastered. */
  includeProgress: boolean;
  passphrase?: string;
  /** PBKDF2 rounds (tests use fewer). */
  iterations?: number;
  now?: number;
}

/** What the next export would contain, by table. */
export async function collectExport(db: TandemDb, opts: Pick<ExportOptions, 'full' | 'includeProgress' | 'lang'>): Promise<Snapshot> {
  const knows = knowledgeOf(await loadKnowledge(db));
  const fresh = <T extends object>(table: keyof Snapshot, rows: T[]) => (opts.full ? rows : rows.filter((r) => !knows.partnerHas(table, r)));
  const [notes, goals, meetings, tandem, tips, progress] = await Promise.all([
    db.notes.toArray(),
    db.goals.toArray(),
    db.meetings.toArray(),
    db.tandem.toArray(),
    db.tips.where('packId').equals(LOCAL_PACK_ID).toArray(),
    opts.includeProgress ? db.progress.where('status').anyOf('tried', 'mastered').toArray() : Promise.resolve([]),
  ]);
  const privateIds = privateNoteIds(notes);
  const progressTips = new Map((await db.tips.bulkGet(progress.map((p) => p.tipId))).flatMap((t) => (t ? [[t.id, t] as const] : [])));
  const shared: PartnerProgress[] = progress.flatMap((p) => {
    const tip = progressTips.get(p.tipId);
    return p.status === 'tried' || p.status === 'mastered' ? [{ tipId: p.tipId, status: p.status, title: tip ? localizeTip(tip, opts.lang).title : '', updatedAt: p.updatedAt }] : [];
  });
  return {
    // Private notes never leave this browser: not even their ids (redacted before the freshness
    // check, so the version the partner gets is the version remembered as sent).
    notes: fresh('notes', notes.filter((n) => isShareableNote(n, privateIds))),
    goals: fresh('goals', goals.map((g) => shareableGoal(g, privateIds))),
    meetings: fresh('meetings', meetings),
    tandem: fresh('tandem', tandem.map((d) => shareableTandemDoc(d, privateIds))),
    tips: fresh('tips', tips),
    progress: fresh('progress', shared),
  };
}

export const countRecords = (s: Snapshot) => tableNames.reduce((n, t) => n + s[t].length, 0);

/**
 * Writes the exchange file for the partner and remembers what it carried (one transaction), so
 * the next file holds only what the partner has not confirmed receiving.
 */
export async function exportExchange(db: TandemDb, opts: ExportOptions): Promise<{ text: string; data: Snapshot; createdAt: number }> {
  const now = opts.now ?? Date.now();
  const data = await collectExport(db, opts);
  const knowledge = await loadKnowledge(db);
  const payload: ExchangePayload = { from: opts.from, createdAt: now, ack: knowledge.lastImported, ...data };
  const text = await writeExchangeFile(payload, opts.passphrase, opts.iterations);
  await db.transaction('rw', db.knowledge, db.exchanges, async () => {
    const keys = tableNames.flatMap((t) => data[t].map((r) => versionKey(t, r)));
    const known = await db.knowledge.bulkGet(keys);
    await db.knowledge.bulkPut(keys.map((key, i) => ({ ...known[i], key, sentAt: known[i]?.sentAt ?? now })));
    await db.exchanges.put({ id: crypto.randomUUID(), direction: 'export', at: now, fileCreatedAt: now, encrypted: Boolean(opts.passphrase), records: countRecords(data) });
  });
  return { text, data, createdAt: now };
}

/**
 * My side of the records an import touches, read by key (not whole tables): the incoming ids,
 * and the conflict copies the merge could make where a note exists on both sides (their ids come
 * from the versions). One key-range cursor per table: most incoming records are new, and a cursor
 * skips over keys that are not there where one `get` per key would not.
 */
export async function readLocalFor(db: TandemDb, incoming: Snapshot): Promise<Snapshot> {
  const byKey = <T, K, I>(table: Table<T, K, I>, keys: string[]): Promise<T[]> => (keys.length === 0 ? Promise.resolve([]) : table.where(':id').anyOf(keys).toArray());
  const [notes, goals, meetings, tandem, tips, progress] = await Promise.all([
    byKey(db.notes, incoming.notes.map((n) => n.id)),
    byKey(db.goals, incoming.goals.map((g) => g.id)),
    byKey(db.meetings, incoming.meetings.map((m) => m.id)),
    byKey(db.tandem, incoming.tandem.map((d) => d.id)),
    byKey(db.tips, incoming.tips.map((t) => t.id)),
    byKey(db.partnerProgress, incoming.progress.map((p) => p.tipId)),
  ]);
  const copies = await byKey(db.notes, [...new Set(bothSides(notes, incoming.notes).flat().map(conflictCopyId))]);
  return { ...emptySnapshot(), notes: [...notes, ...copies], goals, meetings, tandem, tips, progress };
}

/** Notes present on both sides, as [mine, theirs]: the only pairs that can conflict. */
function bothSides(local: Note[], incoming: Note[]): [Note, Note][] {
  const mine = new Map(local.map((n) => [n.id, n]));
  return incoming.flatMap((n): [Note, Note][] => {
    const here = mine.get(n.id);
    return here ? [[here, n]] : [];
  });
}

/** What the merge must know about the versions it compares (only notes on both sides are asked about). */
async function knowledgeFor(db: TandemDb, local: Snapshot, incoming: Snapshot): Promise<Knowledge> {
  const state = emptyKnowledge();
  const keys = [...new Set(bothSides(local.notes, incoming.notes).flat().map((n) => versionKey('notes', n)))];
  const rows = keys.length === 0 ? [] : await db.knowledge.where(':id').anyOf(keys).toArray();
  for (const row of rows) {
    if (row.received) state.received.add(row.key);
    if (row.sentAt !== undefined) state.sent.set(row.key, row.sentAt);
  }
  for (const log of await db.exchanges.toArray()) {
    if (log.direction !== 'import') continue;
    if (log.ack != null) state.partnerAck = Math.max(state.partnerAck, log.ack);
  }
  return knowledgeOf(state);
}

/**
 * Plans the merge of what this browser takes from `incoming` (see `screenIncoming`: no conflict
 * copy of a note that is not shared here) into what it has; my private wins stay counted in a goal
 * the partner changed. Reads by key (the records, and the notes they name); writes nothing.
 * `knowledge` is the exchange files' record of what was sent and received unless given (sync).
 */
export async function planIncoming(db: TandemDb, incoming: Snapshot, knowledge?: Knowledge): Promise<{ local: Snapshot; plan: MergePlan }> {
  const local = await readLocalFor(db, incoming);
  const named = notesNamedBy({ goals: [...local.goals, ...incoming.goals], tandem: [], notes: incoming.notes });
  const known = [...local.notes, ...(await db.notes.bulkGet(named)).filter((n): n is Note => n !== undefined)];
  const screened = screenIncoming(known, incoming);
  const merged = planMerge(local, screened.payload, knowledge ?? (await knowledgeFor(db, local, screened.payload)));
  const privateIds = privateNoteIds(known);
  const plan: MergePlan = {
    ...merged,
    changes: { ...merged.changes, goals: merged.changes.goals.map((c) => keepPrivateCounts(c, privateIds)) },
    skipped: [...screened.skipped, ...merged.skipped],
  };
  return { local, plan };
}

/** Did the partner seal any file I imported before? Then a plain one deserves a second look. */
export async function partnerUsedToSeal(db: TandemDb): Promise<boolean> {
  return (await db.exchanges.filter((log) => log.direction === 'import' && log.encrypted).count()) > 0;
}

/**
 * Writes a merge plan's rows: one bulkPut per table (call inside a transaction over
 * `mergeTables(db)`). The partner's tips get their pack, named after the partner.
 */
export async function writePlan(db: TandemDb, plan: MergePlan, partnerName: string, now: number): Promise<void> {
  const next = <K extends TableName>(table: K) => plan.changes[table].map((c) => c.after) as Snapshot[K];
  await Promise.all([
    db.notes.bulkPut(next('notes')),
    db.goals.bulkPut(next('goals')),
    db.meetings.bulkPut(next('meetings')),
    db.tandem.bulkPut(next('tandem')),
    db.partnerProgress.bulkPut(next('progress')),
    db.tips.bulkPut(next('tips')),
  ]);
  if (plan.changes.tips.length > 0) {
    const name = partnerName || 'Partner';
    await db.packs.put({ id: PARTNER_PACK_ID, name, author: name, version: 1, source: 'partner', updatedAt: now });
  }
}

/** The tables a merge writes. */
export const mergeTables = (db: TandemDb) => [db.notes, db.goals, db.meetings, db.tandem, db.tips, db.packs, db.partnerProgress];

/** Plans an import without writing anything (for the preview); with `work`, says so and ends with an AbortError once cancelled. */
export async function previewImport(db: TandemDb, payload: ExchangePayload, myDevice: string, work?: LongWork): Promise<MergePlan> {
  if (payload.from.device === myDevice) throw new FileError('exchange', 'ownFile');
  enterPhase(work, 'compare');
  const { plan } = await planIncoming(db, payload);
  throwIfCancelled(work?.signal);
  return plan;
}

/**
 * Imports the partner's file: plans the merge again inside one transaction (so nothing that
 * changed since the preview is overwritten) and writes all of it or nothing.
 */
export async function applyImport(db: TandemDb, file: ReadFile, myDevice: string, now = Date.now()): Promise<MergePlan> {
  const { payload } = file;
  if (payload.from.device === myDevice) throw new FileError('exchange', 'ownFile');
  return db.transaction('rw', [...mergeTables(db), db.knowledge, db.exchanges], async () => {
    const { plan } = await planIncoming(db, payload);
    await writePlan(db, plan, payload.from.name, now);
    const keys = tableNames.flatMap((t) => payload[t].map((r) => versionKey(t, r)));
    const known = new Map((await db.knowledge.where(':id').anyOf(keys).toArray()).map((k) => [k.key, k]));
    await db.knowledge.bulkPut(keys.map((key) => ({ ...known.get(key), key, received: true })));
    const log: ExchangeLog = {
      id: crypto.randomUUID(),
      direction: 'import',
      at: now,
      fileCreatedAt: payload.createdAt,
      ack: payload.ack,
      encrypted: file.encrypted,
      records: countRecords(payload),
      partnerName: payload.from.name,
    };
    await db.exchanges.put(log);
    return plan;
  });
}
