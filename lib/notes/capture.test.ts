import { describe, expect, it } from 'vitest';
import { noteFromSelection, QUOTE_MAX, tidyQuote } from './capture';

const now = Date.UTC(2026, 10, 23, 9);
const feed = { tool: 'linkedin' as const, contexts: ['linkedin.feed' as const] };

describe('notes from selected text', () => {
  it('stores the quote with page, title and context; a question is flagged for the meeting', () => {
    const note = noteFromSelection({ kind: 'question', selection: '  growth\n hacking ', url: 'https://www.linkedin.com/feed/', title: 'Feed | LinkedIn', detected: feed }, now, 'q1');
    expect(note).toEqual({
      id: 'q1',
      kind: 'question',
      body: '',
      quote: 'growth hacking',
      tool: 'linkedin',
      context: 'linkedin.feed',
      url: 'https://www.linkedin.com/feed/',
      pageTitle: 'Feed | LinkedIn',
      tags: [],
      visibility: 'private',
      forMeeting: true,
      createdAt: now,
      updatedAt: now,
    });
    expect(noteFromSelection({ kind: 'note', selection: 'x', detected: null }, now)?.forMeeting).toBe(false);
  });

  it('ignores an empty selection, cuts a huge one, and keeps hostile text as plain text', () => {
    expect(noteFromSelection({ kind: 'note', selection: ' \n ', detected: feed }, now)).toBeNull();
    const huge = tidyQuote('word '.repeat(5_000));
    expect(huge.length).toBe(QUOTE_MAX);
    expect(huge.endsWith('…')).toBe(true);
    const hostile = noteFromSelection({ kind: 'note', selection: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', detected: feed }, now);
    expect(hostile?.quote).toBe('<img src=x onerror=alert(1)>');
    expect(hostile).not.toHaveProperty('url');
  });
});
