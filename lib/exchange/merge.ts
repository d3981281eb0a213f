import type { Goal } from '../schemas/goal';
import type { Meeting } from '../schemas/meeting';
import type { Note } from '../schemas/note';
import type { PartnerProgress, TandemDoc } from '../schemas/tandem';
import type { Tip } from '../schemas/tip';
import { PARTNER_PACK_ID } from '../packs/pack-ids';
import { versionHash } from './hash';

/** Fields every record that travels between partners carries. */
export interface Synced {
  id: string;
  updatedAt: number;
  deletedAt?: number;
}

/** A copy of a record without some fields. */
function omit<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
}

const withoutDeletion = <T extends Synced>(r: T) => omit(r, ['deletedAt']);
const minDefined = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/** Does version `a` beat version `b`? Newest `updatedAt` wins; ties are broken by content, never by order. */
export function isNewer<T extends Synced>(a: T, b: T): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return versionHash(withoutDeletion(a)) > versionHash(withoutDeletion(b));
}

/**
 * Joins two versions of one record: the newest wins, and a tombstone on either side stays
 * (deletion is never undone). Idempotent, commutative and associative, so it does not matter
 * how often or in which order files are merged.
 */
export function joinRecords<T extends Synced>(a: T, b: T): T {
  const winner = isNewer(b, a) ? b : a;
  const deletedAt = minDefined(a.deletedAt, b.deletedAt);
  return deletedAt === winner.deletedAt ? winner : { ...winner, deletedAt };
}

type Feedback = NonNullable<Meeting['feedback']['mentor']>;
const sides = ['mentor', 'mentee'] as const;

function logOf(m: Meeting) {
  return { heldAt: m.heldAt, summary: m.summary, nextSteps: m.nextSteps, agendaItems: m.agendaItems };
}
/** The session log's own clock: when it was written (older records: the record's updatedAt). */
const logStamp = (m: Meeting) => (m.heldAt === undefined ? -1 : (m.loggedAt ?? m.updatedAt));

function newerLog(a: Meeting, b: Meeting): Meeting {
  const sa = logStamp(a);
  const sb = logStamp(b);
  if (sa !== sb) return sa > sb ? a : b;
  return versionHash({ ...logOf(a), stamp: sa }) >= versionHash({ ...logOf(b), stamp: sb }) ? a : b;
}

function newerFeedback(a: Feedback | undefined, b: Feedback | undefined): Feedback | undefined {
  if (!a || !b) return a ?? b;
  const [sa, sb] = [a.at ?? 0, b.at ?? 0];
  if (sa !== sb) return sa > sb ? a : b;
  return versionHash(a) >= versionHash(b) ? a : b;
}

/**
 * Joins two versions of a meeting part by part, so both partners' work survives: the schedule
 * from the newest version, the session log from the newest log (a log is never undone by an
 * older reschedule), and each side's feedback from that side's newest feedback.
 */
export function joinMeetings(a: Meeting, b: Meeting): Meeting {
  const core = isNewer(coreOf(b), coreOf(a)) ? b : a;
  const log = newerLog(a, b);
  const result: Meeting = { ...coreOf(core), ...logOf(log), feedback: {} };
  if (result.heldAt === undefined) delete result.heldAt;
  if (result.agendaItems === undefined) delete result.agendaItems;
  // The log keeps its own clock, also once it sits in a record whose updatedAt moved on.
  if (log.heldAt !== undefined) result.loggedAt = logStamp(log);
  for (const side of sides) {
    const f = newerFeedback(a.feedback[side], b.feedback[side]);
    if (f) result.feedback[side] = f;
  }
  const deletedAt = minDefined(a.deletedAt, b.deletedAt);
  if (deletedAt !== undefined) result.deletedAt = deletedAt;
  return result;
}

/** The schedule part of a meeting: everything but the session log, the feedback and the tombstone. */
function coreOf(m: Meeting): Omit<Meeting, 'heldAt' | 'summary' | 'nextSteps' | 'agendaItems' | 'loggedAt' | 'feedback' | 'deletedAt'> {
  return omit(m, ['heldAt', 'summary', 'nextSteps', 'agendaItems', 'loggedAt', 'feedback', 'deletedAt']);
}

/** A deterministic id for the conflict copy of one version of a note: merging twice never duplicates it. */
export function conflictCopyId(version: Note): string {
  return `conflict.${versionHash(version)}`;
}

function conflictCopy(version: Note, originId: string): Note {
  return { ...omit(version, ['deletedAt']), id: conflictCopyId(version), conflictOf: originId };
}

/**
 * Merges the partner's version of a note into mine. When both of us changed it since we last
 * exchanged (`concurrent`), the newest becomes the note and every other live text is kept as a
 * visible conflict copy — also when one side deleted the note while the other edited it.
 */
export function mergeNote(local: Note, incoming: Note, concurrent: boolean): { merged: Note; copies: Note[] } {
  const merged = joinRecords(local, incoming);
  if (!concurrent || versionHash(local) === versionHash(incoming)) return { merged, copies: [] };
  const copies: Note[] = [];
  for (const v of [local, incoming]) {
    const keptText = merged.deletedAt === undefined && v.body === merged.body;
    if (v.deletedAt === undefined && v.body.trim() !== '' && !keptText && !copies.some((c) => c.body === v.body)) {
      copies.push(conflictCopy(v, local.id));
    }
  }
  return { merged, copies };
}

/** The tables an exchange file carries. */
export interface Snapshot {
  notes: Note[];
  goals: Goal[];
  meetings: Meeting[];
  tandem: TandemDoc[];
  tips: Tip[];
  progress: PartnerProgress[];
}
export type TableName = keyof Snapshot;
export const tableNames: TableName[] = ['notes', 'goals', 'meetings', 'tandem', 'tips', 'progress'];

export const emptySnapshot = (): Snapshot => ({ notes: [], goals: [], meetings: [], tandem: [], tips: [], progress: [] });

/** What this browser knows about which versions the partner has seen. */
export interface Knowledge {
  /** Has the partner seen this version of my record (I received it from them, or sent it in a file they imported)? */
  partnerHas(table: TableName, record: object): boolean;
  /** Have I seen this version of the partner's record before (I sent it, or received it)? */
  iHave(table: TableName, record: object): boolean;
}

/** Knowledge of a first exchange: nothing seen yet, so any differing edit is concurrent. */
export const noKnowledge: Knowledge = { partnerHas: () => false, iHave: () => false };

export type ChangeKind = 'added' | 'updated' | 'deleted';

/** One row the import will write, and why. */
export interface Change<T> {
  kind: ChangeKind | 'conflict';
  before: T | undefined;
  after: T;
}

/** Why an incoming record was not taken. */
export interface Skipped {
  table: TableName;
  id: string;
  reason: 'private-note' | 'foreign-tip' | 'conflict-of-private';
}

export interface MergePlan {
  changes: { [K in TableName]: Change<Snapshot[K][number]>[] };
  skipped: Skipped[];
  unchanged: number;
}

const keyOf = (table: TableName, r: object): string =>
  table === 'progress' ? (r as PartnerProgress).tipId : (r as Synced).id;

function changeKind<T extends Synced>(before: T | undefined, after: T): ChangeKind {
  if (!before) return 'added';
  return after.deletedAt !== undefined && before.deletedAt === undefined ? 'deleted' : 'updated';
}

function joinProgress(a: PartnerProgress, b: PartnerProgress): PartnerProgress {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return versionHash(a) >= versionHash(b) ? a : b;
}

/**
 * Plans the import of the partner's records into mine: records keyed by id, newest `updatedAt`
 * wins, tombstones delete and never resurrect, meetings merge part by part, notes both of us
 * changed keep a conflict copy. Pure: reads nothing, writes nothing; the caller writes
 * `changes` in one transaction. My private notes are never overwritten, and the partner's
 * tips never replace tips of another pack (the starter pack, my own).
 */
export function planMerge(local: Snapshot, incoming: Snapshot, knowledge: Knowledge): MergePlan {
  const plan: MergePlan = {
    changes: { notes: [], goals: [], meetings: [], tandem: [], tips: [], progress: [] },
    skipped: [],
    unchanged: 0,
  };
  const index = <T extends object>(table: TableName, rows: T[]) => new Map(rows.map((r) => [keyOf(table, r), r]));

  // Notes: conflict copies for concurrent edits.
  const notes = index('notes', local.notes);
  for (const theirs of sortById(incoming.notes)) {
    const mine = notes.get(theirs.id);
    if (mine?.visibility === 'private') {
      plan.skipped.push({ table: 'notes', id: theirs.id, reason: 'private-note' });
      continue;
    }
    if (!mine) {
      plan.changes.notes.push({ kind: 'added', before: undefined, after: theirs });
      notes.set(theirs.id, theirs);
      continue;
    }
    const concurrent = !knowledge.partnerHas('notes', mine) && !knowledge.iHave('notes', theirs);
    const { merged, copies } = mergeNote(mine, theirs, concurrent);
    if (versionHash(merged) !== versionHash(mine)) {
      plan.changes.notes.push({ kind: changeKind(mine, merged), before: mine, after: merged });
      notes.set(merged.id, merged);
    } else plan.unchanged++;
    for (const copy of copies) {
      const existing = notes.get(copy.id);
      if (existing) continue;
      plan.changes.notes.push({ kind: 'conflict', before: undefined, after: copy });
      notes.set(copy.id, copy);
    }
  }

  // Goals, agreement and agendas: the newest version wins.
  mergeTable(plan, 'goals', local.goals, incoming.goals, joinRecords);
  mergeTable(plan, 'tandem', local.tandem, incoming.tandem, (a, b) => joinRecords<TandemDoc>(a, b));
  mergeTable(plan, 'meetings', local.meetings, incoming.meetings, joinMeetings);

  // The partner's tips live in their own pack here and never replace another pack's tips.
  const tips = index('tips', local.tips);
  const theirTips: Tip[] = [];
  for (const tip of incoming.tips) {
    const mine = tips.get(tip.id);
    if (mine && mine.packId !== PARTNER_PACK_ID) plan.skipped.push({ table: 'tips', id: tip.id, reason: 'foreign-tip' });
    else theirTips.push({ ...tip, packId: PARTNER_PACK_ID });
  }
  mergeTable(plan, 'tips', local.tips.filter((t) => t.packId === PARTNER_PACK_ID), theirTips, joinRecords);

  // What the partner tried: their newest status per tip.
  const progress = index('progress', local.progress);
  for (const theirs of incoming.progress) {
    const mine = progress.get(theirs.tipId);
    const merged = mine ? joinProgress(mine, theirs) : theirs;
    if (mine && versionHash(merged) === versionHash(mine)) plan.unchanged++;
    else {
      plan.changes.progress.push({ kind: mine ? 'updated' : 'added', before: mine, after: merged });
      progress.set(theirs.tipId, merged);
    }
  }
  return plan;
}

function sortById<T extends Synced>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : isNewer(a, b) ? 1 : -1));
}

function mergeTable<K extends 'goals' | 'tandem' | 'meetings' | 'tips'>(
  plan: MergePlan,
  table: K,
  local: Snapshot[K],
  incoming: Snapshot[K],
  join: (a: Snapshot[K][number], b: Snapshot[K][number]) => Snapshot[K][number],
): void {
  const rows = new Map<string, Snapshot[K][number]>(local.map((r) => [r.id, r]));
  const before = new Map(rows);
  for (const theirs of incoming) {
    const mine = rows.get(theirs.id);
    rows.set(theirs.id, mine ? join(mine, theirs) : theirs);
  }
  const changes = plan.changes[table] as Change<Snapshot[K][number]>[];
  const seen = new Set<string>();
  for (const theirs of incoming) {
    if (seen.has(theirs.id)) continue;
    seen.add(theirs.id);
    const mine = before.get(theirs.id);
    const merged = rows.get(theirs.id)!;
    if (mine && versionHash(mine) === versionHash(merged)) plan.unchanged++;
    else changes.push({ kind: changeKind(mine, merged), before: mine, after: merged });
  }
}

/** Applies a plan to a snapshot in memory (what the database holds after the import). */
export function applyPlan(local: Snapshot, plan: MergePlan): Snapshot {
  const next = emptySnapshot();
  for (const table of tableNames) {
    const rows = new Map<string, object>(local[table].map((r) => [keyOf(table, r), r]));
    for (const change of plan.changes[table]) rows.set(keyOf(table, change.after), change.after);
    (next[table] as object[]) = [...rows.values()];
  }
  return next;
}
