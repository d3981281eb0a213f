import type { DetectedContext } from '../contexts/types';
import type { TandemDb } from '../db/db';
import { loadProgress } from './progress';
import { rankTips, setAsideTips, type RankedTip } from './rank';

/** The ranked tips for a context, plus how many are set aside with "not now". */
export async function loadTipsFor(
  db: TandemDb,
  context: DetectedContext,
  now = Date.now(),
): Promise<{ ranked: RankedTip[]; snoozed: number; snoozedIds: string[] }> {
  const tips = await db.tips.where('tool').equals(context.tool).toArray();
  const progress = await loadProgress(db, tips.map((t) => t.id));
  const snoozedIds = setAsideTips(tips, context, progress, now).map((t) => t.id);
  return { ranked: rankTips(tips, context, progress, now), snoozed: snoozedIds.length, snoozedIds };
}
