import type { TandemDb } from '../db/db';
import type { Progress } from '../schemas/progress';
import type { Tip } from '../schemas/tip';
import { gradeReview, statusAfterReview, type ReviewGrade } from './schedule';

/** A tip waiting for review, with the mentee's progress on it. */
export interface DueReview {
  tip: Tip;
  progress: Progress & { review: NonNullable<Progress['review']> };
}

const reviewable = (p: Progress | undefined): p is DueReview['progress'] =>
  p !== undefined && p.review !== undefined && (p.status === 'tried' || p.status === 'mastered');

/** Tips due for review at `now`, longest overdue first (indexed by `review.due`). */
export async function loadDueReviews(db: TandemDb, now = Date.now()): Promise<DueReview[]> {
  const rows = (await db.progress.where('review.due').belowOrEqual(now).toArray()).filter(reviewable);
  const tips = await db.tips.bulkGet(rows.map((r) => r.tipId));
  const due: DueReview[] = [];
  rows.forEach((progress, i) => {
    const tip = tips[i];
    if (tip && tip.deletedAt === undefined) due.push({ tip, progress });
  });
  return due.sort((a, b) => a.progress.review.due - b.progress.review.due || a.tip.id.localeCompare(b.tip.id));
}

/** When the next review after `now` falls, or undefined when nothing is scheduled. */
export async function nextReviewAt(db: TandemDb, now = Date.now()): Promise<number | undefined> {
  let next: number | undefined;
  await db.progress
    .where('review.due')
    .above(now)
    .until(() => next !== undefined)
    .each((p) => {
      if (reviewable(p)) next = p.review.due;
    });
  return next;
}

/** Grade a review: reschedule with FSRS and adjust the status (forgotten → tried, stuck → got it). */
export async function gradeTip(db: TandemDb, tipId: string, grade: ReviewGrade, now = Date.now()): Promise<Progress> {
  return db.transaction('rw', db.progress, async () => {
    const current = await db.progress.get(tipId);
    if (!reviewable(current)) throw new Error(`tip ${tipId} has no review schedule`);
    const review = gradeReview(current.review, grade, now);
    const next: Progress = { ...current, review, status: statusAfterReview(current.status, grade, review), lastSeenAt: now, updatedAt: now };
    await db.progress.put(next);
    return next;
  });
}
