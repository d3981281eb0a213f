import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aNote } from '../../test/builders';
import { TandemDb } from '../db/db';
import { noteSchema } from '../schemas/note';
import { loadContextNotes } from './context-notes';
import { deleteNote, finishDraft, newNote, noteDrafts, parseTags, putNote, QUICK_ADD_ID, restoreNote, revertNote, updateNote } from './notes';
import { loadDraft, saveDraft } from '../drafts/drafts';

const now = Date.UTC(2026, 10, 23, 9);
const feed = { tool: 'linkedin' as const, contexts: ['linkedin.feed' as const] };
let db: TandemDb;
let n = 0;

beforeEach(() => {
  db = new TandemDb(`notes-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('note schema', () => {
  it('is private by default and prefilled with the place', () => {
    const note = newNote('question', { detected: feed, url: 'https://www.linkedin.com/feed/', title: 'Feed | LinkedIn', tipId: 'starter.linkedin.x' }, now, 'n1');
    expect(noteSchema.parse(note)).toEqual({
      id: 'n1',
      kind: 'question',
      body: '',
      tool: 'linkedin',
      context: 'linkedin.feed',
      url: 'https://www.linkedin.com/feed/',
      pageTitle: 'Feed | LinkedIn',
      tipId: 'starter.linkedin.x',
      tags: [],
      visibility: 'private',
      forMeeting: false,
      createdAt: now,
      updatedAt: now,
    });
    expect(newNote('note', {}, now, 'n2')).not.toHaveProperty('tool');
  });

  it('rejects notes that break the rules, naming the field', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'rant' }, 'kind'],
      [{ visibility: 'public' }, 'visibility'],
      [{ body: 'x'.repeat(20_001) }, 'body'],
      [{ tags: Array.from({ length: 13 }, (_, i) => `t${i}`) }, 'tags'],
      [{ context: 'javascript:alert(1)' }, 'context'],
      [{ forMeeting: 'yes' }, 'forMeeting'],
    ];
    for (const [override, field] of cases) {
      const result = noteSchema.safeParse({ ...aNote(), ...override });
      expect(result.success, field).toBe(false);
      expect(result.error?.issues[0]?.path[0], field).toBe(field);
    }
  });

  it('reads tags typed with commas and hashes, and says what is wrong', () => {
    expect(parseTags(' jargon, #excel ,, jargon;formulas')).toEqual({ tags: ['jargon', 'excel', 'formulas'] });
    expect(parseTags('a'.repeat(31) + ', ok')).toEqual({ tags: ['ok'], error: 'tooLong' });
    expect(parseTags(Array.from({ length: 13 }, (_, i) => `t${i}`).join(',')).error).toBe('tooMany');
  });
});

describe('notes in the database', () => {
  it('keeps a draft until it is saved, then lists it', async () => {
    const draft = { ...newNote('note', { detected: feed }, now, 'd1'), body: 'Half a sent' };
    await saveDraft(db, noteDrafts, QUICK_ADD_ID, draft);
    expect((await loadDraft(db, noteDrafts, QUICK_ADD_ID))?.body).toBe('Half a sent');
    expect((await loadContextNotes(db, { detected: feed })).notes).toEqual([]);
    await finishDraft(db, { ...draft, body: 'Half a sentence.' }, now + 1);
    expect(await loadDraft(db, noteDrafts, QUICK_ADD_ID)).toBeUndefined();
    const listed = await loadContextNotes(db, { detected: feed });
    expect(listed.notes.map((x) => x.body)).toEqual(['Half a sentence.']);
  });

  it('deletes with a tombstone and restores on undo; reverts an edit', async () => {
    await putNote(db, aNote({ id: 'a', tool: 'linkedin', context: 'linkedin.feed', body: 'first' }));
    await updateNote(db, 'a', { body: 'second' }, now);
    const snapshot = (await db.notes.get('a'))!;
    await updateNote(db, 'a', { body: 'third', tags: ['x'] }, now + 1);
    await revertNote(db, snapshot, now + 2);
    expect(await db.notes.get('a')).toMatchObject({ body: 'second', tags: [], updatedAt: now + 2 });
    await deleteNote(db, 'a', now + 3);
    expect((await db.notes.get('a'))?.deletedAt).toBe(now + 3);
    expect((await loadContextNotes(db, { detected: feed })).total).toBe(0);
    await restoreNote(db, 'a', now + 4);
    expect(await db.notes.get('a')).not.toHaveProperty('deletedAt');
    expect((await loadContextNotes(db, { detected: feed })).total).toBe(1);
  });

  it('refuses to write an invalid note and leaves the stored one untouched', async () => {
    await putNote(db, aNote({ id: 'a', body: 'kept' }));
    await expect(updateNote(db, 'a', { visibility: 'everyone' as never })).rejects.toThrow();
    expect((await db.notes.get('a'))?.body).toBe('kept');
  });

  it('finds the notes for a page: its contexts, its URL and the open tip, tip notes first, newest first', async () => {
    await db.notes.bulkPut([
      aNote({ id: 'feed-old', tool: 'linkedin', context: 'linkedin.feed', updatedAt: now - 10 }),
      aNote({ id: 'feed-new', tool: 'linkedin', context: 'linkedin.feed', updatedAt: now }),
      aNote({ id: 'composer', tool: 'linkedin', context: 'linkedin.post.composer', updatedAt: now - 5 }),
      aNote({ id: 'same-url', tool: 'linkedin', context: 'linkedin.jobs', url: 'https://www.linkedin.com/feed/', updatedAt: now - 7 }),
      aNote({ id: 'about-tip', tool: 'excel', context: 'excel.formulas', tipId: 'tip-x', updatedAt: now - 100 }),
      aNote({ id: 'jobs', tool: 'linkedin', context: 'linkedin.jobs', updatedAt: now }),
      aNote({ id: 'excel-feed?', tool: 'excel', context: 'excel.home', updatedAt: now }),
    ]);
    const composerOpen = { tool: 'linkedin' as const, contexts: ['linkedin.post.composer' as const, 'linkedin.feed' as const] };
    const found = await loadContextNotes(db, { detected: composerOpen, url: 'https://www.linkedin.com/feed/', tipId: 'tip-x' });
    expect(found.notes.map((x) => x.id)).toEqual(['about-tip', 'feed-new', 'composer', 'same-url', 'feed-old']);
    expect((await loadContextNotes(db, { detected: composerOpen }, 2)).notes.map((x) => x.id)).toEqual(['feed-new', 'composer']);
    expect((await loadContextNotes(db, { detected: composerOpen }, 2)).total).toBe(3);
  });

  it('counts and returns only listed notes when the newest ones are deleted', async () => {
    const many = Array.from({ length: 30 }, (_, i) => aNote({ id: `n${String(i).padStart(2, '0')}`, tool: 'linkedin', context: 'linkedin.feed', updatedAt: now + i }));
    await db.notes.bulkPut(many);
    // The five newest are deleted.
    for (const id of ['n29', 'n28', 'n27', 'n26', 'n25']) await deleteNote(db, id, now + 100);
    const found = await loadContextNotes(db, { detected: feed, url: 'https://nowhere.example/' }, 3);
    expect(found.notes.map((n) => n.id)).toEqual(['n24', 'n23', 'n22']);
    expect(found.total).toBe(25);
  });
});
