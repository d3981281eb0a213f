import { browser } from 'wxt/browser';
import type { ConditionData, ContextRuleData, RuleSet } from '../contexts/rule-format';
import type { ContextId, CustomToolId } from '../contexts/types';
import type { TandemDb } from '../db/db';
import { LOCAL_PACK_ID } from '../packs/pack-ids';
import { checkRuleSet, RULE_LIMITS, type RulesProblem } from '../schemas/rules';
import { hostsOf, newCustomToolId, newPlaceId, newToolRules, onHost, type CustomTool } from './custom-tool';
import { TAUGHT_TOOLS_KEY, type PublishedTools } from './published';

/** What the content scripts may use: each tool's rules and the sites the person allowed it on. */
export function publishedOf(tools: readonly CustomTool[]): PublishedTools {
  const out: PublishedTools = {};
  for (const tool of tools) {
    const hosts = tool.allowed.filter((h) => hostsOf(tool).includes(h));
    if (hosts.length > 0) out[tool.id] = { rules: tool.rules, hosts };
  }
  return out;
}

/**
 * Publishes the taught tools for their content script (`storage.local`, which page code can read);
 * the background registers the script on their allowed sites when this changes. Called by whoever
 * changed the `tools` table, and by the background at start-up.
 */
export async function publishTaughtTools(db: TandemDb): Promise<void> {
  await browser.storage.local.set({ [TAUGHT_TOOLS_KEY]: publishedOf(await db.tools.toArray()) });
}

/**
 * The rules with their places' element selectors as observed regions: a native dialog opening
 * changes only its `open` attribute, which detection sees inside regions alone.
 */
function withRegions(rules: RuleSet): RuleSet {
  const selectors = [...new Set(rules.contexts.flatMap((c) => c.when.flatMap((w) => (w.any ?? []).map((s) => s.selector))))].slice(0, RULE_LIMITS.regions);
  const next: RuleSet = { ...rules, regions: selectors };
  if (selectors.length === 0) delete next.regions;
  return next;
}

/** A checked rule set, or why the mentor's input cannot be used (the same checks as any pack's rules). */
function checked(rules: RuleSet): { ok: true } | { ok: false; problem: RulesProblem } {
  const result = checkRuleSet(JSON.parse(JSON.stringify(rules)), () => []);
  return result.ok ? { ok: true } : { ok: false, problem: result.problem };
}

/** A mentor teaches a new tool on one site (whose permission the caller has just asked for). */
export async function teachTool(db: TandemDb, input: { name: string; host: string; lang: 'de' | 'en' }, now = Date.now()): Promise<CustomTool> {
  const id = newCustomToolId(input.name);
  const tool: CustomTool = { id, packId: LOCAL_PACK_ID, rules: newToolRules(id, input.name, input.host, input.lang), allowed: [input.host], createdAt: now, updatedAt: now };
  const check = checked(tool.rules);
  if (!check.ok) throw new Error(check.problem.code);
  await db.tools.add(tool);
  await publishTaughtTools(db);
  return tool;
}

/** A place as the mentor describes it: a name, how specific it is, and the one condition that marks it. */
export interface PlaceInput {
  name: string;
  specificity: ContextRuleData['specificity'];
  /** A URL pattern (`path`) or an element on the page (`any`); the site is added. */
  condition: Omit<ConditionData, 'host'>;
}

export type PlaceResult = { ok: true; tool: CustomTool; placeId: ContextId } | { ok: false; problem: RulesProblem };

/**
 * Adds a place to a tool I taught (or replaces the one with `replaceId`), checked like any rule set
 * (patterns that cannot run away, selectors that parse), in one transaction; then republishes, so
 * open pages of the tool recognise it at once.
 */
export async function savePlace(db: TandemDb, toolId: CustomToolId, input: PlaceInput, replaceId?: string, now = Date.now()): Promise<PlaceResult> {
  const result = await db.transaction('rw', db.tools, async (): Promise<PlaceResult> => {
    const tool = await db.tools.get(toolId);
    if (!tool || tool.packId !== LOCAL_PACK_ID) throw new Error(`Not a tool I taught: ${toolId}`);
    const taken = tool.rules.contexts.map((c) => c.id).filter((id) => id !== replaceId);
    const placeId = (replaceId ?? newPlaceId(toolId, input.name, taken)) as ContextId;
    const when = hostsOf(tool).map((host) => ({ ...onHost(host), ...input.condition }));
    const place: ContextRuleData = { id: placeId, name: input.name.trim(), specificity: input.specificity, when };
    const contexts = replaceId ? tool.rules.contexts.map((c) => (c.id === replaceId ? place : c)) : [...tool.rules.contexts, place];
    // Most specific first: detection breaks ties by this order.
    contexts.sort((a, b) => b.specificity - a.specificity);
    const rules = withRegions({ ...tool.rules, version: tool.rules.version + 1, contexts });
    const check = checked(rules);
    if (!check.ok) return check;
    const next = { ...tool, rules, updatedAt: now };
    await db.tools.put(next);
    return { ok: true, tool: next, placeId };
  });
  if (result.ok) await publishTaughtTools(db);
  return result;
}

/** Removes a place from a tool I taught (tips bound to it keep the id and show tool-wide no more). */
export async function removePlace(db: TandemDb, toolId: CustomToolId, placeId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.tools, async () => {
    const tool = await db.tools.get(toolId);
    if (!tool || tool.packId !== LOCAL_PACK_ID) throw new Error(`Not a tool I taught: ${toolId}`);
    const contexts = tool.rules.contexts.filter((c) => c.id !== placeId);
    await db.tools.put({ ...tool, rules: withRegions({ ...tool.rules, version: tool.rules.version + 1, contexts }), updatedAt: now });
  });
  await publishTaughtTools(db);
}

/**
 * Records that the person allowed (or no longer allows) a taught tool on one of its sites. The
 * browser's own permission is asked for by the caller, inside the click; this is the person's
 * consent, which a pack can never bring with it.
 */
export async function setAllowed(db: TandemDb, toolId: CustomToolId, host: string, allowed: boolean, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.tools, async () => {
    const tool = await db.tools.get(toolId);
    if (!tool || !hostsOf(tool).includes(host)) throw new Error(`${host} is not a site of ${toolId}`);
    const next = allowed ? [...new Set([...tool.allowed, host])] : tool.allowed.filter((h) => h !== host);
    await db.tools.put({ ...tool, allowed: next, updatedAt: now });
  });
  await publishTaughtTools(db);
}

/**
 * Forgets a tool I taught: its rules go, the tips I wrote for it stay under My tips (they name
 * the tool, so teaching it again brings them back only if it gets the same id — it will not).
 * The browser's access to its sites is the caller's to give back.
 */
export async function forgetTaughtTool(db: TandemDb, toolId: CustomToolId): Promise<CustomTool> {
  const tool = await db.transaction('rw', db.tools, async () => {
    const here = await db.tools.get(toolId);
    if (!here || here.packId !== LOCAL_PACK_ID) throw new Error(`Not a tool I taught: ${toolId}`);
    await db.tools.delete(toolId);
    return here;
  });
  await publishTaughtTools(db);
  return tool;
}
