import type { TandemDb } from '../db/db';
import { firstReview } from '../review/schedule';
import type { Progress, ProgressStatus } from '../schemas/progress';

/** How long "not now" sets a tip aside. */
export const SNOOZE_MS = 14 * 24 * 60 * 60 * 1000;

/** Progress records for a set of tips, keyed by tip id. */
export async function loadProgress(db: TandemDb, tipIds: readonly string[]): Promise<Map<string, Progress>> {
  // For many tips one bulk read of the whole (small) table beats one request per tip.
  if (tipIds.length > 50) {
    const wanted = new Set(tipIds);
    const rows = await db.progress.toArray();
    return new Map(rows.filter((r) => wanted.has(r.tipId)).map((r) => [r.tipId, r]));
  }
  const rows = await db.progress.bulkGet([...tipIds]);
  return new Map(rows.filter((r): r is Progress => r !== undefined).map((r) => [r.tipId, r]));
}

/**
 * Record the mentee's answer to a tip: tried, mastered (got it) or dismissed (not now). A tip
 * tried or got for the first time gets its review schedule; an existing schedule is kept.
 */
export async function setTipStatus(db: TandemDb, tipId: string, status: ProgressStatus, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.progress, async () => {
    const current = await db.progress.get(tipId);
    const next: Progress = {
      ...current,
      tipId,
      status,
      lastSeenAt: now,
      updatedAt: now,
      snoozedUntil: status === 'dismissed' ? now + SNOOZE_MS : undefined,
      review: current?.review ?? (status === 'tried' || status === 'mastered' ? firstReview(status, now) : undefined),
      // The mentee's own answer replaces an automatic "tried" and its notice.
      autoTried: undefined,
    };
    await db.progress.put(next);
  });
}

/** Note that the mentee opened a tip: new becomes seen, other statuses stay. */
export async function markTipSeen(db: TandemDb, tipId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.progress, async () => {
    const current = await db.progress.get(tipId);
    if (current && current.status !== 'new') {
      await db.progress.put({ ...current, lastSeenAt: now });
      return;
    }
    await db.progress.put({ ...current, tipId, status: 'seen', lastSeenAt: now, updatedAt: now });
  });
}

/** Bring back every tip set aside with "not now" among these ids. */
export async function unsnoozeTips(db: TandemDb, tipIds: readonly string[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.progress, async () => {
    const rows = await db.progress.bulkGet([...tipIds]);
    const woken = rows
      .filter((r): r is Progress => r?.status === 'dismissed')
      .map((r) => ({ ...r, status: 'seen' as const, snoozedUntil: undefined, updatedAt: now }));
    await db.progress.bulkPut(woken);
  });
}

/** Record whether a tip was helpful (`undefined` takes the answer back); feeds the ranking. */
export async function setTipHelpful(db: TandemDb, tipId: string, helpful: boolean | undefined, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.progress, async () => {
    const current = await db.progress.get(tipId);
    await db.progress.put({ status: 'seen', ...current, tipId, helpful, updatedAt: now });
  });
}
