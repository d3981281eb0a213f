import { goalProgress } from '../goals/goals';
import { formatDateTime } from '../i18n/dates';
import type { Translate } from '../i18n/translator';
import type { Lang } from '../schemas/common';
import type { Settings } from '../settings/settings';
import type { MeetingPrep } from './prep';

/** Names of both sides by role, from this browser's settings. */
export function pairNames(settings: Settings, t: Translate): { mentor: string; mentee: string } {
  const me = settings.myName || t('window.byMe');
  const partner = settings.partnerName || t('reminder.yourPartner');
  return settings.role === 'mentor' ? { mentor: me, mentee: partner } : { mentor: partner, mentee: me };
}

/** User text inside a Markdown list item: continuation lines indented so the list holds together. */
const item = (text: string) => text.trim().replace(/\r?\n/g, '\n   ');

/**
 * The meeting brief as Markdown, for pasting into a calendar invite or chat. Only what both
 * partners see: private notes stay out.
 */
export function briefMarkdown(prep: MeetingPrep, t: Translate, lang: Lang, settings: Settings, now = Date.now()): string {
  const lines: string[] = [];
  const upcoming = prep.timeline.upcoming;
  const when = upcoming ? t('next.when', formatDateTime(lang, upcoming.scheduledAt)) : t('brief.notScheduled');
  const names = pairNames(settings, t);
  lines.push(`# ${t('brief.title')} — ${when}`, '');
  lines.push(`${t('role.mentor')}: ${names.mentor} · ${t('role.mentee')}: ${names.mentee}`);
  const a = prep.agreement;
  if (a) {
    lines.push(
      `${t(`agreement.format.${a.format}`)} · ${t('agreement.minutesValue', { count: a.minutes })} · ${t('agreement.cadence')} ${t('agreement.cadenceDays', { count: a.cadenceDays })}`,
    );
    if (a.goals.trim()) lines.push('', `## ${t('agreement.goals')}`, '', a.goals.trim());
  }
  lines.push('', `## ${t('brief.agendaTotal', { used: prep.agendaMinutes, budget: prep.budget })}`, '');
  if (prep.agenda.length === 0) lines.push(t('agenda.empty'));
  prep.agenda.forEach((i, n) => lines.push(`${n + 1}. ${t(`agenda.source.${i.source}`)}: ${item(i.title)} (${i.minutes} min)`));

  const since = prep.timeline.windowStart ? t('window.since', { date: formatDateTime(lang, prep.timeline.windowStart).date }) : t('window.sinceStart');
  lines.push('', `## ${t('window.heading')} (${since})`);
  const shared = <T extends { visibility: string }>(rows: T[]) => rows.filter((r) => r.visibility === 'shared');
  const section = (title: string, rows: string[], empty: string) => {
    lines.push('', `### ${title}`, '');
    if (rows.length === 0) lines.push(empty);
    for (const r of rows) lines.push(`- ${r}`);
  };
  section(t('window.questions'), shared(prep.window.openQuestions).map((n) => item(n.body)), t('window.noQuestions'));
  section(t('window.flagged'), shared(prep.window.flagged).map((n) => item(n.body)), t('window.noFlagged'));
  section(
    t('window.tips'),
    prep.window.tips.map((x) => `${item(x.title)} — ${t(x.status === 'mastered' ? 'tip.status.mastered' : 'tip.status.tried')} (${x.by === 'me' ? names[settings.role === 'mentor' ? 'mentor' : 'mentee'] : names[settings.role === 'mentor' ? 'mentee' : 'mentor']})`),
    t('window.noTips'),
  );
  section(
    t('window.goals'),
    prep.goals.map(
      (g) => `${item(g.title)}: ${t('brief.progress', { current: g.current, target: g.target, measure: g.measure, percent: Math.round(goalProgress(g) * 100) })}${g.dueDate ? ` · ${t('goals.dueOn', { date: formatDateTime(lang, Date.parse(g.dueDate)).date })}` : ''}`,
    ),
    t('window.noGoals'),
  );
  const last = prep.lastSession;
  if (last) {
    lines.push('', `## ${t('brief.lastSession')} (${formatDateTime(lang, last.heldAt ?? last.scheduledAt).date})`, '');
    if (last.summary.trim()) lines.push(last.summary.trim());
    if (last.nextSteps.trim()) lines.push('', `**${t('brief.nextSteps')}:** ${last.nextSteps.trim()}`);
  }
  lines.push('', `_${t('brief.generated', { date: formatDateTime(lang, now).date })}_`, '');
  return lines.join('\n');
}
