import type { Condition, ContextId, DetectedContext, DomSignal, ToolDef } from './types';

/** Where a page is: enough of `Location` to run the URL rules. */
export interface PageLocation {
  hostname: string;
  pathname: string;
  search: string;
  hash: string;
}

/** The accessible name, close enough for matching UI labels: aria-label, labelledby, title, text. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = el.ownerDocument;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) return text;
  }
  const title = el.getAttribute('title');
  if (title) return title.trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function hasSignal(doc: Document, signal: DomSignal): boolean {
  let candidates: NodeListOf<Element>;
  try {
    candidates = doc.querySelectorAll(signal.selector);
  } catch {
    return false;
  }
  const active = signal.focused ? doc.activeElement : null;
  for (const el of candidates) {
    if (signal.focused && !(active && el.contains(active))) continue;
    if (signal.name && !signal.name.test(accessibleName(el))) continue;
    if (signal.text && !signal.text.test(el.textContent ?? '')) continue;
    return true;
  }
  return false;
}

function holds(cond: Condition, loc: PageLocation, doc: Document): boolean {
  if (cond.host && !cond.host.test(loc.hostname)) return false;
  if (cond.path && !cond.path.test(loc.pathname + loc.search + loc.hash)) return false;
  if (cond.any && !cond.any.some((s) => hasSignal(doc, s))) return false;
  if (cond.none && cond.none.some((s) => hasSignal(doc, s))) return false;
  return true;
}

/**
 * The tool's contexts active on this page, most specific first. Returns null where the
 * tool needs a matching rule (shared hosts such as SharePoint) and none matched.
 */
export function detectContext(tool: ToolDef, loc: PageLocation, doc: Document): DetectedContext | null {
  const matched: { id: ContextId; specificity: number; order: number }[] = [];
  tool.contexts.forEach((rule, order) => {
    if (rule.when.some((c) => holds(c, loc, doc))) matched.push({ id: rule.id, specificity: rule.specificity, order });
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
