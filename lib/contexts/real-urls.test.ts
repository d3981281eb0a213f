import { describe, expect, it } from 'vitest';
import { realWorldUrls } from '../../test/fixtures/real-world-urls';
import { detectContext } from './detect';
import { tools } from './tools';

const blank = new DOMParser().parseFromString('<!doctype html><title></title>', 'text/html');
const at = (href: string) => {
  const u = new URL(href);
  return { hostname: u.hostname, pathname: u.pathname, search: u.search, hash: u.hash };
};

describe('real-world URLs (each copied from a public source)', () => {
  it('has at least 40 of them across the three tools', () => {
    expect(realWorldUrls.length).toBeGreaterThanOrEqual(40);
    for (const tool of ['linkedin', 'excel', 'tableau']) expect(realWorldUrls.filter((r) => r.tool === tool).length).toBeGreaterThanOrEqual(10);
  });

  it.each(realWorldUrls)('$url → $contexts', ({ url, tool, contexts }) => {
    const def = tools.find((t) => t.id === tool)!;
    const detected = detectContext(def, at(url), blank);
    if (contexts === null) expect(detected === null || detected.contexts.length === 0).toBe(true);
    else expect(detected?.contexts).toEqual(contexts);
    for (const other of tools.filter((t) => t.id !== tool)) {
      const elsewhere = detectContext(other, at(url), blank);
      expect(elsewhere === null || elsewhere.contexts.length === 0, other.id).toBe(true);
    }
  });
});
