import '../ui/tandem.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getDb } from '@/lib/db/db';
import { formatDateTime } from '@/lib/i18n/dates';
import { pairNames } from '@/lib/meeting/brief';
import { loadMeetingPrep, type MeetingPrep } from '@/lib/meeting/prep';
import { GoalBar } from '../goals/GoalBar';
import { SettingsProvider, useSettings } from '../shell/SettingsProvider';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { I18nProvider, useI18n } from '../ui/I18nProvider';
import { Markdown } from '../ui/Markdown';
import { StyleScope } from '../ui/StyleScope';

/** The print view page (`brief.html`): the meeting brief on paper, without the panel's controls. */
export function PrintBriefApp() {
  return (
    <SettingsProvider>
      <I18nProvider>
        <ErrorBoundary>
          <StyleScope name="tandem">
            <Loaded />
          </StyleScope>
        </ErrorBoundary>
      </I18nProvider>
    </SettingsProvider>
  );
}

function Loaded() {
  const { lang, t } = useI18n();
  const { loaded } = useSettings();
  const prep = useLiveQuery(() => loadMeetingPrep(getDb(), lang), [lang]);
  useEffect(() => {
    document.title = `${t('brief.title')} – Tandem Tips`;
  }, [t]);
  if (!loaded || !prep) return null;
  return <PrintBrief prep={prep} />;
}

/** The brief itself: agreement, agenda with minutes, the window since the last meeting, last session. */
export function PrintBrief({ prep }: { prep: MeetingPrep }) {
  const { t, lang } = useI18n();
  const { settings } = useSettings();
  const names = pairNames(settings, t);
  const up = prep.timeline.upcoming;
  const shared = prep.window.openQuestions.filter((n) => n.visibility === 'shared');
  const flagged = prep.window.flagged.filter((n) => n.visibility === 'shared');
  const a = prep.agreement;
  return (
    <main className="print-brief" data-testid="print-brief">
      <div className="no-print print-actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('brief.printNow')}
        </button>
      </div>
      <h1>
        {t('brief.title')} — {up ? t('next.when', formatDateTime(lang, up.scheduledAt)) : t('brief.notScheduled')}
      </h1>
      <p>
        {t('role.mentor')}: <strong>{names.mentor}</strong> · {t('role.mentee')}: <strong>{names.mentee}</strong>
        {a && (
          <>
            {' '}
            · {t(`agreement.format.${a.format}`)} · {t('agreement.minutesValue', { count: a.minutes })}
          </>
        )}
      </p>
      {a?.goals.trim() && (
        <section>
          <h2>{t('agreement.goals')}</h2>
          <Markdown text={a.goals} />
        </section>
      )}
      <section>
        <h2>{t('brief.agendaTotal', { used: prep.agendaMinutes, budget: prep.budget })}</h2>
        <ol className="print-agenda">
          {prep.agenda.map((i) => (
            <li key={i.key}>
              <span className="muted">{t(`agenda.source.${i.source}`)}:</span> {i.title} <span className="minutes-cell">{i.minutes} min</span>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>{t('window.questions')}</h2>
        {shared.length === 0 ? <p className="muted">{t('window.noQuestions')}</p> : <ul>{shared.map((n) => <li key={n.id}><Markdown text={n.body} inline /></li>)}</ul>}
        <h2>{t('window.flagged')}</h2>
        {flagged.length === 0 ? <p className="muted">{t('window.noFlagged')}</p> : <ul>{flagged.map((n) => <li key={n.id}><Markdown text={n.body} inline /></li>)}</ul>}
        <h2>{t('window.tips')}</h2>
        {prep.window.tips.length === 0 ? (
          <p className="muted">{t('window.noTips')}</p>
        ) : (
          <ul>
            {prep.window.tips.map((x) => (
              <li key={`${x.tipId}-${x.by}`}>
                {x.title} — {t(x.status === 'mastered' ? 'tip.status.mastered' : 'tip.status.tried')}
              </li>
            ))}
          </ul>
        )}
        <h2>{t('window.goals')}</h2>
        {prep.goals.length === 0 ? (
          <p className="muted">{t('window.noGoals')}</p>
        ) : (
          <ul className="plain-list">
            {prep.goals.map((g) => (
              <li key={g.id}>
                <strong>{g.title}</strong>
                <GoalBar goal={g} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {prep.lastSession && (
        <section>
          <h2>
            {t('brief.lastSession')} ({formatDateTime(lang, prep.lastSession.heldAt!).date})
          </h2>
          <Markdown text={prep.lastSession.summary} />
          {prep.lastSession.nextSteps.trim() && (
            <>
              <h3>{t('brief.nextSteps')}</h3>
              <Markdown text={prep.lastSession.nextSteps} />
            </>
          )}
        </section>
      )}
      <p className="muted small">{t('brief.generated', { date: formatDateTime(lang, prep.now).date })}</p>
    </main>
  );
}
