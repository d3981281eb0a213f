import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { TandemDb } from '../db/db';
import { saveDraft } from '../drafts/drafts';
import { noteDrafts, QUICK_ADD_ID } from '../notes/notes';
import type { Goal } from '../schemas/goal';
import { dueAt, goalForm, isOverdue, linkableTips, loadGoalBoard, NEW_GOAL_FORM, notesFor, parseGoalForm } from './board';
import { advanceByWin, createGoal, statusAfter, updateGoal } from './goals';

const T = Date.UTC(2026, 11, 1, 9);
const aGoal = (over: Partial<Goal> = {}): Goal => ({ id: 'g1', title: 'Post', measure: 'posts', target: 3, current: 0, status: 'active', createdAt: T, updatedAt: T, ...over });

let db: TandemDb;
let n = 0;
beforeEach(() => {
  db = new TandemDb(`goals-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('goal status', () => {
  it('is done once the target is reached, active below it, and a dropped goal stays dropped', () => {
    expect(statusAfter({ status: 'active', current: 3, target: 3 })).toBe('done');
    expect(statusAfter({ status: 'done', current: 2, target: 3 })).toBe('active');
    expect(statusAfter({ status: 'dropped', current: 5, target: 3 })).toBe('dropped');
  });

  it('follows the numbers when they change, unless the change sets the status itself', async () => {
    await db.goals.put(aGoal());
    expect((await updateGoal(db, 'g1', { current: 3 }, T + 1))?.status).toBe('done');
    expect((await updateGoal(db, 'g1', { current: 1 }, T + 2))?.status).toBe('active');
    expect((await updateGoal(db, 'g1', { status: 'dropped' }, T + 3))?.status).toBe('dropped');
    expect((await updateGoal(db, 'g1', { current: 3 }, T + 4))?.status).toBe('dropped');
  });

  it('a win advances its goal once, and only a win', async () => {
    await db.goals.put(aGoal({ target: 1 }));
    await db.notes.bulkPut([aNote({ id: 'w', kind: 'win' }), aNote({ id: 'q', kind: 'question' })]);
    expect((await advanceByWin(db, 'g1', 'q', T))?.current).toBe(0);
    expect(await advanceByWin(db, 'g1', 'w', T)).toMatchObject({ current: 1, status: 'done', countedNoteIds: ['w'] });
    expect((await advanceByWin(db, 'g1', 'w', T + 1))?.current).toBe(1);
  });
});

describe('the goals board', () => {
  it('lists goals in the order they were set, without deleted goals or tips, drafts or second versions of notes', async () => {
    await db.goals.bulkPut([aGoal({ id: 'b', createdAt: 2 }), aGoal({ id: 'a', createdAt: 2 }), aGoal({ id: 'first', createdAt: 1 }), aGoal({ id: 'gone', deletedAt: T })]);
    await db.notes.bulkPut([aNote({ id: 'kept' }), aNote({ id: 'copy', conflictOf: 'kept' })]);
    await saveDraft(db, noteDrafts, QUICK_ADD_ID, aNote({ id: 'half-typed', body: 'Half' }));
    await db.tips.bulkPut([aTip({ id: 'live' }), aTip({ id: 'deleted', deletedAt: T })]);
    const board = await loadGoalBoard(db, T);
    expect(board.goals.map((g) => g.id)).toEqual(['first', 'a', 'b']);
    expect(board.notes.map((x) => x.id)).toEqual(['kept']);
    expect(board.tips.map((x) => x.id)).toEqual(['live']);
    expect(board.now).toBe(T);
  });

  it('splits notes into the goal’s own and those still free to link', () => {
    const notes = [aNote({ id: 'mine', goalId: 'g1' }), aNote({ id: 'other', goalId: 'g2' }), aNote({ id: 'free' })];
    expect(notesFor(aGoal(), notes)).toEqual({ linked: [notes[0]], linkable: [notes[2]] });
  });

  it('offers the tips not linked yet, per tool and by title', () => {
    const tips = [aTip({ id: 'z', tool: 'excel', title: 'Zoom' }), aTip({ id: 'a', tool: 'excel', title: 'Autofill' }), aTip({ id: 'l', tool: 'linkedin', title: 'Headline' })];
    const groups = linkableTips(aGoal({ tipIds: ['l'] }), tips, (tip) => tip.title, 'en');
    expect(groups.map((g) => [g.tool, g.tips.map((x) => x.id)])).toEqual([
      ['linkedin', []],
      ['excel', ['a', 'z']],
      ['tableau', []],
    ]);
  });

  it('an active goal is overdue after the end of its due day; a done one never', () => {
    const goal = aGoal({ dueDate: '2026-12-01' });
    const end = dueAt(goal) ?? 0;
    expect(new Date(end).getDate()).toBe(1);
    expect(isOverdue(goal, end)).toBe(false);
    expect(isOverdue(goal, end + 1_000)).toBe(true);
    expect(isOverdue({ ...goal, status: 'done' }, end + 1_000)).toBe(false);
    expect(isOverdue(aGoal(), end + 1_000)).toBe(false);
  });
});

describe('the goal form', () => {
  it('turns typed text into a goal’s fields, and back', async () => {
    expect(parseGoalForm({ title: ' Post ', measure: ' posts ', target: '2.5', current: '', dueDate: '' })).toEqual({ title: 'Post', measure: 'posts', target: 2.5, current: 0, dueDate: undefined });
    const goal = await createGoal(db, parseGoalForm({ ...NEW_GOAL_FORM, title: 'Post', dueDate: '2026-12-24' }), T);
    expect(goalForm(goal)).toEqual({ title: 'Post', measure: '', target: '1', current: '0', dueDate: '2026-12-24' });
  });

  it('refuses a negative number, naming the field', () => {
    expect(() => parseGoalForm({ ...NEW_GOAL_FORM, title: 'Post', target: '-1' })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['target'] })] }));
  });
});
