import { explainContext, type FrameExplanation } from '../contexts/explain';
import { excelBase } from '../contexts/excel';
import { linkedinBase } from '../contexts/linkedin';
import { excelRules } from '../contexts/rules/excel';
import { linkedinRules } from '../contexts/rules/linkedin';
import { tableauRules } from '../contexts/rules/tableau';
import { tableauBase } from '../contexts/tableau';
import { loadTool } from './load-rules';
import { EXPLAIN_GLOBAL } from './page-tools';

const tools = [
  [linkedinBase, linkedinRules],
  [excelBase, excelRules],
  [tableauBase, tableauRules],
] as const;

/** Does a match pattern (`https://*.sharepoint.com/*`) cover this host? */
function matchesHost(pattern: string, host: string): boolean {
  const h = pattern.replace(/^https:\/\//, '').replace(/\/.*$/, '');
  return h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h;
}

/** This frame explained by the tool whose hosts it is on, else by the one that recognises most (self-hosted hosts). */
async function explainFrame(): Promise<FrameExplanation | null> {
  let top = false;
  try {
    top = window.top === window;
  } catch {
    // A cross-origin parent: not the top frame.
  }
  const results: FrameExplanation[] = [];
  for (const [base, rules] of tools) {
    const tool = await loadTool(base, rules);
    const result = explainContext(tool, location, document, location.href, top);
    if (base.matches.some((m) => matchesHost(m, location.hostname))) return result;
    results.push(result);
  }
  results.sort((a, b) => (b.detected?.length ?? -1) - (a.detected?.length ?? -1));
  return results[0]?.detected?.length ? results[0] : null;
}

/** Installs the explainer once per frame; its answer is the script's result. */
export function installExplainer(): void {
  const g = globalThis as unknown as Record<string, (() => Promise<FrameExplanation | null>) | undefined>;
  g[EXPLAIN_GLOBAL] ??= async () => {
    try {
      return await explainFrame();
    } catch {
      return null;
    }
  };
}
