import type { TandemDb } from '../db/db';
import { applyPackImport, previewPackImport, type ImportPreview, type PackProblem } from './import-pack';

/** What became of the policy's pack; `rejected` lists tips left out (each with its reason), so a coordinator's typo is not silent. */
export type ManagedPackResult =
  | { status: 'none' }
  | { status: 'current'; rejected: ImportPreview['rejected'] }
  | { status: 'imported'; written: number; rejected: ImportPreview['rejected'] }
  | { status: 'refused'; problem: PackProblem };

/** The policy keys that can carry a programme's pack. */
export const MANAGED_PACK_KEYS = ['starterPackJson', 'starterPack'] as const;

/**
 * The programme's pack from enterprise policy: `starterPackJson` (the pack file's text, one
 * string — what a Windows registry value or an admin console field holds, and untouched by the
 * browser's policy schema check) or else `starterPack` (the same pack as a JSON object).
 */
export function managedPackFrom(policy: Record<string, unknown>): unknown {
  return typeof policy.starterPackJson === 'string' && policy.starterPackJson.trim() !== '' ? policy.starterPackJson : policy.starterPack;
}

/** The pack's name as the policy gives it, for showing what a programme set up (never throws). */
export function managedPackName(raw: unknown): string | undefined {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  const name = (value as { pack?: { name?: unknown } } | null | undefined)?.pack?.name;
  return typeof name === 'string' ? name.slice(0, 100) : undefined;
}

/**
 * Installs the tip pack a programme coordinator put in enterprise policy (see `managedPackFrom`):
 * validated exactly like a pack file the user imports, written all or nothing, and left alone
 * when nothing in it changed.
 */
export async function installManagedPack(db: TandemDb, raw: unknown): Promise<ManagedPackResult> {
  if (raw === undefined || raw === null) return { status: 'none' };
  const result = await previewPackImport(db, typeof raw === 'string' ? raw : JSON.stringify(raw));
  if (!result.ok) return { status: 'refused', problem: result.problem };
  const { counts, rejected } = result.preview;
  const changesTools = result.preview.tools.some((p) => p.action === 'new' || p.action === 'update');
  if (counts.new + counts.updated + counts.removed === 0 && !result.preview.rules.some((r) => r.action === 'install') && !changesTools) return { status: 'current', rejected };
  const written = await applyPackImport(db, result.preview);
  return { status: 'imported', written: written.new + written.updated + written.removed, rejected };
}
