import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { TandemDb } from './db';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Every schema version before 8 that shipped on main, exactly as it shipped (7 is another branch's). */
const stores: Record<number, Record<string, string | null>> = {
  1: { tips: 'id, packId, tool, *contexts, updatedAt', packs: 'id', progress: 'tipId, status', notes: 'id, [tool+context], url, tipId, goalId, updatedAt', goals: 'id, updatedAt', meetings: 'id, scheduledAt, updatedAt' },
  2: { drafts: 'id' },
  3: {
    notes: 'id, [tool+context], url, tipId, goalId, updatedAt, draftedAt, deletedAt, [tool+context+updatedAt], [url+updatedAt], [tipId+updatedAt]',
    progress: 'tipId, status, review.due',
  },
  4: { tandem: 'id, kind, updatedAt', partnerProgress: 'tipId, updatedAt', knowledge: 'key', exchanges: 'id, at', formDrafts: 'id' },
  5: {},
  6: { notes: 'id, [tool+context], url, tipId, goalId, updatedAt, deletedAt, [tool+context+updatedAt], [url+updatedAt], [tipId+updatedAt]', formDrafts: null },
};

const tip = aTip({ id: 'mine', tool: 'excel', contexts: ['excel.formulas'] });
const note = aNote({ id: 'n1', tool: 'linkedin', context: 'linkedin.feed' });

describe('database version 8: tools a mentor taught', () => {
  it.each([1, 2, 3, 4, 5, 6])('opens a version %i database with every row kept and an empty tools table', async (version) => {
    const name = `taught-tools-v${version}`;
    names.push(name);
    const old = new Dexie(name);
    for (let v = 1; v <= version; v++) old.version(v).stores(stores[v]!);
    await old.open();
    await old.table('tips').put(tip);
    await old.table('notes').put(note);
    old.close();

    const db = new TandemDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(8);
    expect(await db.tips.get('mine')).toEqual(tip);
    expect(await db.notes.get('n1')).toEqual(note);
    expect(await db.tools.count()).toBe(0);
    // The index a pack's removal uses answers.
    expect(await db.tools.where('packId').equals('local').count()).toBe(0);
    db.close();
  });
});
