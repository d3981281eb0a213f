import { describe, expect, it } from 'vitest';
import { allContextIds, tools } from '../contexts/tools';
import { tipSchema, TITLE_MAX } from '../schemas/tip';
import excel from './starter/excel.json';
import linkedin from './starter/linkedin.json';
import tableau from './starter/tableau.json';
import { buildStarterPack } from './starter-pack';
import { starterLessonSchema } from './starter-lesson';

const lessons = [...linkedin, ...excel, ...tableau].map((l) => starterLessonSchema.parse(l));

describe('starter pack', () => {
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
