import type { ContextId, DetectedContext } from '../contexts/types';
import type { TandemDb } from '../db/db';
import { firstReview } from '../review/schedule';
import type { Progress } from '../schemas/progress';
import type { Tip } from '../schemas/tip';

/** Reaching a tip's "done" context this long after opening it counts as trying it. */
export const DONE_WINDOW_MS = 30 * 60 * 1000;
/** How long an automatic "tried" is announced in the panel before it quietly stays. */
export const NOTICE_MS = 60 * 60 * 1000;

/** Does being in these contexts do what the tip describes? */
export function isDoneBy(tip: Tip, contexts: readonly ContextId[]): boolean {
  return tip.doneWhen !== undefined && 'context' in tip.doneWhen && contexts.includes(tip.doneWhen.context);
}

/**
 * The tips the mentee just did: opened recently (status seen), not yet tried, not taken back
 * since they were opened, and their "done" context is active now. Pure.
 */
export function tipsDoneNow(
  tips: readonly Tip[],
  progress: ReadonlyMap<string, Progress>,
  contexts: readonly ContextId[],
  now: number,
): Tip[] {
  return tips.filter((tip) => {
    const p = progress.get(tip.id);
    return (
      tip.deletedAt === undefined &&
      isDoneBy(tip, contexts) &&
      p?.status === 'seen' &&
      p.lastSeenAt !== undefined &&
      now - p.lastSeenAt <= DONE_WINDOW_MS &&
      (p.autoTried?.undoneAt === undefined || p.lastSeenAt > p.autoTried.undoneAt)
    );
  });
}

/** Marks tried every tip the mentee just did in this context; returns them (one transaction). */
export async function markDoneByContext(db: TandemDb, detected: DetectedContext, now = Date.now()): Promise<Tip[]> {
  if (detected.contexts.length === 0) return [];
  return db.transaction('rw', db.tips, db.progress, async () => {
    const tips = (await db.tips.where('tool').equals(detected.tool).toArray()).filter((t) => isDoneBy(t, detected.contexts));
    if (tips.length === 0) return [];
    const rows = await db.progress.bulkGet(tips.map((t) => t.id));
    const progress = new Map(rows.filter((r): r is Progress => r !== undefined).map((r) => [r.tipId, r]));
    const done = tipsDoneNow(tips, progress, detected.contexts, now);
    await db.progress.bulkPut(
      done.map((tip) => {
        const current = progress.get(tip.id)!;
        return {
          ...current,
          status: 'tried' as const,
          review: current.review ?? firstReview('tried', now),
          autoTried: { at: now, previousStatus: current.status },
          updatedAt: now,
        };
      }),
    );
    return done;
  });
}

/** Tips marked tried automatically whose notice the mentee has not dismissed yet. */
export async function loadAutoTriedNotices(db: TandemDb, now = Date.now()): Promise<{ tip: Tip; progress: Progress }[]> {
  // One bulk read and a filter here: a Dexie filter would walk a cursor, one request per row.
  const rows = (await db.progress.where('status').equals('tried').toArray()).filter(
    (p) => p.autoTried !== undefined && p.autoTried.dismissedAt === undefined && now - p.autoTried.at <= NOTICE_MS,
  );
  const tips = await db.tips.bulkGet(rows.map((r) => r.tipId));
  return rows.flatMap((progress, i) => (tips[i] ? [{ tip: tips[i], progress }] : []));
}

/**
 * Take back an automatic "tried": the tip returns to what it was, without a review schedule it
 * did not have, and stays so until the mentee opens it again.
 */
export async function undoAutoTried(db: TandemDb, tipId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.progress, async () => {
    const current = await db.progress.get(tipId);
    if (!current?.autoTried || current.autoTried.undoneAt !== undefined) return;
    const { previousStatus } = current.autoTried;
    const keepsReview = previousStatus === 'tried' || previousStatus === 'mastered';
    await db.progress.put({
      ...current,
      status: previousStatus,
      review: keepsReview ? current.review : undefined,
      autoTried: { ...current.autoTried, undoneAt: now },
      updatedAt: now,
    });
  });
}

/** The mentee saw the notice: keep the "tried", stop announcing it. */
export async function dismissAutoTried(db: TandemDb, tipId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.progress, async () => {
    const current = await db.progress.get(tipId);
    if (!current?.autoTried) return;
    await db.progress.put({ ...current, autoTried: { ...current.autoTried, dismissedAt: now } });
  });
}
