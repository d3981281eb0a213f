import type { Note } from '../lib/schemas/note';
import type { Tip } from '../lib/schemas/tip';

const T0 = Date.UTC(2026, 10, 1);

/** A valid tip with sensible defaults; override what the test is about. */
export function aTip(overrides: Partial<Tip> = {}): Tip {
  return {
    id: 'tip-1',
    packId: 'local',
    tool: 'linkedin',
    contexts: ['linkedin.feed'],
    title: 'Follow a hashtag',
    why: 'Your feed shows more of what you care about.',
    steps: ['Search for a hashtag', 'Click **Follow**'],
    minutes: 2,
    level: 'beginner',
    tags: ['feed'],
    lang: 'en',
    author: 'Mia',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A valid private note. */
export function aNote(overrides: Partial<Note> = {}): Note {
  return {
    id: 'note-1',
    kind: 'note',
    body: 'Hashtags work like folders.',
    tags: [],
    visibility: 'private',
    forMeeting: false,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}
