import type { Transaction } from 'dexie';
import { CLOCK_SKEW_MS } from '../../time/clock';

type Row = Record<string, unknown>;

/** The key the quick-add note's draft has from version 6 on (see lib/notes/note-draft.ts). */
export const QUICK_ADD_KEY = 'note:quick-add';

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 6 keeps every draft in one table, apart from the finished records: tip drafts (the
 * old `drafts` rows) and form drafts (`formDrafts`) become `{ id: '<kind>:<id>', value,
 * updatedAt }`, and the quick-add note — until now a row of `notes` marked `draftedAt`, which
 * every reader of notes had to remember to skip — moves out of `notes`. The newest live one is
 * kept; older and discarded ones go. Pure, so a backup of an older version gets the same change.
 */
export function draftsApart(tables: { drafts?: unknown[]; formDrafts?: unknown[]; notes?: unknown[] }): { drafts: Row[]; noteDraftIds: string[] } {
  const drafts: Row[] = [];
  for (const row of tables.drafts ?? []) {
    // A row already in the new shape (a backup written by version 6 and read again) stays.
    if (isRow(row) && 'value' in row) drafts.push(row);
    else if (isRow(row)) drafts.push({ id: `tip:${String(row.id)}`, value: row, updatedAt: row.updatedAt });
  }
  for (const row of tables.formDrafts ?? []) if (isRow(row)) drafts.push({ id: `form:${String(row.id)}`, value: row.value, updatedAt: row.updatedAt });
  const noteDrafts = (tables.notes ?? []).filter((n): n is Row => isRow(n) && typeof n.draftedAt === 'number');
  const newest = noteDrafts
    .filter((n) => n.deletedAt === undefined)
    .sort((a, b) => Number(b.draftedAt) - Number(a.draftedAt) || Number(b.updatedAt) - Number(a.updatedAt))[0];
  if (newest) {
    const value: Row = { ...newest };
    delete value.draftedAt;
    drafts.push({ id: QUICK_ADD_KEY, value, updatedAt: newest.updatedAt });
  }
  return { drafts, noteDraftIds: noteDrafts.map((n) => String(n.id)) };
}

/** Version 6 tells the partner's pack apart from packs imported from files (a file may not update it). */
export function partnerPackSource(pack: Row): Row {
  return pack.id === 'partner' && pack.source === 'imported' ? { ...pack, source: 'partner' } : pack;
}

const CLOCKS = ['createdAt', 'updatedAt', 'deletedAt', 'heldAt', 'loggedAt', 'resolvedAt'] as const;

/**
 * Times more than a day past `now` (a partner's clock set years ahead, before such files were
 * refused) come back to `now`: otherwise nothing newer could ever win the merge.
 */
export function clampClocks(row: Row, now: number): Row {
  let out = row;
  for (const field of CLOCKS) {
    const at = row[field];
    if (typeof at === 'number' && at > now + CLOCK_SKEW_MS) out = { ...out, [field]: now };
  }
  return out;
}

/** Tables whose records carry record clocks that travel between partners. */
export const CLOCKED_TABLES = ['tips', 'notes', 'goals', 'meetings', 'tandem', 'partnerProgress', 'packs'] as const;

/** The version 6 upgrade of a database, in the upgrade transaction. */
export async function upgradeToV6(tx: Transaction, now: number): Promise<void> {
  const [tipDrafts, formDrafts, notes] = await Promise.all([tx.table('drafts').toArray(), tx.table('formDrafts').toArray(), tx.table('notes').toArray()]);
  const { drafts, noteDraftIds } = draftsApart({ drafts: tipDrafts, formDrafts, notes });
  await tx.table('drafts').clear();
  await tx.table('drafts').bulkPut(drafts);
  await tx.table('notes').bulkDelete(noteDraftIds);
  await tx.table('packs').toCollection().modify((pack: Row, ref: { value: Row }) => {
    ref.value = partnerPackSource(pack);
  });
  for (const table of CLOCKED_TABLES) {
    await tx.table(table).toCollection().modify((row: Row, ref: { value: Row }) => {
      const clamped = clampClocks(row, now);
      if (clamped !== row) ref.value = clamped;
    });
  }
}
