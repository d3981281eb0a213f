import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aTip } from '../../test/builders';
import type { DetectedContext } from '../contexts/types';
import { TandemDb } from '../db/db';
import { loadTipsFor } from './query';

const NOW = Date.UTC(2026, 10, 20);
const feed: DetectedContext = { tool: 'linkedin', contexts: ['linkedin.feed'] };

let db: TandemDb;
let n = 0;
beforeEach(() => {
  db = new TandemDb(`query-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('loadTipsFor', () => {
  it('ranks the tool’s tips for the page: exact context first, then tool-wide; other tools and other pages left out', async () => {
    await db.tips.bulkPut([
      aTip({ id: 'anywhere', tool: 'linkedin', contexts: [] }),
      aTip({ id: 'feed', tool: 'linkedin', contexts: ['linkedin.feed'] }),
      aTip({ id: 'profile', tool: 'linkedin', contexts: ['linkedin.profile.edit'] }),
      aTip({ id: 'excel', tool: 'excel', contexts: [] }),
    ]);
    const result = await loadTipsFor(db, feed, NOW);
    expect(result.ranked.map((r) => [r.tip.id, r.match])).toEqual([
      ['feed', 'exact'],
      ['anywhere', 'tool'],
    ]);
    expect(result).toMatchObject({ snoozed: 0, snoozedIds: [] });
  });

  it('carries each tip’s progress, and counts a tip set aside until its time is up', async () => {
    await db.tips.bulkPut([aTip({ id: 'tried', contexts: ['linkedin.feed'] }), aTip({ id: 'later', contexts: ['linkedin.feed'] }), aTip({ id: 'back', contexts: ['linkedin.feed'] })]);
    await db.progress.bulkPut([
      { tipId: 'tried', status: 'tried', updatedAt: NOW },
      { tipId: 'later', status: 'dismissed', snoozedUntil: NOW + 1, updatedAt: NOW },
      { tipId: 'back', status: 'dismissed', snoozedUntil: NOW, updatedAt: NOW },
    ]);
    const result = await loadTipsFor(db, feed, NOW);
    expect(result.ranked.map((r) => [r.tip.id, r.progress?.status])).toEqual([
      ['back', 'dismissed'],
      ['tried', 'tried'],
    ]);
    expect(result).toMatchObject({ snoozed: 1, snoozedIds: ['later'] });
  });

  it('finds nothing on a page of a tool without tips', async () => {
    expect(await loadTipsFor(db, { tool: 'tableau', contexts: [] }, NOW)).toEqual({ ranked: [], snoozed: 0, snoozedIds: [] });
  });
});
