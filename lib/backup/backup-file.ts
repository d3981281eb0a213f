import { z } from 'zod';
import { sha256Hex } from '../exchange/crypto';
import { customHostSchema, type CustomHost } from '../hosts/custom-hosts';
import { timestampSchema } from '../schemas/common';
import { settingsSchema, type Settings } from '../settings/settings';
import { BackupError } from './errors';
import { migrateRow } from './migrations';
import { backupTables, isBackupTable, type BackupTableName } from './registry';

export const BACKUP_FORMAT = 'tandem-tips/backup';
/** Bump when the file's shape changes, and add a migration from the previous one to `fileMigrations`. */
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read (years of a busy tandem stay far below this). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** File names end like this, so a backup is never mistaken for a pack or an exchange file. */
export const BACKUP_EXTENSION = '.tandem-backup.json';

/** Everything a backup holds, after it was checked. */
export interface Backup {
  schemaVersion: number;
  dbVersion: number;
  exportedAt: number;
  settings: Settings;
  customHosts: CustomHost[];
  tables: Record<BackupTableName, unknown[]>;
}

/** The part of the file the checksum covers. */
const contentOf = (b: { settings: unknown; customHosts: unknown; tables: unknown }) =>
  JSON.stringify({ settings: b.settings, customHosts: b.customHosts, tables: b.tables });

/** Writes a backup file: the header, a checksum that catches damage, and every table's rows. */
export async function writeBackupFile(backup: Backup): Promise<string> {
  const content = { settings: backup.settings, customHosts: backup.customHosts, tables: backup.tables };
  return JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_VERSION,
    dbVersion: backup.dbVersion,
    exportedAt: backup.exportedAt,
    sha256: await sha256Hex(contentOf(content)),
    ...content,
  });
}

const headerSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().min(1),
  dbVersion: z.number().int().min(1),
  exportedAt: timestampSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  settings: z.unknown(),
  customHosts: z.unknown(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/** Older file versions are brought up to the current one here (none yet: version 1 is the first). */
const fileMigrations: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

const hostsSchema = z.array(customHostSchema).max(200);

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '—';
}

/** Long names from a hostile file are cut, so a message stays readable. */
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** The rows of one table, each migrated from the file's database version and checked; throws on the first bad row. */
function checkTable(table: BackupTableName, rows: unknown[], fromDb: number, toDb: number): unknown[] {
  const { schema, key } = backupTables[table];
  const seen = new Set<unknown>();
  return rows.map((raw, index) => {
    const parsed = schema.safeParse(migrateRow(table, raw, fromDb, toDb));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new BackupError('invalidRow', { table, row: index + 1, field: fieldPath(issue.path), problem: issue.message });
    }
    const id = (parsed.data as Record<string, unknown>)[key];
    if (seen.has(id)) throw new BackupError('duplicateKey', { table, row: index + 1, key: clip(String(id)) });
    seen.add(id);
    return parsed.data;
  });
}

/**
 * Reads and checks a backup file: size, JSON, format, version, every table and row, settings,
 * hosts and the checksum. `dbVersion` is this browser's database version: newer backups are
 * refused, older ones migrated. Throws a BackupError naming the problem; never returns partial data.
 */
export async function readBackupFile(text: string, dbVersion: number): Promise<Backup> {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupError('tooLarge', { mb: Math.ceil(text.length / 1024 / 1024), max: MAX_BACKUP_BYTES / 1024 / 1024 });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BackupError('notJson', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new BackupError('notBackup');
  const head = raw as Record<string, unknown>;
  if (head.format === 'tandem-tips/pack') throw new BackupError('isPack');
  if (head.format === 'tandem-tips/exchange') throw new BackupError('isExchange');
  if (head.format !== BACKUP_FORMAT) throw new BackupError('notBackup');
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > BACKUP_VERSION) {
    throw new BackupError('futureVersion', { version: head.schemaVersion, supported: BACKUP_VERSION });
  }
  if (typeof head.dbVersion === 'number' && head.dbVersion > dbVersion) throw new BackupError('futureDb', { version: head.dbVersion, supported: dbVersion });

  let migrated = head;
  for (let v = typeof head.schemaVersion === 'number' ? head.schemaVersion : BACKUP_VERSION; v < BACKUP_VERSION; v++) migrated = fileMigrations[v]!(migrated);
  const file = headerSchema.safeParse(migrated);
  if (!file.success) {
    const issue = file.error.issues[0]!;
    throw new BackupError('invalidHeader', { field: fieldPath(issue.path), problem: issue.message });
  }

  const unknown = Object.keys(file.data.tables).find((name) => !isBackupTable(name));
  if (unknown !== undefined) throw new BackupError('unknownTable', { table: clip(unknown) });
  const tables = {} as Record<BackupTableName, unknown[]>;
  for (const name of Object.keys(backupTables) as BackupTableName[]) {
    tables[name] = checkTable(name, file.data.tables[name] ?? [], file.data.dbVersion, dbVersion);
  }

  const settings = z.strictObject(settingsSchema.shape).safeParse(file.data.settings);
  if (!settings.success) {
    const issue = settings.error.issues[0]!;
    throw new BackupError('invalidSettings', { field: fieldPath(['settings', ...issue.path]), problem: issue.message });
  }
  const hosts = hostsSchema.safeParse(file.data.customHosts);
  if (!hosts.success) {
    const issue = hosts.error.issues[0]!;
    throw new BackupError('invalidSettings', { field: fieldPath(['customHosts', ...issue.path]), problem: issue.message });
  }

  // Checked last, so a file with a bad row names the row rather than only saying "changed".
  if ((await sha256Hex(contentOf(file.data))) !== file.data.sha256) throw new BackupError('tampered');

  return { schemaVersion: BACKUP_VERSION, dbVersion, exportedAt: file.data.exportedAt, settings: settings.data, customHosts: hosts.data, tables };
}
