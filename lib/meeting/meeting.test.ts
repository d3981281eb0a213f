import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { TandemDb } from '../db/db';
import { createTranslate } from '../i18n/translate';
import type { Meeting } from '../schemas/meeting';
import { defaultSettings } from '../settings/settings';
import { applyAgendaEdits, moveAgendaItem, suggestAgenda, windowContents } from './agenda';
import { briefMarkdown } from './brief';
import { loadMeetingPrep } from './prep';
import { parseReminderName, planReminders, reminderText } from './reminders';
import { editAgenda, logSession, saveAgreement, scheduleMeeting, defaultAgreement } from './tandem-store';
import { DAY_MS, HOUR_MS, meetingState, timelineOf } from './timeline';

const T = Date.UTC(2026, 11, 1, 9);
const meeting = (over: Partial<Meeting>): Meeting => ({ id: 'meeting-1', scheduledAt: T, summary: '', nextSteps: '', feedback: {}, createdAt: 0, updatedAt: 0, ...over });

describe('timeline and meeting state', () => {
  it('finds the window, the upcoming meeting and the next id', () => {
    const tl = timelineOf([meeting({ id: 'meeting-1', heldAt: T }), meeting({ id: 'meeting-2', scheduledAt: T + 14 * DAY_MS })]);
    expect(tl.windowStart).toBe(T);
    expect(tl.upcoming?.id).toBe('meeting-2');
    expect(tl.nextId).toBe('meeting-2');
    expect(timelineOf([meeting({ heldAt: T })]).nextId).toBe('meeting-2');
  });

  it('says scheduled, to log, due or unscheduled', () => {
    const agreement = { ...defaultAgreement, id: 'agreement', kind: 'agreement' as const, createdAt: T, updatedAt: T };
    const up = timelineOf([meeting({})]);
    expect(meetingState(up, agreement, T - 1).kind).toBe('scheduled');
    expect(meetingState(up, agreement, T + 31 * 60_000).kind).toBe('to-log');
    const held = timelineOf([meeting({ heldAt: T })]);
    expect(meetingState(held, agreement, T + 13 * DAY_MS).kind).toBe('unscheduled');
    expect(meetingState(held, agreement, T + 15 * DAY_MS)).toEqual({ kind: 'due', since: T + 14 * DAY_MS });
  });
});

describe('agenda', () => {
  const notes = [
    aNote({ id: 'q1', kind: 'question', body: 'What is CRUD?', visibility: 'shared', createdAt: 1 }),
    aNote({ id: 'q2', kind: 'question', body: 'Private worry', visibility: 'private', createdAt: 2 }),
    aNote({ id: 'n1', body: 'Show my first post', visibility: 'shared', forMeeting: true, createdAt: 3, updatedAt: 3 }),
    aNote({ id: 'old', body: 'Discussed last time', visibility: 'shared', forMeeting: true, createdAt: 0, updatedAt: 0 }),
  ];
  const input = {
    notes,
    goals: [{ id: 'g1', title: 'First post', measure: 'posts', target: 1, current: 0, status: 'active' as const, createdAt: 1, updatedAt: 1 }],
    tips: new Map([['t1', aTip({ id: 't1', title: 'Follow a hashtag' })]]),
    progress: [{ tipId: 't1', status: 'tried' as const, updatedAt: 5 }],
    partnerProgress: [{ tipId: 't1', status: 'mastered' as const, title: 'Follow a hashtag', updatedAt: 6 }],
    windowStart: 1,
    lang: 'en' as const,
  };

  it('suggests shared questions, flagged notes in the window, tips and goals — never private notes', () => {
    const items = suggestAgenda(windowContents(input));
    expect(items.map((i) => i.key)).toEqual(['q:q1', 'n:n1', 't:t1', 'g:g1']);
    expect(items.find((i) => i.key === 't:t1')?.minutes).toBe(2);
    expect(windowContents(input).openQuestions.map((n) => n.id)).toEqual(['q1', 'q2']);
  });

  it('applies the pair’s order, minutes, removals and own points', () => {
    const suggested = suggestAgenda(windowContents(input));
    const doc = {
      id: 'agenda.meeting-1', kind: 'agenda' as const, meetingId: 'meeting-1', createdAt: 1, updatedAt: 1,
      order: ['g:g1', 'c:x', 'q:q1'], minutes: { 'q:q1': 10 }, removed: ['n:n1'], custom: [{ key: 'c:x', title: 'Coffee', minutes: 4 }],
    };
    const items = applyAgendaEdits(suggested, doc);
    expect(items.map((i) => i.key)).toEqual(['g:g1', 'c:x', 'q:q1', 't:t1']);
    expect(items.find((i) => i.key === 'q:q1')?.minutes).toBe(10);
    expect(moveAgendaItem(items, 'c:x', -1)).toEqual(['c:x', 'g:g1', 'q:q1', 't:t1']);
    expect(moveAgendaItem(items, 't:t1', 1)).toEqual(['g:g1', 'c:x', 'q:q1', 't:t1']);
  });
});

describe('reminders', () => {
  const up = meeting({ id: 'meeting-3', scheduledAt: T });
  it('plans the day before, an hour before and the nudge to log', () => {
    const plan = planReminders(up, 30, T - 2 * DAY_MS, new Set());
    expect(plan.map((r) => [r.kind, r.when])).toEqual([
      ['day-before', T - DAY_MS],
      ['hour-before', T - HOUR_MS],
      ['log-nudge', T + 30 * 60_000],
    ]);
    expect(parseReminderName(plan[0]!.name)).toEqual({ meetingId: 'meeting-3', scheduledAt: T, kind: 'day-before' });
  });

  it('shows a missed reminder at once while it still helps, and never twice', () => {
    const now = T - 2 * HOUR_MS;
    const plan = planReminders(up, 30, now, new Set());
    expect(plan.map((r) => [r.kind, r.when])).toEqual([
      ['day-before', now],
      ['hour-before', T - HOUR_MS],
      ['log-nudge', T + 30 * 60_000],
    ]);
    expect(planReminders(up, 30, now, new Set([plan[0]!.name])).map((r) => r.kind)).toEqual(['hour-before', 'log-nudge']);
    expect(planReminders(up, 30, T + 4 * DAY_MS, new Set())).toEqual([]);
    expect(planReminders({ ...up, heldAt: T }, 30, now, new Set())).toEqual([]);
  });

  it('says how many open questions and agenda items there are, in the user’s language', () => {
    const facts = { at: T, openQuestions: 3, agendaItems: 5, partnerName: 'Mia' };
    expect(reminderText(createTranslate('en'), 'en', 'day-before', facts).message).toBe('3 open questions, 5 agenda items');
    const de = reminderText(createTranslate('de'), 'de', 'hour-before', { ...facts, openQuestions: 1 });
    expect(de.message).toBe('1 offene Frage, 5 Tagesordnungspunkte');
    expect(de.title).toMatch(/^Tandem-Treffen mit Mia um \d\d:\d\d$/);
  });
});

describe('meeting store and brief', () => {
  let db: TandemDb;
  let n = 0;
  beforeEach(() => {
    db = new TandemDb(`meeting-${n++}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('schedules, edits the agenda, logs the session and starts the next window', async () => {
    await saveAgreement(db, { ...defaultAgreement, goals: 'Post on LinkedIn', rules: { voluntary: true, confidential: true, noReportingLine: true } }, T - 20 * DAY_MS);
    await db.notes.put(aNote({ id: 'q1', kind: 'question', body: 'What is CRUD?', visibility: 'shared', createdAt: T - DAY_MS, updatedAt: T - DAY_MS }));
    await db.notes.put(aNote({ id: 'p1', kind: 'question', body: 'SECRET private question', visibility: 'private', createdAt: T - DAY_MS, updatedAt: T - DAY_MS }));
    const m = await scheduleMeeting(db, T, T - 2 * DAY_MS);
    expect(m.id).toBe('meeting-1');
    expect((await scheduleMeeting(db, T + HOUR_MS, T - 2 * DAY_MS)).id).toBe('meeting-1');
    await editAgenda(db, m.id, (d) => ({ ...d, custom: [{ key: 'c:1', title: 'Coffee first', minutes: 5 }], order: ['c:1'] }), T - DAY_MS);

    const prep = await loadMeetingPrep(db, 'en', T - DAY_MS);
    expect(prep.agenda.map((i) => i.title)).toEqual(['Coffee first', 'What is CRUD?']);
    expect(prep.agendaMinutes).toBe(10);
    const md = briefMarkdown(prep, createTranslate('en'), 'en', { ...defaultSettings, myName: 'Peter', partnerName: 'Mia' }, T);
    expect(md).toContain('1. Point: Coffee first (5 min)');
    expect(md).toContain('- What is CRUD?');
    expect(md).toContain('Mentor: Mia · Mentee: Peter');
    expect(md).not.toContain('SECRET');

    await logSession(db, { heldAt: T + HOUR_MS, summary: 'Went well', nextSteps: 'Post', feedback: { mentee: { rating: 5, line: 'Clear' } }, agenda: [], nextAt: T + 15 * DAY_MS }, T + 2 * HOUR_MS);
    const after = await loadMeetingPrep(db, 'en', T + 2 * HOUR_MS);
    expect(after.timeline.windowStart).toBe(T + HOUR_MS);
    expect(after.timeline.upcoming).toMatchObject({ id: 'meeting-2', scheduledAt: T + 15 * DAY_MS });
    expect(after.lastSession).toMatchObject({ summary: 'Went well', feedback: { mentee: { rating: 5, line: 'Clear' } } });
    // The custom point belonged to the last meeting's agenda.
    expect(after.agenda.map((i) => i.title)).toEqual(['What is CRUD?']);
  });
});
