import { browser } from 'wxt/browser';
import { compileTool } from '../contexts/compile';
import type { ToolDef } from '../contexts/types';
import { publishedToolFor, TAUGHT_TOOLS_KEY } from '../tools/published';

/**
 * The taught tool that runs on this page's site, with its rules compiled (checked by extension
 * code before they were published), or null when none is allowed here (the registration lags a
 * removal by a moment) or the data is odd: a taught tool never stops the page.
 */
export async function loadTaughtTool(hostname: string): Promise<ToolDef | null> {
  try {
    const tool = publishedToolFor((await browser.storage.local.get(TAUGHT_TOOLS_KEY))[TAUGHT_TOOLS_KEY], hostname);
    if (!tool) return null;
    const base = { id: tool.rules.tool as ToolDef['id'], matches: tool.hosts.map((h) => `https://${h}/*`), allFrames: false, requiresContext: false };
    return compileTool(base, tool.rules);
  } catch {
    return null;
  }
}
