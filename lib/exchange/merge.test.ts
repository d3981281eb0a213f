import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aNote } from '../../test/builders';
import type { Meeting } from '../schemas/meeting';
import type { Note } from '../schemas/note';
import { versionHash } from './hash';
import { emptyKnowledge, knowledgeOf, versionKey, type KnowledgeState } from './knowledge';
import {
  applyPlan,
  emptySnapshot,
  isNewer,
  joinMeetings,
  joinRecords,
  noKnowledge,
  planMerge,
  type Knowledge,
  type Snapshot,
} from './merge';

const ids = ['n1', 'n2', 'n3'];
const bodies = ['', 'Ask about pivot tables', 'What is CRUD?', 'Posted!', 'Zapier flow 2'];

const noteArb: fc.Arbitrary<Note> = fc
  .record({
    id: fc.constantFrom(...ids),
    body: fc.constantFrom(...bodies),
    updatedAt: fc.integer({ min: 1, max: 30 }),
    deletedAt: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    forMeeting: fc.boolean(),
    kind: fc.constantFrom('note' as const, 'question' as const),
  })
  .map(({ deletedAt, ...n }) => aNote({ ...n, visibility: 'shared', createdAt: 0, ...(deletedAt === undefined ? {} : { deletedAt }) }));

const feedbackArb = fc.option(
  fc.record({ rating: fc.integer({ min: 1, max: 5 }), line: fc.constantFrom('', 'Great', 'Too fast'), at: fc.integer({ min: 0, max: 9 }) }),
  { nil: undefined },
);
const meetingArb: fc.Arbitrary<Meeting> = fc
  .record({
    scheduledAt: fc.integer({ min: 0, max: 5 }),
    heldAt: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    loggedAt: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
    summary: fc.constantFrom('', 'Went through Excel', 'LinkedIn post'),
    updatedAt: fc.integer({ min: 0, max: 9 }),
    deletedAt: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
    mentor: feedbackArb,
    mentee: feedbackArb,
  })
  .map(({ heldAt, loggedAt, deletedAt, mentor, mentee, ...m }) => {
    const meeting: Meeting = { id: 'meeting-1', createdAt: 0, nextSteps: '', feedback: {}, ...m };
    if (heldAt !== undefined) meeting.heldAt = heldAt;
    // Session logs are always written with their clock (logSession sets loggedAt).
    if (heldAt !== undefined) meeting.loggedAt = loggedAt ?? m.updatedAt;
    if (deletedAt !== undefined) meeting.deletedAt = deletedAt;
    if (mentor) meeting.feedback.mentor = mentor;
    if (mentee) meeting.feedback.mentee = mentee;
    return meeting;
  });

const store = (notes: Note[]): Snapshot => ({ ...emptySnapshot(), notes: dedupe(notes) });
const dedupe = (notes: Note[]) => [...new Map(notes.map((n) => [n.id, n])).values()];
const merge = (local: Snapshot, incoming: Snapshot, k: Knowledge = noKnowledge) => applyPlan(local, planMerge(local, incoming, k));
const sorted = (s: Snapshot) => [...s.notes].sort((a, b) => a.id.localeCompare(b.id));
const liveTexts = (s: Snapshot) => new Set(s.notes.filter((n) => n.deletedAt === undefined).map((n) => `${n.conflictOf ?? n.id}:${n.body}`));

describe('joinRecords (newest wins, tombstones stay)', () => {
  it('is idempotent, commutative and associative', () => {
    fc.assert(
      fc.property(noteArb, noteArb, noteArb, (a0, b0, c0) => {
        const [a, b, c] = [a0, { ...b0, id: a0.id }, { ...c0, id: a0.id }];
        expect(joinRecords(a, a)).toEqual(a);
        expect(joinRecords(a, b)).toEqual(joinRecords(b, a));
        expect(joinRecords(joinRecords(a, b), c)).toEqual(joinRecords(a, joinRecords(b, c)));
      }),
    );
  });

  it('never resurrects a tombstone, whatever is newer', () => {
    fc.assert(
      fc.property(noteArb, noteArb, (a, b0) => {
        const b = { ...b0, id: a.id };
        const joined = joinRecords(a, b);
        expect(joined.deletedAt !== undefined).toBe(a.deletedAt !== undefined || b.deletedAt !== undefined);
      }),
    );
  });

  it('breaks ties by content, so equal timestamps still agree', () => {
    const a = aNote({ body: 'A', updatedAt: 5 });
    const b = aNote({ body: 'B', updatedAt: 5 });
    expect(isNewer(a, b)).toBe(!isNewer(b, a));
  });
});

describe('joinMeetings (schedule, log and each side’s feedback merge on their own)', () => {
  it('is idempotent, commutative and associative', () => {
    fc.assert(
      fc.property(meetingArb, meetingArb, meetingArb, (a, b, c) => {
        expect(joinMeetings(a, a)).toEqual(a);
        expect(joinMeetings(a, b)).toEqual(joinMeetings(b, a));
        expect(joinMeetings(joinMeetings(a, b), c)).toEqual(joinMeetings(a, joinMeetings(b, c)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the mentor’s and the mentee’s feedback when each logged it on their own computer', () => {
    const base: Meeting = { id: 'meeting-1', scheduledAt: 1, heldAt: 1, loggedAt: 2, summary: 'Pivot tables', nextSteps: '', feedback: {}, createdAt: 0, updatedAt: 2 };
    const mine = { ...base, feedback: { mentee: { rating: 5, line: 'Finally understood VLOOKUP', at: 3 } }, updatedAt: 3 };
    const theirs = { ...base, scheduledAt: 9, feedback: { mentor: { rating: 4, line: 'Good questions', at: 4 } }, updatedAt: 4 };
    const joined = joinMeetings(mine, theirs);
    expect(joined.feedback.mentee?.line).toBe('Finally understood VLOOKUP');
    expect(joined.feedback.mentor?.line).toBe('Good questions');
    expect(joined.summary).toBe('Pivot tables');
    // A reschedule that never saw the log does not undo it.
    const reschedule = { ...base, heldAt: undefined, loggedAt: undefined, summary: '', scheduledAt: 20, updatedAt: 10 };
    expect(joinMeetings(mine, reschedule).heldAt).toBe(1);
  });
});

describe('planMerge (importing a partner file)', () => {
  it('is idempotent: importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(fc.array(noteArb, { maxLength: 4 }), fc.array(noteArb, { maxLength: 4 }), (mine, theirs) => {
        const local = store(mine);
        const file = store(theirs);
        const once = merge(local, file);
        const plan = planMerge(once, file, noKnowledge);
        expect(Object.values(plan.changes).flat()).toEqual([]);
        expect(sorted(merge(once, file))).toEqual(sorted(once));
      }),
    );
  });

  it('gives both partners the same notes when they swap files (commutative)', () => {
    fc.assert(
      fc.property(fc.array(noteArb, { maxLength: 4 }), fc.array(noteArb, { maxLength: 4 }), (a, b) => {
        expect(sorted(merge(store(a), store(b)))).toEqual(sorted(merge(store(b), store(a))));
      }),
    );
  });

  it('does not depend on the order files are imported in: same records, same texts', () => {
    fc.assert(
      fc.property(
        fc.array(noteArb, { maxLength: 3 }),
        fc.array(noteArb, { maxLength: 3 }),
        fc.array(noteArb, { maxLength: 3 }),
        (l, f1, f2) => {
          const [local, one, two] = [store(l), store(f1), store(f2)];
          const ab = merge(merge(local, one), two);
          const ba = merge(merge(local, two), one);
          const originals = (s: Snapshot) => sorted(s).filter((n) => !n.conflictOf);
          expect(originals(ab)).toEqual(originals(ba));
          expect(liveTexts(ab)).toEqual(liveTexts(ba));
        },
      ),
    );
  });

  it('never resurrects a note deleted on either side', () => {
    fc.assert(
      fc.property(fc.array(noteArb, { maxLength: 4 }), fc.array(noteArb, { maxLength: 4 }), (a, b) => {
        const [local, file] = [store(a), store(b)];
        const merged = merge(local, file);
        const deleted = new Set([...local.notes, ...file.notes].filter((n) => n.deletedAt !== undefined).map((n) => n.id));
        for (const id of deleted) expect(merged.notes.find((n) => n.id === id)?.deletedAt).toBeDefined();
      }),
    );
  });

  it('keeps both texts when both partners edited the same note since they last exchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 2, max: 9 }),
        fc.boolean(),
        (textA, textB, ta, tb, bDeletes) => {
          fc.pre(textA !== textB);
          const base = aNote({ id: 'q', kind: 'question', body: 'original', visibility: 'shared', updatedAt: 1 });
          // Both had the base version from an earlier exchange.
          const k: KnowledgeState = { ...emptyKnowledge(), received: new Set([versionKey('notes', base)]) };
          const a = store([{ ...base, body: textA, updatedAt: ta }]);
          const bNote: Note = bDeletes ? { ...base, deletedAt: tb, updatedAt: tb } : { ...base, body: textB, updatedAt: tb };
          const b = store([bNote]);
          const atA = merge(a, b, knowledgeOf(k));
          const atB = merge(b, a, knowledgeOf(k));
          expect(sorted(atA)).toEqual(sorted(atB));
          const live = atA.notes.filter((n) => n.deletedAt === undefined).map((n) => n.body);
          expect(live).toContain(textA);
          if (!bDeletes) expect(live).toContain(textB);
          // A conflict copy points at its note and is marked as such.
          for (const n of atA.notes.filter((x) => x.id !== 'q')) expect(n.conflictOf).toBe('q');
          // Merging again (with the same or a later file) adds nothing.
          expect(sorted(merge(atA, b, knowledgeOf(k)))).toEqual(sorted(atA));
        },
      ),
    );
  });

  it('takes the partner’s newer edit without a copy when they had seen my version', () => {
    const mine = aNote({ id: 'q', body: 'What is a pivot?', visibility: 'shared', updatedAt: 5 });
    const theirs = { ...mine, body: 'What is a pivot? — answered in the meeting', resolvedAt: 9, updatedAt: 9 };
    const k: KnowledgeState = { ...emptyKnowledge(), sent: new Map([[versionKey('notes', mine), 6]]), partnerAck: 6 };
    const plan = planMerge(store([mine]), store([theirs]), knowledgeOf(k));
    expect(plan.changes.notes).toEqual([{ kind: 'updated', before: mine, after: theirs }]);
  });

  it('treats a file my partner never imported as unseen: a later edit of theirs is a conflict', () => {
    const mine = aNote({ id: 'q', body: 'mine', visibility: 'shared', updatedAt: 5 });
    const theirs = { ...mine, body: 'theirs', updatedAt: 9 };
    // Sent in my file of t=6, but the partner's newest import of mine is t=3.
    const k: KnowledgeState = { ...emptyKnowledge(), sent: new Map([[versionKey('notes', mine), 6]]), partnerAck: 3 };
    const plan = planMerge(store([mine]), store([theirs]), knowledgeOf(k));
    expect(plan.changes.notes.map((c) => [c.kind, c.after.body])).toEqual([
      ['updated', 'theirs'],
      ['conflict', 'mine'],
    ]);
  });

  it('never overwrites my private notes and never lets a file replace built-in or my own tips', () => {
    const priv = aNote({ id: 'secret', body: 'salary talk', visibility: 'private', updatedAt: 1 });
    const hostile = { ...priv, body: 'overwritten', visibility: 'shared' as const, updatedAt: 99 };
    const starter = { id: 'starter.linkedin.x', packId: 'starter' } as Snapshot['tips'][number];
    const local = { ...emptySnapshot(), notes: [priv], tips: [starter] };
    const plan = planMerge(local, { ...emptySnapshot(), notes: [hostile], tips: [{ ...starter, packId: 'local', title: 'evil' }] }, noKnowledge);
    expect(plan.changes.notes).toEqual([]);
    expect(plan.changes.tips).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['private-note', 'foreign-tip']);
  });
});

/** Two browsers editing, exporting and importing (old files, lost files, repeats) in any order. */
describe('two partners exchanging files over time', () => {
  type Op =
    | { t: 'edit'; peer: 0 | 1; id: string; body: string }
    | { t: 'delete'; peer: 0 | 1; id: string }
    | { t: 'export'; peer: 0 | 1 }
    | { t: 'import'; peer: 0 | 1; pick: number };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ t: fc.constant('edit' as const), peer: fc.constantFrom(0 as const, 1 as const), id: fc.constantFrom(...ids), body: fc.constantFrom(...bodies.slice(1)) }),
    fc.record({ t: fc.constant('delete' as const), peer: fc.constantFrom(0 as const, 1 as const), id: fc.constantFrom(...ids) }),
    fc.record({ t: fc.constant('export' as const), peer: fc.constantFrom(0 as const, 1 as const) }),
    fc.record({ t: fc.constant('import' as const), peer: fc.constantFrom(0 as const, 1 as const), pick: fc.nat(20) }),
  );

  interface File {
    createdAt: number;
    ack: number | null;
    data: Snapshot;
  }
  interface Peer {
    s: Snapshot;
    k: KnowledgeState;
    outbox: File[];
  }

  function exportFile(p: Peer, now: number): File {
    const knows = knowledgeOf(p.k);
    const notes = p.s.notes.filter((n) => !knows.partnerHas('notes', n));
    for (const n of notes) {
      const key = versionKey('notes', n);
      if (!p.k.sent.has(key)) p.k.sent.set(key, now);
    }
    const file = { createdAt: now, ack: p.k.lastImported, data: { ...emptySnapshot(), notes } };
    p.outbox.push(file);
    return file;
  }

  function importFile(p: Peer, f: File): void {
    p.s = merge(p.s, f.data, knowledgeOf(p.k));
    for (const n of f.data.notes) p.k.received.add(versionKey('notes', n));
    if (f.ack !== null) p.k.partnerAck = Math.max(p.k.partnerAck, f.ack);
    p.k.lastImported = Math.max(p.k.lastImported ?? -1, f.createdAt);
  }

  it('converge to the same notes, lose no deletion, and re-importing a file changes nothing', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        const peers: Peer[] = [0, 1].map(() => ({ s: emptySnapshot(), k: emptyKnowledge(), outbox: [] }));
        const deleted = new Set<string>();
        let clock = 10;
        for (const op of ops) {
          clock++;
          const p = peers[op.peer]!;
          const current = p.s.notes.find((n) => n.id === ('id' in op ? op.id : ''));
          if (op.t === 'edit' && current?.deletedAt === undefined) {
            const next: Note = current
              ? { ...current, body: op.body, updatedAt: clock }
              : aNote({ id: op.id, body: op.body, visibility: 'shared', createdAt: clock, updatedAt: clock });
            p.s = { ...p.s, notes: [...p.s.notes.filter((n) => n.id !== op.id), next] };
          } else if (op.t === 'delete' && current && current.deletedAt === undefined) {
            p.s = { ...p.s, notes: p.s.notes.map((n) => (n.id === op.id ? { ...n, deletedAt: clock, updatedAt: clock } : n)) };
            deleted.add(op.id);
          } else if (op.t === 'export') exportFile(p, clock);
          else if (op.t === 'import') {
            const other = peers[1 - op.peer]!;
            const f = other.outbox[op.pick % Math.max(1, other.outbox.length)];
            if (f) {
              importFile(p, f);
              // Importing the very same file again is a no-op.
              const again = planMerge(p.s, f.data, knowledgeOf(p.k));
              expect(Object.values(again.changes).flat()).toEqual([]);
            }
          }
        }
        // Finally both exchange files until nothing is left to send.
        for (let round = 0; round < 3; round++) {
          importFile(peers[1]!, exportFile(peers[0]!, ++clock));
          importFile(peers[0]!, exportFile(peers[1]!, ++clock));
        }
        const [a, b] = peers as [Peer, Peer];
        expect(sorted(a.s)).toEqual(sorted(b.s));
        for (const id of deleted) expect(a.s.notes.find((n) => n.id === id)?.deletedAt).toBeDefined();
        expect(exportFile(a, ++clock).data.notes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('versionHash', () => {
  it('ignores key order but not values', () => {
    expect(versionHash({ a: 1, b: 2 })).toBe(versionHash({ b: 2, a: 1 }));
    expect(versionHash({ a: 1 })).not.toBe(versionHash({ a: 2 }));
  });
});
