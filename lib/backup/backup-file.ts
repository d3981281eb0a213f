import { z } from 'zod';
import { sha256Hex } from '../exchange/crypto';
import { FILE_FORMATS, migrateUp, parseOrRefuse, readEnvelope, type EnvelopeSpec, type MigrationStep } from '../files/envelope';
import { FileError } from '../files/file-error';
import { customHostSchema, type CustomHost } from '../hosts/custom-hosts';
import { timestampSchema } from '../schemas/common';
import { settingsSchema, type Settings } from '../settings/settings-schema';
import { migrateTables } from './migrations';
import { backupTableNames, backupTables, isBackupTable, perTable, type BackupTableName } from './registry';
import { startSlices, throwIfCancelled, type LongWork, type Slices } from '../progress/slices';

export const BACKUP_FORMAT = FILE_FORMATS.backup;
/** Bump when the file's shape changes, and add a migration from the previous one to `fileMigrations`. */
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read (years of a busy tandem stay far below this). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** File names end like this, so a backup is never mistaken for a pack or an exchange file. */
export const BACKUP_EXTENSION = '.tandem-backup.json';

/** How a backup file is read (size, JSON, format, version): see `lib/files/envelope.ts`. */
export const backupEnvelope: EnvelopeSpec = { kind: 'backup', maxBytes: MAX_BACKUP_BYTES, version: BACKUP_VERSION };

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
const fileMigrations: Record<number, MigrationStep> = {};

const hostsSchema = z.array(customHostSchema).max(200);
const strictSettingsSchema = z.strictObject(settingsSchema.shape);

/** Long names from a hostile file are cut, so a message stays readable. */
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** The rows of one table, each checked against its schema and for repeated keys; throws on the first bad row. */
async function checkTable(table: BackupTableName, rows: readonly unknown[], slices: Slices): Promise<unknown[]> {
  const { schema, key } = backupTables[table];
  const seen = new Set<unknown>();
  const checked: unknown[] = [];
  for (const [index, raw] of rows.entries()) {
    const row: unknown = parseOrRefuse('backup', schema, raw, { table, index });
    const id = typeof row === 'object' && row !== null ? Object.getOwnPropertyDescriptor(row, key)?.value : undefined;
    if (seen.has(id)) throw new FileError('backup', 'invalid', { table, row: index + 1, issue: { path: [key], code: 'custom', reason: 'duplicate' } });
    seen.add(id);
    checked.push(row);
    await slices.step();
  }
  return checked;
}

/**
 * Reads and checks a backup file: the envelope (size, JSON, format, version), every table and
 * row, settings, hosts and the checksum. `dbVersion` is this browser's database version: newer
 * backups are refused, older ones migrated. Throws a FileError naming the table, record and
 * field; never returns partial data. With `work`, counts the rows it checks and ends with an
 * AbortError once cancelled.
 */
export async function readBackupFile(text: string, dbVersion: number, work?: LongWork): Promise<Backup> {
  const { file: raw, version } = readEnvelope(text, backupEnvelope);
  if (typeof raw.dbVersion === 'number' && raw.dbVersion > dbVersion) throw new FileError('backup', 'futureDb', { version: raw.dbVersion, supported: dbVersion });
  const file = parseOrRefuse('backup', headerSchema, migrateUp('backup', raw, version, BACKUP_VERSION, fileMigrations));

  // Tables are judged after migration: a backup of an older version may hold tables that were merged since.
  const migrated = migrateTables(file.tables, file.dbVersion, dbVersion);
  const unknown = Object.keys(migrated).find((name) => !isBackupTable(name));
  if (unknown !== undefined) throw new FileError('backup', 'unknownTable', { table: clip(unknown) });
  const slices = startSlices(
    backupTableNames.reduce((n, name) => n + (migrated[name]?.length ?? 0), 0),
    work,
  );
  const tables = perTable<unknown[]>(() => []);
  for (const name of backupTableNames) tables[name] = await checkTable(name, migrated[name] ?? [], slices);
  slices.finish();

  const settings = parseOrRefuse('backup', strictSettingsSchema, file.settings, { prefix: ['settings'] });
  const customHosts = parseOrRefuse('backup', hostsSchema, file.customHosts, { prefix: ['customHosts'] });

  // Checked last, so a file with a bad row names the row rather than only saying "changed".
  if ((await sha256Hex(contentOf(file))) !== file.sha256) throw new FileError('backup', 'tampered');
  throwIfCancelled(work?.signal);

  return { schemaVersion: BACKUP_VERSION, dbVersion, exportedAt: file.exportedAt, settings, customHosts, tables };
}
