import { getDb } from '@/lib/db/db';
import { fromInputs, toDateInput, toTimeInput } from '@/lib/meeting/local-time';
import type { MeetingPrep } from '@/lib/meeting/prep';
import { logSession } from '@/lib/meeting/tandem-store';
import { DAY_MS } from '@/lib/meeting/timeline';
import { pairNames } from '@/lib/meeting/brief';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from '../ui/I18nProvider';
import { useDraft } from '../ui/useDraft';
import { MeetingFormPage } from './MeetingFormPage';
import { RatingFields } from './RatingFields';

const sides = ['mentee', 'mentor'] as const;

/** After the meeting: summary, next steps, a rating and one line from each side; saving starts the next window. */
export function SessionLogForm({ prep }: { prep: MeetingPrep }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const names = pairNames(settings, t);
  const held = Math.min(prep.timeline.upcoming?.scheduledAt ?? prep.now, prep.now);
  const next = held + (prep.agreement?.cadenceDays ?? 14) * DAY_MS;
  const draft = useDraft(`log:${prep.timeline.nextId}`, {
    date: toDateInput(held),
    time: toTimeInput(held),
    summary: '',
    nextSteps: '',
    menteeRating: 0,
    menteeLine: '',
    mentorRating: 0,
    mentorLine: '',
    nextDate: toDateInput(next),
    nextTime: toTimeInput(next),
  });
  const v = draft.value;

  const save = async () => {
    const heldAt = fromInputs(v.date, v.time);
    if (heldAt === null) return null;
    const feedback: Parameters<typeof logSession>[1]['feedback'] = {};
    for (const side of sides) {
      const rating = Number(v[`${side}Rating`]);
      if (rating >= 1) feedback[side] = { rating, line: String(v[`${side}Line`]) };
    }
    await logSession(getDb(), {
      heldAt,
      summary: v.summary,
      nextSteps: v.nextSteps,
      feedback,
      agenda: prep.agenda.map((i) => ({ key: i.key, title: i.title, minutes: i.minutes })),
      nextAt: fromInputs(v.nextDate, v.nextTime) ?? undefined,
    });
    return t('log.saved');
  };

  return (
    <MeetingFormPage
      className="session-log"
      headingId="log-heading"
      testId="session-log"
      back={t('log.back')}
      title={t('log.heading')}
      intro={t('log.intro')}
      saveLabel={t('log.save')}
      draft={draft}
      save={save}
    >
      <fieldset className="inline-form">
        <legend>{t('log.heldAt')}</legend>
        <label>
          {t('next.date')}
          <input type="date" required value={v.date} onChange={(e) => draft.update({ date: e.target.value })} />
        </label>
        <label>
          {t('next.time')}
          <input type="time" required value={v.time} onChange={(e) => draft.update({ time: e.target.value })} />
        </label>
      </fieldset>
      <label className="block">
        {t('log.summary')}
        <textarea rows={4} maxLength={5000} value={v.summary} onChange={(e) => draft.update({ summary: e.target.value })} />
      </label>
      <label className="block">
        {t('log.nextSteps')}
        <textarea rows={3} maxLength={5000} value={v.nextSteps} onChange={(e) => draft.update({ nextSteps: e.target.value })} />
      </label>
      <h2>{t('log.feedback')}</h2>
      {sides.map((side) => (
        <fieldset key={side} className="feedback" data-side={side}>
          <legend>{t('log.feedbackFrom', { role: t(`role.${side}`), name: names[side] })}</legend>
          <RatingFields
            name={`${side}-rating`}
            label={t('log.rating')}
            rating={Number(v[`${side}Rating`])}
            line={String(v[`${side}Line`])}
            onChange={({ rating, line }) => draft.update(rating === undefined ? { [`${side}Line`]: line } : { [`${side}Rating`]: rating })}
          />
        </fieldset>
      ))}
      <fieldset className="inline-form">
        <legend>{t('log.nextMeeting')}</legend>
        <label>
          {t('next.date')}
          <input type="date" value={v.nextDate} onChange={(e) => draft.update({ nextDate: e.target.value })} />
        </label>
        <label>
          {t('next.time')}
          <input type="time" value={v.nextTime} onChange={(e) => draft.update({ nextTime: e.target.value })} />
        </label>
      </fieldset>
    </MeetingFormPage>
  );
}
