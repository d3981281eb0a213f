import type { DetectedContext } from '../contexts/types';
import type { TandemDb } from '../db/db';
import type { Progress } from '../schemas/progress';
import type { Tip } from '../schemas/tip';
import { rankTips, setAsideTips, type RankedTip } from './rank';

/**
 * The tips the ranking can use for a context, read without loading the tool's other tips: those
 * bound to one of the active contexts, the tool-wide ones (no context; found as the tool's keys
 * that no context index entry names), and those whose progress counts anyway (a helpful mark
 * lifts tags everywhere in the tool; every set-aside tip can be brought back). Keys come from the
 * indexes alone; only these tips' values are read. Sorted by id, as a read of the tool index is.
 */
export async function tipsForRanking(db: TandemDb, context: DetectedContext): Promise<{ tips: Tip[]; progress: Map<string, Progress> }> {
  const [rows, toolKeys, boundKeys, hereKeys] = await Promise.all([
    // The progress table is small (one row per tip the mentee touched).
    db.progress.toArray(),
    db.tips.where('tool').equals(context.tool).primaryKeys(),
    db.tips.where('contexts').startsWith(`${context.tool}.`).primaryKeys(),
    context.contexts.length > 0 ? db.tips.where('contexts').anyOf([...context.contexts]).primaryKeys() : Promise.resolve([]),
  ]);
  const progress = new Map(rows.map((r) => [r.tipId, r]));
  const bound = new Set(boundKeys);
  const inTool = new Set(toolKeys);
  const wanted = new Set<string>(hereKeys.filter((id) => inTool.has(id)));
  for (const id of toolKeys) if (!bound.has(id)) wanted.add(id);
  for (const r of rows) if ((r.helpful !== undefined || r.status === 'dismissed') && inTool.has(r.tipId)) wanted.add(r.tipId);
  const ids = [...wanted].sort();
  const tips = (await db.tips.bulkGet(ids)).filter((t): t is Tip => t !== undefined && t.tool === context.tool);
  return { tips, progress };
}

/** The ranked tips for a context, plus how many are set aside with "not now". */
export async function loadTipsFor(
  db: TandemDb,
  context: DetectedContext,
  now = Date.now(),
): Promise<{ ranked: RankedTip[]; snoozed: number; snoozedIds: string[] }> {
  const { tips, progress } = await tipsForRanking(db, context);
  const snoozedIds = setAsideTips(tips, context, progress, now).map((t) => t.id);
  return { ranked: rankTips(tips, context, progress, now), snoozed: snoozedIds.length, snoozedIds };
}
