import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { TandemDb } from './db';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database exactly as version 1 of the extension wrote it. */
async function writeVersion1(name: string) {
  names.push(name);
  const v1 = new Dexie(name);
  v1.version(1).stores({
    tips: 'id, packId, tool, *contexts, updatedAt',
    packs: 'id',
    progress: 'tipId, status',
    notes: 'id, [tool+context], url, tipId, goalId, updatedAt',
    goals: 'id, updatedAt',
    meetings: 'id, scheduledAt, updatedAt',
  });
  const rows = {
    tips: [aTip({ id: 'a' }), aTip({ id: 'b', packId: 'starter', contexts: ['linkedin.feed', 'linkedin.profile.own'] })],
    packs: [{ id: 'starter', name: 'Starter', author: 'T', version: 1, source: 'builtin', updatedAt: 1 }],
    progress: [{ tipId: 'a', status: 'tried', updatedAt: 2 }],
    notes: [aNote({ id: 'n1', tool: 'excel', context: 'excel.formulas' })],
    goals: [{ id: 'g1', title: 'Post', measure: 'posts', target: 1, current: 0, status: 'active', createdAt: 1, updatedAt: 1 }],
    meetings: [{ id: 'm1', scheduledAt: 5, summary: '', nextSteps: '', feedback: {}, createdAt: 1, updatedAt: 1 }],
  };
  for (const [table, list] of Object.entries(rows)) await v1.table(table).bulkPut(list);
  v1.close();
  return rows;
}

describe('database upgrades', () => {
  it('opens a version 1 database as version 2 without losing a row, with an empty drafts table', async () => {
    const rows = await writeVersion1('upgrade-v1');
    const db = new TandemDb('upgrade-v1');
    await db.open();
    expect(db.verno).toBe(2);
    for (const [table, list] of Object.entries(rows)) {
      expect(await db.table(table).toArray(), table).toEqual(expect.arrayContaining(list as unknown[]));
      expect(await db.table(table).count(), table).toBe(list.length);
    }
    // Indexes of version 1 still answer.
    expect((await db.tips.where('contexts').equals('linkedin.profile.own').toArray()).map((t) => t.id)).toEqual(['b']);
    expect(await db.drafts.count()).toBe(0);
    await db.drafts.put({ id: 'new', title: 'T', why: '', steps: [''], minutes: '2', level: 'beginner', tags: '', lang: 'en', tool: 'linkedin', contexts: [], updatedAt: 1 });
    expect((await db.drafts.get('new'))?.title).toBe('T');
    db.close();
  });
});
