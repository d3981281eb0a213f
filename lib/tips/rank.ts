import type { ContextId, DetectedContext } from '../contexts/types';
import type { Progress, ProgressStatus } from '../schemas/progress';
import type { Tip } from '../schemas/tip';

/** How a tip relates to where the mentee is. */
export type TipMatch = 'exact' | 'related' | 'tool';

export interface RankedTip {
  tip: Tip;
  progress: Progress | undefined;
  match: TipMatch;
  /** Due for review (tried or got it, and its spaced-repetition date has come). */
  due?: boolean;
}

const matchOrder: Record<TipMatch, number> = { exact: 0, related: 1, tool: 2 };
const statusOrder: Record<ProgressStatus, number> = { new: 0, seen: 1, tried: 2, mastered: 3, dismissed: 4 };
const levelOrder = { beginner: 0, intermediate: 1, advanced: 2 } as const;

/** Is the tip set aside with "not now" at this moment? */
export function isSnoozed(progress: Progress | undefined, now: number): boolean {
  if (progress?.status !== 'dismissed') return false;
  return progress.snoozedUntil === undefined || now < progress.snoozedUntil;
}

/** Is the tip's review due at `now` (only tips the mentee tried or got come back)? */
export function isReviewDue(progress: Progress | undefined, now: number): boolean {
  if (progress?.status !== 'tried' && progress?.status !== 'mastered') return false;
  return progress.review !== undefined && progress.review.due <= now;
}

/**
 * How much the mentee likes each tag: +1 for every tip with it they found helpful, −1 for every
 * one they did not. Tips sharing tags with helpful ones rank higher.
 */
export function tagAffinity(tips: readonly Tip[], progress: ReadonlyMap<string, Progress>): Map<string, number> {
  const affinity = new Map<string, number>();
  for (const tip of tips) {
    const helpful = progress.get(tip.id)?.helpful;
    if (helpful === undefined) continue;
    for (const tag of tip.tags) affinity.set(tag, (affinity.get(tag) ?? 0) + (helpful ? 1 : -1));
  }
  return affinity;
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
 * before mastered. Tips due for review come first in their group; a tip marked "not helpful"
 * sinks to its group's end, and tips sharing tags with helpful ones rise among equals. Deleted
 * tips and tips set aside with "not now" are left out. Pure: no I/O.
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
    ranked.push({ tip, progress: p, match, due: isReviewDue(p, now) });
  }
  const affinity = tagAffinity(tips, progress);
  const liking = (r: RankedTip) => r.tip.tags.reduce((sum, tag) => sum + (affinity.get(tag) ?? 0), 0);
  const notHelpful = (r: RankedTip) => (r.progress?.helpful === false ? 1 : 0);
  const status = (r: RankedTip) => {
    const s = r.progress?.status ?? 'new';
    // A "not now" whose time is up comes back as a seen tip.
    return statusOrder[s === 'dismissed' ? 'seen' : s];
  };
  return ranked.sort(
    (a, b) =>
      matchOrder[a.match] - matchOrder[b.match] ||
      Number(b.due) - Number(a.due) ||
      notHelpful(a) - notHelpful(b) ||
      status(a) - status(b) ||
      liking(b) - liking(a) ||
      levelOrder[a.tip.level] - levelOrder[b.tip.level] ||
      a.tip.minutes - b.tip.minutes ||
      a.tip.title.localeCompare(b.tip.title) ||
      a.tip.id.localeCompare(b.tip.id),
  );
}

/**
 * Is the tip set aside for this context right now: a live tip of the page (or the whole tool)
 * that the mentee put off with "not now"? The one answer to "which tips are set aside?".
 */
export function isSetAside(tip: Tip, context: DetectedContext, progress: ReadonlyMap<string, Progress>, now: number): boolean {
  return tip.tool === context.tool && tip.deletedAt === undefined && matchOf(tip, context.contexts) !== null && isSnoozed(progress.get(tip.id), now);
}

/** The tips set aside for this context right now (to count them and to offer showing them again). */
export function setAsideTips(tips: readonly Tip[], context: DetectedContext, progress: ReadonlyMap<string, Progress>, now: number): Tip[] {
  return tips.filter((t) => isSetAside(t, context, progress, now));
}
