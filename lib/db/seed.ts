import type { TandemDb } from './db';
import type { Pack } from '../schemas/pack';
import type { Tip } from '../schemas/tip';

export type SeedResult = 'installed' | 'upgraded' | 'current';

/**
 * Installs or upgrades the built-in pack in one transaction. Only the pack's own tips change:
 * user-authored tips and every progress record stay as they are. Lessons dropped from a newer
 * version get a tombstone (so their progress history keeps its tip).
 */
export async function ensureBuiltinPack(db: TandemDb, bundled: { pack: Pack; tips: Tip[] }): Promise<SeedResult> {
  return db.transaction('rw', db.packs, db.tips, async () => {
    const stored = await db.packs.get(bundled.pack.id);
    if (stored && stored.version >= bundled.pack.version) return 'current';
    const now = Date.now();
    const bundledIds = new Set(bundled.tips.map((t) => t.id));
    const existing = await db.tips.where('packId').equals(bundled.pack.id).toArray();
    const retired = existing
      .filter((t) => !bundledIds.has(t.id) && t.deletedAt === undefined)
      .map((t) => ({ ...t, deletedAt: now, updatedAt: now }));
    await db.tips.bulkPut([...bundled.tips, ...retired]);
    await db.packs.put(bundled.pack);
    return stored ? 'upgraded' : 'installed';
  });
}
