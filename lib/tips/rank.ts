import type { ContextId, DetectedContext } from '../contexts/types';
import type { Progress, ProgressStatus } from '../schemas/progress';
import type { Tip } from '../schemas/tip';

/** How a tip relates to where the mentee is. */
export type TipMatch = 'exact' | 'related' | 'tool';

export interface RankedTip {
  tip: Tip;
  progress: Progress | undefined;
  match: TipMatch;
}

const matchOrder: Record<TipMatch, number> = { exact: 0, related: 1, tool: 2 };
const statusOrder: Record<ProgressStatus, number> = { new: 0, seen: 1, tried: 2, mastered: 3, dismissed: 4 };
const levelOrder = { beginner: 0, intermediate: 1, advanced: 2 } as const;

/** Is the tip set aside with "not now" at this moment? */
export function isSnoozed(progress: Progress | undefined, now: number): boolean {
  if (progress?.status !== 'dismissed') return false;
  return progress.snoozedUntil === undefined || now < progress.snoozedUntil;
}

function matchOf(tip: Tip, contexts: readonly ContextId[]): TipMatch | null {
  if (tip.contexts.length === 0) return 'tool';
  if (contexts.length > 0 && tip.contexts.includes(contexts[0]!)) return 'exact';
  if (tip.contexts.some((c) => contexts.includes(c))) return 'related';
  return null;
}

/**
 * The tips to show for a detected context, best first: exact context matches, then tips for the
 * page's other active contexts, then tool-wide tips; within each, unseen before seen before tried
 * before mastered. Deleted tips and tips set aside with "not now" are left out. Pure: no I/O.
 */
export function rankTips(
  tips: readonly Tip[],
  context: DetectedContext,
  progress: ReadonlyMap<string, Progress>,
  now: number,
): RankedTip[] {
  const ranked: RankedTip[] = [];
  for (const tip of tips) {
    if (tip.tool !== context.tool || tip.deletedAt !== undefined) continue;
    const match = matchOf(tip, context.contexts);
    const p = progress.get(tip.id);
    if (match === null || isSnoozed(p, now)) continue;
    ranked.push({ tip, progress: p, match });
  }
  const status = (r: RankedTip) => {
    const s = r.progress?.status ?? 'new';
    // A "not now" whose time is up comes back as a seen tip.
    return statusOrder[s === 'dismissed' ? 'seen' : s];
  };
  return ranked.sort(
    (a, b) =>
      matchOrder[a.match] - matchOrder[b.match] ||
      status(a) - status(b) ||
      levelOrder[a.tip.level] - levelOrder[b.tip.level] ||
      a.tip.minutes - b.tip.minutes ||
      a.tip.title.localeCompare(b.tip.title) ||
      a.tip.id.localeCompare(b.tip.id),
  );
}

/** How many tips are set aside for this context right now (to offer showing them again). */
export function countSnoozed(
  tips: readonly Tip[],
  context: DetectedContext,
  progress: ReadonlyMap<string, Progress>,
  now: number,
): number {
  return tips.filter(
    (t) => t.tool === context.tool && t.deletedAt === undefined && matchOf(t, context.contexts) !== null && isSnoozed(progress.get(t.id), now),
  ).length;
}
