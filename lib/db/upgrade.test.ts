import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { TandemDb } from './db';

const T = Date.UTC(2026, 10, 20);
const DAY = 24 * 60 * 60 * 1000;
const names: string[] = [];

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const v1Stores = {
  tips: 'id, packId, tool, *contexts, updatedAt',
  packs: 'id',
  progress: 'tipId, status',
  notes: 'id, [tool+context], url, tipId, goalId, updatedAt',
  goals: 'id, updatedAt',
  meetings: 'id, scheduledAt, updatedAt',
};

/** Rows as version 1 wrote them (before drafts, note drafts and review schedules). */
const v1Rows = {
  tips: [
    aTip({ id: 'tip-a' }),
    aTip({ id: 'tip-b', tool: 'excel', contexts: ['excel.formulas'] }),
    aTip({ id: 'tip-c', packId: 'starter', contexts: ['linkedin.feed', 'linkedin.profile.own'] }),
  ],
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

const draft = { id: 'draft-1', title: 'Half a tip', why: '', steps: [''], minutes: '2', level: 'beginner', tags: '', lang: 'en', tool: 'linkedin', contexts: [], updatedAt: T };

/** A database exactly as an earlier version of the extension left it. */
async function writeOld(name: string, version: 1 | 2): Promise<void> {
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(v1Stores);
  if (version === 2) old.version(2).stores({ drafts: 'id' });
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(v1Rows)) await old.table(table).bulkPut(rows);
    if (version === 2) await old.table('drafts').put(draft);
  });
  old.close();
}

async function expectV1RowsKept(db: TandemDb) {
  for (const table of ['tips', 'packs', 'notes', 'goals', 'meetings'] as const) {
    expect(await db.table(table).toArray(), table).toEqual(v1Rows[table]);
  }
  const progress = await db.progress.toArray();
  const withoutReview = progress.map(({ review: _review, ...rest }) => rest);
  expect(withoutReview).toEqual(v1Rows.progress);
  // Tried and got-it tips got their first review, dated from when they were marked.
  expect(progress.find((p) => p.tipId === 'tip-a')?.review).toMatchObject({ due: T + 3 * DAY, reps: 1, lastReview: T });
  expect(progress.find((p) => p.tipId === 'tip-b')?.review).toMatchObject({ due: T - DAY + 8 * DAY });
  expect(progress.find((p) => p.tipId === 'tip-c')?.review).toBeUndefined();
}

describe('database upgrades', () => {
  it('upgrades a version 1 database to the newest without losing a row', async () => {
    await writeOld('upgrade-from-v1', 1);
    const db = new TandemDb('upgrade-from-v1');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    await expectV1RowsKept(db);
    // Old and new indexes answer queries; the drafts table is there and empty.
    expect((await db.tips.where('contexts').equals('linkedin.profile.own').toArray()).map((t) => t.id)).toEqual(['tip-c']);
    expect((await db.progress.where('review.due').belowOrEqual(T + 3 * DAY).toArray()).map((p) => p.tipId)).toEqual(['tip-a']);
    expect(await db.notes.where('[tool+context]').equals(['linkedin', 'linkedin.feed']).count()).toBe(1);
    expect(await db.drafts.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 2 database (with a tip draft) to the newest without losing a row', async () => {
    await writeOld('upgrade-from-v2', 2);
    const db = new TandemDb('upgrade-from-v2');
    await db.open();
    await expectV1RowsKept(db);
    // Version 6 keeps every draft in one table, keyed by its kind.
    expect(await db.drafts.toArray()).toEqual([{ id: 'tip:draft-1', value: draft, updatedAt: T }]);
    db.close();
  });

  it('opens a fresh database with every table and index', async () => {
    names.push('fresh');
    const db = new TandemDb('fresh');
    await db.open();
    expect(db.notes.schema.indexes.map((i) => i.name)).not.toContain('draftedAt');
    expect(db.tables.map((t) => t.name)).not.toContain('formDrafts');
    expect(db.progress.schema.indexes.map((i) => i.name)).toContain('review.due');
    expect(db.tables.map((t) => t.name)).toContain('drafts');
    db.close();
  });

  it('upgrades a version 4 database to version 6: every draft in one table, none left among the notes', async () => {
    const name = 'upgrade-from-v4';
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores(v1Stores);
    old.version(2).stores({ drafts: 'id' });
    old.version(3).stores({
      notes: 'id, [tool+context], url, tipId, goalId, updatedAt, draftedAt, deletedAt, [tool+context+updatedAt], [url+updatedAt], [tipId+updatedAt]',
      progress: 'tipId, status, review.due',
    });
    old.version(4).stores({ tandem: 'id, kind, updatedAt', partnerProgress: 'tipId, updatedAt', knowledge: 'key', exchanges: 'id, at', formDrafts: 'id' });
    await old.open();
    const typing = aNote({ id: 'typing', body: 'Half a thou', updatedAt: T + 5 });
    const discarded = aNote({ id: 'discarded', body: 'gone', deletedAt: T + 2, updatedAt: T + 2 });
    const poisoned = aNote({ id: 'from-2099', visibility: 'shared', body: 'Partner clock was wrong', updatedAt: Date.UTC(2099, 0, 1) });
    await old.table('notes').bulkPut([...v1Rows.notes, { ...typing, draftedAt: T + 1 }, { ...discarded, draftedAt: T }, poisoned]);
    await old.table('drafts').put(draft);
    await old.table('formDrafts').put({ id: 'goal-new', value: { title: 'Three posts' }, updatedAt: T });
    await old.table('packs').bulkPut([...v1Rows.packs, { id: 'partner', name: 'Mia', author: 'Mia', version: 1, source: 'imported', updatedAt: T }]);
    old.close();

    const before = Date.now();
    const db = new TandemDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect((await db.notes.toArray()).map((n) => n.id).sort()).toEqual(['from-2099', 'n1', 'n2']);
    expect(await db.drafts.toArray()).toEqual(
      expect.arrayContaining([
        { id: 'tip:draft-1', value: draft, updatedAt: T },
        { id: 'form:goal-new', value: { title: 'Three posts' }, updatedAt: T },
        { id: 'note:quick-add', value: typing, updatedAt: T + 5 },
      ]),
    );
    expect(await db.drafts.count()).toBe(3);
    expect((await db.packs.get('partner'))?.source).toBe('partner');
    // A time a wrong clock put decades ahead comes back to the upgrade, so newer edits can win again.
    const repaired = await db.notes.get('from-2099');
    expect(repaired?.updatedAt).toBeGreaterThanOrEqual(before);
    expect(repaired?.updatedAt).toBeLessThanOrEqual(Date.now());
    db.close();
  });
});
