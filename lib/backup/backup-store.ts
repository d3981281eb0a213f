import type { TandemDb } from '../db/db';
import { loadUserHosts, saveUserHosts } from '../hosts/host-store';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { announceReset } from '../db/reset-signal';
import { dropBackup } from '../notes/draft-backup';
import type { Backup } from './backup-file';
import { isBackupTable, perTable } from './registry';

/** Every row of every table (read in one transaction, so the copy is consistent), with settings and hosts. */
export async function collectBackup(db: TandemDb, now = Date.now()): Promise<Backup> {
  // `db.tables`, not a fixed list: a table added later is backed up without touching this code.
  const entries = await db.transaction('r', db.tables, () => Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
  const [settings, customHosts] = await Promise.all([loadSettings(), loadUserHosts()]);
  return {
    schemaVersion: 1,
    dbVersion: db.verno,
    exportedAt: now,
    settings,
    customHosts,
    tables: perTable((name) => entries.find(([table]) => table === name)?.[1] ?? []),
  };
}

/** How many rows each table holds now (for the restore preview: what would be replaced). */
export async function countRows(db: TandemDb): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const)));
}

/**
 * Replaces everything with a checked backup: all tables in one transaction (clear, then bulkPut),
 * so a failure leaves the database as it was; then settings and self-hosted hosts. The page's
 * typing copy of a note goes (it belongs to the data that was replaced), and every open page is
 * told, so no editor writes a pre-restore copy into the restored data.
 */
export async function restoreBackup(db: TandemDb, backup: Backup, local: Pick<Storage, 'removeItem'>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const rows = isBackupTable(table.name) ? backup.tables[table.name] : [];
      if (rows.length > 0) await table.bulkPut(rows);
    }
  });
  await saveSettings(backup.settings);
  await saveUserHosts(backup.customHosts);
  dropBackup(local);
  announceReset();
}
