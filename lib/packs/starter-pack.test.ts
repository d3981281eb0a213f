import { describe, expect, it } from 'vitest';
import { allContextIds, tools } from '../contexts/tools';
import { isHttpsUrl } from '../markdown/safe-url';
import { tipSchema, TITLE_MAX } from '../schemas/tip';
import chatgpt from './starter/chatgpt.json';
import excel from './starter/excel.json';
import linkedin from './starter/linkedin.json';
import tableau from './starter/tableau.json';
import { buildStarterPack } from './starter-pack';
import { starterLessonSchema } from './starter-lesson';

const lessons = [...linkedin, ...excel, ...tableau, ...chatgpt].map((l) => starterLessonSchema.parse(l));

/** The 68 lessons the pack shipped before the expert review; the pack must keep them and grow. */
const ORIGINAL_SLUGS = {
  linkedin: ['headline-says-what-you-do', 'profile-photo-and-banner', 'about-section', 'add-skills', 'featured-section', 'open-to-services-or-hiring', 'start-a-post-choose-audience', 'mentions-and-hashtags', 'schedule-a-post', 'comment-thoughtfully', 'save-posts-for-later', 'follow-or-connect', 'personal-invitation-note', 'manage-invitations', 'job-alerts-and-easy-apply', 'search-filters', 'follow-company-page', 'tame-notifications', 'learning-certificate-to-profile', 'write-first-article', 'message-etiquette', 'profile-viewing-options'],
  excel: ['autosum-total', 'format-as-table', 'table-total-row', 'conditional-formatting-highlight', 'sort-and-filter-list', 'freeze-top-row', 'xlookup-instead-of-vlookup', 'if-decisions', 'sumifs-with-conditions', 'absolute-reference-f4', 'insert-function-fx', 'browse-function-library', 'flash-fill', 'dropdown-data-validation', 'remove-duplicates', 'pivottable-summary', 'pivottable-calculation-refresh', 'insert-chart', 'comment-with-mention', 'record-actions-office-script', 'print-area-landscape', 'draw-pen-markup', 'start-blank-or-template', 'keyboard-navigation', 'version-history-restore'],
  chatgpt: [],
  tableau: ['filter-and-revert', 'download-image-pdf-crosstab', 'subscribe-by-email', 'save-custom-view', 'tooltips-exact-values', 'build-chart-rows-columns', 'show-me-chart-types', 'labels-and-sorting', 'create-calculated-field', 'if-then-categories', 'fixed-lod-basics', 'dashboard-use-as-filter', 'dashboard-text-and-objects', 'publish-as-copy', 'pulse-follow-metric', 'pulse-explore-insights', 'favorites-on-home', 'explore-find-content', 'public-profile-setup', 'public-viz-favorite-download', 'viz-of-the-day'],
} as const;

/** Where each tool's help pages live: a lesson's source is the vendor's own page. */
const VENDOR_HOSTS = {
  linkedin: ['www.linkedin.com'],
  excel: ['support.microsoft.com', 'learn.microsoft.com'],
  tableau: ['help.tableau.com', 'www.tableau.com', 'public.tableau.com'],
  chatgpt: ['help.openai.com'],
} as const;

/**
 * The ChatGPT lessons a mentee needs first and where each must show: how to ask, how to check,
 * and the privacy settings and habits senior professionals ask about most.
 */
const CHATGPT_LESSONS: Record<string, { contexts: string[]; source: string }> = {
  'context-and-role': { contexts: ['chatgpt.new-chat', 'chatgpt.conversation'], source: '/10032626-prompt-engineering-best-practices-for-chatgpt' },
  'ask-for-sources': { contexts: ['chatgpt.search', 'chatgpt.conversation'], source: '/9237897-chatgpt-search' },
  'check-before-you-use': { contexts: ['chatgpt.conversation'], source: '/8313428-does-chatgpt-tell-the-truth' },
  'iterate-dont-restart': { contexts: ['chatgpt.conversation'], source: '/10032626-prompt-engineering-best-practices-for-chatgpt' },
  'custom-instructions': { contexts: ['chatgpt.settings.personalization', 'chatgpt.settings'], source: '/8096356-custom-instructions-for-chatgpt' },
  'memory-on-off': { contexts: ['chatgpt.settings.personalization'], source: '/8590148-memory-faq' },
  'temporary-chat': { contexts: ['chatgpt.temporary', 'chatgpt.new-chat'], source: '/8914046-temporary-chat-faq' },
  'improve-the-model-setting': { contexts: ['chatgpt.settings.data-controls', 'chatgpt.settings'], source: '/7730893-data-controls-faq' },
  'never-paste': { contexts: ['chatgpt.new-chat', 'chatgpt.file-upload'], source: '/5722486-how-your-data-is-used-to-improve-model-performance' },
  'upload-spreadsheet-check': { contexts: ['chatgpt.file-upload'], source: '/8437071-data-analysis-with-chatgpt' },
  'project-for-recurring-task': { contexts: ['chatgpt.project'], source: '/10169521-projects-in-chatgpt' },
  'explain-jargon': { contexts: ['chatgpt.new-chat', 'chatgpt.conversation'], source: '/10032626-prompt-engineering-best-practices-for-chatgpt' },
};

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
      expect(VENDOR_HOSTS[tip.tool as keyof typeof VENDOR_HOSTS] as readonly string[], `${tip.id}: ${tip.source}`).toContain(new URL(tip.source!).hostname);
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

  it('teaches ChatGPT: at least 15 lessons, and the essential ones where they are needed, each from OpenAI’s help center', () => {
    const byslug = new Map(lessons.filter((l) => l.tool === 'chatgpt').map((l) => [l.slug, l]));
    expect(byslug.size).toBeGreaterThanOrEqual(15);
    for (const [slug, want] of Object.entries(CHATGPT_LESSONS)) {
      const lesson = byslug.get(slug);
      expect(lesson, slug).toBeDefined();
      expect(lesson!.contexts, slug).toEqual(want.contexts);
      expect(lesson!.source, slug).toBe(`https://help.openai.com/en/articles${want.source}`);
    }
    // The Data controls lesson names the setting as the UI does, in both languages.
    expect(byslug.get('improve-the-model-setting')!.en.why).toContain('Improve the model for everyone');
    expect(byslug.get('improve-the-model-setting')!.de.why).toContain('Das Modell für alle verbessern');
    // "What never to paste" puts the company's policy first.
    expect(byslug.get('never-paste')!.en.steps[0]).toMatch(/company/);
  });

  it('contains no links, images or HTML (the pack ships offline and is rendered as text)', () => {
    for (const l of lessons) {
      const all = [l.en, l.de].flatMap((t) => [t.title, t.why, ...t.steps]).join('\n');
      expect(all, l.slug).not.toMatch(/<[a-z/]|\]\(|https?:\/\//i);
    }
  });
});
