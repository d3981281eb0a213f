import { describe, expect, it } from 'vitest';
import { aTip } from '../builders';
import { loadTipsFor } from '../../lib/tips/query';
import { freshDb } from './support';

const db = freshDb('set-aside');
const NOW = Date.UTC(2026, 10, 20);

describe('tips set aside with “not now”', () => {
  it('“Show” brings back exactly the tips the view counts: none of another page, none deleted', async () => {
    await db().tips.bulkPut([
      aTip({ id: 'here', contexts: ['linkedin.feed'] }),
      aTip({ id: 'elsewhere', contexts: ['linkedin.profile.edit'] }),
      aTip({ id: 'deleted', contexts: ['linkedin.feed'], deletedAt: NOW - 1 }),
    ]);
    const dismissed = { status: 'dismissed' as const, snoozedUntil: NOW + 1_000, updatedAt: NOW - 10 };
    await db().progress.bulkPut(['here', 'elsewhere', 'deleted'].map((tipId) => ({ tipId, ...dismissed })));

    const result = await loadTipsFor(db(), { tool: 'linkedin', contexts: ['linkedin.feed'] }, NOW);
    expect(result.snoozed).toBe(1);
    expect(result.snoozedIds).toEqual(['here']);
  });
});
