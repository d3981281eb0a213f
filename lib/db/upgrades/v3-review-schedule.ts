import type { Table } from 'dexie';
import { firstReview } from '../../review/schedule';
import type { Progress } from '../../schemas/progress';

/**
 * Version 3: tips tried or got before the review queue existed get their first schedule, as if
 * answered when they were last marked, so they come back for review like newer ones.
 */
export async function scheduleTriedTips(progress: Table<Progress, 'tipId'>): Promise<void> {
  await progress.toCollection().modify((row) => {
    if (row.review || (row.status !== 'tried' && row.status !== 'mastered')) return;
    row.review = firstReview(row.status, row.updatedAt);
  });
}
