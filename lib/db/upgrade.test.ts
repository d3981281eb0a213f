import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { TandemDb } from './db';

const T = Date.UTC(2026, 10, 20);
const DAY = 24 * 60 * 60 * 1000;
let name = '';

afterEach(async () => {
  await Dexie.delete(name);
});

/** Rows as version 1 wrote them (before notes had drafts and progress had a review schedule). */
const v1Rows = {
  tips: [aTip({ id: 'tip-a' }), aTip({ id: 'tip-b', tool: 'excel', contexts: ['excel.formulas'] }), aTip({ id: 'tip-c' })],
  packs: [{ id: 'starter', name: 'Starter', author: 'Tandem Tips', version: 1, source: 'builtin', updatedAt: T }],
  progress: [
    { tipId: 'tip-a', status: 'tried', helpful: true, lastSeenAt: T, updatedAt: T },
    { tipId: 'tip-b', status: 'mastered', updatedAt: T - DAY },
    { tipId: 'tip-c', status: 'dismissed', snoozedUntil: T + DAY, updatedAt: T },
  ],
  notes: [
    aNote({ id: 'n1', tool: 'linkedin', context: 'linkedin.feed', url: 'https://www.linkedin.com/feed/' }),
    aNote({ id: 'n2', kind: 'question', tipId: 'tip-b', forMeeting: true, resolvedAt: T }),
  ],
  goals: [{ id: 'g1', title: 'First post', measure: 'posts', target: 1, current: 0, status: 'active', createdAt: T, updatedAt: T }],
  meetings: [{ id: 'm1', scheduledAt: T, summary: '', nextSteps: '', feedback: {}, createdAt: T, updatedAt: T }],
};

async function writeVersion1(dbName: string): Promise<void> {
  const old = new Dexie(dbName);
  old.version(1).stores({
    tips: 'id, packId, tool, *contexts, updatedAt',
    packs: 'id',
    progress: 'tipId, status',
    notes: 'id, [tool+context], url, tipId, goalId, updatedAt',
    goals: 'id, updatedAt',
    meetings: 'id, scheduledAt, updatedAt',
  });
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(v1Rows)) await old.table(table).bulkPut(rows);
  });
  old.close();
}

describe('database upgrades', () => {
  it('upgrades a version 1 database to version 3 without losing a row, scheduling tried tips', async () => {
    name = 'upgrade-from-v1';
    await writeVersion1(name);
    const db = new TandemDb(name);
    await db.open();
    expect(db.verno).toBe(3);

    for (const table of ['tips', 'packs', 'notes', 'goals', 'meetings'] as const) {
      expect(await db.table(table).toArray(), table).toEqual(v1Rows[table]);
    }
    const progress = await db.progress.toArray();
    const withoutReview = progress.map((p) => {
      const copy = { ...p };
      delete copy.review;
      return copy;
    });
    expect(withoutReview).toEqual(v1Rows.progress);
    // Tried and got-it tips got their first review, dated from when they were marked.
    expect(progress.find((p) => p.tipId === 'tip-a')?.review).toMatchObject({ due: T + 3 * DAY, reps: 1, lastReview: T });
    expect(progress.find((p) => p.tipId === 'tip-b')?.review).toMatchObject({ due: T - DAY + 8 * DAY });
    expect(progress.find((p) => p.tipId === 'tip-c')?.review).toBeUndefined();

    // The new indexes answer queries.
    expect((await db.progress.where('review.due').belowOrEqual(T + 3 * DAY).toArray()).map((p) => p.tipId).sort()).toEqual(['tip-a']);
    expect(await db.notes.where('draftedAt').above(0).count()).toBe(0);
    expect(await db.notes.where('[tool+context]').equals(['linkedin', 'linkedin.feed']).count()).toBe(1);
    db.close();
  });

  it('opens a fresh database at version 3', async () => {
    name = 'fresh-v3';
    const db = new TandemDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.notes.schema.indexes.map((i) => i.name)).toContain('draftedAt');
    expect(db.progress.schema.indexes.map((i) => i.name)).toContain('review.due');
    db.close();
  });
});
