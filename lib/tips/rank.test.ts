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

describe('rankTips with reviews and helpfulness', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const schedule = (due: number) => ({ due, stability: 2, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, state: 'review' as const });

  it('puts tips due for review first in their group and flags them', () => {
    const tips = ['fresh', 'due', 'later'].map((id) => aTip({ id, title: 'Same', contexts: ['linkedin.feed'] }));
    const progress = progressOf(
      { tipId: 'due', status: 'tried', review: schedule(now - DAY), updatedAt: now - 3 * DAY },
      { tipId: 'later', status: 'tried', review: schedule(now + DAY), updatedAt: now },
    );
    const ranked = rankTips(tips, feed, progress, now);
    expect(ids(ranked)).toEqual(['due', 'fresh', 'later']);
    expect(ranked.map((r) => r.due)).toEqual([true, false, false]);
    // A due tip for this exact page does not jump ahead of the page's group order; a due tool-wide one stays below.
    const grouped = rankTips([...tips, aTip({ id: 'exact', contexts: ['linkedin.post.composer'] })], feed, progress, now);
    expect(ids(grouped)[0]).toBe('exact');
  });

  it('does not bring back a dismissed tip for review even when its date has come', () => {
    const tips = [aTip({ id: 'a', contexts: ['linkedin.feed'] })];
    const progress = progressOf({ tipId: 'a', status: 'dismissed', snoozedUntil: now - 1, review: schedule(now - DAY), updatedAt: now - DAY });
    expect(rankTips(tips, feed, progress, now).map((r) => r.due)).toEqual([false]);
  });

  it('sinks a tip marked not helpful to the end of its group', () => {
    const tips = ['a', 'b', 'c'].map((id) => aTip({ id, title: id, contexts: ['linkedin.feed'], tags: [id] }));
    const progress = progressOf({ tipId: 'a', status: 'seen', helpful: false, updatedAt: now });
    expect(ids(rankTips(tips, feed, progress, now))).toEqual(['b', 'c', 'a']);
  });

  it('raises unseen tips that share tags with tips found helpful, and lowers those like unhelpful ones', () => {
    const tips = [
      aTip({ id: 'liked', title: 'A', contexts: ['linkedin.jobs'], tags: ['hashtags'] }),
      aTip({ id: 'disliked', title: 'B', contexts: ['linkedin.jobs'], tags: ['video'] }),
      aTip({ id: 'plain', title: 'C', contexts: ['linkedin.feed'], tags: ['other'] }),
      aTip({ id: 'like-video', title: 'D', contexts: ['linkedin.feed'], tags: ['video'] }),
      aTip({ id: 'like-hashtags', title: 'E', contexts: ['linkedin.feed'], tags: ['hashtags'] }),
    ];
    const progress = progressOf(
      { tipId: 'liked', status: 'tried', helpful: true, updatedAt: now },
      { tipId: 'disliked', status: 'tried', helpful: false, updatedAt: now },
    );
    expect(ids(rankTips(tips, feed, progress, now))).toEqual(['like-hashtags', 'plain', 'like-video']);
    // Without any answers the same tips keep their plain order.
    expect(ids(rankTips(tips, feed, new Map(), now))).toEqual(['plain', 'like-video', 'like-hashtags']);
  });
});
