import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aTip } from '../../test/builders';
import { TandemDb } from '../db/db';
import { tipSchema } from '../schemas/tip';
import { DONE_WINDOW_MS, dismissAutoTried, loadAutoTriedNotices, markDoneByContext, undoAutoTried } from './done-when';
import { markTipSeen, setTipStatus } from './progress';

const now = Date.UTC(2026, 10, 23, 9);
const composer = { tool: 'linkedin' as const, contexts: ['linkedin.post.composer' as const, 'linkedin.feed' as const] };
let db: TandemDb;
let n = 0;

beforeEach(async () => {
  db = new TandemDb(`done-test-${n++}`);
  await db.tips.bulkPut([
    aTip({ id: 'post', contexts: ['linkedin.feed'], doneWhen: { context: 'linkedin.post.composer' } }),
    aTip({ id: 'other', contexts: ['linkedin.feed'], doneWhen: { context: 'linkedin.profile.edit' } }),
    aTip({ id: 'plain', contexts: ['linkedin.feed'] }),
  ]);
});
afterEach(async () => {
  await db.delete();
});

describe('learning by doing', () => {
  it('accepts doneWhen with a context and rejects unknown shapes', () => {
    expect(tipSchema.safeParse(aTip({ doneWhen: { context: 'linkedin.post.composer' } })).success).toBe(true);
    expect(tipSchema.safeParse(aTip({ doneWhen: { context: 'linkedin.post.composer', extra: 1 } as never })).success).toBe(false);
    expect(tipSchema.safeParse(aTip({ doneWhen: { selector: 'button' } as never })).success).toBe(false);
  });

  it('marks a tip tried when its context is reached after opening it, with a review schedule and a notice', async () => {
    await markTipSeen(db, 'post', now);
    await markTipSeen(db, 'other', now);
    const done = await markDoneByContext(db, composer, now + 60_000);
    expect(done.map((t) => t.id)).toEqual(['post']);
    const progress = await db.progress.get('post');
    expect(progress).toMatchObject({ status: 'tried', autoTried: { at: now + 60_000, previousStatus: 'seen' } });
    expect(progress?.review?.due).toBeGreaterThan(now);
    expect((await db.progress.get('other'))?.status).toBe('seen');
    expect((await loadAutoTriedNotices(db, now + 120_000)).map((x) => x.tip.id)).toEqual(['post']);
  });

  it('does nothing for tips never opened, opened long ago, or already tried', async () => {
    expect(await markDoneByContext(db, composer, now)).toEqual([]);
    await markTipSeen(db, 'post', now);
    expect(await markDoneByContext(db, composer, now + DONE_WINDOW_MS + 1)).toEqual([]);
    await setTipStatus(db, 'post', 'mastered', now);
    expect(await markDoneByContext(db, composer, now + 1)).toEqual([]);
    expect((await db.progress.get('post'))?.status).toBe('mastered');
  });

  it('undo restores the earlier status without a schedule; dismissing keeps the tried', async () => {
    await markTipSeen(db, 'post', now);
    await markDoneByContext(db, composer, now + 1);
    await undoAutoTried(db, 'post', now + 2);
    const undone = await db.progress.get('post');
    expect(undone?.status).toBe('seen');
    expect(undone?.review).toBeUndefined();
    expect(undone?.autoTried?.undoneAt).toBe(now + 2);
    expect(await loadAutoTriedNotices(db, now + 2)).toEqual([]);

    // Taken back: reaching the context again does nothing until the tip is opened again.
    expect(await markDoneByContext(db, composer, now + 3)).toEqual([]);
    await markTipSeen(db, 'post', now + 4);
    expect((await markDoneByContext(db, composer, now + 5)).map((t) => t.id)).toEqual(['post']);
    await dismissAutoTried(db, 'post', now + 6);
    expect((await db.progress.get('post'))?.status).toBe('tried');
    expect(await loadAutoTriedNotices(db, now + 7)).toEqual([]);
  });
});
