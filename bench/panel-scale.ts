// Panel at scale: 2,000 tips, 10,000 notes, 200 goals and 200 meetings in the
// extension's IndexedDB; the side panel page opened next to a LinkedIn feed tab.
//  - first tips: navigation start of the panel page → the ranked tip list in the DOM,
//  - search: a keystroke in All notes → the results for that query rendered (10,000 notes indexed),
//  - JS heap of the panel page (after a forced GC) on the tips view and with All notes indexed.
import type { BrowserContext, Page } from '@playwright/test';

/** Records when the first tips (the tip count heading of a rendered list) appear, from the page's own clock. */
const FIRST_TIPS_WATCH = `
  (() => {
    const marks = {};
    window.__panelMarks = marks;
    const check = () => {
      if (marks.header === undefined && document.querySelector('[data-testid="context-name"]')) marks.header = performance.now();
      if (marks.tips === undefined && document.querySelector('[data-testid="tip-count"]')) {
        marks.tips = performance.now();
        marks.firstTipId = document.querySelector('[data-tip-id]')?.getAttribute('data-tip-id') ?? null;
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true });
  })();
`;

export interface PanelOpen {
  /** Navigation start → first tips rendered. */
  firstTipsMs: number;
  /** Navigation start → the context header rendered. */
  headerMs: number;
  /** Navigation start → DOMContentLoaded ended (the startup bundle parsed and run). */
  domContentLoadedMs: number;
  firstTipId: string | null;
}

/** Opens the side panel page in a new tab at panel size and times its first tips. */
export async function openPanelTimed(context: BrowserContext, extensionId: string): Promise<{ page: Page; timing: PanelOpen }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.addInitScript(FIRST_TIPS_WATCH);
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.waitForFunction(() => (window as unknown as { __panelMarks: { tips?: number } }).__panelMarks.tips !== undefined);
  const timing = await page.evaluate(() => {
    const marks = (window as unknown as { __panelMarks: { tips: number; header?: number; firstTipId: string | null } }).__panelMarks;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { firstTipsMs: marks.tips, headerMs: marks.header ?? NaN, domContentLoadedMs: nav.domContentLoadedEventEnd, firstTipId: marks.firstTipId };
  });
  return { page, timing };
}

/** The JS heap in use on a page after a full garbage collection, in MB. */
export async function heapMb(page: Page): Promise<{ usedMb: number; metricsMb: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return { usedMb: usage.usedSize / 1024 / 1024, metricsMb: used / 1024 / 1024 };
  } finally {
    await cdp.detach();
  }
}

/** Queries typed in All notes: words, prefixes, German, a typo, several words. */
export const SEARCH_QUERIES = ['sverweis', 'pivot table', 'dash', 'growth hacking', 'überschrift', 'kpi roadmap', 'xverweiss', 'customer region sales', 'jargon', 'template'];

/**
 * On a page showing All notes (`#notes`, index built): each query is set as a keystroke would
 * (input event) and timed until the results list says it shows that query. Per-query samples.
 */
export async function measureSearch(page: Page, runs: number, queries = SEARCH_QUERIES): Promise<Record<string, number[]>> {
  const perQuery: Record<string, number[]> = {};
  for (let run = 0; run < runs; run++) {
    for (const query of queries) {
      const ms = await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
        const results = document.querySelector('[data-testid="notes-results"]')!;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const start = performance.now();
        setValue.call(input, q);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((done) => {
          const check = () => {
            if (results.getAttribute('data-query') === q) {
              observer.disconnect();
              done();
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(results, { attributes: true, attributeFilter: ['data-query'] });
          check();
        });
        return performance.now() - start;
      }, query);
      (perQuery[query] ??= []).push(ms);
    }
  }
  return perQuery;
}

/** Opens All notes and waits until the full-text index over every note is built. */
export async function openAllNotes(page: Page, extensionId: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html#notes`);
  await page.locator('[data-testid="notes-results"][data-complete="true"]').getByTestId('note-card').first().waitFor({ timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

/**
 * Opens All notes and searches at once, as someone who knows what they look for: navigation
 * start → the first results for `query` rendered (from the newest notes if the rest is still
 * being indexed). Milliseconds on the panel page's clock.
 */
export async function firstSearchResults(page: Page, extensionId: string, query: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html#notes`, { waitUntil: 'commit' });
  return page.evaluate(
    (q) =>
      new Promise<number>((done) => {
        let typed = false;
        const check = () => {
          const input = document.querySelector<HTMLInputElement>('[data-testid="notes-view"] input[type="search"]');
          if (input && !typed) {
            typed = true;
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, q);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
          const results = document.querySelector(`[data-testid="notes-results"][data-query="${q}"]`);
          if (typed && results?.querySelector('[data-testid="note-card"]')) {
            observer.disconnect();
            done(performance.now());
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, attributes: true });
        check();
      }),
    query,
  );
}
