import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aNote } from '../../test/builders';
import { TandemDb } from '../db/db';
import type { Goal } from '../schemas/goal';
import type { Meeting } from '../schemas/meeting';
import type { Note } from '../schemas/note';
import { applyImport } from './exchange-store';
import type { ExchangePayload } from './file';

// The merge reads and writes a whole file's records in bulk (one read per table, one write per
// table). That must be exactly what importing the same records one at a time would give.

const noteIds = ['n1', 'n2', 'n3', 'n4', 'conflict.x', 'conflict.y'];
const bodies = ['', 'Ask about pivot tables', 'What is CRUD?', 'Posted!'];
const stamp = fc.integer({ min: 1, max: 20 });

const noteArb = (visibility: fc.Arbitrary<'shared' | 'private'>): fc.Arbitrary<Note> =>
  fc
    .record({ id: fc.constantFrom(...noteIds), body: fc.constantFrom(...bodies), updatedAt: stamp, deleted: fc.option(stamp, { nil: undefined }), visibility, conflictOf: fc.option(fc.constantFrom('n1', 'n2'), { nil: undefined }) })
    // Only a conflict copy names the note it copies.
    .map(({ deleted, conflictOf, ...n }) => aNote({ ...n, createdAt: 0, ...(deleted === undefined ? {} : { deletedAt: deleted }), ...(n.id.startsWith('conflict.') ? { conflictOf: conflictOf ?? 'n1' } : {}) }));

const goalArb: fc.Arbitrary<Goal> = fc
  .record({ id: fc.constantFrom('g1', 'g2'), current: fc.integer({ min: 0, max: 3 }), updatedAt: stamp, counted: fc.subarray(['n1', 'n2', 'n3']) })
  .map(({ counted, ...g }) => ({ ...g, title: 'Post on LinkedIn', measure: 'posts', target: 3, status: 'active', createdAt: 0, ...(counted.length ? { countedNoteIds: counted } : {}) }));

const meetingArb: fc.Arbitrary<Meeting> = fc
  .record({ id: fc.constantFrom('m1', 'm2'), summary: fc.constantFrom('', 'Excel', 'LinkedIn'), updatedAt: stamp, held: fc.boolean(), deleted: fc.option(stamp, { nil: undefined }) })
  .map(({ held, deleted, ...m }) => ({ ...m, scheduledAt: 5, nextSteps: '', feedback: {}, createdAt: 0, ...(held ? { heldAt: 5, loggedAt: m.updatedAt } : {}), ...(deleted === undefined ? {} : { deletedAt: deleted }) }));

const uniqueBy = <T extends { id: string }>(rows: T[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

const payload = (p: Partial<ExchangePayload>, createdAt: number): ExchangePayload => ({
  from: { name: 'Mia', role: 'mentor', device: 'device-partner-1' },
  createdAt,
  ack: null,
  notes: [],
  goals: [],
  meetings: [],
  tandem: [],
  tips: [],
  progress: [],
  ...p,
});

let n = 0;
async function seeded(local: { notes: Note[]; goals: Goal[]; meetings: Meeting[] }): Promise<TandemDb> {
  const db = new TandemDb(`bulk-merge-${n++}`);
  await db.notes.bulkPut(local.notes);
  await db.goals.bulkPut(local.goals);
  await db.meetings.bulkPut(local.meetings);
  return db;
}

const contents = async (db: TandemDb) => ({
  notes: await db.notes.orderBy('id').toArray(),
  goals: await db.goals.orderBy('id').toArray(),
  meetings: await db.meetings.orderBy('id').toArray(),
});

describe('merging a file in bulk', () => {
  it('gives the same notes, goals and meetings as merging its records one by one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ notes: fc.array(noteArb(fc.constantFrom('shared', 'private')), { maxLength: 5 }), goals: fc.array(goalArb, { maxLength: 2 }), meetings: fc.array(meetingArb, { maxLength: 2 }) }),
        fc.record({ notes: fc.array(noteArb(fc.constant('shared')), { maxLength: 5 }), goals: fc.array(goalArb, { maxLength: 2 }), meetings: fc.array(meetingArb, { maxLength: 2 }) }),
        async (local0, incoming0) => {
          const local = { notes: uniqueBy(local0.notes), goals: uniqueBy(local0.goals), meetings: uniqueBy(local0.meetings) };
          const incoming = { notes: uniqueBy(incoming0.notes), goals: uniqueBy(incoming0.goals), meetings: uniqueBy(incoming0.meetings) };
          const bulk = await seeded(local);
          const single = await seeded(local);
          try {
            await applyImport(bulk, { payload: payload(incoming, 100), encrypted: false }, 'device-mine-1', 200);
            let at = 100;
            // A conflict copy is made after the note it copies: one at a time, the note comes first
            // (a copy whose note is not shared here is screened out, in bulk and one by one alike).
            const inOrder = { ...incoming, notes: [...incoming.notes].sort((a, b) => Number(a.conflictOf !== undefined) - Number(b.conflictOf !== undefined)) };
            for (const table of ['notes', 'goals', 'meetings'] as const) {
              for (const record of inOrder[table]) {
                await applyImport(single, { payload: payload({ [table]: [record] }, at++), encrypted: false }, 'device-mine-1', 200);
              }
            }
            expect(await contents(bulk)).toEqual(await contents(single));
          } finally {
            await bulk.delete();
            await single.delete();
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
