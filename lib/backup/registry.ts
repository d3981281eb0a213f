import type { z } from 'zod';
import { draftSchema } from '../schemas/draft';
import { exchangeLogSchema, knownVersionSchema } from '../schemas/exchange-log';
import { goalSchema } from '../schemas/goal';
import { meetingSchema } from '../schemas/meeting';
import { noteSchema } from '../schemas/note';
import { packSchema } from '../schemas/pack';
import { progressSchema } from '../schemas/progress';
import { partnerProgressSchema, tandemDocSchema } from '../schemas/tandem';
import { tipSchema } from '../schemas/tip';

/** How a backup checks the rows of one Dexie table: its row schema and primary key. */
export interface TableSpec {
  schema: z.ZodType;
  key: string;
}

/**
 * Every table of the database, with the schema its rows must pass before a restore writes them.
 * A table added to `db.ts` must be added here too (a unit test compares both), or backups of it
 * could not be restored; a table in a file but not here is refused as unknown.
 */
export const backupTables = {
  tips: { schema: tipSchema, key: 'id' },
  packs: { schema: packSchema, key: 'id' },
  progress: { schema: progressSchema, key: 'tipId' },
  notes: { schema: noteSchema, key: 'id' },
  goals: { schema: goalSchema, key: 'id' },
  meetings: { schema: meetingSchema, key: 'id' },
  drafts: { schema: draftSchema, key: 'id' },
  tandem: { schema: tandemDocSchema, key: 'id' },
  partnerProgress: { schema: partnerProgressSchema, key: 'tipId' },
  knowledge: { schema: knownVersionSchema, key: 'key' },
  exchanges: { schema: exchangeLogSchema, key: 'id' },
} satisfies Record<string, TableSpec>;

export type BackupTableName = keyof typeof backupTables;

/** Every table's name, in the registry's order. */
export const backupTableNames = Object.keys(backupTables).filter(isBackupTable);

/** One value per table (e.g. its checked rows). */
export function perTable<T>(value: (table: BackupTableName) => T): Record<BackupTableName, T> {
  const result: Partial<Record<BackupTableName, T>> = {};
  for (const table of backupTableNames) result[table] = value(table);
  return result as Record<BackupTableName, T>;
}

/** Is this the name of a table a backup may contain? */
export function isBackupTable(name: string): name is BackupTableName {
  return Object.hasOwn(backupTables, name);
}
