import { getDb } from '@/lib/db/db';
import { formatDateTime } from '@/lib/i18n/dates';
import { saveFeedback } from '@/lib/meeting/tandem-store';
import type { Meeting } from '@/lib/schemas/meeting';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from '../ui/I18nProvider';
import { Markdown } from '../ui/Markdown';
import { useAnnounce } from '../ui/useAnnounce';
import { DraftNote } from '../ui/DraftNote';
import { useDraft } from '../ui/useDraft';
import { RatingFields } from './RatingFields';
import { ErrorBoundary } from '../ui/ErrorBoundary';

/** Past sessions, newest first: summary, next steps, each side's rating and line. */
export function SessionHistory({ held }: { held: Meeting[] }) {
  const { t, lang } = useI18n();
  const { settings } = useSettings();
  const mySide = settings.role === 'both' ? undefined : settings.role;
  return (
    <section className="history" aria-labelledby="history-heading" data-testid="history">
      <h2 id="history-heading">{t('history.heading')}</h2>
      {held.length === 0 && <p className="muted">{t('history.empty')}</p>}
      {held.map((m) => (
        <ErrorBoundary key={m.id} item>
          <details className="card session" data-meeting-id={m.id}>
            <summary>
              <strong>{formatDateTime(lang, m.heldAt ?? m.scheduledAt).date}</strong>
              {(['mentee', 'mentor'] as const).map(
                (side) =>
                  m.feedback[side] && (
                    <span key={side} className="muted">
                      {' '}
                      · {t('history.rating', { role: t(`role.${side}`), rating: m.feedback[side].rating })}
                    </span>
                  ),
              )}
            </summary>
            {m.summary.trim() ? <Markdown text={m.summary} /> : <p className="muted">{t('history.noSummary')}</p>}
            {m.nextSteps.trim() && (
              <>
                <h3>{t('brief.nextSteps')}</h3>
                <Markdown text={m.nextSteps} />
              </>
            )}
            {(['mentee', 'mentor'] as const).map(
              (side) =>
                m.feedback[side]?.line && (
                  <p key={side}>
                    <strong>{t(`role.${side}`)}:</strong> <em>{m.feedback[side].line}</em>
                  </p>
                ),
            )}
            {mySide && <MyFeedback meeting={m} side={mySide} />}
            {m.agendaItems && m.agendaItems.length > 0 && (
              <>
                <h3>{t('history.agenda')}</h3>
                <ol>
                  {m.agendaItems.map((i) => (
                    <li key={i.key}>
                      {i.title} ({i.minutes} min)
                    </li>
                  ))}
                </ol>
              </>
            )}
          </details>
        </ErrorBoundary>
      ))}
    </section>
  );
}

/** My side's rating and line on a past session: the partner's side, written on their computer, merges beside it. */
function MyFeedback({ meeting, side }: { meeting: Meeting; side: 'mentor' | 'mentee' }) {
  const { t } = useI18n();
  const [status, announce] = useAnnounce();
  const current = meeting.feedback[side];
  const draft = useDraft(`feedback:${meeting.id}:${side}`, { rating: current?.rating ?? 0, line: current?.line ?? '' });
  const name = `${meeting.id}-${side}-rating`;
  return (
    <form
      className="feedback my-feedback"
      data-testid="my-feedback"
      aria-labelledby={`${name}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        const rating = Number(draft.value.rating);
        if (rating < 1) return;
        void saveFeedback(getDb(), meeting.id, side, { rating, line: String(draft.value.line) }).then(async () => {
          await draft.reset({ rating, line: String(draft.value.line) });
          announce(t('common.saved'));
        });
      }}
    >
      <h3 id={`${name}-heading`}>{t('history.myFeedback')}</h3>
      <RatingFields
        name={name}
        label={`${t('log.rating')} (${t(`role.${side}`)})`}
        rating={Number(draft.value.rating)}
        line={String(draft.value.line)}
        onChange={(change) => draft.update(change)}
      />
      <DraftNote writeError={draft.writeError} />
      <button type="submit" className="secondary">
        {t('history.addFeedback')}
      </button>
      <p className="status-message" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
