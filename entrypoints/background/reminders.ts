import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { getDb } from '@/lib/db/db';
import { createTranslate, resolveLang } from '@/lib/i18n/translate';
import { loadMeetingPrep } from '@/lib/meeting/prep';
import { ALARM_PREFIX, parseReminderName, planReminders, reminderText } from '@/lib/meeting/reminders';
import { onMessage } from '@/lib/messaging/protocol';
import { loadSettings } from '@/lib/settings/settings-store';

/** Reminders already shown (alarm names), so a recompute never shows one twice. Kept short. */
const shownItem = storage.defineItem<string[]>('local:tandem.remindersShown', { fallback: [] });

async function language() {
  const settings = await loadSettings();
  const lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
  return { settings, lang, t: createTranslate(lang) };
}

/**
 * Sets the alarms for the upcoming meeting and clears stale ones. Runs on install, on browser
 * start (alarms usually survive, but not always — e.g. after an update) and whenever the
 * meeting, agreement or agenda changes.
 */
export async function recomputeReminders(now = Date.now()): Promise<void> {
  const { lang } = await language();
  const prep = await loadMeetingPrep(getDb(), lang, now);
  const plan = planReminders(prep.timeline.upcoming, prep.budget, now, new Set(await shownItem.getValue()));
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  for (const alarm of existing) if (!plan.some((p) => p.name === alarm.name)) await browser.alarms.clear(alarm.name);
  for (const p of plan) {
    const when = Math.max(p.when, now + 1_000);
    const same = existing.find((a) => a.name === p.name);
    if (!same || Math.abs(same.scheduledTime - when) > 60_000 || p.when <= now) await browser.alarms.create(p.name, { when });
  }
}

async function showReminder(name: string, now = Date.now()): Promise<void> {
  const parsed = parseReminderName(name);
  if (!parsed) return;
  const shown = await shownItem.getValue();
  if (shown.includes(name)) return;
  const { settings, lang, t } = await language();
  const prep = await loadMeetingPrep(getDb(), lang, now);
  const upcoming = prep.timeline.upcoming;
  // The meeting moved, was cancelled or logged since the alarm was set: stay quiet.
  if (!upcoming || upcoming.id !== parsed.meetingId || upcoming.scheduledAt !== parsed.scheduledAt) return;
  const { title, message } = reminderText(t, lang, parsed.kind, {
    at: upcoming.scheduledAt,
    openQuestions: prep.window.openQuestions.length,
    agendaItems: prep.agenda.length,
    partnerName: settings.partnerName,
  });
  await browser.notifications.create(name, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
  await shownItem.setValue([...shown, name].slice(-50));
}

/** Meeting reminders: alarms the day before, an hour before and after the meeting; a click opens meeting prep. */
/** Re-plans the alarms now; a failure is logged (the next change or browser start tries again). */
export function replanReminders(): void {
  recomputeReminders().catch((error: unknown) => console.error('Tandem Tips: reminders not set', error));
}

export function wireReminders(): void {
  const recompute = replanReminders;
  browser.runtime.onInstalled.addListener(recompute);
  browser.runtime.onStartup.addListener(recompute);
  onMessage('meetingChanged', recompute);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (!alarm.name.startsWith(ALARM_PREFIX)) return;
    showReminder(alarm.name).catch((error: unknown) => console.error('Tandem Tips: reminder not shown', error));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(ALARM_PREFIX)) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html#meeting') });
  });
}
