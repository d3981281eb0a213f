// Deterministic data at the budgets' scale (2,000 tips, 10,000 notes, 200 goals, 200 meetings),
// written straight into the extension's IndexedDB through the service worker. Shared by
// `npm run bench` (panel at scale) and `npm run bench:notes`.
import type { Worker } from '@playwright/test';
import { readStore } from '../test/e2e/extension.ts';

/** A small deterministic random generator (mulberry32), so every run seeds the same data. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'dashboard filter pivot table formula lookup sverweis xverweis chart headline profile post hashtag mention audience ' +
  'comment invitation network newsletter article calculated field parameter extract workbook sheet ribbon macro script ' +
  'conditional formatting validation dropdown duplicates sort freeze panes print area template version history ' +
  'kpi okr roadmap stakeholder meeting agenda feedback mentor mentee jargon growth hacking crud pivot sprint backlog ' +
  'Überschrift Kennzahl Bericht Tabelle Diagramm Beitrag Kontakt Einladung Zusammenfassung Datenquelle Abfrage Zelle ' +
  'quarterly numbers finance team decision review budget forecast customer region sales margin trend'
).split(' ');
const TAGS = ['jargon', 'formulas', 'posting', 'profile', 'charts', 'meeting', 'shortcut', 'lod', 'privacy', 'automation', 'data', 'network'];

/** Generators over one seeded random stream. */
export function generators(seed = 42) {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const now = Date.now();

  const tip = (id: string, context: string, i: number) => ({
    id,
    packId: 'local',
    tool: context.split('.')[0],
    contexts: rnd() < 0.2 ? [] : [context],
    title: sentence(4).slice(0, 60),
    why: sentence(20),
    steps: [sentence(8), sentence(8), sentence(6)],
    minutes: 1 + Math.floor(rnd() * 5),
    level: pick(['beginner', 'intermediate', 'advanced']),
    tags: [pick(TAGS)],
    lang: pick(['en', 'de']),
    author: 'Bench',
    createdAt: now - i * 1000,
    updatedAt: now - i * 1000,
  });

  const note = (id: string, context: string, i: number, tipIds: readonly string[], visibility?: 'private' | 'shared') => {
    const tool = context.split('.')[0]!;
    const at = now - i * 60_000;
    return {
      id,
      kind: pick(['note', 'note', 'question', 'win']),
      body: sentence(8 + Math.floor(rnd() * 40)),
      tool,
      context,
      url: tool === 'linkedin' && context === 'linkedin.feed' ? 'https://www.linkedin.com/feed/' : `https://example.invalid/${tool}/${i}`,
      pageTitle: `${context} page ${i % 50}`,
      ...(rnd() < 0.15 ? { quote: sentence(5) } : {}),
      ...(rnd() < 0.3 && tipIds.length > 0 ? { tipId: pick(tipIds) } : {}),
      tags: Array.from(new Set(Array.from({ length: Math.floor(rnd() * 3) }, () => pick(TAGS)))),
      visibility: visibility ?? (rnd() < 0.8 ? 'private' : 'shared'),
      forMeeting: rnd() < 0.1,
      ...(rnd() < 0.1 ? { resolvedAt: at } : {}),
      createdAt: at,
      updatedAt: at,
    };
  };

  const goal = (id: string, i: number) => ({
    id,
    title: `Goal ${i}: ${sentence(4)}`.slice(0, 120),
    measure: sentence(3),
    target: 3 + Math.floor(rnd() * 10),
    current: Math.floor(rnd() * 3),
    status: pick(['active', 'active', 'done', 'dropped']),
    createdAt: now - i * 3_600_000,
    updatedAt: now - i * 3_600_000,
  });

  const meeting = (id: string, i: number) => {
    const at = now - (i - 2) * 14 * 86_400_000;
    return {
      id,
      scheduledAt: at,
      ...(i > 2 ? { heldAt: at } : {}),
      summary: sentence(30),
      nextSteps: sentence(12),
      feedback: {},
      createdAt: at,
      updatedAt: at,
    };
  };

  return { rnd, pick, sentence, tip, note, goal, meeting };
}

/** Writes rows into one object store of the extension's database, in chunks. */
export async function put(sw: Worker, store: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2_000) {
    await sw.evaluate(
      ({ store, chunk }) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('tandem-tips');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(store, 'readwrite');
            for (const row of chunk) tx.objectStore(store).put(row);
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      { store, chunk: rows.slice(i, i + 2_000) },
    );
  }
}

export interface ScaleCounts {
  tips: number;
  notes: number;
  goals: number;
  meetings: number;
  progress: number;
  notesForFeed: number;
}

/**
 * Seeds the scale next to the starter pack: `tips` tips in all (starter included),
 * `notes` notes across every context, `goals` goals and `meetings` meetings.
 */
export async function seedScale(sw: Worker, size = { tips: 2_000, notes: 10_000, goals: 200, meetings: 200 }): Promise<ScaleCounts> {
  const g = generators(42);
  const starter = await readStore<{ id: string; contexts: string[] }>(sw, 'tips');
  const contexts = [...new Set(starter.flatMap((t) => t.contexts))];
  const tips = Array.from({ length: size.tips - starter.length }, (_, i) => g.tip(`bench.tip.${i}`, g.pick(contexts), i));
  const allTipIds = [...starter.map((t) => t.id), ...tips.map((t) => t.id)];
  const notes = Array.from({ length: size.notes }, (_, i) => g.note(`bench-note-${i}`, g.pick(contexts), i, allTipIds));
  const goals = Array.from({ length: size.goals }, (_, i) => g.goal(`bench-goal-${i}`, i));
  const meetings = Array.from({ length: size.meetings }, (_, i) => g.meeting(`bench-meeting-${i}`, i));
  const now = Date.now();
  const progress = allTipIds.filter(() => g.rnd() < 0.25).map((tipId) => ({ tipId, status: 'tried', lastSeenAt: now, updatedAt: now }));
  await put(sw, 'tips', tips);
  await put(sw, 'notes', notes);
  await put(sw, 'goals', goals);
  await put(sw, 'meetings', meetings);
  await put(sw, 'progress', progress);
  return {
    tips: starter.length + tips.length,
    notes: notes.length,
    goals: goals.length,
    meetings: meetings.length,
    progress: progress.length,
    notesForFeed: notes.filter((n) => n.context === 'linkedin.feed').length,
  };
}
