import { browser } from 'wxt/browser';
import { isHostsChange, loadAllHosts } from '@/lib/hosts/host-store';
import { syncRegistrations } from '@/lib/hosts/register';
import { getDb } from '@/lib/db/db';
import { publishedHosts, TAUGHT_TOOLS_KEY } from '@/lib/tools/published';
import { publishTaughtTools } from '@/lib/tools/tool-store';

async function register(): Promise<void> {
  try {
    const taught = publishedHosts((await browser.storage.local.get(TAUGHT_TOOLS_KEY))[TAUGHT_TOOLS_KEY]);
    await syncRegistrations(
      (await loadAllHosts()).map((h) => h.host),
      taught,
    );
  } catch (error) {
    console.error('Tandem Tips: could not register content scripts for self-hosted and taught tools', error);
  }
}

let queue = Promise.resolve();
/** One registration pass after the other: two at once would register the same script id twice. */
function sync(): Promise<void> {
  queue = queue.then(register);
  return queue;
}

/** The taught tools as the database has them now (repairs a publication an interrupted page left behind); registering follows. */
async function republish(): Promise<void> {
  try {
    await publishTaughtTools(getDb());
  } catch (error) {
    console.error('Tandem Tips: could not publish the taught tools', error);
  }
  await sync();
}

/**
 * Keeps content scripts registered on exactly the self-hosted hosts the user granted, and the
 * taught tools' script on the sites the person allowed them on (and the browser granted).
 */
export function wireCustomHosts(): void {
  browser.runtime.onInstalled.addListener(() => void republish());
  browser.runtime.onStartup.addListener(() => void republish());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  browser.storage.onChanged.addListener((changes, area) => {
    if (isHostsChange(changes, area) || (area === 'local' && TAUGHT_TOOLS_KEY in changes)) void sync();
  });
}
