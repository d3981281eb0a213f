import type { TandemDb } from '../db/db';
import type { Lang } from '../schemas/common';
import type { Goal } from '../schemas/goal';
import type { Meeting } from '../schemas/meeting';
import type { AgendaDoc, Agreement } from '../schemas/tandem';
import type { Tip } from '../schemas/tip';
import { agendaMinutes, applyAgendaEdits, suggestAgenda, windowContents, type AgendaItem, type WindowContents } from './agenda';
import { loadAgendaDoc, loadAgreement } from './tandem-store';
import { meetingState, timelineOf, type MeetingState, type Timeline } from './timeline';

/** Everything the meeting-prep view shows. */
export interface MeetingPrep {
  /** When this was read (components use it instead of calling Date.now while rendering). */
  now: number;
  agreement: Agreement | undefined;
  timeline: Timeline;
  state: MeetingState;
  window: WindowContents;
  agendaDoc: AgendaDoc | undefined;
  /** Suggestions before the pair's edits (to offer "reset"). */
  suggested: AgendaItem[];
  agenda: AgendaItem[];
  agendaMinutes: number;
  /** The time budget: the agreed meeting length. */
  budget: number;
  /** Every goal (for progress bars), including finished ones. */
  goals: Goal[];
  lastSession: Meeting | undefined;
}

/** Reads and derives the meeting prep (used with useLiveQuery, and by the background's reminders). */
export async function loadMeetingPrep(db: TandemDb, lang: Lang, now = Date.now()): Promise<MeetingPrep> {
  const [agreement, meetings, notes, goals, progress, partnerProgress] = await Promise.all([
    loadAgreement(db),
    db.meetings.toArray(),
    db.notes.toArray(),
    db.goals.toArray(),
    db.progress.toArray(),
    db.partnerProgress.toArray(),
  ]);
  const tipIds = [...new Set([...progress, ...partnerProgress].map((p) => p.tipId))];
  const tips = new Map((await db.tips.bulkGet(tipIds)).filter((t): t is Tip => t !== undefined).map((t) => [t.id, t]));
  const timeline = timelineOf(meetings);
  const window = windowContents({ notes, goals, tips, progress, partnerProgress, windowStart: timeline.windowStart, lang });
  const agendaDoc = await loadAgendaDoc(db, timeline.nextId);
  const suggested = suggestAgenda(window);
  const agenda = applyAgendaEdits(suggested, agendaDoc);
  return {
    now,
    agreement,
    timeline,
    state: meetingState(timeline, agreement, now),
    window,
    agendaDoc,
    suggested,
    agenda,
    agendaMinutes: agendaMinutes(agenda),
    budget: agreement?.minutes ?? 30,
    goals: goals.filter((g) => g.deletedAt === undefined).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
    lastSession: timeline.held[0],
  };
}
