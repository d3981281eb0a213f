import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { aTip } from '../../test/builders';
import { tipSchema } from '../schemas/tip';
import { TandemDb } from './db';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Every schema version before 5, exactly as they shipped. */
const stores: Record<string, string>[] = [
  { tips: 'id, packId, tool, *contexts, updatedAt', packs: 'id', progress: 'tipId, status', notes: 'id, [tool+context], url, tipId, goalId, updatedAt', goals: 'id, updatedAt', meetings: 'id, scheduledAt, updatedAt' },
  { drafts: 'id' },
  {
    notes: 'id, [tool+context], url, tipId, goalId, updatedAt, draftedAt, deletedAt, [tool+context+updatedAt], [url+updatedAt], [tipId+updatedAt]',
    progress: 'tipId, status, review.due',
  },
  { tandem: 'id, kind, updatedAt', partnerProgress: 'tipId, updatedAt', knowledge: 'key', exchanges: 'id, at', formDrafts: 'id' },
];

const legacy = aTip({ id: 'mine', tool: 'tableau', contexts: ['tableau.dashboard', 'tableau.view'] as never, doneWhen: { context: 'tableau.dashboard' as never } });
const other = aTip({ id: 'other', tool: 'linkedin', contexts: ['linkedin.feed'] });

describe('database version 5: the split dashboard context', () => {
  it.each([1, 2, 3, 4])('binds tips and drafts of a version %i database to both successors', async (version) => {
    const name = `split-dashboard-v${version}`;
    names.push(name);
    const old = new Dexie(name);
    stores.slice(0, version).forEach((s, i) => old.version(i + 1).stores(s));
    await old.open();
    await old.table('tips').bulkPut([legacy, other]);
    if (version >= 2) await old.table('drafts').put({ id: 'd', contexts: ['tableau.dashboard'], tool: 'tableau', updatedAt: 1 });
    old.close();

    const db = new TandemDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    const tip = await db.tips.get('mine');
    expect(tip?.contexts).toEqual(['tableau.dashboard.view', 'tableau.dashboard.edit', 'tableau.view']);
    expect(tip?.doneWhen).toEqual({ context: 'tableau.dashboard.view' });
    expect(await db.tips.get('other')).toEqual(other);
    // The multi-entry index answers for the new ids.
    expect((await db.tips.where('contexts').equals('tableau.dashboard.edit').primaryKeys())).toEqual(['mine']);
    // Version 6 keeps the tip editor's draft as the value of a `tip:` row.
    if (version >= 2) expect((await db.drafts.get('tip:d'))?.value).toMatchObject({ contexts: ['tableau.dashboard.view', 'tableau.dashboard.edit'] });
    db.close();
  });

  it('maps the old id on import too (packs, exchange files and backups all go through the tip schema)', () => {
    const parsed = tipSchema.parse({ ...legacy });
    expect(parsed.contexts).toEqual(['tableau.dashboard.view', 'tableau.dashboard.edit', 'tableau.view']);
    expect(parsed.doneWhen).toEqual({ context: 'tableau.dashboard.view' });
  });
});
