import excelLessons from './starter/excel.json';
import linkedinLessons from './starter/linkedin.json';
import tableauLessons from './starter/tableau.json';
import { starterLessonSchema, type StarterLesson } from './starter-lesson';
import type { Pack } from '../schemas/pack';
import type { Tip } from '../schemas/tip';

export const STARTER_PACK_ID = 'starter';
/** Bump with every change to the lessons: installed copies upgrade to it. */
export const STARTER_PACK_VERSION = 4;
/** When this version of the lessons was written (their createdAt/updatedAt). */
const RELEASED_AT = Date.UTC(2026, 10, 29);

/** The tip a starter lesson becomes: English text with the German translation beside it. */
export function lessonToTip(lesson: StarterLesson): Tip {
  return {
    id: `starter.${lesson.tool}.${lesson.slug}`,
    packId: STARTER_PACK_ID,
    tool: lesson.tool,
    contexts: lesson.contexts,
    title: lesson.en.title,
    why: lesson.en.why,
    steps: lesson.en.steps,
    minutes: lesson.minutes,
    level: lesson.level,
    tags: lesson.tags,
    lang: 'en',
    translations: { de: lesson.de },
    author: 'Tandem Tips',
    ...(lesson.doneWhen ? { doneWhen: lesson.doneWhen } : {}),
    source: lesson.source,
    checkedAt: lesson.checkedAt,
    createdAt: RELEASED_AT,
    updatedAt: RELEASED_AT,
  };
}

/** The built-in pack and its tips, validated (a broken lesson fails loudly in tests). */
export function buildStarterPack(): { pack: Pack; tips: Tip[] } {
  const lessons = [...linkedinLessons, ...excelLessons, ...tableauLessons].map((l) => starterLessonSchema.parse(l));
  return {
    pack: {
      id: STARTER_PACK_ID,
      name: 'Tandem Tips starter pack',
      author: 'Tandem Tips',
      description: 'Micro-lessons for LinkedIn, Excel for the web and Tableau.',
      version: STARTER_PACK_VERSION,
      source: 'builtin',
      updatedAt: RELEASED_AT,
    },
    tips: lessons.map(lessonToTip),
  };
}
