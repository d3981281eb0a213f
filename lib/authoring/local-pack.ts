import type { TandemDb } from '../db/db';
import type { Pack } from '../schemas/pack';

/** The pack my own tips live in ("my tips" everywhere, including the exchange file, is packId 'local'). */
export const LOCAL_PACK_ID = 'local';

/**
 * Creates or refreshes my pack record inside the caller's transaction: named after me, with a
 * stable `shareId` it is exported under. Bumps the version with every change.
 */
export async function touchLocalPack(db: TandemDb, me: { name: string; packName: string }, now: number): Promise<Pack> {
  const stored = await db.packs.get(LOCAL_PACK_ID);
  const pack: Pack = {
    id: LOCAL_PACK_ID,
    source: 'local',
    name: me.packName.slice(0, 100),
    author: me.name.slice(0, 80),
    version: (stored?.version ?? 0) + 1,
    updatedAt: now,
    shareId: stored?.shareId ?? `pack-${crypto.randomUUID()}`,
  };
  await db.packs.put(pack);
  return pack;
}
