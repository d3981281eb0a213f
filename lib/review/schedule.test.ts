import { describe, expect, it } from 'vitest';
import { progressSchema } from '../schemas/progress';
import { daysUntil, firstReview, gradeReview, isDue, MASTERED_AFTER_DAYS, previewReview, statusAfterReview } from './schedule';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 23, 9); // a fixed clock: Monday 23 November 2026, 09:00 UTC
const days = (due: number, from: number) => (due - from) / DAY;

describe('FSRS review schedule', () => {
  it('schedules a tip tried today for three days from now, one got at once for eight', () => {
    const tried = firstReview('tried', now);
    expect(days(tried.due, now)).toBe(3);
    expect(tried).toMatchObject({ state: 'review', reps: 1, lapses: 0, lastReview: now, scheduledDays: 3 });
    expect(days(firstReview('mastered', now).due, now)).toBe(8);
    expect(progressSchema.parse({ tipId: 't', status: 'tried', review: tried, updatedAt: now }).review).toEqual(tried);
  });

  it('spaces reviews further apart with every good answer, and is deterministic', () => {
    let schedule = firstReview('tried', now);
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      const at = schedule.due;
      schedule = gradeReview(schedule, 'good', at);
      intervals.push(days(schedule.due, at));
    }
    // Capped near a year: FSRS keeps hard < good < easy a day apart even at the cap.
    expect(intervals).toEqual([14, 57, 196, 366]);
    // The same answers at the same times give the same dates.
    expect(gradeReview(firstReview('tried', now), 'good', now + 3 * DAY)).toEqual(gradeReview(firstReview('tried', now), 'good', now + 3 * DAY));
  });

  it('orders the four answers: again < hard < good < easy, and "again" counts a lapse', () => {
    const schedule = firstReview('tried', now);
    const at = schedule.due;
    const preview = previewReview(schedule, at);
    expect([preview.again, preview.hard, preview.good, preview.easy].map((d) => days(d, at))).toEqual([1, 9, 14, 24]);
    for (const grade of ['again', 'hard', 'good', 'easy'] as const) expect(gradeReview(schedule, grade, at).due).toBe(preview[grade]);
    const forgot = gradeReview(schedule, 'again', at);
    expect(forgot.lapses).toBe(1);
    expect(forgot.stability).toBeLessThan(schedule.stability);
  });

  it('never schedules much more than a year ahead', () => {
    let schedule = firstReview('mastered', now);
    for (let i = 0; i < 8; i++) schedule = gradeReview(schedule, 'easy', schedule.due);
    // 365 for "hard", one day more for each better answer.
    expect(schedule.scheduledDays).toBe(367);
  });

  it('knows when a tip is due and how many days are left', () => {
    const schedule = firstReview('tried', now);
    expect(isDue(schedule, now)).toBe(false);
    expect(isDue(schedule, schedule.due)).toBe(true);
    expect(isDue(undefined, now)).toBe(false);
    expect(daysUntil(schedule.due, now)).toBe(3);
    expect(daysUntil(now - DAY, now)).toBe(0);
  });

  it('turns a forgotten got-it tip back into tried, and a stuck tried tip into got it', () => {
    const short = firstReview('tried', now);
    const long = { ...short, scheduledDays: MASTERED_AFTER_DAYS };
    expect(statusAfterReview('mastered', 'again', short)).toBe('tried');
    expect(statusAfterReview('tried', 'again', short)).toBe('tried');
    expect(statusAfterReview('tried', 'good', short)).toBe('tried');
    expect(statusAfterReview('tried', 'good', long)).toBe('mastered');
    expect(statusAfterReview('mastered', 'hard', short)).toBe('mastered');
  });
});
