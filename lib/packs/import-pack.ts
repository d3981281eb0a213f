import type { TandemDb } from '../db/db';
import { toIssueInfo, type IssueInfo } from '../i18n/issues';
import { isCustomToolId } from '../contexts/types';
import type { Pack } from '../schemas/pack';
import { tipSchema, type Tip } from '../schemas/tip';
import { LOCAL_PACK_ID } from '../authoring/local-pack';
import { STARTER_PACK_ID } from './starter-pack';
import { migratePackFile } from './migrations';
import { planRules, installRules, type RulesPlan } from '../rules/install';
import type { RulesProblem } from '../schemas/rules';
import { planTaughtTools, splitRuleSets, writeTaughtTools, type TaughtToolPlan } from '../tools/pack-tools';
import { publishTaughtTools } from '../tools/tool-store';
import { MAX_PACK_BYTES, MAX_PACK_TIPS, PACK_FORMAT, PACK_SCHEMA_VERSION, packFileSchema, type FilePack } from './pack-file';

/** Why a whole file was refused; nothing is written. */
export type PackProblem =
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'notJson' }
  | { code: 'notAPack' }
  | { code: 'tooNew'; version: number }
  | { code: 'badVersion' }
  | { code: 'tooManyTips'; max: number }
  | { code: 'invalid'; issue: IssueInfo }
  | { code: 'reservedId' }
  | { code: 'ownPack' }
  | { code: 'rules'; problem: RulesProblem }
  /** The pack teaches a tool that another pack (or the mentor here) already taught. */
  | { code: 'toolOfOtherPack'; name: string };

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

export type PreviewResult = { ok: true; preview: ImportPreview } | { ok: false; problem: PackProblem };

/** The byte size of a string as UTF-8. */
function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function titleOf(raw: unknown): string {
  const title = typeof raw === 'object' && raw !== null ? (raw as { title?: unknown }).title : undefined;
  return typeof title === 'string' ? title.slice(0, 80) : '';
}

/** Reads a file's text into the current format's envelope, migrating older versions. */
export function parsePackText(text: string): { ok: true; file: { pack: FilePack; tips: unknown[]; rules?: unknown[]; schemaVersion: number } } | { ok: false; problem: PackProblem } {
  if (text.length > MAX_PACK_BYTES || byteLength(text) > MAX_PACK_BYTES) return { ok: false, problem: { code: 'tooLarge', maxBytes: MAX_PACK_BYTES } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== PACK_FORMAT) {
    return { ok: false, problem: { code: 'notAPack' } };
  }
  const raw = json as Record<string, unknown>;
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: { code: 'badVersion' } };
  if (version > PACK_SCHEMA_VERSION) return { ok: false, problem: { code: 'tooNew', version } };
  if (Array.isArray(raw.tips) && raw.tips.length > MAX_PACK_TIPS) return { ok: false, problem: { code: 'tooManyTips', max: MAX_PACK_TIPS } };
  const current = version < PACK_SCHEMA_VERSION ? migratePackFile(raw, version, PACK_SCHEMA_VERSION) : raw;
  const parsed = packFileSchema.safeParse(current);
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', issue: toIssueInfo(parsed.error.issues[0]!) } };
  return { ok: true, file: { pack: parsed.data.pack, tips: parsed.data.tips, rules: parsed.data.rules, schemaVersion: version } };
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

/** Validates each tip and compares it with the database; reads only. */
async function buildPreview(db: TandemDb, pack: FilePack, rawTips: unknown[], schemaVersion: number, rules: RulesPlan[], tools: TaughtToolPlan[]): Promise<ImportPreview> {
  const rejected: ImportPreview['rejected'] = [];
  const valid: { index: number; tip: Tip }[] = [];
  const seen = new Set<string>();
  const taught = new Set<string>(tools.map((p) => p.rules.tool));
  rawTips.forEach((raw, index) => {
    const withPack = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...(raw as object), packId: pack.id } : raw;
    const parsed = tipSchema.safeParse(withPack);
    if (!parsed.success) {
      rejected.push({ index, title: titleOf(raw), reason: { code: 'invalid', issue: toIssueInfo(parsed.error.issues[0]!) } });
      return;
    }
    const tip = parsed.data;
    const foreign = tip.contexts.find((c) => !c.startsWith(`${tip.tool}.`));
    if (foreign) rejected.push({ index, title: tip.title, reason: { code: 'wrongTool', context: foreign } });
    else if (isCustomToolId(tip.tool) && !taught.has(tip.tool)) rejected.push({ index, title: tip.title, reason: { code: 'untaughtTool' } });
    else if (seen.has(tip.id)) rejected.push({ index, title: tip.title, reason: { code: 'duplicate' } });
    else valid.push({ index, tip });
    seen.add(tip.id);
  });
  const stored = await db.tips.bulkGet(valid.map((v) => v.tip.id));
  const entries: ImportPreview['entries'] = [];
  valid.forEach(({ index, tip }, i) => {
    const here = stored[i];
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
 * Reads a pack file and shows what importing it would do (new, updated, removed, unchanged,
 * rejected with reasons) without writing anything. Never throws on bad input.
 */
export async function previewPackImport(db: TandemDb, text: string): Promise<PreviewResult> {
  const parsed = parsePackText(text);
  if (!parsed.ok) return parsed;
  const { pack, tips, schemaVersion } = parsed.file;
  if (pack.id === LOCAL_PACK_ID || pack.id === STARTER_PACK_ID) return { ok: false, problem: { code: 'reservedId' } };
  const local = await db.packs.get(LOCAL_PACK_ID);
  if (local?.shareId === pack.id) return { ok: false, problem: { code: 'ownPack' } };
  // A bad rule set refuses the whole pack: nothing of it is written. Taught tools are checked on their own.
  const { updates, taught } = splitRuleSets(parsed.file.rules);
  const rules = await planRules(updates);
  if (!rules.ok) return { ok: false, problem: { code: 'rules', problem: rules.problem } };
  const tools = await planTaughtTools(db, taught, pack.id);
  if (!tools.ok) return { ok: false, problem: tools.problem };
  return { ok: true, preview: await buildPreview(db, pack, tips, schemaVersion, rules.plans, tools.plans) };
}

/**
 * Writes a previewed import in one transaction: the pack record and every new, updated and
 * removed tip, or nothing at all. Classifies again inside the transaction, so a change made
 * since the preview is never overwritten by an older tip. Returns what was written.
 */
export async function applyPackImport(db: TandemDb, preview: ImportPreview, now = Date.now()): Promise<ImportPreview['counts'] & { rules: number; tools: number }> {
  return db.transaction('rw', db.tips, db.packs, db.tools, async () => {
    const fresh = await buildPreview(db, preview.pack, preview.entries.map((e) => e.tip), preview.schemaVersion, preview.rules, preview.tools);
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
  }).then(async (counts) => {
    // Rules live in storage.local (content scripts cannot read the database); written once the tips are in.
    const rules = await installRules(preview.rules, 'pack', preview.pack.id, now);
    if (counts.tools > 0) await publishTaughtTools(db);
    return { ...counts, rules };
  });
}

/**
 * Removes an imported pack, its tips and the tools it taught in one transaction. The mentee's
 * notes and progress history stay (they keep the tip ids they refer to). The browser's access to
 * the tools' sites is the caller's to give back (inside the person's click).
 */
export async function removePack(db: TandemDb, packId: string): Promise<number> {
  const removed = await db.transaction('rw', db.tips, db.packs, db.tools, async () => {
    const pack = await db.packs.get(packId);
    if (!pack || pack.source !== 'imported') throw new Error(`Only imported packs can be removed (${packId}).`);
    const tips = await db.tips.where('packId').equals(packId).delete();
    const tools = await db.tools.where('packId').equals(packId).delete();
    await db.packs.delete(packId);
    return { tips, tools };
  });
  if (removed.tools > 0) await publishTaughtTools(db);
  return removed.tips;
}
