import { z } from 'zod';
import { hostPattern, RULES_FORMAT, RULES_FORMAT_VERSION, type RuleSet } from '../contexts/rule-format';
import { isCustomToolId, type ContextId, type CustomToolId, type ToolId } from '../contexts/types';
import { HOSTNAME } from '../hosts/custom-hosts';
import { customToolIdSchema, idSchema, timestampSchema } from '../schemas/common';
import { ruleSetSchema } from '../schemas/rules';

// Kept apart so the panel's first view names taught tools without loading the schemas.
export { customNamesOf } from './custom-names';

/**
 * A tool a mentor taught (database table `tools`): its rule set (format 2, with its name, its sites
 * and its named places) is what travels in the mentor's pack; `allowed` is this browser's own
 * decision and never leaves it.
 */
export const customToolSchema = z
  .object({
    id: customToolIdSchema,
    /** My own pack (`local`) for a tool I taught, else the pack that brought it. */
    packId: idSchema,
    rules: ruleSetSchema,
    /** The sites the person here allowed it on (the browser's permission is asked for each). */
    allowed: z.array(z.string().regex(HOSTNAME)).max(4),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine((t) => t.rules.tool === t.id && t.allowed.every((h) => t.rules.hosts?.includes(h)), { error: 'tool' });
/** A taught tool; its rules in the rule format's own terms (what detection compiles). */
export type CustomTool = Omit<z.infer<typeof customToolSchema>, 'rules'> & { rules: RuleSet };

/** The declared sites of a taught tool. */
export function hostsOf(tool: Pick<CustomTool, 'rules'>): string[] {
  return tool.rules.hosts ?? [];
}

/** Is this context id a place of a taught tool? */
export function isCustomContext(id: string): boolean {
  const dot = id.indexOf('.');
  return dot > 0 && isCustomToolId(id.slice(0, dot));
}

/** The tool a context id belongs to. */
export function toolOfContext(id: ContextId): ToolId {
  return id.slice(0, id.indexOf('.')) as ToolId;
}

/** A slug of a name for ids: lower-case ASCII letters and digits, words joined by hyphens. */
export function slugOf(name: string, max = 24): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'tool';
}

/** A new tool id from its name, with a random part so two mentors' "Expenses" never collide. */
export function newCustomToolId(name: string, random = crypto.getRandomValues(new Uint32Array(1))[0]!): CustomToolId {
  return `custom-${slugOf(name)}-${random.toString(36).slice(0, 6)}` as CustomToolId;
}

/** A new place id inside a tool, from its name, not yet used by the tool. */
export function newPlaceId(tool: CustomToolId, name: string, taken: readonly string[]): ContextId {
  const base = `${tool}.${slugOf(name, 80 - tool.length - 4)}`;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id as ContextId;
}

/** The rule set of a tool just taught: named, on one site, no places yet. */
export function newToolRules(id: CustomToolId, name: string, host: string, lang: 'de' | 'en'): RuleSet {
  return { format: RULES_FORMAT, formatVersion: RULES_FORMAT_VERSION, tool: id, version: 1, name: name.trim(), lang, hosts: [host], contexts: [] };
}

/** The `host` condition every place of a taught tool carries: its own site, never another. */
export function onHost(host: string): { host: string } {
  return { host: hostPattern(host) };
}
