import type { RuleSet } from '../contexts/rule-format';
import { isCustomToolId, type CustomToolId } from '../contexts/types';
import type { TandemDb } from '../db/db';
import { checkRuleSet, type RulesProblem } from '../schemas/rules';
import type { Tip } from '../schemas/tip';
import { hostsOf, type CustomTool } from './custom-tool';

/** At most this many taught tools in one pack (each is checked and may ask for up to 4 sites). */
export const MAX_TAUGHT_TOOLS = 8;

/** What a taught tool in a pack would do here. */
export interface TaughtToolPlan {
  rules: RuleSet;
  action: 'new' | 'update' | 'current' | 'older';
  /** The version here now, for an update or an older copy. */
  current?: number;
}

export type TaughtToolsPlanResult = { ok: true; plans: TaughtToolPlan[] } | { ok: false; problem: RulesProblem };

/** Does this raw rule set (unchecked) say it is a taught tool's? */
function isTaughtRaw(raw: unknown): boolean {
  const tool = typeof raw === 'object' && raw !== null ? (raw as { tool?: unknown }).tool : undefined;
  return typeof tool === 'string' && isCustomToolId(tool);
}

/**
 * Splits a pack's `rules` into updates of the built-in tools (checked by `planRules`) and taught
 * tools (checked here); anything that is not a list is left for `planRules` to refuse.
 */
export function splitRuleSets(raw: unknown): { updates: unknown; taught: unknown[] } {
  if (!Array.isArray(raw)) return { updates: raw, taught: [] };
  const taught = raw.filter(isTaughtRaw);
  const updates = raw.filter((r) => !isTaughtRaw(r));
  return { updates: updates.length > 0 ? updates : undefined, taught };
}

/**
 * Checks a pack's taught tools exactly as any rule set (limits, patterns that cannot run away, no
 * built-in tool's site, conditions only on declared sites) and says what importing each would do.
 * A tool that another pack or my own teaching brought is never replaced by this one. Reads only.
 */
export async function planTaughtTools(db: TandemDb, raw: readonly unknown[], packId: string): Promise<TaughtToolsPlanResult> {
  if (raw.length > MAX_TAUGHT_TOOLS) return { ok: false, problem: { code: 'notRules' } };
  const plans: TaughtToolPlan[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const checked = checkRuleSet(item, () => []);
    if (!checked.ok) return { ok: false, problem: checked.problem };
    const { rules } = checked;
    if (seen.has(rules.tool)) return { ok: false, problem: { code: 'notRules' } };
    seen.add(rules.tool);
    const here = await db.tools.get(rules.tool as CustomToolId);
    if (here && here.packId !== packId) return { ok: false, problem: { code: 'toolOfOtherPack', name: rules.name ?? rules.tool } };
    const action = !here ? 'new' : rules.version > here.rules.version ? 'update' : rules.version === here.rules.version ? 'current' : 'older';
    plans.push({ rules, action, ...(here ? { current: here.rules.version } : {}) });
  }
  return { ok: true, plans };
}

/**
 * Writes a pack's new and newer taught tools (call inside the import's transaction, with `tools`
 * in its scope). A new tool is allowed nowhere: the person allows each site themselves. An update
 * keeps the sites already allowed that it still declares.
 */
export async function writeTaughtTools(db: TandemDb, plans: readonly TaughtToolPlan[], packId: string, now: number): Promise<number> {
  let written = 0;
  for (const plan of plans) {
    if (plan.action !== 'new' && plan.action !== 'update') continue;
    const id = plan.rules.tool as CustomToolId;
    const here = await db.tools.get(id);
    if (here && here.packId !== packId) throw new Error(`The tool ${id} belongs to another pack now; nothing was imported.`);
    const allowed = (here?.allowed ?? []).filter((h) => hostsOf(plan).includes(h));
    await db.tools.put({ id, packId, rules: plan.rules, allowed, createdAt: here?.createdAt ?? now, updatedAt: now });
    written++;
  }
  return written;
}

/** A pack's taught tools and the sites the person allowed them on (what removing it could give back). */
export async function taughtToolsOfPack(db: TandemDb, packId: string): Promise<CustomTool[]> {
  return db.tools.where('packId').equals(packId).toArray();
}

/** Tips waiting for a tool not allowed yet: the pack's tips for its tools allowed on no site, oldest first. */
export async function tipsWaitingForAccess(db: TandemDb, packId: string): Promise<Tip[]> {
  const waiting = (await taughtToolsOfPack(db, packId)).filter((t) => t.allowed.length === 0).map((t) => t.id as string);
  if (waiting.length === 0) return [];
  const tips = await db.tips
    .where('packId')
    .equals(packId)
    .filter((tip) => tip.deletedAt === undefined && waiting.includes(tip.tool))
    .toArray();
  return tips.sort((a, b) => a.createdAt - b.createdAt);
}
