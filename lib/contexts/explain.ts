import { searchRoots, signalMatches, urlHolds, type PageLocation } from './detect';
import { detectContext } from './detect';
import { redactUrl } from './redact';
import type { ContextId, ToolDef, ToolId } from './types';

/** One part of a condition and whether it held. Selectors are the rules' own text, never the page's. */
export interface PartResult {
  kind: 'host' | 'path' | 'any' | 'none';
  held: boolean;
  selector?: string;
  /** The signal also checks an element's name or text (patterns are not shown). */
  named?: boolean;
}

export interface ContextResult {
  id: ContextId;
  active: boolean;
  conditions: { held: boolean; parts: PartResult[] }[];
}

/** Why one frame is (or is not) the tool and its places: no page text, names or values. */
export interface FrameExplanation {
  top: boolean;
  /** The frame's URL with names, ids and query values removed. */
  url: string;
  host: string;
  tool: ToolId;
  rulesVersion: number;
  detected: ContextId[] | null;
  contexts: ContextResult[];
  /** The rules' markers found in this frame, with how many visible elements match (at most 20). */
  markers: { selector: string; count: number }[];
}

/** Explains, condition by condition, what detection sees in this document. */
export function explainContext(tool: ToolDef, loc: PageLocation, doc: Document, href: string, top: boolean): FrameExplanation {
  const roots = searchRoots(tool, doc);
  const markers = new Map<string, number>();
  const count = (selector: string, found: number) => markers.set(selector, Math.max(markers.get(selector) ?? 0, found));
  const contexts = tool.contexts.map((rule) => {
    const conditions = rule.when.map((cond) => {
      const url = urlHolds(cond, loc);
      const parts: PartResult[] = [];
      if (cond.host) parts.push({ kind: 'host', held: url.host });
      if (cond.path) parts.push({ kind: 'path', held: url.path });
      let anyHeld = !cond.any;
      for (const signal of cond.any ?? []) {
        const found = signalMatches(roots, signal, 20).length;
        count(signal.selector, found);
        anyHeld ||= found > 0;
        parts.push({ kind: 'any', held: found > 0, selector: signal.selector, named: Boolean(signal.name || signal.text) });
      }
      let noneHeld = true;
      for (const signal of cond.none ?? []) {
        const found = signalMatches(roots, signal, 20).length;
        count(signal.selector, found);
        noneHeld &&= found === 0;
        parts.push({ kind: 'none', held: found === 0, selector: signal.selector, named: Boolean(signal.name || signal.text) });
      }
      return { held: url.host && url.path && anyHeld && noneHeld, parts };
    });
    return { id: rule.id, active: conditions.some((c) => c.held), conditions };
  });
  for (const host of tool.shadowHosts) count(host, roots.length - 1);
  const detected = detectContext(tool, loc, doc);
  return {
    top,
    url: redactUrl(href),
    host: loc.hostname,
    tool: tool.id,
    rulesVersion: tool.rulesVersion,
    detected: detected ? detected.contexts : null,
    contexts,
    markers: [...markers].filter(([, n]) => n > 0).map(([selector, n]) => ({ selector, count: n })),
  };
}
