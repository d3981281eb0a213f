import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { installManagedPack } from '@/lib/packs/managed-pack';
import { refreshAllBadges } from './badges';

async function install(): Promise<void> {
  let policy: Record<string, unknown>;
  try {
    policy = await browser.storage.managed.get('starterPack');
  } catch {
    return; // No policy on this computer.
  }
  const result = await installManagedPack(getDb(), policy.starterPack);
  if (result.status === 'refused') console.warn('Tandem Tips: the programme’s starter pack in policy was refused', result.problem);
  if (result.status === 'imported') await refreshAllBadges();
}

/** Installs a programme's starter pack from enterprise policy at install, start and policy change. */
export function wireManagedPack(): void {
  browser.runtime.onInstalled.addListener(() => void install());
  browser.runtime.onStartup.addListener(() => void install());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' && 'starterPack' in changes) void install();
  });
}
