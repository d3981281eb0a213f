import { z } from 'zod';
import type { TandemDb } from '../db/db';
import { toolIds, type ToolId } from '../contexts/types';
import { loadListedNotes } from '../notes/notes';
import type { Goal } from '../schemas/goal';
import type { Note } from '../schemas/note';
import type { Tip } from '../schemas/tip';
import type { GoalInput } from './goals';

/** What the goals view shows: the goals in the order they were set, the notes and tips to link. */
export interface GoalBoard {
  now: number;
  goals: Goal[];
  notes: Note[];
  tips: Tip[];
}

/** Reads the goals view's data: no deleted goal or tip, no draft, no partner's second version of a note. */
export async function loadGoalBoard(db: TandemDb, now = Date.now()): Promise<GoalBoard> {
  const [goals, notes, tips] = await Promise.all([db.goals.toArray(), loadListedNotes(db), db.tips.toArray()]);
  return {
    now,
    goals: goals.filter((g) => g.deletedAt === undefined).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
    notes: notes.filter((n) => !n.conflictOf),
    tips: tips.filter((t) => t.deletedAt === undefined),
  };
}

/** The end of a goal's due day in local time, or undefined when it has none. */
export function dueAt(goal: Pick<Goal, 'dueDate'>): number | undefined {
  return goal.dueDate ? Date.parse(`${goal.dueDate}T23:59:59`) : undefined;
}

/** An active goal whose due day is over (a done or dropped one is never overdue). */
export function isOverdue(goal: Pick<Goal, 'dueDate' | 'status'>, now: number): boolean {
  const due = dueAt(goal);
  return goal.status === 'active' && due !== undefined && due < now;
}

/** The notes a goal lists, and the ones that could still be linked to it (the newest 50 unlinked). */
export function notesFor(goal: Pick<Goal, 'id'>, notes: readonly Note[]): { linked: Note[]; linkable: Note[] } {
  return { linked: notes.filter((n) => n.goalId === goal.id), linkable: notes.filter((n) => n.goalId === undefined).slice(0, 50) };
}

/** The tips a goal could still link, per tool, by title (`titleOf` gives the title in the user's language). */
export function linkableTips(goal: Pick<Goal, 'tipIds'>, tips: readonly Tip[], titleOf: (tip: Tip) => string, lang: string): { tool: ToolId; tips: { id: string; title: string }[] }[] {
  const linked = new Set(goal.tipIds ?? []);
  return toolIds.map((tool) => ({
    tool,
    tips: tips
      .filter((tip) => tip.tool === tool && !linked.has(tip.id))
      .map((tip) => ({ id: tip.id, title: titleOf(tip) }))
      .sort((a, b) => a.title.localeCompare(b.title, lang)),
  }));
}

/** The goal form's fields as typed (numbers are still text). */
export interface GoalForm extends Record<string, unknown> {
  title: string;
  measure: string;
  target: string;
  current: string;
  dueDate: string;
}

/** An empty form for a new goal. */
export const NEW_GOAL_FORM: GoalForm = { title: '', measure: '', target: '1', current: '0', dueDate: '' };

/** The form for editing a goal. */
export function goalForm(goal: Goal): GoalForm {
  return { title: goal.title, measure: goal.measure, target: String(goal.target), current: String(goal.current), dueDate: goal.dueDate ?? '' };
}

/** The two numbers of the form, checked together so a message names the field. */
const numbersSchema = z.object({ target: z.coerce.number().nonnegative(), current: z.coerce.number().nonnegative() });

/** The form as a goal's fields; throws the zod error naming the field for a number that is not one. */
export function parseGoalForm(form: GoalForm): GoalInput {
  return {
    title: form.title.trim(),
    measure: form.measure.trim(),
    ...numbersSchema.parse({ target: form.target || 0, current: form.current || 0 }),
    dueDate: form.dueDate || undefined,
  };
}
