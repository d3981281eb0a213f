import { describe, expect, it } from 'vitest';
import type { DetectedContext } from '../contexts/types';
import type { Progress } from '../schemas/progress';
import { aTip } from '../../test/builders';
import { rankTips } from './rank';

const now = Date.UTC(2026, 10, 23, 12);
const feed: DetectedContext = { tool: 'linkedin', contexts: ['linkedin.post.composer', 'linkedin.feed'] };
const progressOf = (...rows: Progress[]) => new Map(rows.map((r) => [r.tipId, r]));
const ids = (ranked: ReturnType<typeof rankTips>) => ranked.map((r) => r.tip.id);

describe('rankTips', () => {
  it('puts exact matches first, then tips for the other active contexts, then tool-wide tips', () => {
    const tips = [
      aTip({ id: 'anywhere', contexts: [] }),
      aTip({ id: 'feed', contexts: ['linkedin.feed'] }),
      aTip({ id: 'composer', contexts: ['linkedin.post.composer'] }),
    ];
    const ranked = rankTips(tips, feed, new Map(), now);
    expect(ids(ranked)).toEqual(['composer', 'feed', 'anywhere']);
    expect(ranked.map((r) => r.match)).toEqual(['exact', 'related', 'tool']);
  });

  it('leaves out tips for other contexts, other tools and deleted tips', () => {
    const tips = [
      aTip({ id: 'jobs', contexts: ['linkedin.jobs'] }),
      aTip({ id: 'excel', tool: 'excel', contexts: [] }),
      aTip({ id: 'gone', contexts: ['linkedin.feed'], deletedAt: now - 1 }),
      aTip({ id: 'kept', contexts: ['linkedin.feed'] }),
    ];
    expect(ids(rankTips(tips, feed, new Map(), now))).toEqual(['kept']);
  });

  it('shows unseen before seen before tried before mastered within a group', () => {
    const tips = ['mastered', 'seen', 'new', 'tried'].map((id) => aTip({ id, title: 'Same', contexts: ['linkedin.feed'] }));
    const progress = progressOf(
      { tipId: 'mastered', status: 'mastered', updatedAt: now },
      { tipId: 'seen', status: 'seen', updatedAt: now },
      { tipId: 'tried', status: 'tried', updatedAt: now },
    );
    expect(ids(rankTips(tips, feed, progress, now))).toEqual(['new', 'seen', 'tried', 'mastered']);
  });

  it('hides tips set aside with "not now" until their time is up, then shows them as seen', () => {
    const tips = [aTip({ id: 'a', title: 'A', contexts: ['linkedin.feed'] }), aTip({ id: 'b', title: 'B', contexts: ['linkedin.feed'] })];
    const progress = progressOf({ tipId: 'a', status: 'dismissed', snoozedUntil: now + 1000, updatedAt: now });
    expect(ids(rankTips(tips, feed, progress, now))).toEqual(['b']);
    const later = rankTips(tips, feed, progress, now + 2000);
    expect(ids(later)).toEqual(['b', 'a']);
  });

  it('keeps a dismissal without an end hidden', () => {
    const tips = [aTip({ id: 'a', contexts: ['linkedin.feed'] })];
    const progress = progressOf({ tipId: 'a', status: 'dismissed', updatedAt: now });
    expect(rankTips(tips, feed, progress, now + 10 ** 12)).toEqual([]);
  });

  it('orders ties by level, then minutes, then title, deterministically', () => {
    const tips = [
      aTip({ id: 'adv', title: 'A', level: 'advanced', contexts: ['linkedin.feed'] }),
      aTip({ id: 'beg-long', title: 'B', level: 'beginner', minutes: 4, contexts: ['linkedin.feed'] }),
      aTip({ id: 'beg-short', title: 'C', level: 'beginner', minutes: 1, contexts: ['linkedin.feed'] }),
    ];
    expect(ids(rankTips(tips, feed, new Map(), now))).toEqual(['beg-short', 'beg-long', 'adv']);
    expect(ids(rankTips([...tips].reverse(), feed, new Map(), now))).toEqual(['beg-short', 'beg-long', 'adv']);
  });

  it('shows only tool-wide tips where the tool has no specific context', () => {
    const tips = [aTip({ id: 'anywhere', contexts: [] }), aTip({ id: 'feed', contexts: ['linkedin.feed'] })];
    expect(ids(rankTips(tips, { tool: 'linkedin', contexts: [] }, new Map(), now))).toEqual(['anywhere']);
  });
});
