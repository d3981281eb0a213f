import { useState } from 'react';
import { getDb } from '@/lib/db/db';
import { formatDateTime } from '@/lib/i18n/dates';
import { fromInputs, toDateInput, toTimeInput } from '@/lib/meeting/local-time';
import type { MeetingPrep } from '@/lib/meeting/prep';
import { cancelMeeting, scheduleMeeting } from '@/lib/meeting/tandem-store';
import { suggestNextMeeting } from '@/lib/meeting/timeline';
import { useI18n } from '../ui/I18nProvider';
import { useAnnounce } from '../ui/useAnnounce';
import { explainFailure } from '@/lib/files/messages';

/** When the next meeting is — or that one is due, or that the last one wants logging — and a way to set it. */
export function NextMeeting({ prep }: { prep: MeetingPrep }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [status, announce] = useAnnounce();
  const { state, timeline, agreement } = prep;
  const initial = timeline.upcoming?.scheduledAt ?? suggestNextMeeting(timeline, agreement, prep.now);
  const [date, setDate] = useState(toDateInput(initial));
  const [time, setTime] = useState(toTimeInput(initial));

  const save = async () => {
    const at = fromInputs(date, time);
    if (at === null) return;
    try {
      await scheduleMeeting(getDb(), at);
      setEditing(false);
      announce(t('next.saved', formatDateTime(lang, at)));
    } catch (error) {
      announce(explainFailure(t, error, 'error.storage'));
    }
  };

  return (
    <section className={`card next-meeting state-${state.kind}`} aria-labelledby="next-heading" data-testid="next-meeting" data-state={state.kind}>
      <h2 id="next-heading">{t('next.heading')}</h2>
      {state.kind === 'scheduled' && (
        <p className="next-when" data-testid="next-when">
          {t('next.when', formatDateTime(lang, state.at))}
        </p>
      )}
      {state.kind === 'unscheduled' && <p>{t('next.unscheduled')}</p>}
      {state.kind === 'due' && (
        <p className="due">{t('next.due', { days: agreement?.cadenceDays ?? 14, date: formatDateTime(lang, state.since).date })}</p>
      )}
      {state.kind === 'to-log' && (
        <>
          <p className="due">{t('next.toLog', { date: formatDateTime(lang, state.at).date })}</p>
          <a className="primary button-link" href="#meeting/log">
            {t('next.logNow')}
          </a>
        </>
      )}
      {state.kind === 'scheduled' && <p className="muted small">{t('next.reminders')}</p>}
      {editing ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            {t('next.date')}
            <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label>
            {t('next.time')}
            <input type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
          </label>
          <div className="row">
            <button type="submit" className="primary">
              {t('next.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="row">
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {timeline.upcoming ? t('next.change') : t('next.schedule')}
          </button>
          {timeline.upcoming && state.kind === 'scheduled' && (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                void cancelMeeting(getDb()).then(() => {
                  announce(t('next.cancelled'));
                })
              }
            >
              {t('next.cancelMeeting')}
            </button>
          )}
        </div>
      )}
      <p className="status-message" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
