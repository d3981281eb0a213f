import type { DetectedContext } from '../contexts/types';
import type { TandemDb } from '../db/db';
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
    updatedAt: now,
  };
}

/** The stored draft with this id, if there is one and it is still readable. */
export async function loadDraft(db: TandemDb, id: string): Promise<TipDraft | undefined> {
  const stored = await db.drafts.get(id);
  const parsed = tipDraftSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** Autosave: keeps the draft as typed (called on every change). */
export async function saveDraft(db: TandemDb, draft: TipDraft, now = Date.now()): Promise<void> {
  await db.drafts.put({ ...draft, updatedAt: now });
}

/** Forget a draft (after saving the tip, or when the mentor discards it). */
export async function discardDraft(db: TandemDb, id: string): Promise<void> {
  await db.drafts.delete(id);
}
