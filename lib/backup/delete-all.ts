import { browser } from 'wxt/browser';
import type { TandemDb } from '../db/db';
import { originOf } from '../hosts/custom-hosts';
import { loadManagedHosts, loadUserHosts } from '../hosts/host-store';
import { announceReset } from '../db/reset-signal';
import { forgetPages } from '../tabs/tab-store';
import { ALARM_PREFIX } from '../meeting/reminders';

/**
 * Deletes everything Tandem Tips keeps in this browser: every table (one transaction), the
 * extension's `storage.local` (settings, self-hosted hosts, device id, reminders shown), the
 * tabs' URLs and titles in `storage.session` (which tool each is in stays), the reminder alarms,
 * the access granted to the
 * user's self-hosted hosts, and the page's `localStorage` (the notes' typing copy); then tells
 * every open page, so no editor writes its copy back. Hosts and packs a programme set by policy
 * are not the user's to delete: they come back.
 */
export async function deleteAllData(db: TandemDb, local: Pick<Storage, 'clear'>): Promise<void> {
  const [userHosts, managedHosts] = await Promise.all([loadUserHosts(), loadManagedHosts()]);
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  await browser.storage.local.clear();
  await forgetPages();
  for (const alarm of await browser.alarms.getAll()) if (alarm.name.startsWith(ALARM_PREFIX)) await browser.alarms.clear(alarm.name);
  local.clear();
  announceReset();
  const managed = new Set(managedHosts.map((h) => h.host));
  const origins = userHosts.filter((h) => !managed.has(h.host)).map((h) => originOf(h.host));
  // A permission the browser keeps (e.g. granted in the manifest) does not stop the deletion.
  if (origins.length > 0) await browser.permissions.remove({ origins }).catch(() => false);
}
