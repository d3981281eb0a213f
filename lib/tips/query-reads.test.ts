import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { aTip } from '../../test/builders';
import type { ContextId, DetectedContext, ToolId } from '../contexts/types';
import { TandemDb } from '../db/db';
import type { Progress } from '../schemas/progress';
import { loadTipsFor } from './query';
import { rankTips, setAsideTips } from './rank';

const NOW = 1_800_000_000_000;
const CONTEXTS: Record<'linkedin' | 'excel', ContextId[]> = {
  linkedin: ['linkedin.feed', 'linkedin.post.composer', 'linkedin.profile.edit'] as ContextId[],
  excel: ['excel.formulas', 'excel.pivot'] as ContextId[],
};

/** What the panel showed before it read only the tips it ranks: every tip of the tool, ranked. */
async function rankedFromWholeTool(db: TandemDb, context: DetectedContext) {
  const tips = await db.tips.where('tool').equals(context.tool).toArray();
  const progress = new Map((await db.progress.toArray()).map((p) => [p.tipId, p]));
  const snoozedIds = setAsideTips(tips, context, progress, NOW).map((t) => t.id);
  return { ranked: rankTips(tips, context, progress, NOW), snoozed: snoozedIds.length, snoozedIds };
}

let n = 0;
const dbs: TandemDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const tool = fc.constantFrom<'linkedin' | 'excel'>('linkedin', 'excel');
const tipArb = fc.record({
  tool,
  pick: fc.array(fc.nat(2), { maxLength: 3 }),
  tags: fc.subarray(['a', 'b', 'c', 'd']),
  deleted: fc.boolean(),
  level: fc.constantFrom('beginner', 'intermediate', 'advanced'),
  minutes: fc.integer({ min: 1, max: 5 }),
});
const progressArb = fc.option(
  fc.record({
    status: fc.constantFrom('new', 'seen', 'tried', 'mastered', 'dismissed'),
    helpful: fc.option(fc.boolean(), { nil: undefined }),
    snoozedUntil: fc.option(fc.constantFrom(NOW - 1, NOW + 1), { nil: undefined }),
    due: fc.option(fc.constantFrom(NOW - 1, NOW + 1), { nil: undefined }),
  }),
  { nil: undefined },
);

describe('the tips read for a context', () => {
  it('rank exactly as when every tip of the tool was read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(tipArb, progressArb), { maxLength: 40 }), tool, fc.array(fc.nat(2), { maxLength: 3 }), async (specs, here, active) => {
        const db = new TandemDb(`tips-for-ranking-${n++}`);
        dbs.push(db);
        const tips = specs.map(([s], i) => {
          const all = CONTEXTS[s.tool];
          const contexts = [...new Set(s.pick.map((k) => all[k % all.length]!))];
          return aTip({ id: `t${i}`, tool: s.tool as ToolId, contexts, tags: s.tags, level: s.level as 'beginner', minutes: s.minutes, title: `Tip ${i % 5}`, ...(s.deleted ? { deletedAt: 1 } : {}) });
        });
        const progress = specs.flatMap(([, p], i): Progress[] =>
          p
            ? [{ tipId: `t${i}`, status: p.status as Progress['status'], updatedAt: 1, ...(p.helpful === undefined ? {} : { helpful: p.helpful }), ...(p.snoozedUntil === undefined ? {} : { snoozedUntil: p.snoozedUntil }), ...(p.due !== undefined && (p.status === 'tried' || p.status === 'mastered') ? { review: { due: p.due } } : {}) } as Progress]
            : [],
        );
        await db.tips.bulkPut(tips);
        await db.progress.bulkPut(progress);
        const all = CONTEXTS[here];
        const context: DetectedContext = { tool: here as ToolId, contexts: [...new Set(active.map((k) => all[k % all.length]!))] };
        expect(await loadTipsFor(db, context, NOW)).toEqual(await rankedFromWholeTool(db, context));
      }),
      { numRuns: 300 },
    );
  });
});
