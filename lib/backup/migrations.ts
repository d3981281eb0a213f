import { firstReview } from '../review/schedule';
import type { BackupTableName } from './registry';

type Row = Record<string, unknown>;
type RowMigration = Partial<Record<BackupTableName, (row: Row) => Row>>;

/**
 * What each database version's `upgrade()` did to rows, applied to the rows of a backup written
 * by an older version (keyed by the version that introduced the change). Tables that a version
 * only added need nothing: an older backup simply has none of their rows.
 */
const rowMigrations: Record<number, RowMigration> = {
  // Version 3 (lib/db/upgrades/v3-review-schedule.ts): tried or got tips get their first review.
  3: {
    progress: (row) => {
      const status = row.status;
      if (row.review || (status !== 'tried' && status !== 'mastered') || typeof row.updatedAt !== 'number') return row;
      return { ...row, review: firstReview(status, row.updatedAt) };
    },
  },
};

/** Brings one row written by database version `from` up to version `to` (unchanged when nothing applies). */
export function migrateRow(table: BackupTableName, row: unknown, from: number, to: number): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  let current = row as Row;
  for (let v = from + 1; v <= to; v++) {
    const step = rowMigrations[v]?.[table];
    if (step) current = step(current);
  }
  return current;
}
