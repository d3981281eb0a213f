import type { Condition, ContextId, DetectedContext, DomSignal, ToolDef } from './types';

/** Where a page is: enough of `Location` to run the URL rules. */
export interface PageLocation {
  hostname: string;
  pathname: string;
  search: string;
  hash: string;
}

/** Where detection looks: the document and the open shadow roots the rules name. */
export type SearchRoot = Document | ShadowRoot;

/** Longest name or text a pattern is run against: bounds the cost of any pattern on hostile pages. */
const MAX_MATCHED = 300;

/** Office and LinkedIn put invisible direction and zero-width marks into names; `trim()` keeps them. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g;

/** A label as a person reads it: invisible marks removed, white space collapsed, at most 300 characters. */
export function normalizeLabel(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().slice(0, MAX_MATCHED);
}

/** The accessible name, close enough for matching UI labels: aria-label, labelledby, title, text. */
export function accessibleName(el: Element): string {
  const label = normalizeLabel(el.getAttribute('aria-label') ?? '');
  if (label) return label;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = normalizeLabel(labelledBy.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' '));
    if (text) return text;
  }
  const title = normalizeLabel(el.getAttribute('title') ?? '');
  if (title) return title;
  return normalizeLabel(el.textContent ?? '');
}

/** Hidden from the person: video players keep closed "Modal Window" dialogs in every feed. */
function isHidden(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return true;
  const dialog = el.closest('dialog');
  return dialog !== null && !dialog.hasAttribute('open');
}

/** The document and the open shadow roots of the elements the rules name as shadow hosts. */
export function searchRoots(tool: Pick<ToolDef, 'shadowHosts'>, doc: Document): SearchRoot[] {
  const roots: SearchRoot[] = [doc];
  if (tool.shadowHosts.length === 0) return roots;
  try {
    for (const host of doc.querySelectorAll(tool.shadowHosts.join(', '))) if (host.shadowRoot) roots.push(host.shadowRoot);
  } catch {
    // A bad selector in an update only loses the shadow roots.
  }
  return roots;
}

/** The visible elements matching a signal, in every root. */
export function signalMatches(roots: readonly SearchRoot[], signal: DomSignal, limit = 1): Element[] {
  const found: Element[] = [];
  for (const root of roots) {
    let candidates: NodeListOf<Element>;
    try {
      candidates = root.querySelectorAll(signal.selector);
    } catch {
      return found;
    }
    let active: Element | null = null;
    if (signal.focused) {
      // Focus inside a shadow root shows on the document as its host.
      active = (root as Document).activeElement ?? null;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    }
    for (const el of candidates) {
      if (signal.focused && !(active && el.contains(active))) continue;
      if (signal.name && !signal.name.test(accessibleName(el))) continue;
      if (signal.text && !signal.text.test(normalizeLabel(el.textContent ?? ''))) continue;
      if (isHidden(el)) continue;
      found.push(el);
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/** Does the URL part of a condition hold? */
export function urlHolds(cond: Condition, loc: PageLocation): { host: boolean; path: boolean } {
  return {
    host: !cond.host || cond.host.test(loc.hostname),
    path: !cond.path || cond.path.test((loc.pathname + loc.search + loc.hash).slice(0, 2000)),
  };
}

function holds(cond: Condition, loc: PageLocation, roots: readonly SearchRoot[]): boolean {
  const url = urlHolds(cond, loc);
  if (!url.host || !url.path) return false;
  if (cond.any && !cond.any.some((s) => signalMatches(roots, s).length > 0)) return false;
  if (cond.none && cond.none.some((s) => signalMatches(roots, s).length > 0)) return false;
  return true;
}

/**
 * The tool's contexts active on this page, most specific first. Returns null where the
 * tool needs a matching rule (shared hosts such as SharePoint) and none matched.
 */
export function detectContext(tool: ToolDef, loc: PageLocation, doc: Document): DetectedContext | null {
  const roots = searchRoots(tool, doc);
  const matched: { id: ContextId; specificity: number; order: number }[] = [];
  tool.contexts.forEach((rule, order) => {
    if (rule.when.some((c) => holds(c, loc, roots))) matched.push({ id: rule.id, specificity: rule.specificity, order });
  });
  if (matched.length === 0 && tool.requiresContext) return null;
  matched.sort((a, b) => b.specificity - a.specificity || a.order - b.order);
  return { tool: tool.id, contexts: matched.map((m) => m.id) };
}

/** Do two detections say the same thing? */
export function sameContext(a: DetectedContext | null, b: DetectedContext | null): boolean {
  if (a === null || b === null) return a === b;
  return a.tool === b.tool && a.contexts.join() === b.contexts.join();
}
