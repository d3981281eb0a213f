import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectContext, sameContext } from '../contexts/detect';
import { createRelevanceFilter, domContexts } from '../contexts/relevance';
import type { DetectedContext, ToolDef } from '../contexts/types';
import { sendFromPage } from '../messaging/page-send';

/** At most one detection per this many ms while the page keeps changing (a living feed). */
const THROTTLE_MS = 150;
/** After a quiet spell, detect this soon: lets a burst of DOM changes settle, stays snappy. */
const SETTLE_MS = 16;

/** Only attributes that context rules read; class and style churn is ignored. */
const WATCHED_ATTRIBUTES = ['aria-selected', 'aria-label', 'aria-labelledby', 'role', 'open', 'hidden', 'aria-hidden'];
/** Structure anywhere: cheap records (a node list per batch), filtered by the relevance check. */
const STRUCTURE: MutationObserverInit = { subtree: true, childList: true };
/** Inside the regions the rules name (a ribbon, a modal outlet, a shadow root): attributes too. */
const REGION: MutationObserverInit = { subtree: true, childList: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES };

/**
 * Detects the tool context of this frame at load, after client-side navigation, on relevant DOM
 * and focus changes, and reports it to the background only when it (or the URL) changed.
 * One throttled MutationObserver, no polling; nothing here may throw into the host page.
 * The page's structure is watched everywhere, attribute changes only inside the regions and open
 * shadow roots the rules name (re-attached when such a region is replaced): a feed rewriting
 * its reaction counts all day never reaches the extension (docs/adr/0008-observed-regions.md).
 */
export function watchContext(ctx: ContentScriptContext, tool: ToolDef): void {
  let last: { detected: DetectedContext | null; url: string } | undefined;
  let timer: number | undefined;
  let lastRun = 0;

  const stats = { observerCalls: 0, detections: 0, reports: 0 };
  const isRelevant = createRelevanceFilter(tool);
  const fromDom = domContexts(tool);
  const domContextActive = () => last?.detected?.contexts.some((c) => fromDom.has(c)) ?? false;

  const run = () => {
    timer = undefined;
    lastRun = performance.now();
    stats.detections++;
    if (ctx.isInvalid) return;
    try {
      attachRegions();
      const detected = detectContext(tool, location, document);
      const url = location.href;
      if (last && last.url === url && sameContext(last.detected, detected)) return;
      // Frames of shared hosts (SharePoint, office.com) that are not in the tool stay silent.
      if (!last && detected === null) {
        last = { detected, url };
        return;
      }
      last = { detected, url };
      stats.reports++;
      // The background may be restarting or the extension updated: the next change reports again.
      sendFromPage('contextDetected', { detected, url, title: document.title.slice(0, 500) }).catch(() => undefined);
    } catch {
      // A surprise in someone else's page must never become their error.
    }
  };

  // Throttle with a short leading delay: a single change (a dialog opening, a navigation) is
  // seen within a frame or two, a feed that never stops mutating costs at most ~7 runs a second.
  const schedule = () => {
    if (timer !== undefined || ctx.isInvalid) return;
    const sinceLast = performance.now() - lastRun;
    timer = ctx.setTimeout(run, Math.max(SETTLE_MS, THROTTLE_MS - sinceLast));
  };

  const observer = new MutationObserver((records) => {
    stats.observerCalls++;
    try {
      if (isRelevant(records, location, domContextActive())) {
        attachRegions();
        schedule();
      }
    } catch {
      schedule();
    }
  });
  // Regions and shadow roots currently observed; a replaced region is a new node, observed anew.
  let watched = new Set<Node>();
  const regionSelector = tool.regions.join(', ');
  const hostSelector = tool.shadowHosts.join(', ');
  const attachRegions = () => {
    const next = new Set<Node>();
    try {
      if (regionSelector) for (const el of document.querySelectorAll(regionSelector)) next.add(el);
      if (hostSelector) for (const el of document.querySelectorAll(hostSelector)) if (el.shadowRoot) next.add(el.shadowRoot);
    } catch {
      // A bad selector in an update only loses its regions.
    }
    if (next.size === watched.size && [...next].every((n) => watched.has(n))) return;
    // Re-observing everything keeps one observer; records already queued stay deliverable.
    observer.disconnect();
    observer.observe(document.documentElement, STRUCTURE);
    for (const node of next) observer.observe(node, REGION);
    watched = next;
  };
  observer.observe(document.documentElement, STRUCTURE);
  ctx.onInvalidated(() => observer.disconnect());
  run();

  // The Navigation API sees pushState/replaceState/back in single-page apps (LinkedIn, Tableau).
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) ctx.addEventListener(nav, 'currententrychange', schedule);
  else {
    ctx.addEventListener(window, 'popstate', schedule);
    ctx.addEventListener(window, 'hashchange', schedule);
  }
  ctx.addEventListener(document, 'focusin', schedule, { capture: true });
  ctx.addEventListener(document, 'focusout', schedule, { capture: true });
  ctx.addEventListener(window, 'pagehide', () => {
    last = undefined;
    // Unloading: nothing is left to retry, and the tab's close or next report corrects it.
    sendFromPage('frameUnloaded').catch(() => undefined);
  });
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) run();
  });

  // Benchmark builds only (`wxt build --mode bench`; removed from real builds): answer a page's
  // question about how often the observer fired, as a JSON string (objects do not cross worlds).
  if (import.meta.env.MODE === 'bench') {
    ctx.addEventListener(window, 'tandem-bench-query', () => {
      window.dispatchEvent(new CustomEvent('tandem-bench-stats', { detail: JSON.stringify(stats) }));
    });
  }
}
