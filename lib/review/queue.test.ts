import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aTip } from '../../test/builders';
import { TandemDb } from '../db/db';
import { setTipHelpful, setTipStatus } from '../tips/progress';
import { gradeTip, loadDueReviews, nextReviewAt } from './queue';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 23, 9);
let db: TandemDb;
let n = 0;

beforeEach(async () => {
  db = new TandemDb(`queue-test-${n++}`);
  await db.tips.bulkPut([aTip({ id: 'a', title: 'A' }), aTip({ id: 'b', title: 'B' }), aTip({ id: 'c', title: 'C' }), aTip({ id: 'gone', deletedAt: now })]);
});
afterEach(async () => {
  await db.delete();
});

describe('review queue', () => {
  it('schedules tips when they are tried or got, and lists them once due, longest overdue first', async () => {
    await setTipStatus(db, 'a', 'tried', now);
    await setTipStatus(db, 'b', 'mastered', now - 6 * DAY); // due in 8 days: now + 2
    await setTipStatus(db, 'c', 'seen', now);
    await setTipStatus(db, 'gone', 'tried', now - 10 * DAY);
    expect((await loadDueReviews(db, now)).map((d) => d.tip.id)).toEqual([]);
    expect(await nextReviewAt(db, now)).toBe(now + 2 * DAY);
    const due = await loadDueReviews(db, now + 5 * DAY);
    expect(due.map((d) => d.tip.id)).toEqual(['b', 'a']);
  });

  it('keeps the schedule when a tip is marked again, and drops dismissed tips from the queue', async () => {
    await setTipStatus(db, 'a', 'tried', now);
    const first = (await db.progress.get('a'))?.review;
    await setTipStatus(db, 'a', 'mastered', now + DAY);
    expect((await db.progress.get('a'))?.review).toEqual(first);
    await setTipStatus(db, 'a', 'dismissed', now + DAY);
    expect(await loadDueReviews(db, now + 30 * DAY)).toEqual([]);
  });

  it('grades a review: reschedules it and takes it out of the queue until then', async () => {
    await setTipStatus(db, 'a', 'tried', now);
    const at = now + 3 * DAY;
    const graded = await gradeTip(db, 'a', 'good', at);
    expect(graded.review?.due).toBe(at + 14 * DAY);
    expect(graded.review?.reps).toBe(2);
    expect(await loadDueReviews(db, at + DAY)).toEqual([]);
    expect((await db.progress.get('a'))?.review).toEqual(graded.review);
    await expect(gradeTip(db, 'c', 'good', at)).rejects.toThrow(/no review schedule/);
  });

  it('stores helpful and not helpful, and takes the answer back', async () => {
    await setTipHelpful(db, 'a', true, now);
    expect(await db.progress.get('a')).toMatchObject({ status: 'seen', helpful: true });
    await setTipStatus(db, 'b', 'tried', now);
    await setTipHelpful(db, 'b', false, now);
    expect(await db.progress.get('b')).toMatchObject({ status: 'tried', helpful: false });
    await setTipHelpful(db, 'b', undefined, now);
    expect((await db.progress.get('b'))?.helpful).toBeUndefined();
  });
});
