import type { RuleSet } from '../contexts/rule-format';

/**
 * What extension code publishes in `storage.local` for the taught tools' content script (page code
 * cannot read the extension's database): each tool's checked rules and the sites it is allowed on.
 * Plain data and no imports beyond the rule format, so page code stays small.
 */
export const TAUGHT_TOOLS_KEY = 'taughtTools';

export interface PublishedTool {
  rules: RuleSet;
  /** Sites the person allowed (and the rules declare): the content script runs there only. */
  hosts: string[];
}

export type PublishedTools = Record<string, PublishedTool>;

/** The published tool that runs on this host, if any. */
export function publishedToolFor(published: unknown, hostname: string): PublishedTool | undefined {
  if (typeof published !== 'object' || published === null) return undefined;
  for (const tool of Object.values(published as PublishedTools))
    if (Array.isArray(tool?.hosts) && tool.hosts.includes(hostname) && Array.isArray(tool.rules?.contexts)) return tool;
  return undefined;
}

/** Every site some taught tool is allowed on. */
export function publishedHosts(published: unknown): string[] {
  if (typeof published !== 'object' || published === null) return [];
  return [...new Set(Object.values(published as PublishedTools).flatMap((t) => (Array.isArray(t?.hosts) ? t.hosts : [])))];
}
