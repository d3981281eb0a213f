import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** One axe finding of impact serious or critical, short enough to read in a test failure. */
export interface SeriousViolation {
  where: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe (WCAG 2.x A/AA and best practices) on the page (or the part `include` selects) and returns its serious and critical violations. */
export async function seriousViolations(page: Page, where: string, include?: string): Promise<SeriousViolation[]> {
  // Legacy mode runs axe inside the page itself: the default opens a helper tab, and the side
  // panel follows the most recently active tab, so it would switch away from the view under test.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  // A feature's own part of a view, when the test is about that part.
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      where,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
}
