import { browser } from 'wxt/browser';
import type { ShowRequest, ShowResult } from '../page/highlight';
import type { ElementLocator } from '../page/locator/types';
import type { Tip } from '../schemas/tip';

/** How long a frame waits for an element that renders late. */
export const SHOW_TIMEOUT_MS = 4_000;

/** Per step, the element it is about (recorded steps), index for index with the tip's steps. */
export function stepLocatorsOf(tip: Pick<Tip, 'steps' | 'stepTargets'>): (ElementLocator | undefined)[] {
  return tip.steps.map((_, i) => tip.stepTargets?.[i]?.locator);
}

/** Per step, its recorded picture (shown in the panel when the step's element cannot be found). */
export function stepPicturesOf(tip: Pick<Tip, 'steps' | 'stepTargets'>): (string | undefined)[] {
  return tip.steps.map((_, i) => tip.stepTargets?.[i]?.picture);
}

/** Where "show me" starts: the tip's element, else its first recorded step's; none means no "show me". */
export function showMeLocatorOf(tip: Pick<Tip, 'steps' | 'locator' | 'stepTargets'>): ElementLocator | undefined {
  return tip.locator ?? stepLocatorsOf(tip).find(Boolean);
}

/** The one answer for the panel from every frame's answer: found wins, then a refusal, then not found. */
export function combineResults(results: readonly (ShowResult | undefined | null)[]): ShowResult {
  const found = results.find((r) => r?.status === 'found');
  if (found) return found;
  if (results.some((r) => r?.status === 'mismatch')) return { status: 'mismatch' };
  if (results.some((r) => r?.status === 'not-found')) return { status: 'not-found' };
  if (results.some((r) => r?.status === 'error')) return { status: 'error' };
  // No frame is the one the element was picked in (e.g. the workbook iframe is not loaded).
  return { status: 'not-found' };
}

/**
 * "Show me": injects the highlighter into the tab's frames, lets the frame the element was picked
 * in find it (waiting for late rendering) and highlight it, and reports what happened.
 */
export async function showOnPage(tabId: number, request: ShowRequest): Promise<ShowResult> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/highlight.js'] });
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    // Runs in the page's isolated world: self-contained, no imports.
    func: (req: ShowRequest) => {
      const api = globalThis.__tandemTipsHighlight;
      return api ? api.show(req) : { status: 'error' as const };
    },
    args: [request],
  });
  return combineResults(results.map((r) => r.result as ShowResult | undefined));
}

/** Takes the highlight away in every frame of the tab (the panel's "Done"). */
export async function hideOnPage(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: () => {
      globalThis.__tandemTipsHighlight?.hide();
    },
  });
}
