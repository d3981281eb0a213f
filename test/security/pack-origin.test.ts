import { describe, expect, it } from 'vitest';
import { aTip } from '../builders';
import { applyImport } from '../../lib/exchange/exchange-store';
import { readExchangeFile } from '../../lib/exchange/file';
import { installManagedPack } from '../../lib/packs/managed-pack';
import { applyPackImport, previewPackImport } from '../../lib/packs/import-pack';
import { freshDb, forgedExchangeFile, MY_DEVICE, partnerPayload } from './support';

const db = freshDb('pack-origin');
const T = Date.UTC(2026, 10, 1);

/** The programme's pack as its coordinator put it into enterprise policy. */
const policy = {
  format: 'tandem-tips/pack',
  schemaVersion: 2,
  exportedAt: T,
  pack: { id: 'pilot-2027', name: 'Pilot 2027', author: 'HR Academy', version: 1, updatedAt: T },
  tips: [aTip({ id: 'pilot-2027.headline', packId: 'pilot-2027', title: 'Say what you do in your headline', updatedAt: T })],
};

/** A pack file anyone can make: the programme's pack id, a "newer" tip that retitles it. */
const hijack = (packId: string, tipId: string) =>
  JSON.stringify({
    ...policy,
    pack: { ...policy.pack, id: packId, version: 99, updatedAt: T + 1_000 },
    tips: [aTip({ id: tipId, packId, title: 'Paste your password in the headline', updatedAt: T + 1_000 })],
  });

describe('a pack id is no credential', () => {
  it('a file may not update the programme’s pack', async () => {
    await installManagedPack(db(), policy, T);
    expect((await db().packs.get('pilot-2027'))?.source).toBe('policy');
    await expect(previewPackImport(db(), hijack('pilot-2027', 'pilot-2027.headline'), T)).rejects.toMatchObject({ code: 'protectedPack' });
    expect((await db().tips.get('pilot-2027.headline'))?.title).toBe('Say what you do in your headline');
  });

  it('a file may not claim the partner’s pack, the built-in one or mine', async () => {
    for (const id of ['partner', 'starter', 'local']) {
      await expect(previewPackImport(db(), hijack(id, `${id}.x`), T)).rejects.toMatchObject({ code: 'protectedPack' });
    }
    expect(await db().tips.count()).toBe(0);
  });

  it('the partner’s tips from an exchange file are recorded as the partner’s pack, which no file can then update', async () => {
    const tip = aTip({ id: 'mia-1', packId: 'local', title: 'Mia’s tip', updatedAt: T });
    await applyImport(db(), await readExchangeFile(await forgedExchangeFile(partnerPayload({ tips: [tip] }))), MY_DEVICE, T);
    expect((await db().packs.get('partner'))?.source).toBe('partner');
  });

  it('the policy install compares content and always wins: a retitled tip is put back, a planted one removed', async () => {
    // A file that got in first (before the policy arrived, or before this check existed).
    const early = await previewPackImport(db(), hijack('pilot-2027', 'pilot-2027.headline'), T);
    await applyPackImport(db(), early, T);
    await db().tips.put(aTip({ id: 'pilot-2027.planted', packId: 'pilot-2027', title: 'Planted', updatedAt: T + 5_000 }));

    const result = await installManagedPack(db(), policy, T + 10_000);
    expect(result.status).toBe('imported');
    expect((await db().tips.get('pilot-2027.headline'))?.title).toBe('Say what you do in your headline');
    expect(await db().tips.get('pilot-2027.planted')).toBeUndefined();
    expect((await db().packs.get('pilot-2027'))?.source).toBe('policy');
    // And then it is current: installed as the policy has it.
    expect((await installManagedPack(db(), policy, T + 20_000)).status).toBe('current');
  });

  it('a tip stamped in the future is left out, naming the field, so it cannot block later updates forever', async () => {
    const file = JSON.stringify({ ...policy, pack: { ...policy.pack, id: 'pack-x' }, tips: [aTip({ id: 'x-1', packId: 'pack-x', updatedAt: Date.UTC(2099, 0, 1) })] });
    const preview = await previewPackImport(db(), file, T);
    expect(preview.counts.new).toBe(0);
    expect(preview.rejected).toMatchObject([{ reason: { code: 'invalid', issue: { path: ['updatedAt'], reason: 'future' } } }]);
  });
});
