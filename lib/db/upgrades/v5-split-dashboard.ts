import type { Table } from 'dexie';
import { currentContextId, expandLegacyContexts, splitContexts } from '../../contexts/legacy';
import type { TipDraft } from '../../schemas/draft';
import type { Tip } from '../../schemas/tip';

const isSplit = (id: string) => id in splitContexts;

/**
 * Version 5: tips and tip drafts bound to a context that was split (`tableau.dashboard`) are bound
 * to both of its successors, so a mentor's tip keeps showing where it showed before.
 */
export async function splitLegacyContexts(tips: Table<Tip, 'id'>, drafts: Table<TipDraft, 'id'>): Promise<void> {
  await tips.toCollection().modify((tip) => {
    if (tip.contexts.some(isSplit)) tip.contexts = expandLegacyContexts(tip.contexts);
    if (tip.doneWhen && isSplit(tip.doneWhen.context)) tip.doneWhen = { context: currentContextId(tip.doneWhen.context) };
  });
  await drafts.toCollection().modify((draft) => {
    if (draft.contexts.some(isSplit)) draft.contexts = expandLegacyContexts(draft.contexts);
  });
}
