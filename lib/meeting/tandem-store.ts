import type { TandemDb } from '../db/db';
import type { AgendaSnapshotItem, Meeting } from '../schemas/meeting';
import type { Note } from '../schemas/note';
import { AGREEMENT_ID, agendaDocSchema, agreementSchema, type AgendaDoc, type Agreement } from '../schemas/tandem';
import type { Role } from '../settings/settings';
import { meetingSchema } from '../schemas/meeting';
import { nextStamp } from '../time/clock';
import { timelineOf } from './timeline';

export type AgreementInput = Pick<Agreement, 'goals' | 'cadenceDays' | 'format' | 'minutes' | 'rules'>;

/** A new agreement's defaults: every two weeks, online, 30 minutes, ground rules to confirm. */
export const defaultAgreement: AgreementInput = {
  goals: '',
  cadenceDays: 14,
  format: 'online',
  minutes: 30,
  rules: { voluntary: false, confidential: false, noReportingLine: false },
};

/** The pair's agreement, if they recorded one. */
export async function loadAgreement(db: TandemDb): Promise<Agreement | undefined> {
  const doc = await db.tandem.get(AGREEMENT_ID);
  return doc?.kind === 'agreement' && doc.deletedAt === undefined ? doc : undefined;
}

/** Records or revises the agreement (either partner may; the newest revision wins). */
export async function saveAgreement(db: TandemDb, input: AgreementInput, now = Date.now()): Promise<Agreement> {
  return db.transaction('rw', db.tandem, async () => {
    const current = await loadAgreement(db);
    const stored = await db.tandem.get(AGREEMENT_ID);
    const next = agreementSchema.parse({ ...input, kind: 'agreement', id: AGREEMENT_ID, createdAt: current?.createdAt ?? now, updatedAt: nextStamp(stored, now) });
    await db.tandem.put(next);
    return next;
  });
}

/** Sets the date and time of the next meeting (creating it if none is scheduled). */
export async function scheduleMeeting(db: TandemDb, at: number, now = Date.now()): Promise<Meeting> {
  return db.transaction('rw', db.meetings, async () => {
    const { upcoming, nextId } = timelineOf(await db.meetings.toArray());
    const existing = upcoming ?? (await db.meetings.get(nextId));
    const next = meetingSchema.parse({
      ...(existing ?? { summary: '', nextSteps: '', feedback: {}, createdAt: now }),
      id: existing?.id ?? nextId,
      scheduledAt: at,
      updatedAt: nextStamp(existing, now),
    });
    await db.meetings.put(next);
    return next;
  });
}

/** Cancels the scheduled meeting (a tombstone, so the partner's copy goes too). */
export async function cancelMeeting(db: TandemDb, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.meetings, async () => {
    const { upcoming } = timelineOf(await db.meetings.toArray());
    if (upcoming) await db.meetings.put({ ...upcoming, deletedAt: now, updatedAt: nextStamp(upcoming, now) });
  });
}

/** The agenda edits of one meeting. */
export async function loadAgendaDoc(db: TandemDb, meetingId: string): Promise<AgendaDoc | undefined> {
  const doc = await db.tandem.get(`agenda.${meetingId}`);
  return doc?.kind === 'agenda' ? doc : undefined;
}

/** Changes the agenda edits of a meeting with `edit` (one transaction). */
export async function editAgenda(
  db: TandemDb,
  meetingId: string,
  edit: (doc: AgendaDoc) => Omit<AgendaDoc, 'id' | 'kind' | 'meetingId' | 'createdAt' | 'updatedAt'>,
  now = Date.now(),
): Promise<AgendaDoc> {
  return db.transaction('rw', db.tandem, async () => {
    const id = `agenda.${meetingId}`;
    const current = (await loadAgendaDoc(db, meetingId)) ?? {
      id,
      kind: 'agenda' as const,
      meetingId,
      order: [],
      minutes: {},
      removed: [],
      custom: [],
      createdAt: now,
      updatedAt: now,
    };
    const next = agendaDocSchema.parse({ ...current, ...edit(current), id, kind: 'agenda', meetingId, updatedAt: nextStamp(await db.tandem.get(id), now), deletedAt: undefined });
    await db.tandem.put(next);
    return next;
  });
}

export interface FeedbackInput {
  rating: number;
  line: string;
}

export interface SessionLogInput {
  heldAt: number;
  summary: string;
  nextSteps: string;
  feedback: Partial<Record<'mentor' | 'mentee', FeedbackInput>>;
  agenda: AgendaSnapshotItem[];
  /** When the next meeting is (the log starts the next window); undefined leaves it open. */
  nextAt?: number;
}

/**
 * Logs the session: closes the window since the last meeting and, when a date is given,
 * schedules the next one. One transaction.
 */
export async function logSession(db: TandemDb, input: SessionLogInput, now = Date.now()): Promise<Meeting> {
  return db.transaction('rw', db.meetings, async () => {
    const { upcoming, nextId } = timelineOf(await db.meetings.toArray());
    const feedback: Meeting['feedback'] = {};
    for (const side of ['mentor', 'mentee'] as const) {
      const f = input.feedback[side];
      if (f) feedback[side] = { rating: f.rating, line: f.line.trim(), at: now };
    }
    const held = meetingSchema.parse({
      ...(upcoming ?? { id: nextId, scheduledAt: input.heldAt, createdAt: now }),
      heldAt: input.heldAt,
      loggedAt: now,
      summary: input.summary,
      nextSteps: input.nextSteps,
      feedback: { ...upcoming?.feedback, ...feedback },
      agendaItems: input.agenda,
      updatedAt: nextStamp(upcoming, now),
    });
    await db.meetings.put(held);
    if (input.nextAt !== undefined) {
      const { nextId: following } = timelineOf(await db.meetings.toArray());
      await db.meetings.put(
        meetingSchema.parse({ id: following, scheduledAt: input.nextAt, summary: '', nextSteps: '', feedback: {}, createdAt: now, updatedAt: now }),
      );
    }
    return held;
  });
}

/** Adds or revises one side's feedback on a past session (each side's feedback merges on its own). */
export async function saveFeedback(db: TandemDb, meetingId: string, side: Role, input: FeedbackInput, now = Date.now()): Promise<void> {
  if (side === 'both') return;
  await db.transaction('rw', db.meetings, async () => {
    const m = await db.meetings.get(meetingId);
    if (!m) return;
    await db.meetings.put(meetingSchema.parse({ ...m, feedback: { ...m.feedback, [side]: { ...input, line: input.line.trim(), at: now } }, updatedAt: nextStamp(m, now) }));
  });
}

/** Marks a question answered during the meeting. */
export async function resolveQuestion(db: TandemDb, noteId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(noteId);
    if (note && note.resolvedAt === undefined) await db.notes.put({ ...note, resolvedAt: now, updatedAt: nextStamp(note, now) });
  });
}

/**
 * Settles a conflict: `keep` puts the copy's text into the note, `dismiss` only removes the copy.
 * Refuses a copy of a private note: a partner's text never goes into one.
 */
export async function settleConflict(db: TandemDb, copy: Note, choice: 'keep' | 'dismiss', now = Date.now()): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    const original = copy.conflictOf === undefined ? undefined : await db.notes.get(copy.conflictOf);
    if (original?.visibility === 'private') throw new Error('A second version never settles into a private note.');
    if (choice === 'keep' && copy.conflictOf) {
      if (original && original.deletedAt === undefined) await db.notes.put({ ...original, body: copy.body, updatedAt: nextStamp(original, now) });
      else if (original) await db.notes.put({ ...copy, id: `${copy.id}.kept`, conflictOf: undefined, createdAt: now, updatedAt: nextStamp(copy, now) });
    }
    await db.notes.put({ ...copy, deletedAt: now, updatedAt: nextStamp(copy, now) });
  });
}
