import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectContext, type PageLocation } from './detect';
import { toolExamples, tools } from './tools';
import type { ContextExample, ToolDef } from './types';

const fixtureDir = join(import.meta.dirname, '../../test/fixtures');

const parsed = new Map<string, Document>();

/**
 * The saved page as a document (scripts are not run), parsed once per file; declarative shadow
 * roots (`<template shadowrootmode="open">`, as a browser parses them) are attached by hand.
 */
function loadFixture(name: string | undefined): Document {
  const key = name ?? '';
  const cached = parsed.get(key);
  if (cached) return cached;
  // Scripts never run in a parsed document. (happy-dom still logs each iframe it does not load.)
  const html = name ? readFileSync(join(fixtureDir, `${name}.html`), 'utf8') : '<!doctype html><title></title>';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const template of doc.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')) {
    const host = template.parentElement!;
    host.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
    template.remove();
  }
  parsed.set(key, doc);
  return doc;
}

function focusMarked(doc: Document) {
  let target = doc.querySelector<HTMLElement>('[data-fixture-focus]');
  let holder: Element | null = null;
  for (const host of doc.querySelectorAll('*'))
    if (!target && host.shadowRoot?.querySelector('[data-fixture-focus]')) {
      holder = host;
      target = host.shadowRoot.querySelector<HTMLElement>('[data-fixture-focus]');
    }
  if (!target) return;
  // Detached documents have no focus machinery; the rules only read activeElement (the host, for focus in a shadow root).
  Object.defineProperty(doc, 'activeElement', { configurable: true, get: () => holder ?? target });
  if (holder) Object.defineProperty(holder.shadowRoot!, 'activeElement', { configurable: true, get: () => target });
}

function locationOf(url: string): PageLocation {
  const u = new URL(url);
  return { hostname: u.hostname, pathname: u.pathname, search: u.search, hash: u.hash };
}

function detectExample(tool: ToolDef, example: ContextExample) {
  const doc = loadFixture(example.fixture);
  focusMarked(doc);
  return detectContext(tool, locationOf(example.url), doc);
}

const rows = tools.flatMap((tool) =>
  tool.contexts.flatMap((rule) =>
    (toolExamples[tool.id][rule.id] ?? []).map((example) => ({ tool, rule, example, label: `${rule.id} ← ${example.url}${example.fixture ? ` + ${example.fixture}` : ''}` })),
  ),
);

describe('context table', () => {
  // Parse every saved page once up front: the large feed pages take seconds on a loaded machine.
  beforeAll(() => {
    for (const { example } of rows) loadFixture(example.fixture);
  }, 120_000);

  it.each(rows)('$label resolves to its own context and no other', ({ tool, rule, example }) => {
    expect(detectExample(tool, example)?.contexts).toEqual([rule.id, ...(example.also ?? [])]);
  });

  it.each(rows)('$label belongs to no other tool', ({ tool, example }) => {
    for (const other of tools.filter((t) => t !== tool)) {
      const detected = detectExample(other, example);
      expect(detected === null || detected.contexts.length === 0).toBe(true);
    }
  });

  it('gives every rule at least one example', () => {
    for (const tool of tools) {
      for (const rule of tool.contexts) expect(toolExamples[tool.id][rule.id]?.length ?? 0, rule.id).toBeGreaterThan(0);
      // No examples for contexts that do not exist.
      for (const id of Object.keys(toolExamples[tool.id])) expect(tool.contexts.map((c) => c.id), id).toContain(id);
    }
  });

  it('uses no class selectors (hashed class names change with every deploy)', () => {
    for (const tool of tools)
      for (const rule of tool.contexts)
        for (const cond of rule.when)
          for (const signal of [...(cond.any ?? []), ...(cond.none ?? [])])
            expect(signal.selector, rule.id).not.toMatch(/(^|[\s>+~,(])\.[A-Za-z_-]/);
  });

  it('keeps context ids unique and prefixed with their tool', () => {
    const ids = tools.flatMap((t) => t.contexts.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const tool of tools) for (const c of tool.contexts) expect(c.id.startsWith(`${tool.id}.`)).toBe(true);
  });

  it('answers null for shared hosts without a matching rule, and the bare tool elsewhere', () => {
    const excel = tools.find((t) => t.id === 'excel')!;
    const linkedin = tools.find((t) => t.id === 'linkedin')!;
    const blank = loadFixture(undefined);
    expect(detectContext(excel, locationOf('https://contoso.sharepoint.com/sites/Finance/SitePages/Home.aspx'), blank)).toBeNull();
    expect(detectContext(linkedin, locationOf('https://www.linkedin.com/help/linkedin/answer/a1337'), blank)).toEqual({
      tool: 'linkedin',
      contexts: [],
    });
  });
});
