import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aTip } from '../../test/builders';
import { buildStarterPack } from '../packs/starter-pack';
import { setTipStatus } from '../tips/progress';
import { TandemDb } from './db';
import { ensureBuiltinPack } from './seed';

let db: TandemDb;
let n = 0;

beforeEach(() => {
  db = new TandemDb(`seed-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('ensureBuiltinPack', () => {
  it('installs the starter pack once; a second run changes nothing', async () => {
    const bundled = buildStarterPack();
    expect(await ensureBuiltinPack(db, bundled)).toBe('installed');
    expect(await db.tips.count()).toBe(bundled.tips.length);
    expect(await ensureBuiltinPack(db, bundled)).toBe('current');
    expect(await db.tips.count()).toBe(bundled.tips.length);
  });

  it('upgrades built-in tips without touching user tips or progress', async () => {
    const v1 = buildStarterPack();
    await ensureBuiltinPack(db, v1);
    const userTip = aTip({ id: 'user-tip', packId: 'local', title: 'My own tip' });
    await db.tips.put(userTip);
    const [first, second] = v1.tips;
    await setTipStatus(db, first!.id, 'mastered', 1000);
    await setTipStatus(db, userTip.id, 'tried', 1000);

    // v2: the first lesson is reworded, the second retired, one lesson is new.
    const v2 = {
      pack: { ...v1.pack, version: v1.pack.version + 1 },
      tips: [
        { ...first!, title: 'Reworded title', updatedAt: first!.updatedAt + 1 },
        ...v1.tips.slice(2),
        aTip({ id: 'starter.linkedin.brand-new', packId: 'starter', title: 'New lesson' }),
      ],
    };
    expect(await ensureBuiltinPack(db, v2)).toBe('upgraded');

    expect((await db.tips.get(first!.id))?.title).toBe('Reworded title');
    expect((await db.tips.get(second!.id))?.deletedAt).toBeTypeOf('number');
    expect(await db.tips.get('starter.linkedin.brand-new')).toBeDefined();
    expect(await db.tips.get('user-tip')).toEqual(userTip);
    expect((await db.progress.get(first!.id))?.status).toBe('mastered');
    expect((await db.progress.get('user-tip'))?.status).toBe('tried');
    expect((await db.packs.get('starter'))?.version).toBe(v1.pack.version + 1);
  });

  it('never downgrades: an older bundled version leaves the stored pack alone', async () => {
    const v1 = buildStarterPack();
    await ensureBuiltinPack(db, { ...v1, pack: { ...v1.pack, version: v1.pack.version + 5 } });
    expect(await ensureBuiltinPack(db, v1)).toBe('current');
    expect((await db.packs.get('starter'))?.version).toBe(v1.pack.version + 5);
  });
});
