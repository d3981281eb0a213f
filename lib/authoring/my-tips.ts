import type { ContextId, ToolId } from '../contexts/types';
import type { TandemDb } from '../db/db';
import { NEW_DRAFT_ID, type TipDraft } from '../schemas/draft';
import type { Tip } from '../schemas/tip';
import { LOCAL_PACK_ID } from '../packs/pack-ids';
import { touchLocalPack } from './local-pack';
import { tipFromDraft, type FieldErrors } from './tip-form';
import { nextStamp } from '../time/clock';
import { discardDraft } from '../drafts/drafts';
import { tipDrafts } from './draft';

/** Who is writing: my name, and my pack's name in my language ("Mia's tips"). */
export interface Me {
  name: string;
  packName: string;
}

/** A filter for my tips: by tool, and by one of its contexts. */
export interface TipFilter {
  tool?: ToolId;
  context?: ContextId;
}

/** Does the tip fall under the filter? */
export function matchesFilter(tip: Tip, filter: TipFilter): boolean {
  if (filter.tool && tip.tool !== filter.tool) return false;
  if (filter.context && !tip.contexts.includes(filter.context)) return false;
  return true;
}

/** My tips (not deleted), newest first, filtered. */
export async function listMyTips(db: TandemDb, filter: TipFilter = {}): Promise<Tip[]> {
  const tips = await db.tips.where('packId').equals(LOCAL_PACK_ID).toArray();
  return tips.filter((t) => t.deletedAt === undefined && matchesFilter(t, filter)).sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
}

/**
 * Saves the editor's draft as one of my tips (new or edited) and forgets the draft, in one
 * transaction. Returns the field errors instead when the draft is not a valid tip.
 */
export async function saveTipFromDraft(db: TandemDb, draft: TipDraft, me: Me, now = Date.now()): Promise<{ ok: true; tip: Tip } | { ok: false; errors: FieldErrors }> {
  return db.transaction('rw', db.tips, db.packs, db.drafts, async () => {
    const previous = draft.id === NEW_DRAFT_ID ? undefined : await db.tips.get(draft.id);
    if (previous && previous.packId !== LOCAL_PACK_ID) throw new Error('Only my own tips can be edited.');
    const result = tipFromDraft(draft, {
      id: previous?.id ?? crypto.randomUUID(),
      author: me.name,
      createdAt: previous?.createdAt ?? now,
      now: nextStamp(previous, now),
      previous,
    });
    if (!result.ok) return result;
    await touchLocalPack(db, me, now);
    await db.tips.put(result.tip);
    await discardDraft(db, tipDrafts, draft.id);
    return result;
  });
}

/** Deletes one of my tips as a tombstone, so the deletion travels in packs and exchange files. */
export async function deleteMyTip(db: TandemDb, id: string, me: Me, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.tips, db.packs, db.drafts, async () => {
    const tip = await db.tips.get(id);
    if (!tip || tip.packId !== LOCAL_PACK_ID) throw new Error('Only my own tips can be deleted.');
    const at = nextStamp(tip, now);
    await db.tips.put({ ...tip, deletedAt: at, updatedAt: at });
    await discardDraft(db, tipDrafts, id);
    await touchLocalPack(db, me, now);
  });
}

/** Copies one of my tips (or any tip) into a new tip of mine, titled with `title`. */
export async function duplicateTip(db: TandemDb, id: string, title: string, me: Me, now = Date.now()): Promise<Tip> {
  return db.transaction('rw', db.tips, db.packs, async () => {
    const tip = await db.tips.get(id);
    if (!tip) throw new Error(`No tip ${id}.`);
    const copy: Tip = { ...tip, id: crypto.randomUUID(), packId: LOCAL_PACK_ID, title, author: me.name, createdAt: now, updatedAt: now };
    // A copy is a new, living tip of mine: no tombstone, no translation of the old wording.
    delete copy.deletedAt;
    delete copy.translations;
    await touchLocalPack(db, me, now);
    await db.tips.put(copy);
    return copy;
  });
}
