import type { TandemDb } from '../db/db';
import { loadUserHosts, saveUserHosts } from '../hosts/host-store';
import { loadSettings, saveSettings } from '../settings/settings-store';
import type { Backup } from './backup-file';
import type { BackupTableName } from './registry';
import { publishTaughtTools } from '../tools/tool-store';

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
    tables: Object.fromEntries(entries) as Record<BackupTableName, unknown[]>,
  };
}

/** How many rows each table holds now (for the restore preview: what would be replaced). */
export async function countRows(db: TandemDb): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const)));
}

/**
 * Replaces everything with a checked backup: all tables in one transaction (clear, then bulkPut),
 * so a failure leaves the database as it was; then settings and self-hosted hosts.
 */
export async function restoreBackup(db: TandemDb, backup: Backup): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const rows = backup.tables[table.name as BackupTableName] ?? [];
      if (rows.length > 0) await table.bulkPut(rows);
    }
  });
  await saveSettings(backup.settings);
  await saveUserHosts(backup.customHosts);
  // The taught tools run again where they were allowed (and the browser still grants the site).
  await publishTaughtTools(db);
}
