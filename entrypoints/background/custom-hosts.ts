import { browser } from 'wxt/browser';
import { isHostsChange, loadAllHosts } from '@/lib/hosts/host-store';
import { syncRegistrations } from '@/lib/hosts/register';

async function sync(): Promise<void> {
  try {
    await syncRegistrations((await loadAllHosts()).map((h) => h.host));
  } catch (error) {
    console.error('Tandem Tips: could not register content scripts for self-hosted tools', error);
  }
}

/** Keeps content scripts registered on exactly the self-hosted hosts the user granted. */
export function wireCustomHosts(): void {
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  browser.storage.onChanged.addListener((changes, area) => {
    if (isHostsChange(changes, area)) void sync();
  });
}
