import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aTip } from '../../test/builders';
import { buildStarterPack, STARTER_PACK_VERSION } from '../packs/starter-pack';
import type { Pack } from '../schemas/pack';
import type { Progress } from '../schemas/progress';
import type { Tip } from '../schemas/tip';
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

  it('upgrades a profile that holds version 3 and progress on corrected lessons, keeping that progress', async () => {
    const profile = JSON.parse(readFileSync(join(import.meta.dirname, '../../test/fixtures/profiles/starter-v3-with-progress.json'), 'utf8')) as {
      packs: Pack[];
      tips: Tip[];
      progress: Progress[];
    };
    await db.packs.bulkPut(profile.packs);
    await db.tips.bulkPut(profile.tips);
    await db.progress.bulkPut(profile.progress);
    const before = await db.tips.get('starter.excel.format-as-table');
    expect(before?.steps[1]).toContain('`Ctrl+T`');

    expect(await ensureBuiltinPack(db, buildStarterPack())).toBe('upgraded');

    expect((await db.packs.get('starter'))?.version).toBe(STARTER_PACK_VERSION);
    expect(await db.progress.toArray()).toEqual(profile.progress);
    const table = await db.tips.get('starter.excel.format-as-table');
    expect(table?.steps[1]).toContain('`Ctrl+L`');
    expect(table?.translations?.de?.steps[1]).toContain('`Strg+L`');
    expect(table?.source).toMatch(/^https:\/\/support\.microsoft\.com\//);
    const note = await db.tips.get('starter.linkedin.personal-invitation-note');
    expect(note?.contexts).toEqual(['linkedin.profile.other']);
    // Every lesson of version 3 is still there and alive; the new ones came in beside them.
    const stored = await db.tips.where('packId').equals('starter').toArray();
    expect(stored.filter((t) => t.deletedAt !== undefined)).toEqual([]);
    expect(profile.tips.filter((t) => !stored.some((s) => s.id === t.id))).toEqual([]);
    expect(stored).toHaveLength(buildStarterPack().tips.length);
    expect(await ensureBuiltinPack(db, buildStarterPack())).toBe('current');
  });

  it('never downgrades: an older bundled version leaves the stored pack alone', async () => {
    const v1 = buildStarterPack();
    await ensureBuiltinPack(db, { ...v1, pack: { ...v1.pack, version: v1.pack.version + 5 } });
    expect(await ensureBuiltinPack(db, v1)).toBe('current');
    expect((await db.packs.get('starter'))?.version).toBe(v1.pack.version + 5);
  });
});
