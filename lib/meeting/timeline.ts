import type { Meeting } from '../schemas/meeting';
import type { Agreement } from '../schemas/tandem';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;
const ID = /^meeting-(\d{1,6})$/;

/** The number in a meeting id (`meeting-3` → 3), or null for ids made elsewhere. */
export function meetingSeq(id: string): number | null {
  const m = ID.exec(id);
  return m ? Number(m[1]) : null;
}

/** Where the tandem stands: past sessions, the meeting ahead, and the window since the last one. */
export interface Timeline {
  /** Held meetings, newest first. */
  held: Meeting[];
  /** The scheduled meeting not logged yet. */
  upcoming: Meeting | undefined;
  /** Start of the "since the last meeting" window (0 before the first meeting). */
  windowStart: number;
  /**
   * The id of the meeting ahead. Derived from the history, so when both partners schedule the
   * next meeting on their own computers they write the same record instead of two.
   */
  nextId: string;
}

/** Sorts meetings into history, the upcoming one, and the current window. */
export function timelineOf(meetings: readonly Meeting[]): Timeline {
  const live = meetings.filter((m) => m.deletedAt === undefined);
  const held = live.filter((m) => m.heldAt !== undefined).sort((a, b) => b.heldAt! - a.heldAt! || (a.id < b.id ? 1 : -1));
  const open = live
    .filter((m) => m.heldAt === undefined)
    .sort((a, b) => (meetingSeq(b.id) ?? 0) - (meetingSeq(a.id) ?? 0) || b.scheduledAt - a.scheduledAt);
  const maxSeq = Math.max(0, ...meetings.map((m) => meetingSeq(m.id) ?? 0));
  const upcoming = open[0];
  return {
    held,
    upcoming,
    windowStart: held[0]?.heldAt ?? 0,
    nextId: upcoming?.id ?? `meeting-${maxSeq + 1}`,
  };
}

export type MeetingState =
  | { kind: 'unscheduled' }
  | { kind: 'scheduled'; at: number }
  /** The meeting's time is over and it has not been logged yet. */
  | { kind: 'to-log'; at: number }
  /** The cadence lapsed with nothing scheduled. */
  | { kind: 'due'; since: number };

/** What the panel says about the next meeting right now. */
export function meetingState(timeline: Timeline, agreement: Agreement | undefined, now: number): MeetingState {
  const { upcoming } = timeline;
  if (upcoming) {
    const end = upcoming.scheduledAt + (agreement?.minutes ?? 30) * 60_000;
    return now < end ? { kind: 'scheduled', at: upcoming.scheduledAt } : { kind: 'to-log', at: upcoming.scheduledAt };
  }
  if (!agreement || agreement.deletedAt !== undefined) return { kind: 'unscheduled' };
  const from = timeline.held[0]?.heldAt ?? agreement.createdAt;
  const due = from + agreement.cadenceDays * DAY_MS;
  return now >= due ? { kind: 'due', since: due } : { kind: 'unscheduled' };
}

/** A sensible default for the next meeting: one cadence after the last (same time of day), else tomorrow at 10:00. */
export function suggestNextMeeting(timeline: Timeline, agreement: Agreement | undefined, now: number): number {
  const last = timeline.held[0];
  const cadence = (agreement?.cadenceDays ?? 14) * DAY_MS;
  if (last) {
    let at = (last.scheduledAt || last.heldAt!) + cadence;
    while (at < now) at += cadence;
    return at;
  }
  const d = new Date(now + DAY_MS);
  d.setHours(10, 0, 0, 0);
  return d.getTime();
}
