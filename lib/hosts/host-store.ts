import { browser } from 'wxt/browser';
import { parseHostList, type CustomHost } from './custom-hosts';

const KEY = 'customHosts';

/** Hosts the user added in the options page. */
export async function loadUserHosts(): Promise<CustomHost[]> {
  const stored = await browser.storage.local.get(KEY);
  return parseHostList(stored[KEY]);
}

export async function saveUserHosts(hosts: readonly CustomHost[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: hosts });
}

/** Hosts a programme coordinator set by enterprise policy (`storage.managed`); none without a policy. */
export async function loadManagedHosts(): Promise<CustomHost[]> {
  try {
    const policy = await browser.storage.managed.get('selfHostedHosts');
    return parseHostList(policy.selfHostedHosts);
  } catch {
    // No policy installed (or the browser has no managed storage): nothing is managed.
    return [];
  }
}

/** All self-hosted hosts: the programme's first, then the user's own. */
export async function loadAllHosts(): Promise<{ host: CustomHost; managed: boolean }[]> {
  const [managed, user] = await Promise.all([loadManagedHosts(), loadUserHosts()]);
  const managedNames = new Set(managed.map((h) => h.host));
  return [...managed.map((host) => ({ host, managed: true })), ...user.filter((h) => !managedNames.has(h.host)).map((host) => ({ host, managed: false }))];
}

/** Is this storage change one that affects the self-hosted hosts? */
export function isHostsChange(changes: Record<string, unknown>, area: string): boolean {
  return (area === 'local' && KEY in changes) || (area === 'managed' && 'selfHostedHosts' in changes);
}
