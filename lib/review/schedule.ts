import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { ProgressStatus, ReviewSchedule } from '../schemas/progress';

export const reviewGrades = ['again', 'hard', 'good', 'easy'] as const;
/** The mentee's answer when a tip comes back for review. */
export type ReviewGrade = (typeof reviewGrades)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
/** Once a tip's next review is this many days away, it has stuck: "got it". */
export const MASTERED_AFTER_DAYS = 21;

// Tips are practised in real work, not drilled like flash cards: whole days only, no
// minute-long learning steps, no fuzz (the same answers always give the same dates), and at
// most about a year between reviews (the tools change faster than that).
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false, maximum_interval: 365 });

const ratings: Record<ReviewGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const states = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning } as const;
const stateNames = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' } as const;

function toCard(s: ReviewSchedule): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: states[s.state],
    last_review: s.lastReview === undefined ? undefined : new Date(s.lastReview),
  };
}

function fromCard(card: Card): ReviewSchedule {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateNames[card.state],
    ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
  };
}

/** The schedule after the mentee graded a review at `now` (FSRS). */
export function gradeReview(schedule: ReviewSchedule, grade: ReviewGrade, now: number): ReviewSchedule {
  return fromCard(scheduler.next(toCard(schedule), new Date(now), ratings[grade]).card);
}

/** The first schedule of a tip just marked tried (a good first review) or got it (an easy one). */
export function firstReview(status: 'tried' | 'mastered', now: number): ReviewSchedule {
  const card = createEmptyCard(new Date(now));
  return fromCard(scheduler.next(card, new Date(now), ratings[status === 'mastered' ? 'easy' : 'good']).card);
}

/** When each answer would bring the tip back, for the grade buttons. */
export function previewReview(schedule: ReviewSchedule, now: number): Record<ReviewGrade, number> {
  const preview = scheduler.repeat(toCard(schedule), new Date(now));
  return {
    again: preview[Rating.Again].card.due.getTime(),
    hard: preview[Rating.Hard].card.due.getTime(),
    good: preview[Rating.Good].card.due.getTime(),
    easy: preview[Rating.Easy].card.due.getTime(),
  };
}

/** Is a tip due for review at `now`? */
export function isDue(schedule: ReviewSchedule | undefined, now: number): boolean {
  return schedule !== undefined && schedule.due <= now;
}

/** Whole days from `now` until `due` (0 = today or overdue). */
export function daysUntil(due: number, now: number): number {
  return Math.max(0, Math.round((due - now) / DAY_MS));
}

/**
 * The tip's status after a review: forgetting it ("again") makes a got-it tip merely tried again;
 * a tip whose next review is three weeks or more away has stuck and counts as got it.
 */
export function statusAfterReview(status: ProgressStatus, grade: ReviewGrade, next: ReviewSchedule): ProgressStatus {
  if (grade === 'again') return status === 'mastered' ? 'tried' : status;
  if (next.scheduledDays >= MASTERED_AFTER_DAYS && (status === 'tried' || status === 'seen' || status === 'new')) return 'mastered';
  return status;
}
