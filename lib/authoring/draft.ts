import type { DetectedContext } from '../contexts/types';
import { draftKind } from '../drafts/drafts';
import type { Lang } from '../schemas/common';
import { NEW_DRAFT_ID, tipDraftSchema, type TipDraft } from '../schemas/draft';
import type { Tip } from '../schemas/tip';

/** An empty draft for where the mentor is: the current tool and its most specific context. */
export function blankDraft(where: DetectedContext | null, lang: Lang, now = Date.now()): TipDraft {
  return {
    id: NEW_DRAFT_ID,
    title: '',
    why: '',
    steps: [''],
    minutes: '2',
    level: 'beginner',
    tags: '',
    lang,
    tool: where?.tool ?? 'linkedin',
    contexts: where?.contexts[0] ? [where.contexts[0]] : [],
    updatedAt: now,
  };
}

/** The draft of an existing tip, for editing it. */
export function draftOf(tip: Tip, now = Date.now()): TipDraft {
  return {
    id: tip.id,
    title: tip.title,
    why: tip.why,
    steps: tip.steps.length > 0 ? [...tip.steps] : [''],
    minutes: String(tip.minutes),
    level: tip.level,
    tags: tip.tags.join(', '),
    lang: tip.lang,
    tool: tip.tool,
    contexts: [...tip.contexts],
    locator: tip.locator,
    stepTargets: tip.stepTargets && tip.steps.length > 0 ? tip.steps.map((_, i) => tip.stepTargets?.[i] ?? null) : undefined,
    source: tip.source ?? '',
    updatedAt: now,
  };
}

/** The tip editor's drafts (lib/drafts), keyed by the tip's id or `new`. */
export const tipDrafts = draftKind('tip', tipDraftSchema);
