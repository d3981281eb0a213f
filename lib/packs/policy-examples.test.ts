import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TandemDb } from '../db/db';
import { parseHostList } from '../hosts/custom-hosts';
import { installManagedPack, managedPackFrom, managedPackName } from './managed-pack';

/** The policy JSON examples in the README, as a coordinator would copy them. */
function readmePolicies(): { browser: string; policy: Record<string, unknown> }[] {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  const found: { browser: string; policy: Record<string, unknown> }[] = [];
  for (const block of blocks) {
    const chrome = (block['3rdparty'] as { extensions?: Record<string, Record<string, unknown>> } | undefined)?.extensions;
    const firefox = (block.policies as { '3rdparty'?: { Extensions?: Record<string, Record<string, unknown>> } } | undefined)?.['3rdparty']?.Extensions;
    for (const policy of Object.values(chrome ?? {})) found.push({ browser: 'chrome', policy });
    for (const policy of Object.values(firefox ?? {})) found.push({ browser: 'firefox', policy });
  }
  return found;
}

let db: TandemDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('the README’s enterprise policy examples', () => {
  const policies = readmePolicies();

  it('exist for Chrome and Firefox, and only use keys the managed schema declares', () => {
    expect(policies.map((p) => p.browser).sort()).toEqual(['chrome', 'firefox']);
    const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/managed-schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    for (const { policy } of policies) for (const key of Object.keys(policy)) expect(Object.keys(schema.properties)).toContain(key);
  });

  it.each(policies.map((p) => [p.browser, p.policy] as const))('%s: the hosts parse and the starter pack installs', async (_browser, policy) => {
    expect(parseHostList(policy.selfHostedHosts)).toEqual([{ host: 'tableau.example.org', tool: 'tableau' }]);
    db = new TandemDb(`policy-example-${_browser}`);
    const result = await installManagedPack(db, managedPackFrom(policy));
    expect(result.status).toBe('imported');
    expect(await db.packs.get('pilot-2026')).toMatchObject({ name: 'Pilot 2026', source: 'policy' });
    expect(await db.tips.get('pilot-2026.headline')).toMatchObject({ title: 'Say what you do in your headline', tool: 'linkedin' });
  });

  it('also takes the pack as the file’s text in starterPackJson (registry values, admin consoles), preferred when both are set', async () => {
    const pack = policies.find((p) => p.browser === 'chrome')!.policy.starterPack;
    const asText = { starterPackJson: JSON.stringify(pack), starterPack: { broken: true } };
    expect(managedPackName(managedPackFrom(asText))).toBe('Pilot 2026');
    db = new TandemDb('policy-example-text');
    expect((await installManagedPack(db, managedPackFrom(asText))).status).toBe('imported');
    expect(await db.tips.get('pilot-2026.headline')).toMatchObject({ tool: 'linkedin' });
    const garbled = await installManagedPack(db, managedPackFrom({ starterPackJson: '{"format": "tandem-tips/pack", ' }));
    expect(garbled.status).toBe('refused');
    expect(managedPackName('{not json')).toBeUndefined();
  });

  it('says which tips it left out, rather than a silent success', async () => {
    const pack = policies.find((p) => p.browser === 'chrome')!.policy.starterPack as { tips: Record<string, unknown>[] };
    const noWhy = { ...pack.tips[0]! };
    delete noWhy.why;
    db = new TandemDb('policy-example-rejected');
    const result = await installManagedPack(db, { ...pack, tips: [noWhy] });
    expect(result).toMatchObject({ status: 'imported', written: 0, rejected: [{ index: 0, reason: { code: 'invalid' } }] });
  });
});
