import type { TandemDb } from '../db/db';
import { mergeTables, planIncoming, writePlan } from '../exchange/exchange-store';
import { versionHash } from '../exchange/hash';
import { emptySnapshot, tableNames, type Knowledge, type Snapshot, type TableName } from '../exchange/merge';
import type { Lang } from '../schemas/common';
import type { PartnerProgress } from '../schemas/tandem';
import { KEY_CHECK_ID, docIdFor, openDoc, recordKey, sealDoc, type DocBody, type Member, type SyncDoc } from './docs';
import { messageOf } from '../errors/message-of';
import type { IssueInfo } from '../i18n/issues';
import { SyncError, type SyncErrorCode } from './errors';
import type { TandemKeys } from './keys';
import { sharedRecords, tkOf } from './records';
import type { PouchDatabase, PouchDoc } from './pouch-types';
import type { SyncDb, SyncedDoc } from './sync-db';

/** The local replica: encrypted documents only (what PouchDB replicates with the server). */
export type Replica = PouchDatabase;

/** Everything the bridge between the user's data (Dexie) and the local replica needs. */
export interface Bridge {
  db: TandemDb;
  sdb: SyncDb;
  replica: Replica;
  keys: TandemKeys;
  me: Member;
  lang: Lang;
  partnerName: string;
}

/** A document from the server that was not taken, and why. */
export interface Refusal {
  docId: string;
  code: SyncErrorCode;
  params: Record<string, string | number>;
  /** Which field of the record was refused and why, translated where it is shown. */
  issue?: IssueInfo;
}

/** Documents read from the replica per transaction. */
export const PULL_BATCH = 1_000;

const keyInTable = (table: TableName, r: object) => (table === 'progress' ? (r as PartnerProgress).tipId : (r as { id: string }).id);

/**
 * Writes every shared record whose current version is not in the replica yet (encrypted, one
 * document each). A document whose replica revision moved on since we merged it is left for
 * the pull to merge first, so a partner's edit is never overwritten unseen. Returns how many
 * documents were written.
 */
export async function pushLocal(b: Bridge, since = 0): Promise<number> {
  const bodies = await sharedRecords(b.db, b.me, b.lang, since);
  if (bodies.length === 0) return 0;
  const tks = bodies.map((body) => tkOf(body.t, recordKey(body)));
  const bases = new Map((await b.sdb.docs.where('tk').anyOf(tks).toArray()).map((row) => [row.tk, row]));
  const dirty = bodies
    .map((body, i) => ({ body, tk: tks[i]!, hash: versionHash(body.r), base: bases.get(tks[i]!) }))
    .filter((d) => d.hash !== d.base?.hash);
  if (dirty.length === 0) return 0;
  const ids = await Promise.all(dirty.map((d) => d.base?.docId ?? docIdFor(b.keys, d.body.t, recordKey(d.body))));
  const current = await b.replica.allDocs({ keys: ids });
  const ready = dirty.flatMap((d, i) => {
    const row = current.rows[i] as { value?: { rev: string } } | undefined;
    return row?.value?.rev === d.base?.rev ? [{ ...d, docId: ids[i]! }] : [];
  });
  if (ready.length === 0) return 0;
  const docs = await Promise.all(ready.map(async (d) => ({ ...(await sealDoc(b.keys, d.body, d.docId)), ...(d.base ? { _rev: d.base.rev } : {}) })));
  const results = await b.replica.bulkDocs(docs as unknown as PouchDoc[]);
  const rows: SyncedDoc[] = [];
  results.forEach((res, i) => {
    if ('ok' in res && res.ok && res.rev) rows.push({ docId: ready[i]!.docId, tk: ready[i]!.tk, rev: res.rev, hash: ready[i]!.hash, pushed: 0 });
  });
  await b.sdb.docs.bulkPut(rows);
  return rows.length;
}

/** Reads what changed in the replica since the last pull and merges it into the user's data. */
export async function pullRemote(b: Bridge): Promise<{ merged: number; refused: Refusal[] }> {
  let since = ((await b.sdb.meta.get('pull'))?.value as number | string | undefined) ?? 0;
  let merged = 0;
  const refused: Refusal[] = [];
  for (;;) {
    const res = await b.replica.changes({ since, limit: PULL_BATCH, include_docs: true, conflicts: true });
    if (res.results.length === 0) break;
    const docs = res.results.flatMap((r) => (r.doc ? [r.doc as unknown as SyncDoc & { _conflicts?: string[] }] : []));
    const start = performance.now();
    const out = await mergeDocs(b, docs);
    // A User Timing entry (stays in the worker): the benchmark tells merging from replicating.
    performance.measure('tandem:sync-merge', { start, detail: { docs: docs.length } });
    merged += out.merged;
    refused.push(...out.refused);
    since = res.last_seq;
    await b.sdb.meta.put({ id: 'pull', value: since });
    if (res.results.length < PULL_BATCH) break;
  }
  return { merged, refused };
}

interface Leaf {
  rev: string;
  body?: DocBody;
}

/** A revision's generation and hash, for a total order every client agrees on. */
function revOrder(a: string, b: string): number {
  const [na, ha] = a.split('-') as [string, string];
  const [nb, hb] = b.split('-') as [string, string];
  return Number(na) - Number(nb) || (ha < hb ? -1 : ha > hb ? 1 : 0);
}

/**
 * Merges changed documents into Dexie with the exchange rules (one transaction), then settles
 * revision conflicts in the replica. Concurrent revisions (siblings in the revision tree) count
 * as edits neither side saw, so a note gets a conflict copy exactly as with exchange files.
 */
export async function mergeDocs(b: Bridge, raw: (SyncDoc & { _conflicts?: string[] })[]): Promise<{ merged: number; refused: Refusal[] }> {
  const docs = raw.filter((d) => !d._id.startsWith('_') && d._id !== KEY_CHECK_ID && !d._deleted);
  // One key-range cursor, not one get per document: on a first sync none of them is known yet.
  const known = new Map((await b.sdb.docs.where('docId').anyOf(docs.map((d) => d._id)).toArray()).map((row) => [row.docId, row]));
  const bases = docs.map((d) => known.get(d._id));
  const refused: Refusal[] = [];
  const open = async (docId: string, r: SyncDoc): Promise<Leaf> => {
    try {
      return { rev: r._rev!, body: await openDoc(b.keys, r) };
    } catch (error) {
      const e = error instanceof SyncError ? error : new SyncError('unreadable', { detail: messageOf(error) });
      refused.push({ docId, code: e.code, params: e.params, ...(e.issue ? { issue: e.issue } : {}) });
      return { rev: r._rev! };
    }
  };
  // Every document of the batch is opened at once: decryption and id checks are asynchronous.
  const work = (
    await Promise.all(
      docs.map(async (doc, i) => {
        const base = bases[i];
        const conflicts = doc._conflicts ?? [];
        if (conflicts.length === 0 && base?.rev === doc._rev) return undefined; // our own write coming back
        const others = conflicts.length > 0 ? await b.replica.get(doc._id, { open_revs: conflicts }) : [];
        const raws = [doc, ...others.flatMap((o) => ('ok' in o && o.ok && !o.ok._deleted ? [o.ok as unknown as SyncDoc] : []))];
        return { doc, base, leaves: await Promise.all(raws.map((r) => open(doc._id, r))) };
      }),
    )
  ).filter((w): w is { doc: SyncDoc; base: SyncedDoc | undefined; leaves: Leaf[] } => w !== undefined);
  if (work.length === 0) return { merged: 0, refused };

  // Concurrent revisions know nothing of each other; a single revision was written on top of the base.
  const baseHash = new Map<string, string>();
  const incoming: Snapshot = emptySnapshot();
  for (const w of work) {
    const bodies = w.leaves.flatMap((l) => (l.body ? [l.body] : []));
    if (w.base && w.leaves.length === 1) baseHash.set(w.base.tk, w.base.hash);
    for (const body of bodies) {
      if (body.t === 'progress' && body.by === b.me) continue; // my own progress, from another revision of it
      (incoming[body.t] as object[]).push(body.r);
    }
  }
  const knows = (table: TableName, r: object) => baseHash.get(tkOf(table, keyInTable(table, r))) === versionHash(r);
  const knowledge: Knowledge = { partnerHas: knows, iHave: knows };

  const after = await b.db.transaction('rw', mergeTables(b.db), async () => {
    // The same screening as an exchange file: no second version of a note not shared here.
    const { local, plan } = await planIncoming(b.db, incoming, knowledge);
    await writePlan(b.db, plan, b.partnerName, Date.now());
    const rows = new Map<string, object>();
    for (const table of tableNames) {
      for (const r of local[table]) rows.set(tkOf(table, keyInTable(table, r)), r);
      for (const c of plan.changes[table]) rows.set(tkOf(table, keyInTable(table, c.after)), c.after);
    }
    return { rows, changed: tableNames.reduce((n, t) => n + plan.changes[t].length, 0) };
  });

  // Record what the replica holds; settle conflicts the same way on every client.
  const syncRows: SyncedDoc[] = [];
  const writes: SyncDoc[] = [];
  const pending: { index: number; row: Omit<SyncedDoc, 'rev'> }[] = [];
  for (const w of work) {
    const opened = w.leaves.filter((l) => l.body);
    const body = opened[0]?.body;
    if (!body) continue;
    const tk = body.t === 'progress' ? tkOf('progress', recordKey(body)) : tkOf(body.t, recordKey(body));
    if (w.leaves.length === 1) {
      syncRows.push({ docId: w.doc._id, tk, rev: w.doc._rev!, hash: versionHash(body.r), pushed: 1 });
      continue;
    }
    // The merged record as it now stands here (my own progress stays as the replica's winner).
    const final = body.t === 'progress' && body.by === b.me ? body.r : (after.rows.get(tkOf(body.t, keyInTable(body.t, body.r))) ?? body.r);
    const finalHash = versionHash(final);
    const keepers = opened.filter((l) => versionHash(l.body!.r) === finalHash).map((l) => l.rev).sort(revOrder);
    const keep = keepers.at(-1);
    // Keep the newest revision that already says it; otherwise write the merge on the winner.
    const survivor = keep ?? w.doc._rev;
    for (const l of w.leaves) if (l.rev !== survivor) writes.push({ _id: w.doc._id, _rev: l.rev, _deleted: true } as SyncDoc);
    // A kept revision is one the replication already carries; only the deletions of the others travel.
    if (keep) syncRows.push({ docId: w.doc._id, tk, rev: keep, hash: finalHash, pushed: 1 });
    else {
      const sealed = await sealDoc(b.keys, { ...body, r: final } as DocBody, w.doc._id);
      pending.push({ index: writes.length, row: { docId: w.doc._id, tk, hash: finalHash, pushed: 0 } });
      writes.push({ ...sealed, _rev: w.doc._rev });
    }
  }
  if (writes.length > 0) {
    const results = await b.replica.bulkDocs(writes as unknown as PouchDoc[]);
    for (const p of pending) {
      const res = results[p.index];
      if (res && 'ok' in res && res.ok && res.rev) syncRows.push({ ...p.row, rev: res.rev });
    }
  }
  await b.sdb.docs.bulkPut(syncRows);
  return { merged: after.changed, refused };
}

/** Local revisions not on the server yet. */
export function countWaiting(sdb: SyncDb): Promise<number> {
  return sdb.docs.where('pushed').equals(0).count();
}

/** Marks revisions the push replication delivered. */
export async function markPushed(sdb: SyncDb, docs: { _id: string; _rev?: string }[]): Promise<void> {
  const rows = await sdb.docs.bulkGet(docs.map((d) => d._id));
  const done = rows.flatMap((row, i) => (row && row.pushed === 0 && row.rev === docs[i]!._rev ? [{ ...row, pushed: 1 as const }] : []));
  await sdb.docs.bulkPut(done);
}
