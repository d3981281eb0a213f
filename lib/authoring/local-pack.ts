import type { TandemDb } from '../db/db';
import { LOCAL_PACK_ID } from '../packs/pack-ids';
import type { Pack } from '../schemas/pack';

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
