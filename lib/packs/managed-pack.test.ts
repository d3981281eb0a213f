import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aTip } from '../../test/builders';
import { TandemDb } from '../db/db';
import { installManagedPack } from './managed-pack';
import { PACK_FORMAT, PACK_SCHEMA_VERSION } from './pack-file';

let db: TandemDb;
let n = 0;
beforeEach(() => {
  db = new TandemDb(`managed-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const policyPack = (version: number, title = 'Use the programme’s dashboard') => ({
  format: PACK_FORMAT,
  schemaVersion: PACK_SCHEMA_VERSION,
  exportedAt: 1,
  pack: { id: 'pilot-2027', name: 'Pilot 2027', author: 'HR Academy', version, updatedAt: version },
  tips: [aTip({ id: 'pilot-2027-1', packId: 'pilot-2027', tool: 'tableau', contexts: ['tableau.view'], title, updatedAt: version })],
});

describe('installManagedPack', () => {
  it('installs the programme pack once and again only when it changed', async () => {
    expect(await installManagedPack(db, undefined)).toEqual({ status: 'none' });
    expect(await installManagedPack(db, policyPack(1))).toEqual({ status: 'imported', written: 1, rejected: [] });
    expect(await installManagedPack(db, policyPack(1))).toEqual({ status: 'current', rejected: [] });
    expect(await installManagedPack(db, policyPack(2, 'Use the new dashboard'))).toEqual({ status: 'imported', written: 1, rejected: [] });
    expect((await db.tips.get('pilot-2027-1'))?.title).toBe('Use the new dashboard');
  });

  it('refuses a broken policy value without writing anything', async () => {
    for (const bad of ['not a pack', { format: 'something-else' }, { ...policyPack(1), schemaVersion: 99 }]) {
      const result = await installManagedPack(db, bad);
      expect(result.status).toBe('refused');
    }
    expect(await db.tips.count()).toBe(0);
    expect(await db.packs.count()).toBe(0);
  });
});
