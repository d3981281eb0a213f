import { describe, expect, it } from 'vitest';
import { aNote } from '../../test/builders';
import { NoteSearch } from './search';

const notes = [
  aNote({ id: 'vlookup', kind: 'question', tool: 'excel', body: 'What is the difference between **SVERWEIS** and XVERWEIS?', tags: ['formulas', 'jargon'], forMeeting: true, updatedAt: 5 }),
  aNote({ id: 'answered', kind: 'question', tool: 'excel', body: 'What does CRUD mean?', tags: ['jargon'], resolvedAt: 9, updatedAt: 4 }),
  aNote({ id: 'post', kind: 'win', tool: 'linkedin', body: 'Published my first post', quote: 'Start a post', pageTitle: 'Feed | LinkedIn', tags: ['posting'], updatedAt: 3 }),
  aNote({ id: 'headline', kind: 'note', tool: 'linkedin', body: 'Überschrift zuerst ändern', tags: [], updatedAt: 2 }),
  aNote({ id: 'deleted', body: 'SVERWEIS deleted', deletedAt: 7, updatedAt: 7 }),
];
const ids = (r: { notes: { id: string }[] }) => r.notes.map((n) => n.id);

function indexed() {
  const search = new NoteSearch();
  search.sync(notes);
  return search;
}

describe('NoteSearch', () => {
  it('finds words in body, quote, page title and tags, by prefix and with a typo, ignoring accents and case', () => {
    const search = indexed();
    expect(ids(search.query('sverweis'))).toEqual(['vlookup']);
    expect(ids(search.query('publish'))).toEqual(['post']);
    expect(ids(search.query('Start a post'))).toEqual(['post']);
    expect(ids(search.query('posting'))).toEqual(['post']);
    expect(ids(search.query('uberschrift'))).toEqual(['headline']);
    expect(ids(search.query('XVERWEIZ'))).toEqual(['vlookup']);
    expect(ids(search.query('jargon'))).toEqual(expect.arrayContaining(['vlookup', 'answered']));
    expect(search.query('nothing like this').total).toBe(0);
  });

  it('leaves out deleted notes', () => {
    const search = indexed();
    expect(search.size).toBe(4);
    expect(ids(search.query('deleted'))).toEqual([]);
  });

  it('filters by kind, tool, tag, open questions and for the next meeting, with or without a query', () => {
    const search = indexed();
    expect(ids(search.query('', {}))).toEqual(['vlookup', 'answered', 'post', 'headline']);
    expect(ids(search.query('', { kind: 'win' }))).toEqual(['post']);
    expect(ids(search.query('', { tool: 'linkedin' }))).toEqual(['post', 'headline']);
    expect(ids(search.query('', { tag: 'jargon' }))).toEqual(['vlookup', 'answered']);
    expect(ids(search.query('', { openQuestions: true }))).toEqual(['vlookup']);
    expect(ids(search.query('', { forMeeting: true }))).toEqual(['vlookup']);
    expect(ids(search.query('jargon', { openQuestions: true }))).toEqual(['vlookup']);
    expect(ids(search.query('what', { tool: 'linkedin' }))).toEqual([]);
    expect(search.query('', {}, 2)).toMatchObject({ total: 4 });
    expect(search.query('', {}, 2).notes).toHaveLength(2);
    expect(search.tags()).toEqual(['formulas', 'jargon', 'posting']);
  });

  it('stays in step with changes: edits re-indexed, deletions dropped, new notes added', () => {
    const search = indexed();
    const edited = notes.map((n) => (n.id === 'headline' ? { ...n, body: 'Headline first', updatedAt: 20 } : n)).filter((n) => n.id !== 'post');
    search.sync([...edited, aNote({ id: 'new', body: 'Pivot means something else here', updatedAt: 21 })]);
    expect(ids(search.query('uberschrift'))).toEqual([]);
    expect(ids(search.query('headline'))).toEqual(['headline']);
    expect(ids(search.query('publish'))).toEqual([]);
    expect(ids(search.query('pivot'))).toEqual(['new']);
    expect(search.size).toBe(4);
  });

  it('answers from the newest notes first, then from all of them once synced', () => {
    const search = new NoteSearch();
    // The newest batch: a draft in it stays out; nothing older is known yet.
    search.addSome(notes.filter((n) => n.updatedAt >= 4));
    expect(ids(search.query('sverweis'))).toEqual(['vlookup']);
    expect(ids(search.query('uberschrift'))).toEqual([]);
    expect(search.size).toBe(2);
    // The same batch again (a live query firing twice) changes nothing.
    search.addSome(notes.filter((n) => n.updatedAt >= 4));
    expect(search.size).toBe(2);
    search.sync(notes);
    expect(ids(search.query('uberschrift'))).toEqual(['headline']);
    expect(search.size).toBe(4);
    // A later batch never brings back what the full sync removed, nor removes anything itself.
    search.addSome([{ ...notes[0]!, body: 'SVERWEIS und INDEX', updatedAt: 30 }]);
    expect(ids(search.query('index'))).toEqual(['vlookup']);
    expect(search.size).toBe(4);
  });

  it('built in slices, answers between slices from what it has and ends exactly where a full sync would', async () => {
    const many = Array.from({ length: 1_200 }, (_, i) =>
      aNote({ id: `n${String(i).padStart(4, '0')}`, body: i % 3 === 0 ? `pivot report ${i}` : `budget meeting ${i}`, tags: i % 5 === 0 ? ['jargon'] : [], updatedAt: i + 1 }),
    );
    const gone = aNote({ id: 'gone', body: 'pivot that was deleted since', updatedAt: 5 });
    const full = new NoteSearch();
    full.sync(many);
    const sliced = new NoteSearch();
    sliced.addSome([gone, ...many.slice(-250)]);
    const seenBetween: number[] = [];
    const done = await sliced.syncInSlices(many, { slice: 300, pause: async () => void seenBetween.push(sliced.query('pivot').total) });
    expect(done).toBe(true);
    // Each pause saw more of the notes (and the stale one until the end).
    expect(seenBetween).toEqual([...seenBetween].sort((a, b) => a - b));
    expect(seenBetween[0]).toBeGreaterThan(0);
    // The same notes match (equal scores may come in another order: they were added in another order).
    for (const q of ['pivot', 'budget 7', 'report']) expect(ids(sliced.query(q)).sort()).toEqual(ids(full.query(q)).sort());
    expect(ids(sliced.query('', { tag: 'jargon' }))).toEqual(ids(full.query('', { tag: 'jargon' })));
    expect(sliced.size).toBe(full.size);
    expect(ids(sliced.query('deleted'))).toEqual([]);
  });

  it('stops between slices when told, keeping what it indexed so far', async () => {
    const many = Array.from({ length: 900 }, (_, i) => aNote({ id: `s${i}`, body: `sverweis ${i}`, updatedAt: i + 1 }));
    const search = new NoteSearch();
    let slices = 0;
    const done = await search.syncInSlices(many, { slice: 300, pause: async () => void slices++, stopped: () => slices >= 1 });
    expect(done).toBe(false);
    expect(search.size).toBe(300);
    expect(await search.syncInSlices(many, { slice: 300, pause: async () => undefined })).toBe(true);
    expect(search.size).toBe(900);
  });
});
