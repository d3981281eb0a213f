import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { installManagedPack, MANAGED_PACK_KEYS, managedPackFrom } from '@/lib/packs/managed-pack';
import { installManagedRules, MANAGED_RULES_KEYS } from '@/lib/rules/managed-rules';

async function installRules(): Promise<void> {
  let policy: Record<string, unknown>;
  try {
    policy = await browser.storage.managed.get([...MANAGED_RULES_KEYS]);
  } catch {
    return; // No policy on this computer.
  }
  const result = await installManagedRules(policy);
  if (result.status === 'refused') console.warn('Tandem Tips: the programme’s page rules in policy were refused', result.result.problem);
}

async function install(): Promise<void> {
  let policy: Record<string, unknown>;
  try {
    policy = await browser.storage.managed.get([...MANAGED_PACK_KEYS]);
  } catch {
    return; // No policy on this computer.
  }
  const result = await installManagedPack(getDb(), managedPackFrom(policy));
  if (result.status === 'refused') console.warn('Tandem Tips: the programme’s starter pack in policy was refused', result.problem);
  if (result.status !== 'refused' && result.status !== 'none' && result.rejected.length > 0) {
    console.warn(`Tandem Tips: ${result.rejected.length} tip(s) of the programme’s starter pack in policy were left out`, result.rejected);
  }
}

/** Installs a programme's starter pack and page rules from enterprise policy at install, start and policy change. */
export function wireManagedPack(): void {
  // A pack that fails to install must not keep the page rules from installing (install logs its own failures).
  browser.runtime.onInstalled.addListener(() => void install().catch(() => undefined).then(installRules));
  browser.runtime.onStartup.addListener(() => void install().catch(() => undefined).then(installRules));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' && MANAGED_PACK_KEYS.some((key) => key in changes)) void install();
    if (area === 'managed' && MANAGED_RULES_KEYS.some((key) => key in changes)) void installRules();
  });
}
