import type { Lang } from '../schemas/common';
import type { Meeting } from '../schemas/meeting';
import { formatDay, formatTime } from '../i18n/dates';
import type { Translate } from '../i18n/translator';
import { DAY_MS, HOUR_MS } from './timeline';

export type ReminderKind = 'day-before' | 'hour-before' | 'log-nudge';

/** A reminder to set as an alarm. */
export interface PlannedReminder {
  kind: ReminderKind;
  /** Alarm name; identifies meeting, time and kind, so a reminder is shown once. */
  name: string;
  when: number;
}

export const ALARM_PREFIX = 'tandem-reminder|';
/** How long after the meeting the "log it" nudge still makes sense if the browser was closed. */
const NUDGE_GRACE_MS = 3 * DAY_MS;

/** The alarm name of one reminder. */
export function reminderName(meeting: Pick<Meeting, 'id' | 'scheduledAt'>, kind: ReminderKind): string {
  return `${ALARM_PREFIX}${meeting.id}|${meeting.scheduledAt}|${kind}`;
}

/** Reads an alarm name back (null for other alarms). */
export function parseReminderName(name: string): { meetingId: string; scheduledAt: number; kind: ReminderKind } | null {
  const m = /^tandem-reminder\|([^|]+)\|(\d+)\|(day-before|hour-before|log-nudge)$/.exec(name);
  return m ? { meetingId: m[1]!, scheduledAt: Number(m[2]), kind: m[3] as ReminderKind } : null;
}

/**
 * The reminders for the upcoming meeting: the day before, an hour before, and a nudge to log the
 * session once it is over. A reminder whose time passed while the browser was closed is still
 * shown (at once) while it makes sense; one already shown (`shown`) never again.
 */
export function planReminders(upcoming: Meeting | undefined, minutes: number, now: number, shown: ReadonlySet<string>): PlannedReminder[] {
  if (!upcoming || upcoming.deletedAt !== undefined || upcoming.heldAt !== undefined) return [];
  const end = upcoming.scheduledAt + minutes * 60_000;
  const plan: [ReminderKind, number, number][] = [
    ['day-before', upcoming.scheduledAt - DAY_MS, upcoming.scheduledAt - HOUR_MS],
    ['hour-before', upcoming.scheduledAt - HOUR_MS, upcoming.scheduledAt],
    ['log-nudge', end, end + NUDGE_GRACE_MS],
  ];
  const reminders: PlannedReminder[] = [];
  for (const [kind, at, until] of plan) {
    const name = reminderName(upcoming, kind);
    if (shown.has(name) || now >= until) continue;
    reminders.push({ kind, name, when: Math.max(at, now) });
  }
  return reminders;
}

export interface ReminderFacts {
  at: number;
  openQuestions: number;
  agendaItems: number;
  partnerName: string;
}

/** A reminder's title and text in the user's language. */
export function reminderText(t: Translate, lang: Lang, kind: ReminderKind, facts: ReminderFacts): { title: string; message: string } {
  const time = formatTime(lang, facts.at);
  const day = formatDay(lang, facts.at);
  const partner = facts.partnerName || t('reminder.yourPartner');
  const counts = `${t('reminder.openQuestions', { count: facts.openQuestions })}, ${t('reminder.agendaItems', { count: facts.agendaItems })}`;
  if (kind === 'log-nudge') return { title: t('reminder.nudge.title'), message: t('reminder.nudge.message', { partner }) };
  return {
    title: t(kind === 'day-before' ? 'reminder.dayBefore.title' : 'reminder.hourBefore.title', { time, day, partner }),
    message: counts,
  };
}
