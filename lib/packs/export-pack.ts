import type { TandemDb } from '../db/db';
import { touchLocalPack } from '../authoring/local-pack';
import { LOCAL_PACK_ID } from './pack-ids';
import { matchesFilter, type Me, type TipFilter } from '../authoring/my-tips';
import { fileSlug } from '../text/file-slug';
import { PACK_EXTENSION, PACK_FORMAT, PACK_SCHEMA_VERSION, type PackFile } from './pack-file';

/**
 * My tips (all, or those matching the filter) as a pack file of the current version, under my
 * pack's share id. Deleted tips travel as tombstones, so the partner's copy deletes them too.
 */
export async function exportMyPack(db: TandemDb, me: Me, filter: TipFilter = {}, now = Date.now()): Promise<{ file: PackFile; fileName: string; count: number }> {
  return db.transaction('rw', db.tips, db.packs, async () => {
    const stored = await db.packs.get(LOCAL_PACK_ID);
    const pack = stored ?? (await touchLocalPack(db, me, now));
    const shareId = pack.shareId ?? `pack-${crypto.randomUUID()}`;
    if (!pack.shareId) await db.packs.put({ ...pack, shareId });
    const tips = (await db.tips.where('packId').equals(LOCAL_PACK_ID).toArray())
      .filter((t) => matchesFilter(t, filter))
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      .map((t) => ({ ...t, packId: shareId }));
    const file: PackFile = {
      format: PACK_FORMAT,
      schemaVersion: PACK_SCHEMA_VERSION,
      exportedAt: now,
      pack: { id: shareId, name: pack.name, author: pack.author, version: pack.version, updatedAt: pack.updatedAt, ...(pack.description ? { description: pack.description } : {}) },
      tips,
    };
    return { file, fileName: `${fileSlug(pack.name, 'tips')}${PACK_EXTENSION}`, count: tips.filter((t) => t.deletedAt === undefined).length };
  });
}
