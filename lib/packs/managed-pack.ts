import type { TandemDb } from '../db/db';
import { canonicalJson } from '../exchange/hash';
import { FileError } from '../files/file-error';
import type { Pack } from '../schemas/pack';
import type { Tip } from '../schemas/tip';
import { checkTips, parsePackText, planPackRules, RESERVED_PACK_IDS, type ImportPreview, type PackText } from './import-pack';
import { installRules, type RulesPlan } from '../rules/install';

/** What became of the policy's pack; `rejected` lists tips left out (each with its reason), so a coordinator's typo is not silent. */
export type ManagedPackResult =
  | { status: 'none' }
  | { status: 'current'; rejected: ImportPreview['rejected'] }
  | { status: 'imported'; written: number; rejected: ImportPreview['rejected'] }
  | { status: 'refused'; problem: FileError };

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

/** The policy value as a pack file's text (an object is turned back into the file it came from). */
function policyText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  try {
    return JSON.stringify(raw);
  } catch {
    // Nested too deep (or a cycle): no pack file looks like that.
    throw new FileError('pack', 'tooDeep');
  }
}

/** Packs the programme's pack may take tips over from: only packs from files (never the built-in tips, mine or my partner's). */
const TAKEABLE: readonly Pack['source'][] = ['imported', 'policy'];

/** Writes the policy's pack exactly as the policy has it; returns how many tips changed (0: it was already so). */
async function enforce(db: TandemDb, file: PackText, tips: Tip[]): Promise<{ changed: boolean; written: number; rejected: ImportPreview['rejected'] }> {
  return db.transaction('rw', db.tips, db.packs, async () => {
    const { pack } = file;
    const [stored, here, packs] = await Promise.all([db.tips.bulkGet(tips.map((t) => t.id)), db.tips.where('packId').equals(pack.id).toArray(), db.packs.toArray()]);
    const sources = new Map(packs.map((p) => [p.id, p.source]));
    const rejected: ImportPreview['rejected'] = [];
    const writes = tips.filter((tip, i) => {
      const current = stored[i];
      if (current && current.packId !== pack.id && !TAKEABLE.includes(sources.get(current.packId) ?? 'builtin')) {
        rejected.push({ index: i, title: tip.title, reason: { code: 'otherPack' } });
        return false;
      }
      return !current || canonicalJson(current) !== canonicalJson(tip);
    });
    const wanted = new Set(tips.map((t) => t.id));
    // Tips under the programme's pack id that the policy does not have were put there by someone else.
    const strays = here.filter((t) => !wanted.has(t.id)).map((t) => t.id);
    const record: Pack = { ...file.pack, source: 'policy' };
    const storedPack = packs.find((p) => p.id === pack.id);
    const packChanged = !storedPack || canonicalJson(storedPack) !== canonicalJson(record);
    if (writes.length > 0) await db.tips.bulkPut(writes);
    if (strays.length > 0) await db.tips.bulkDelete(strays);
    if (packChanged) await db.packs.put(record);
    const written = writes.length + strays.length;
    return { changed: written > 0 || packChanged, written, rejected };
  });
}

/**
 * Installs the tip pack a programme coordinator put in enterprise policy (see `managedPackFrom`):
 * validated like a pack file the user imports, but authoritative — the stored pack is compared
 * by content with the policy's, and whatever differs (a tip retitled by a file that claimed the
 * pack's id, a tip added under it) is put back as the policy has it, all in one transaction.
 */
export async function installManagedPack(db: TandemDb, raw: unknown, now = Date.now()): Promise<ManagedPackResult> {
  if (raw === undefined || raw === null) return { status: 'none' };
  let file: PackText;
  let rules: RulesPlan[];
  try {
    file = parsePackText(policyText(raw), now);
    if (RESERVED_PACK_IDS.includes(file.pack.id)) throw new FileError('pack', 'protectedPack');
    rules = await planPackRules(file.rules);
  } catch (error) {
    if (error instanceof FileError) return { status: 'refused', problem: error };
    throw error;
  }
  const { valid, rejected } = checkTips(file.pack.id, file.tips, now);
  const result = await enforce(db, file, valid.map((v) => v.tip));
  const installed = await installRules(rules, 'pack', file.pack.id, now);
  const all = [...rejected, ...result.rejected.map((r) => ({ ...r, index: valid[r.index]?.index ?? r.index }))].sort((a, b) => a.index - b.index);
  return result.changed || installed > 0 ? { status: 'imported', written: result.written, rejected: all } : { status: 'current', rejected: all };
}
