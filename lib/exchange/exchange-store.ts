import type { TandemDb } from '../db/db';
import type { Lang } from '../schemas/common';
import type { ExchangeLog } from '../schemas/exchange-log';
import type { PartnerProgress } from '../schemas/tandem';
import type { Role } from '../settings/settings';
import { localizeTip } from '../tips/localize';
import { writeExchangeFile, type ExchangePayload, type ReadFile } from './file';
import { FileError } from '../files/file-error';
import { emptyKnowledge, knowledgeOf, versionKey, type KnowledgeState } from './knowledge';
import { LOCAL_PACK_ID, PARTNER_PACK_ID } from '../packs/pack-ids';
import { emptySnapshot, planMerge, tableNames, type MergePlan, type Snapshot } from './merge';
import { isShareableNote, keepPrivateCounts, privateNoteIds, screenIncoming, shareableGoal, shareableTandemDoc } from './private-ids';

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

/** My side of the tables an import touches. */
async function localSnapshot(db: TandemDb, incoming: Snapshot): Promise<Snapshot> {
  const [notes, goals, meetings, tandem, partnerTips, sameIdTips, progress] = await Promise.all([
    db.notes.toArray(),
    db.goals.toArray(),
    db.meetings.toArray(),
    db.tandem.toArray(),
    db.tips.where('packId').equals(PARTNER_PACK_ID).toArray(),
    db.tips.bulkGet(incoming.tips.map((t) => t.id)),
    db.partnerProgress.toArray(),
  ]);
  const tips = new Map(partnerTips.map((t) => [t.id, t]));
  for (const t of sameIdTips) if (t) tips.set(t.id, t);
  return { ...emptySnapshot(), notes, goals, meetings, tandem, tips: [...tips.values()], progress };
}

/** Did the partner seal any file I imported before? Then a plain one deserves a second look. */
export async function partnerUsedToSeal(db: TandemDb): Promise<boolean> {
  return (await db.exchanges.filter((log) => log.direction === 'import' && log.encrypted).count()) > 0;
}

/** Plans an import without writing anything (for the preview). */
export async function previewImport(db: TandemDb, payload: ExchangePayload, myDevice: string): Promise<MergePlan> {
  if (payload.from.device === myDevice) throw new FileError('exchange', 'ownFile');
  return plan(db, payload);
}

/** The merge of what this browser takes from the file (see `screenIncoming`) into what it has. */
async function plan(db: TandemDb, payload: ExchangePayload): Promise<MergePlan> {
  const local = await localSnapshot(db, payload);
  const screened = screenIncoming(local.notes, payload);
  const merged = planMerge(local, screened.payload, knowledgeOf(await loadKnowledge(db)));
  const privateIds = privateNoteIds(local.notes);
  return {
    ...merged,
    changes: { ...merged.changes, goals: merged.changes.goals.map((c) => keepPrivateCounts(c, privateIds)) },
    skipped: [...screened.skipped, ...merged.skipped],
  };
}

/**
 * Imports the partner's file: plans the merge again inside one transaction (so nothing that
 * changed since the preview is overwritten) and writes all of it or nothing.
 */
export async function applyImport(db: TandemDb, file: ReadFile, myDevice: string, now = Date.now()): Promise<MergePlan> {
  const { payload } = file;
  if (payload.from.device === myDevice) throw new FileError('exchange', 'ownFile');
  const tables = [db.notes, db.goals, db.meetings, db.tandem, db.tips, db.packs, db.partnerProgress, db.knowledge, db.exchanges];
  return db.transaction('rw', tables, async () => {
    const planned = await plan(db, payload);
    const after = <T>(changes: { after: T }[]) => changes.map((c) => c.after);
    const { changes } = planned;
    await db.notes.bulkPut(after(changes.notes));
    await db.goals.bulkPut(after(changes.goals));
    await db.meetings.bulkPut(after(changes.meetings));
    await db.tandem.bulkPut(after(changes.tandem));
    await db.partnerProgress.bulkPut(after(changes.progress));
    const tips = after(changes.tips);
    await db.tips.bulkPut(tips);
    if (tips.length > 0) {
      const name = payload.from.name || 'Partner';
      await db.packs.put({ id: PARTNER_PACK_ID, name, author: name, version: 1, source: 'partner', updatedAt: now });
    }
    const keys = tableNames.flatMap((t) => payload[t].map((r) => versionKey(t, r)));
    const known = await db.knowledge.bulkGet(keys);
    await db.knowledge.bulkPut(keys.map((key, i) => ({ ...known[i], key, received: true })));
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
    return planned;
  });
}
