import type { PageLocation } from './detect';
import type { ContextId, ToolDef } from './types';

/**
 * The union of the DOM signal selectors that can matter at this location (conditions whose host
 * and path hold): what a DOM change must touch to possibly change the context.
 */
export function watchedSelector(tool: Pick<ToolDef, 'contexts' | 'regions' | 'shadowHosts'>, loc: PageLocation): string {
  const path = loc.pathname + loc.search + loc.hash;
  // A region or shadow host appearing (or being replaced) matters too: it is observed anew.
  const selectors = new Set<string>([...tool.regions, ...tool.shadowHosts]);
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
 * The selector with every condition on one attribute dropped (replaced by a test that always holds),
 * so an element matches it before and after that attribute changes. Null when the attribute sits
 * inside `:not(…)`, where dropping it would not be safe.
 */
export function loosenSelector(selector: string, attribute: string): string | null {
  const name = attribute.replace(/[-]/g, '\\-');
  if (new RegExp(`:not\\([^)]*\\[${name}`).test(selector)) return null;
  return selector.replace(new RegExp(`\\[${name}(?:[~|^$*]?=(?:"[^"]*"|'[^']*'|[^\\]]*))?(?:\\s+[is])?\\]`, 'g'), ':not([data-tandem-never])');
}

/**
 * Decides cheaply whether a batch of mutations can change the detected context, so a feed that
 * appends posts all day does not trigger a whole-document detection each time. Checks only the
 * added or removed subtrees, never the whole document.
 */
export function createRelevanceFilter(
  tool: ToolDef,
): (records: readonly MutationRecord[], loc: PageLocation, domContextActive: boolean) => boolean {
  let cached = { href: '', selector: '', loose: new Map<string, string | null>() };
  return (records, loc, domContextActive) => {
    const href = loc.hostname + loc.pathname + loc.search + loc.hash;
    if (cached.href !== href) cached = { href, selector: watchedSelector(tool, loc), loose: new Map() };
    const { selector, loose } = cached;
    if (!selector) return false;
    for (const record of records) {
      if (record.type === 'attributes') {
        // A living page rewrites aria-labels all the time (reaction counts): only a change on an
        // element a rule could match, before or after the change, or on its ancestor, counts.
        const attribute = record.attributeName ?? '';
        if (!loose.has(attribute)) loose.set(attribute, loosenSelector(selector, attribute));
        const loosened = loose.get(attribute);
        if (loosened === null || loosened === undefined || touches(record.target, loosened)) return true;
        continue;
      }
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
