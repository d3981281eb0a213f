import { formatDateTime } from '@/lib/meeting/brief';
import type { Meeting } from '@/lib/schemas/meeting';
import { useI18n } from '../ui/I18nProvider';
import { Markdown } from '../ui/Markdown';

/** Past sessions, newest first: summary, next steps, each side's rating and line. */
export function SessionHistory({ held }: { held: Meeting[] }) {
  const { t, lang } = useI18n();
  return (
    <section className="history" aria-labelledby="history-heading" data-testid="history">
      <h2 id="history-heading">{t('history.heading')}</h2>
      {held.length === 0 && <p className="muted">{t('history.empty')}</p>}
      {held.map((m) => (
        <details key={m.id} className="card session" data-meeting-id={m.id}>
          <summary>
            <strong>{formatDateTime(lang, m.heldAt!).date}</strong>
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
      ))}
    </section>
  );
}
