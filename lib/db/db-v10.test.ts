import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { aNote } from '../../test/builders';
import { TandemDb } from './db';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Every schema version before 10 that touched these tables, exactly as it shipped (7 and 9 were never used; 8 only added the taught tools table). */
const stores: Record<string, string | null>[] = [
  { tips: 'id, packId, tool, *contexts, updatedAt', packs: 'id', progress: 'tipId, status', notes: 'id, [tool+context], url, tipId, goalId, updatedAt', goals: 'id, updatedAt', meetings: 'id, scheduledAt, updatedAt' },
  { drafts: 'id' },
  {
    notes: 'id, [tool+context], url, tipId, goalId, updatedAt, draftedAt, deletedAt, [tool+context+updatedAt], [url+updatedAt], [tipId+updatedAt]',
    progress: 'tipId, status, review.due',
  },
  { tandem: 'id, kind, updatedAt', partnerProgress: 'tipId, updatedAt', knowledge: 'key', exchanges: 'id, at', formDrafts: 'id' },
  {},
  {
    notes: 'id, [tool+context], url, tipId, goalId, updatedAt, deletedAt, [tool+context+updatedAt], [url+updatedAt], [tipId+updatedAt]',
    formDrafts: null,
  },
];

describe('database version 10: notes keep only the indexes that are queried', () => {
  it.each([1, 2, 3, 4, 5, 6])('keeps every note of a version %i database and answers the queries the panel makes', async (version) => {
    const name = `notes-indexes-v${version}`;
    names.push(name);
    const old = new Dexie(name);
    stores.slice(0, version).forEach((s, i) => old.version(i + 1).stores(s));
    await old.open();
    const notes = [
      aNote({ id: 'a', tool: 'linkedin', context: 'linkedin.feed', url: 'https://www.linkedin.com/feed/', tipId: 't1', updatedAt: 1 }),
      aNote({ id: 'b', tool: 'linkedin', context: 'linkedin.feed', url: 'https://www.linkedin.com/feed/', updatedAt: 2 }),
      aNote({ id: 'c', tool: 'excel', context: 'excel.formulas', updatedAt: 3 }),
    ];
    await old.table('notes').bulkPut(notes);
    old.close();

    const db = new TandemDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(10);
    expect(db.tables.find((t) => t.name === 'notes')!.schema.indexes.map((i) => i.name).sort()).toEqual(
      ['[tipId+updatedAt]', '[tool+context+updatedAt]', '[url+updatedAt]', 'deletedAt', 'updatedAt'],
    );
    expect(await db.notes.orderBy('id').toArray()).toEqual(notes);
    // The dropped single indexes are prefixes of the compound ones: the same questions still get answers.
    expect(await db.notes.where('[tool+context+updatedAt]').between(['linkedin', 'linkedin.feed', Dexie.minKey], ['linkedin', 'linkedin.feed', Dexie.maxKey]).primaryKeys()).toEqual(['a', 'b']);
    expect(await db.notes.where('[url+updatedAt]').between(['https://www.linkedin.com/feed/', Dexie.minKey], ['https://www.linkedin.com/feed/', Dexie.maxKey]).primaryKeys()).toEqual(['a', 'b']);
    expect(await db.notes.where('[tipId+updatedAt]').between(['t1', Dexie.minKey], ['t1', Dexie.maxKey]).primaryKeys()).toEqual(['a']);
    db.close();
  });
});
