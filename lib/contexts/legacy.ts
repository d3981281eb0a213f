import type { ContextId } from './types';

/** Context ids that were split in two: tips bound to the old id belong to both new places. */
export const splitContexts: Readonly<Record<string, readonly ContextId[]>> = {
  // Viewing and editing a dashboard were one place until viewers were told to edit.
  'tableau.dashboard': ['tableau.dashboard.view', 'tableau.dashboard.edit'],
};

/** The ids with every split id replaced by its successors, without duplicates, in order. */
export function expandLegacyContexts<T extends string>(ids: readonly T[]): T[] {
  const out: T[] = [];
  for (const id of ids) for (const next of (splitContexts[id] ?? [id]) as readonly T[]) if (!out.includes(next)) out.push(next);
  return out;
}

/** One id for a place a tip's "done" points at: the first successor of a split id. */
export function currentContextId<T extends string>(id: T): T {
  return (splitContexts[id]?.[0] ?? id) as T;
}
