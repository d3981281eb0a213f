import type { TandemDb } from '../db/db';
import { applyPackImport, previewPackImport, type PackProblem } from './import-pack';

export type ManagedPackResult = { status: 'none' } | { status: 'current' } | { status: 'imported'; written: number } | { status: 'refused'; problem: PackProblem };

/**
 * Installs the tip pack a programme coordinator put in enterprise policy (`storage.managed`
 * `starterPack`): validated exactly like a pack file the user imports, written all or nothing,
 * and left alone when nothing in it changed.
 */
export async function installManagedPack(db: TandemDb, raw: unknown): Promise<ManagedPackResult> {
  if (raw === undefined || raw === null) return { status: 'none' };
  const result = await previewPackImport(db, JSON.stringify(raw));
  if (!result.ok) return { status: 'refused', problem: result.problem };
  const { counts } = result.preview;
  if (counts.new + counts.updated + counts.removed === 0) return { status: 'current' };
  const written = await applyPackImport(db, result.preview);
  return { status: 'imported', written: written.new + written.updated + written.removed };
}
