import { describe, expect, it } from 'vitest';
import { allContextIds, tools } from '../contexts/tools';
import { isHttpsUrl } from '../markdown/safe-url';
import { tipSchema, TITLE_MAX } from '../schemas/tip';
import excel from './starter/excel.json';
import linkedin from './starter/linkedin.json';
import tableau from './starter/tableau.json';
import { buildStarterPack } from './starter-pack';
import { starterLessonSchema } from './starter-lesson';

const lessons = [...linkedin, ...excel, ...tableau].map((l) => starterLessonSchema.parse(l));

/** The 68 lessons the pack shipped before the expert review; the pack must keep them and grow. */
const ORIGINAL_SLUGS = {
  linkedin: ['headline-says-what-you-do', 'profile-photo-and-banner', 'about-section', 'add-skills', 'featured-section', 'open-to-services-or-hiring', 'start-a-post-choose-audience', 'mentions-and-hashtags', 'schedule-a-post', 'comment-thoughtfully', 'save-posts-for-later', 'follow-or-connect', 'personal-invitation-note', 'manage-invitations', 'job-alerts-and-easy-apply', 'search-filters', 'follow-company-page', 'tame-notifications', 'learning-certificate-to-profile', 'write-first-article', 'message-etiquette', 'profile-viewing-options'],
  excel: ['autosum-total', 'format-as-table', 'table-total-row', 'conditional-formatting-highlight', 'sort-and-filter-list', 'freeze-top-row', 'xlookup-instead-of-vlookup', 'if-decisions', 'sumifs-with-conditions', 'absolute-reference-f4', 'insert-function-fx', 'browse-function-library', 'flash-fill', 'dropdown-data-validation', 'remove-duplicates', 'pivottable-summary', 'pivottable-calculation-refresh', 'insert-chart', 'comment-with-mention', 'record-actions-office-script', 'print-area-landscape', 'draw-pen-markup', 'start-blank-or-template', 'keyboard-navigation', 'version-history-restore'],
  tableau: ['filter-and-revert', 'download-image-pdf-crosstab', 'subscribe-by-email', 'save-custom-view', 'tooltips-exact-values', 'build-chart-rows-columns', 'show-me-chart-types', 'labels-and-sorting', 'create-calculated-field', 'if-then-categories', 'fixed-lod-basics', 'dashboard-use-as-filter', 'dashboard-text-and-objects', 'publish-as-copy', 'pulse-follow-metric', 'pulse-explore-insights', 'favorites-on-home', 'explore-find-content', 'public-profile-setup', 'public-viz-favorite-download', 'viz-of-the-day'],
} as const;

/** Where each tool's help pages live: a lesson's source is the vendor's own page. */
const VENDOR_HOSTS = {
  linkedin: ['www.linkedin.com'],
  excel: ['support.microsoft.com', 'learn.microsoft.com'],
  tableau: ['help.tableau.com', 'www.tableau.com', 'public.tableau.com'],
} as const;

describe('starter pack', () => {
  it('keeps every original lesson, adds at least 12 per tool and has at least 110 in all', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(110);
    for (const tool of tools) {
      const slugs = lessons.filter((l) => l.tool === tool.id).map((l) => l.slug);
      const original: readonly string[] = ORIGINAL_SLUGS[tool.id];
      expect(original.filter((s) => !slugs.includes(s)), `${tool.id}: original lessons missing`).toEqual([]);
      expect(slugs.filter((s) => !original.includes(s)).length, `${tool.id}: new lessons`).toBeGreaterThanOrEqual(12);
    }
    expect(Object.values(ORIGINAL_SLUGS).flat()).toHaveLength(68);
  });

  it('cites the vendor’s https page for every lesson, with the day it was checked', () => {
    const { tips } = buildStarterPack();
    for (const tip of tips) {
      expect(tip.source && isHttpsUrl(tip.source), `${tip.id}: source`).toBe(true);
      expect(VENDOR_HOSTS[tip.tool] as readonly string[], `${tip.id}: ${tip.source}`).toContain(new URL(tip.source!).hostname);
      expect(tip.checkedAt, `${tip.id}: checkedAt`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(tip.checkedAt!), `${tip.id}: checkedAt is a real day`).not.toBeNaN();
    }
  });

  it('has at least 12 lessons per tool, each valid as a tip', () => {
    const { tips } = buildStarterPack();
    for (const tool of tools) expect(tips.filter((t) => t.tool === tool.id).length, tool.id).toBeGreaterThanOrEqual(12);
    for (const tip of tips) expect(tipSchema.safeParse(tip).success, tip.id).toBe(true);
    expect(new Set(tips.map((t) => t.id)).size).toBe(tips.length);
  });

  it('writes every lesson in German and English, short enough for a card', () => {
    for (const l of lessons) {
      for (const text of [l.en, l.de]) {
        expect(text.title.length, l.slug).toBeLessThanOrEqual(TITLE_MAX);
        expect(text.steps.length, l.slug).toBeGreaterThanOrEqual(1);
        expect(text.steps.length, l.slug).toBeLessThanOrEqual(5);
      }
      expect(l.de.title, l.slug).not.toBe(l.en.title);
      expect(l.de.why.length > 0 && l.en.why.length > 0, `${l.slug}: why in both languages`).toBe(true);
      expect(l.de.steps.length, `${l.slug}: same steps in both languages`).toBe(l.en.steps.length);
      expect(l.minutes).toBeGreaterThanOrEqual(1);
      expect(l.minutes).toBeLessThanOrEqual(5);
    }
  });

  it('targets real contexts of the lesson’s own tool, and covers every context', () => {
    for (const l of lessons) for (const c of l.contexts) expect(c.startsWith(`${l.tool}.`) && allContextIds.includes(c), `${l.slug}: ${c}`).toBe(true);
    const covered = new Set(lessons.flatMap((l) => l.contexts));
    expect(allContextIds.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('contains no links, images or HTML (the pack ships offline and is rendered as text)', () => {
    for (const l of lessons) {
      const all = [l.en, l.de].flatMap((t) => [t.title, t.why, ...t.steps]).join('\n');
      expect(all, l.slug).not.toMatch(/<[a-z/]|\]\(|https?:\/\//i);
    }
  });
});
