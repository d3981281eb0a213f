import type { TandemDb } from '../db/db';
import { goalSchema, type Goal } from '../schemas/goal';
import { nextStamp } from '../time/clock';

export type GoalInput = Pick<Goal, 'title' | 'measure' | 'target' | 'current' | 'dueDate'>;

/** How far a goal is, 0…1 (a target of 0 counts as reached). */
export function goalProgress(goal: Pick<Goal, 'current' | 'target'>): number {
  if (goal.target <= 0) return 1;
  return Math.min(1, Math.max(0, goal.current / goal.target));
}

/**
 * The status after a change of the numbers: a dropped goal stays dropped (only the user reopens
 * it); otherwise reaching the target marks it done and falling below reopens it.
 */
export function statusAfter(goal: Pick<Goal, 'status' | 'current' | 'target'>): Goal['status'] {
  if (goal.status === 'dropped') return 'dropped';
  return goal.current >= goal.target ? 'done' : 'active';
}

/** Adds a KPI goal; throws the zod error (naming the field) for bad input. */
export async function createGoal(db: TandemDb, input: GoalInput, now = Date.now()): Promise<Goal> {
  const goal = goalSchema.parse({ ...input, id: crypto.randomUUID(), status: 'active', createdAt: now, updatedAt: now });
  await db.goals.put(goal);
  return goal;
}

/** Changes a goal; reaching the target marks it done, falling below reopens it. */
export async function updateGoal(db: TandemDb, id: string, patch: Partial<Omit<Goal, 'id' | 'createdAt'>>, now = Date.now()): Promise<Goal | undefined> {
  return db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(id);
    if (!goal) return undefined;
    const next = goalSchema.parse({ ...goal, ...patch, updatedAt: nextStamp(goal, now) });
    if (patch.status === undefined) next.status = statusAfter(next);
    await db.goals.put(next);
    return next;
  });
}

/** Deletes a goal (a tombstone, so it goes from the partner's browser too). */
export async function deleteGoal(db: TandemDb, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(id);
    if (goal) await db.goals.put({ ...goal, deletedAt: now, updatedAt: nextStamp(goal, now) });
  });
}

/** Links a note to a goal (or unlinks it with `undefined`). */
export async function linkNote(db: TandemDb, noteId: string, goalId: string | undefined, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(noteId);
    if (note) await db.notes.put({ ...note, goalId, updatedAt: nextStamp(note, now) });
  });
}

/** Links or unlinks a tip. */
export async function toggleTip(db: TandemDb, goalId: string, tipId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(goalId);
    if (!goal) return;
    const tipIds = goal.tipIds ?? [];
    const next = tipIds.includes(tipId) ? tipIds.filter((t) => t !== tipId) : [...tipIds, tipId];
    await db.goals.put(goalSchema.parse({ ...goal, tipIds: next, updatedAt: nextStamp(goal, now) }));
  });
}

/** A win note advances its goal by one, once: the note is remembered as counted. */
export async function advanceByWin(db: TandemDb, goalId: string, noteId: string, now = Date.now()): Promise<Goal | undefined> {
  return db.transaction('rw', db.goals, db.notes, async () => {
    const [goal, note] = await Promise.all([db.goals.get(goalId), db.notes.get(noteId)]);
    if (!goal || note?.kind !== 'win' || goal.countedNoteIds?.includes(noteId)) return goal;
    const current = goal.current + 1;
    const next = goalSchema.parse({
      ...goal,
      current,
      countedNoteIds: [...(goal.countedNoteIds ?? []), noteId],
      status: statusAfter({ ...goal, current }),
      updatedAt: nextStamp(goal, now),
    });
    await db.goals.put(next);
    return next;
  });
}
