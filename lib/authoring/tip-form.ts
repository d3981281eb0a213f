import { toIssueInfo, type IssueInfo } from '../i18n/issues';
import type { TipDraft } from '../schemas/draft';
import { tipSchema, type Tip } from '../schemas/tip';
import { LOCAL_PACK_ID } from '../packs/pack-ids';

/** A field of the editor form that can carry an error: `title`, `steps.1`, `contexts`… */
export type FieldErrors = Record<string, IssueInfo>;

/** The form field an issue belongs to: `steps.1` for one step, the top-level name otherwise. */
export function fieldKey(path: readonly (string | number)[]): string {
  const [first, second] = path;
  if ((first === 'steps' || first === 'tags') && typeof second === 'number') return `${first}.${second}`;
  return String(first ?? 'form');
}

/** Tags as typed ("excel, formulas") to a clean list. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/**
 * Turns the editor's draft into a tip, validated by the tip schema: either the tip, or the first
 * problem of each field (to show beside it, translated by the form).
 */
export function tipFromDraft(
  draft: TipDraft,
  base: { id: string; author: string; createdAt: number; now: number; previous?: Tip },
): { ok: true; tip: Tip } | { ok: false; errors: FieldErrors } {
  // Empty step boxes at the end are not steps.
  const texts = draft.steps.map((s) => s.trim());
  const kept = texts.flatMap((s, i) => (s !== '' || texts.slice(i).some((x) => x !== '') ? [i] : []));
  // Recorded elements stay with their steps; none at all keeps the field out of the tip.
  const targets = kept.map((i) => draft.stepTargets?.[i] ?? null);
  const minutes = draft.minutes.trim() === '' ? Number.NaN : Number(draft.minutes);
  const candidate = {
    ...(base.previous ?? {}),
    id: base.id,
    packId: LOCAL_PACK_ID,
    tool: draft.tool,
    contexts: draft.contexts.filter((c) => c.startsWith(`${draft.tool}.`)),
    title: draft.title,
    why: draft.why,
    steps: kept.map((i) => draft.steps[i]!.trim()),
    minutes,
    level: draft.level,
    tags: parseTags(draft.tags),
    lang: draft.lang,
    author: base.author,
    createdAt: base.createdAt,
    updatedAt: base.now,
    locator: draft.locator,
    stepTargets: targets.some(Boolean) ? targets : undefined,
    source: draft.source?.trim() || undefined,
    deletedAt: undefined,
  };
  // A translation written for the old wording would now disagree: an edited tip keeps none.
  delete (candidate as { translations?: unknown }).translations;
  // Nor was the new wording checked against the source: the date of that check does not carry over.
  delete (candidate as { checkedAt?: unknown }).checkedAt;
  const parsed = tipSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, tip: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = fieldKey(issue.path as (string | number)[]);
    errors[key] ??= toIssueInfo(issue);
  }
  return { ok: false, errors };
}
