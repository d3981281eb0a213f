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
});
