import { browser } from 'wxt/browser';
import type { FrameExplanation } from '../contexts/explain';
import type { ToolId } from '../contexts/types';
import type { rulesInUse } from './install';

/** The `format` of a diagnostics file. */
export const DIAGNOSTICS_FORMAT = 'tandem-tips/diagnostics';

/**
 * "Why this page?": injects the explainer into the tab's frames (on demand, like "show me") and
 * collects each frame's explanation, top frame first.
 */
export async function explainTab(tabId: number): Promise<FrameExplanation[]> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/explain.js'] });
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    // Runs in the page's isolated world: self-contained, no imports.
    func: () => {
      const explain = (globalThis as unknown as { __tandemTipsExplain?: () => Promise<unknown> }).__tandemTipsExplain;
      return explain ? explain() : null;
    },
  });
  return results
    .map((r) => r.result as FrameExplanation | null | undefined)
    .filter((r): r is FrameExplanation => Boolean(r))
    .sort((a, b) => Number(b.top) - Number(a.top));
}

/**
 * The small file a mentor sends to whoever maintains the rules: redacted URLs, which of the rules'
 * markers were found and which conditions held, the rules' versions. Never page text, names or values.
 */
export function buildDiagnostics(
  frames: readonly FrameExplanation[],
  rules: Awaited<ReturnType<typeof rulesInUse>>,
  detected: { tool: ToolId; contexts: string[] } | null,
  meta: { extensionVersion: string; browser: string; now: number },
) {
  return {
    format: DIAGNOSTICS_FORMAT,
    version: 1,
    createdAt: new Date(meta.now).toISOString(),
    extensionVersion: meta.extensionVersion,
    browser: meta.browser,
    rules: Object.fromEntries(Object.entries(rules).map(([tool, r]) => [tool, { version: r.version, source: r.source }])),
    detected,
    frames: frames.map((f) => ({
      top: f.top,
      url: f.url,
      tool: f.tool,
      rulesVersion: f.rulesVersion,
      detected: f.detected,
      markers: f.markers,
      contexts: f.contexts.map((c) => ({
        id: c.id,
        active: c.active,
        conditions: c.conditions.map((cond) => ({ held: cond.held, parts: cond.parts })),
      })),
    })),
  };
}
