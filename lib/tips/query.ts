import type { DetectedContext } from '../contexts/types';
import type { TandemDb } from '../db/db';
import { loadProgress } from './progress';
import { countSnoozed, rankTips, type RankedTip } from './rank';

/** The ranked tips for a context, plus how many are set aside with "not now". */
export async function loadTipsFor(
  db: TandemDb,
  context: DetectedContext,
  now = Date.now(),
): Promise<{ ranked: RankedTip[]; snoozed: number; snoozedIds: string[] }> {
  const tips = await db.tips.where('tool').equals(context.tool).toArray();
  const progress = await loadProgress(db, tips.map((t) => t.id));
  const ranked = rankTips(tips, context, progress, now);
  const shown = new Set(ranked.map((r) => r.tip.id));
  const snoozedIds = tips.filter((t) => !shown.has(t.id) && progress.get(t.id)?.status === 'dismissed').map((t) => t.id);
  return { ranked, snoozed: countSnoozed(tips, context, progress, now), snoozedIds };
}
