import type { PageLocation } from './detect';
import type { ContextId, ToolDef } from './types';

/**
 * The union of the DOM signal selectors that can matter at this location (conditions whose host
 * and path hold): what a DOM change must touch to possibly change the context.
 */
export function watchedSelector(tool: ToolDef, loc: PageLocation): string {
  const path = loc.pathname + loc.search + loc.hash;
  const selectors = new Set<string>();
  for (const rule of tool.contexts)
    for (const cond of rule.when) {
      if (cond.host && !cond.host.test(loc.hostname)) continue;
      if (cond.path && !cond.path.test(path)) continue;
      for (const signal of [...(cond.any ?? []), ...(cond.none ?? [])]) selectors.add(signal.selector);
    }
  return [...selectors].join(', ');
}

/** Contexts whose rules read the DOM (their state can end by an element going away). */
export function domContexts(tool: ToolDef): ReadonlySet<ContextId> {
  return new Set(tool.contexts.filter((r) => r.when.some((c) => c.any || c.none)).map((r) => r.id));
}

function touches(node: Node, selector: string): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const el = node as Element;
  try {
    return el.matches(selector) || el.querySelector(selector) !== null;
  } catch {
    return true;
  }
}

/**
 * Decides cheaply whether a batch of mutations can change the detected context, so a feed that
 * appends posts all day does not trigger a whole-document detection each time. Checks only the
 * added or removed subtrees, never the whole document.
 */
export function createRelevanceFilter(
  tool: ToolDef,
): (records: readonly MutationRecord[], loc: PageLocation, domContextActive: boolean) => boolean {
  let cached = { href: '', selector: '' };
  return (records, loc, domContextActive) => {
    const href = loc.hostname + loc.pathname + loc.search + loc.hash;
    if (cached.href !== href) cached = { href, selector: watchedSelector(tool, loc) };
    const { selector } = cached;
    if (!selector) return false;
    for (const record of records) {
      // Attribute changes are already limited to the few attributes rules read.
      if (record.type === 'attributes') return true;
      for (const node of record.addedNodes) if (touches(node, selector)) return true;
      for (const node of record.removedNodes) {
        // A detached node lost its ancestors, so a removal may end a DOM context unseen.
        if (domContextActive && node.nodeType === Node.ELEMENT_NODE) return true;
        if (touches(node, selector)) return true;
      }
    }
    return false;
  };
}
