import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import type { TandemDoc } from '../schemas/tandem';
import { TandemDb } from './db';

const name = 'upgrade-v1-to-v4';

afterEach(async () => {
  await Dexie.delete(name);
});

describe('database version 4 (tandem, meeting prep, exchange files)', () => {
  it('opens a database written by version 1 without losing a row', async () => {
    // Version 1 exactly as it shipped.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      tips: 'id, packId, tool, *contexts, updatedAt',
      packs: 'id',
      progress: 'tipId, status',
      notes: 'id, [tool+context], url, tipId, goalId, updatedAt',
      goals: 'id, updatedAt',
      meetings: 'id, scheduledAt, updatedAt',
    });
    await v1.open();
    const tip = aTip();
    const note = aNote({ kind: 'question', visibility: 'shared', forMeeting: true });
    const goal = { id: 'g1', title: 'First post', measure: 'posts', target: 1, current: 0, status: 'active', createdAt: 1, updatedAt: 1 };
    const meeting = { id: 'm1', scheduledAt: 5, summary: '', nextSteps: '', feedback: {}, createdAt: 1, updatedAt: 1 };
    await v1.table('tips').put(tip);
    await v1.table('packs').put({ id: 'local', name: 'Mine', author: '', version: 1, source: 'local', updatedAt: 1 });
    await v1.table('progress').put({ tipId: tip.id, status: 'tried', updatedAt: 2 });
    await v1.table('notes').put(note);
    await v1.table('goals').put(goal);
    await v1.table('meetings').put(meeting);
    v1.close();

    const db = new TandemDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.tips.toArray()).toEqual([tip]);
    expect(await db.packs.count()).toBe(1);
    // Version 3 gave the tried tip its first review date; the row is otherwise unchanged.
    expect(await db.progress.get(tip.id)).toMatchObject({ tipId: tip.id, status: 'tried', updatedAt: 2, review: { state: 'review' } });
    expect(await db.notes.toArray()).toEqual([note]);
    expect(await db.goals.toArray()).toEqual([goal]);
    expect(await db.meetings.toArray()).toEqual([meeting]);
    // The new tables are there and empty.
    for (const table of [db.tandem, db.partnerProgress, db.knowledge, db.exchanges, db.drafts]) expect(await table.count()).toBe(0);
    await db.tandem.put({ id: 'agenda.meeting-1', kind: 'agenda', meetingId: 'meeting-1', order: [], minutes: {}, removed: [], custom: [], createdAt: 1, updatedAt: 1 } as TandemDoc);
    expect(await db.tandem.where('kind').equals('agenda').count()).toBe(1);
    db.close();
  });
});
