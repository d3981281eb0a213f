import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { aTip } from '../../test/builders';
import { linkedinRules } from '../contexts/rules/linkedin';
import { tableauRules } from '../contexts/rules/tableau';
import { rulesKey } from '../contexts/rule-format';
import { TandemDb } from '../db/db';
import { applyPackImport, previewPackImport, removePack } from '../packs/import-pack';
import { installManagedRules } from './managed-rules';
import { readInstalledRules, rulesInUse } from './install';

const T = Date.UTC(2026, 10, 29);
let db: TandemDb;
let n = 0;

beforeEach(() => {
  fakeBrowser.reset();
  db = new TandemDb(`rules-${n++}`);
});
afterEach(() => db.delete());

/** The programme's fix: the composer also on a new URL, version 7. */
const update = {
  ...linkedinRules,
  version: 7,
  contexts: [{ id: 'linkedin.post.composer', specificity: 4, when: [{ host: '^www\\.linkedin\\.com$', path: '^/post/new' }] }],
};
const pack = (rules: unknown[], schemaVersion = 3) =>
  JSON.stringify({
    format: 'tandem-tips/pack',
    schemaVersion,
    exportedAt: T,
    pack: { id: 'pilot', name: 'Pilot', author: 'Programme', version: 1, updatedAt: T },
    tips: [aTip({ id: 'pilot.a', packId: 'pilot' })],
    rules,
  });

describe('page rules in a tip pack', () => {
  it('are previewed, then stored for the content scripts when the pack is imported', async () => {
    const preview = await previewPackImport(db, pack([update]));
    expect(preview.rules).toMatchObject([{ tool: 'linkedin', version: 7, current: linkedinRules.version, action: 'install', contexts: 1 }]);
    expect(await readInstalledRules()).toEqual({});
    const counts = await applyPackImport(db, preview, T);
    expect(counts).toMatchObject({ new: 1, rules: 1 });
    expect((await fakeBrowser.storage.local.get(rulesKey('linkedin')))[rulesKey('linkedin')]).toEqual({ rules: update, source: 'pack', from: 'pilot', installedAt: T });
    expect((await rulesInUse()).linkedin).toEqual({ version: 7, source: 'pack', from: 'pilot' });
    // The same pack again: the rules are current, nothing to install.
    const again = await previewPackImport(db, pack([update]));
    expect(again.rules[0]?.action).toBe('current');
  });

  it('refuse the whole pack when one rule set is hostile, and nothing is stored', async () => {
    const hostile = [
      { ...update, contexts: [{ id: 'linkedin.feed', specificity: 1, when: [{ path: '^(a+)+$' }] }] },
      { ...update, contexts: [{ id: 'linkedin.feed', specificity: 1, when: [{ any: Array.from({ length: 10_000 }, (_, i) => ({ selector: `#s${i}` })) }] }] },
      { ...update, contexts: [{ id: 'linkedin.feed', specificity: 1, when: [{ any: [{ selector: 'a:has(b:has(c:has(d)))' }] }] }] },
      { ...update, formatVersion: 0 },
      { ...update, tool: 'chatgpt' },
    ];
    for (const rules of hostile) {
      await expect(previewPackImport(db, pack([rules])), JSON.stringify(rules).slice(0, 80)).rejects.toMatchObject({ name: 'FileError', code: 'rules' });
    }
    expect(await db.tips.count()).toBe(0);
    expect(await readInstalledRules()).toEqual({});
  });

  it('leave an older rule set alone (the tips still import)', async () => {
    const preview = await previewPackImport(db, pack([{ ...update, version: 1 }]));
    expect(preview.rules[0]?.action).toBe('older');
  });

  it('go with the pack that brought them, and only those', async () => {
    await applyPackImport(db, await previewPackImport(db, pack([update])), T);
    const tableauFix = { ...tableauRules, version: tableauRules.version + 1 };
    await fakeBrowser.storage.local.set({ [rulesKey('tableau')]: { rules: tableauFix, source: 'policy', from: 'policy', installedAt: T } });
    expect(await removePack(db, 'pilot')).toBe(1);
    expect((await rulesInUse()).linkedin).toEqual({ version: linkedinRules.version, source: 'builtin' });
    // The programme's rules for another tool stay.
    expect((await rulesInUse()).tableau).toEqual({ version: tableauFix.version, source: 'policy', from: 'policy' });
  });

  it('are dropped from a version 2 file, which could not carry them', async () => {
    const preview = await previewPackImport(db, pack([update], 2));
    expect(preview.rules).toEqual([]);
  });
});

describe('page rules by policy', () => {
  it('install from contextRules or contextRulesJson, and refuse a bad set', async () => {
    expect(await installManagedRules({})).toEqual({ status: 'none' });
    expect(await installManagedRules({ contextRulesJson: JSON.stringify([update]) }, T)).toEqual({ status: 'installed', count: 1 });
    expect((await rulesInUse()).linkedin).toMatchObject({ version: 7, source: 'policy' });
    const refused = await installManagedRules({ contextRules: [{ ...update, version: 8, tool: 'slack' }] });
    expect(refused).toMatchObject({ status: 'refused', result: { problem: { code: 'unknownTool', tool: 'slack' } } });
    expect((await rulesInUse()).linkedin.version).toBe(7);
  });
});
