import { clampClocks, CLOCKED_TABLES, draftsApart, partnerPackSource } from '../db/upgrades/v6-drafts-apart';
import { firstReview } from '../review/schedule';

type Row = Record<string, unknown>;
type Tables = Record<string, unknown[]>;
type RowMigration = Record<string, (row: Row) => Row>;

const isRow = (row: unknown): row is Row => typeof row === 'object' && row !== null && !Array.isArray(row);

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

/** Changes that move rows between tables, keyed by the version that made them (after its row changes). */
const tableMigrations: Record<number, (tables: Tables, now: number) => Tables> = {
  // Version 6 (lib/db/upgrades/v6-drafts-apart.ts): one drafts table, apart from the notes.
  6: (tables, now) => {
    const { drafts, noteDraftIds } = draftsApart(tables);
    const drop = new Set(noteDraftIds);
    const next: Tables = { ...tables, drafts, notes: (tables.notes ?? []).filter((n) => !(isRow(n) && drop.has(String(n.id)))) };
    delete next.formDrafts;
    if (next.packs) next.packs = next.packs.map((p) => (isRow(p) ? partnerPackSource(p) : p));
    for (const table of CLOCKED_TABLES) {
      const rows = next[table];
      if (rows) next[table] = rows.map((row) => (isRow(row) ? clampClocks(row, now) : row));
    }
    return next;
  },
};

/** Brings the tables of a backup written by database version `from` up to version `to` (unchanged when nothing applies). */
export function migrateTables(tables: Readonly<Tables>, from: number, to: number, now = Date.now()): Tables {
  let current: Tables = { ...tables };
  for (let v = from + 1; v <= to; v++) {
    const steps = rowMigrations[v] ?? {};
    for (const [table, step] of Object.entries(steps)) {
      const rows = current[table];
      if (rows) current[table] = rows.map((row) => (isRow(row) ? step(row) : row));
    }
    current = tableMigrations[v]?.(current, now) ?? current;
  }
  return current;
}
