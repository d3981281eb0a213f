import type { TandemDb } from '../db/db';
import { migrateUp, parseOrRefuse, readEnvelope, type MigrationStep } from '../files/envelope';
import { FileError } from '../files/file-error';
import { stripInvisibleDeep } from '../files/invisible';
import { firstIssue, type IssueInfo } from '../i18n/issues';
import type { Pack } from '../schemas/pack';
import { tipSchema, type Tip } from '../schemas/tip';
import { findFutureClock } from '../time/clock';
import { LOCAL_PACK_ID, PARTNER_PACK_ID } from './pack-ids';
import { STARTER_PACK_ID } from './starter-pack';
import { migrations } from './migrations';
import { PACK_SCHEMA_VERSION, packEnvelope, packFileSchema, type FilePack } from './pack-file';
import { installRules, planRules, removeRulesFrom, type RulesPlan } from '../rules/install';
import { isCustomToolId } from '../contexts/types';
import { planTaughtTools, splitRuleSets, writeTaughtTools, type TaughtToolPlan } from '../tools/pack-tools';
import { publishTaughtTools } from '../tools/tool-store';

/** Why one tip of a file was left out. */
export type RejectReason =
  | { code: 'invalid'; issue: IssueInfo }
  | { code: 'duplicate' }
  | { code: 'otherPack' }
  | { code: 'wrongTool'; context: string }
  /** A tip for a taught tool the pack does not teach: it could never show. */
  | { code: 'untaughtTool' };

export type EntryKind = 'new' | 'updated' | 'removed' | 'unchanged';

export interface ImportPreview {
  pack: FilePack;
  schemaVersion: number;
  entries: { kind: EntryKind; tip: Tip }[];
  rejected: { index: number; title: string; reason: RejectReason }[];
  counts: Record<EntryKind | 'rejected', number>;
  /** The pack's context rule sets and what installing each would do. */
  rules: RulesPlan[];
  /** The tools a mentor taught that the pack brings (with the sites each asks for). */
  tools: TaughtToolPlan[];
}

/** A pack file read and checked as far as the file goes; its tips are judged one by one afterwards. */
export interface PackText {
  pack: FilePack;
  tips: unknown[];
  /** The pack's context rule sets as the file has them; `planRules` checks them. */
  rules?: unknown[];
  schemaVersion: number;
}

/** Pack ids a file can never claim: they are the built-in tips, mine and my partner's. */
export const RESERVED_PACK_IDS: readonly string[] = [STARTER_PACK_ID, LOCAL_PACK_ID, PARTNER_PACK_ID];

/** The migration chain as the file reader's steps; a step that cannot read its version refuses the file. */
const packSteps: Record<number, MigrationStep> = Object.fromEntries(
  migrations.map((m) => [
    m.from,
    (file: Record<string, unknown>) => {
      const next = m.migrate(file);
      if (!next) throw new FileError('pack', 'badVersion');
      return next;
    },
  ]),
);

function titleOf(raw: unknown): string {
  const title = typeof raw === 'object' && raw !== null ? Object.getOwnPropertyDescriptor(raw, 'title')?.value : undefined;
  return typeof title === 'string' ? title.slice(0, 80) : '';
}

/**
 * Reads a pack file's text (size, JSON, format, version — see `lib/files/envelope.ts`), migrates
 * older versions and checks the envelope and the pack; refuses a pack stamped in the future.
 * Throws a FileError naming the problem.
 */
export function parsePackText(text: string, now = Date.now()): PackText {
  const { file, version } = readEnvelope(text, packEnvelope);
  const parsed = parseOrRefuse('pack', packFileSchema, migrateUp('pack', stripInvisibleDeep(file), version, PACK_SCHEMA_VERSION, packSteps));
  const future = findFutureClock({ exportedAt: parsed.exportedAt, ...parsed.pack }, now);
  if (future) throw new FileError('pack', 'invalid', { issue: { path: future[0] === 'exportedAt' ? future : ['pack', ...future], code: 'custom', reason: 'future' } });
  return { pack: parsed.pack, tips: parsed.tips, rules: parsed.rules, schemaVersion: version };
}

/** Same content, ignoring when it was stored. */
function sameTip(a: Tip, b: Tip): boolean {
  return JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 }) && a.updatedAt === b.updatedAt;
}

/** How an incoming tip relates to what is stored: newest `updatedAt` wins, ties keep what is here. */
function classify(incoming: Tip, stored: Tip | undefined): EntryKind {
  if (!stored) return incoming.deletedAt !== undefined ? 'unchanged' : 'new';
  if (sameTip(incoming, stored) || incoming.updatedAt <= stored.updatedAt) return 'unchanged';
  return incoming.deletedAt !== undefined && stored.deletedAt === undefined ? 'removed' : 'updated';
}

/**
 * Checks each tip of a file on its own: the tip schema (under the file's pack id), its pages
 * belonging to its tool, no id twice, and no time from the future. Reads nothing.
 */
export function checkTips(
  packId: string,
  rawTips: readonly unknown[],
  now: number,
  taught?: ReadonlySet<string>,
): { valid: { index: number; tip: Tip }[]; rejected: ImportPreview['rejected'] } {
  const rejected: ImportPreview['rejected'] = [];
  const valid: { index: number; tip: Tip }[] = [];
  const seen = new Set<string>();
  rawTips.forEach((raw, index) => {
    const withPack = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...raw, packId } : raw;
    const parsed = tipSchema.safeParse(withPack);
    if (!parsed.success) {
      rejected.push({ index, title: titleOf(raw), reason: { code: 'invalid', issue: firstIssue(parsed.error) } });
      return;
    }
    const tip = parsed.data;
    const foreign = tip.contexts.find((c) => !c.startsWith(`${tip.tool}.`));
    const future = findFutureClock(tip, now);
    if (future) rejected.push({ index, title: tip.title, reason: { code: 'invalid', issue: { path: future, code: 'custom', reason: 'future' } } });
    else if (foreign) rejected.push({ index, title: tip.title, reason: { code: 'wrongTool', context: foreign } });
    else if (taught && isCustomToolId(tip.tool) && !taught.has(tip.tool)) rejected.push({ index, title: tip.title, reason: { code: 'untaughtTool' } });
    else if (seen.has(tip.id)) rejected.push({ index, title: tip.title, reason: { code: 'duplicate' } });
    else valid.push({ index, tip });
    seen.add(tip.id);
  });
  return { valid, rejected };
}

/** Validates each tip and compares it with the database; reads only. */
async function buildPreview(db: TandemDb, pack: FilePack, rawTips: unknown[], schemaVersion: number, rules: RulesPlan[], tools: TaughtToolPlan[], now: number): Promise<ImportPreview> {
  const { valid, rejected } = checkTips(pack.id, rawTips, now, new Set(tools.map((p) => p.rules.tool)));
  return compareWithStored(db, pack, valid, rejected, schemaVersion, rules, tools);
}

/** Classifies checked tips against what is stored; reads only. */
async function compareWithStored(
  db: TandemDb,
  pack: FilePack,
  valid: { index: number; tip: Tip }[],
  rejected: ImportPreview['rejected'],
  schemaVersion: number,
  rules: RulesPlan[],
  tools: TaughtToolPlan[],
): Promise<ImportPreview> {
  // One key-range cursor (most of a new pack's ids are not stored; a cursor skips them, a get per id would not).
  const ids = valid.map((v) => v.tip.id);
  const stored = new Map((ids.length === 0 ? [] : await db.tips.where(':id').anyOf(ids).toArray()).map((t) => [t.id, t]));
  const entries: ImportPreview['entries'] = [];
  valid.forEach(({ index, tip }) => {
    const here = stored.get(tip.id);
    // Never let a pack overwrite the starter pack's, my own or another pack's tips.
    if (here && here.packId !== pack.id) rejected.push({ index, title: tip.title, reason: { code: 'otherPack' } });
    else entries.push({ kind: classify(tip, here), tip });
  });
  rejected.sort((a, b) => a.index - b.index);
  const counts = { new: 0, updated: 0, removed: 0, unchanged: 0, rejected: rejected.length };
  for (const e of entries) counts[e.kind]++;
  return { pack, schemaVersion, entries, rejected, counts, rules, tools };
}

/**
 * May a pack file update this pack? Only a pack that came from a file: never the built-in tips,
 * mine, my partner's (they come through exchange files) or my programme's (policy) — a pack's
 * id is no credential.
 */
async function refuseProtected(db: TandemDb, pack: FilePack): Promise<void> {
  if (RESERVED_PACK_IDS.includes(pack.id)) throw new FileError('pack', 'protectedPack');
  const [stored, local] = await Promise.all([db.packs.get(pack.id), db.packs.get(LOCAL_PACK_ID)]);
  if (local?.shareId === pack.id) throw new FileError('pack', 'ownPack');
  if (stored && stored.source !== 'imported') throw new FileError('pack', 'protectedPack');
}

/**
 * Reads a pack file and shows what importing it would do (new, updated, removed, unchanged,
 * rejected with reasons) without writing anything. Throws a FileError for a file that cannot be
 * imported at all.
 */
export async function previewPackImport(db: TandemDb, text: string, now = Date.now()): Promise<ImportPreview> {
  const { pack, tips, rules, schemaVersion } = parsePackText(text, now);
  await refuseProtected(db, pack);
  // Updates of the built-in tools and taught tools are checked each their own way; one bad set refuses the pack.
  const { updates, taught } = splitRuleSets(rules);
  const plans = await planPackRules(updates as unknown[] | undefined);
  const tools = await planTaughtTools(db, taught, pack.id);
  if (!tools.ok) throw new FileError('pack', 'rules', { rulesProblem: tools.problem });
  return buildPreview(db, pack, tips, schemaVersion, plans, tools.plans, now);
}

/** What the pack's rule sets would do; a bad rule set refuses the whole pack (nothing of it is written). */
export async function planPackRules(rules: unknown[] | undefined): Promise<RulesPlan[]> {
  const planned = await planRules(rules);
  if (!planned.ok) throw new FileError('pack', 'rules', { rulesProblem: planned.problem });
  return planned.plans;
}

/**
 * Writes a previewed import in one transaction: the pack record and every new, updated and
 * removed tip, or nothing at all. Classifies again inside the transaction, so a change made
 * since the preview is never overwritten by an older tip. Returns what was written.
 */
export async function applyPackImport(db: TandemDb, preview: ImportPreview, now = Date.now()): Promise<ImportPreview['counts'] & { rules: number; tools: number }> {
  const counts = await db.transaction('rw', db.tips, db.packs, db.tools, async () => {
    await refuseProtected(db, preview.pack);
    // The preview's tips were checked with the schema already; only the stored side can have moved.
    const fresh = await compareWithStored(db, preview.pack, preview.entries.map((e, index) => ({ index, tip: e.tip })), [], preview.schemaVersion, preview.rules, preview.tools);
    if (fresh.counts.rejected > 0) throw new Error('The stored tips changed since the preview; nothing was imported.');
    const writes = fresh.entries.filter((e) => e.kind !== 'unchanged').map((e) => e.tip);
    await db.tips.bulkPut(writes);
    const stored = await db.packs.get(preview.pack.id);
    const record: Pack = {
      ...preview.pack,
      source: 'imported',
      version: Math.max(preview.pack.version, stored?.version ?? 0),
      updatedAt: writes.length > 0 || !stored ? now : stored.updatedAt,
    };
    await db.packs.put(record);
    const tools = await writeTaughtTools(db, preview.tools, preview.pack.id, now);
    return { ...fresh.counts, rejected: preview.counts.rejected, tools };
  });
  // Rules live in storage.local (content scripts cannot read the database); written once the tips are in.
  const rules = await installRules(preview.rules, 'pack', preview.pack.id, now);
  if (counts.tools > 0) await publishTaughtTools(db);
  return { ...counts, rules };
}

/** Packs a person may remove: those from a file and the partner's tips (a programme's come back by policy). */
export const REMOVABLE_SOURCES: readonly Pack['source'][] = ['imported', 'partner'];

/**
 * Removes an imported pack, its tips and the tools it taught in one transaction, then the page
 * rules it brought. The mentee's notes and progress history stay (they keep the tip ids they refer
 * to). The browser's access to the tools' sites is the caller's to give back (inside the person's click).
 */
export async function removePack(db: TandemDb, packId: string): Promise<number> {
  const removed = await db.transaction('rw', db.tips, db.packs, db.tools, async () => {
    const pack = await db.packs.get(packId);
    if (!pack || !REMOVABLE_SOURCES.includes(pack.source)) throw new Error(`Only imported packs can be removed (${packId}).`);
    const tips = await db.tips.where('packId').equals(packId).delete();
    const tools = await db.tools.where('packId').equals(packId).delete();
    await db.packs.delete(packId);
    return { tips, tools };
  });
  if (removed.tools > 0) await publishTaughtTools(db);
  await removeRulesFrom('pack', packId);
  return removed.tips;
}
