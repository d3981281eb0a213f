import { isCustomToolId, type DetectedContext } from '../contexts/types';
import { getTool } from '../contexts/tools';
import type { ContextReport } from '../messaging/protocol';

/** What the background remembers about one tab: the last report of each of its frames. */
export interface TabState {
  frames: Record<string, ContextReport & { at: number }>;
}

function specificityOf(detected: DetectedContext): number {
  const first = detected.contexts[0];
  if (!first) return 0;
  // Taught tools run in the top frame only: there is nothing to weigh them against.
  if (isCustomToolId(detected.tool)) return 1;
  return getTool(detected.tool).contexts.find((c) => c.id === first)?.specificity ?? 0;
}

/**
 * The tab's context from its frames' reports: the most specific one wins (Excel's workbook
 * iframe knows the ribbon tab, its host page only that a workbook is open); ties go to the
 * top frame, and a subframe of another tool never overrides the top frame's tool. URL and title
 * come from the top frame when it has reported.
 */
export function mergeFrames(state: TabState | undefined): ContextReport | null {
  if (!state) return null;
  const top = state.frames['0'];
  // A LinkedIn post embedding a Tableau viz stays LinkedIn: subframes only refine the top's tool.
  const topTool = top?.detected?.tool;
  let best: { frameId: string; report: ContextReport; score: number } | null = null;
  for (const [frameId, report] of Object.entries(state.frames)) {
    if (!report.detected || (topTool && report.detected.tool !== topTool)) continue;
    const score = specificityOf(report.detected);
    if (!best || score > best.score || (score === best.score && frameId === '0')) best = { frameId, report, score };
  }
  if (!best) return top ? { detected: null, url: top.url, title: top.title } : null;
  return { detected: best.report.detected, url: top?.url ?? best.report.url, title: top?.title ?? best.report.title };
}

/** The state after a frame reported. */
export function withReport(state: TabState | undefined, frameId: number, report: ContextReport, now: number): TabState {
  const frames = { ...state?.frames };
  frames[String(frameId)] = { ...report, at: now };
  return { frames };
}

/** The state after a frame went away; when the top document goes, its subframes go with it. */
export function withoutFrame(state: TabState | undefined, frameId: number): TabState {
  const frames = { ...state?.frames };
  delete frames[String(frameId)];
  if (frameId === 0) return { frames: {} };
  return { frames };
}
