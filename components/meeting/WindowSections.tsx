import type { ReactNode } from 'react';
import { getDb } from '@/lib/db/db';
import { formatDateTime } from '@/lib/i18n/dates';
import type { MeetingPrep } from '@/lib/meeting/prep';
import { resolveQuestion, settleConflict } from '@/lib/meeting/tandem-store';
import type { Note } from '@/lib/schemas/note';
import { GoalBar } from '../goals/GoalBar';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from '../ui/I18nProvider';
import { Markdown } from '../ui/Markdown';
import { LockIcon } from '../ui/LockIcon';
import { useAnnounce } from '../ui/useAnnounce';

/** What happened since the last meeting: questions, flagged notes, tips, goals, and conflicting versions. */
export function WindowSections({ prep }: { prep: MeetingPrep }) {
  const { t, lang } = useI18n();
  const { settings } = useSettings();
  const [status, announce] = useAnnounce();
  const { window: w, timeline } = prep;
  const since = timeline.windowStart ? t('window.since', { date: formatDateTime(lang, timeline.windowStart).date }) : t('window.sinceStart');
  const partner = settings.partnerName || t('reminder.yourPartner');
  // Nothing at all to go through: one honest line on what collects here, not four empty headings.
  const nothing = w.openQuestions.length === 0 && w.flagged.length === 0 && w.tips.length === 0 && prep.goals.length === 0;

  return (
    <section className="window" aria-labelledby="window-heading" data-testid="window">
      <h2 id="window-heading">
        {t('window.heading')} <span className="count">{since}</span>
      </h2>

      {nothing ? (
        <div className="window-empty" data-testid="window-empty">
          <p>{t(timeline.windowStart ? 'window.emptySince' : 'window.emptyStart')}</p>
          <ul>
            <li>{t('window.empty.questions')}</li>
            <li>{t('window.empty.flagged')}</li>
            <li>{t('window.empty.tips')}</li>
            <li>
              <a href="#goals">{t('window.empty.goals')}</a>
            </li>
          </ul>
        </div>
      ) : (
        <>
          <h3>{t('window.questions')}</h3>
          {w.openQuestions.length === 0 ? (
            <p className="muted">{t('window.noQuestions')}</p>
          ) : (
            <ul className="note-list" data-testid="open-questions">
              {w.openQuestions.map((n) => (
                <NoteRow key={n.id} note={n}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void resolveQuestion(getDb(), n.id).then(() => announce(t('window.answered')))}
                  >
                    {t('window.markAnswered')}
                  </button>
                </NoteRow>
              ))}
            </ul>
          )}

          <h3>{t('window.flagged')}</h3>
          {w.flagged.length === 0 ? (
            <p className="muted">{t('window.noFlagged')}</p>
          ) : (
            <ul className="note-list" data-testid="flagged-notes">
              {w.flagged.map((n) => (
                <NoteRow key={n.id} note={n} />
              ))}
            </ul>
          )}

          <h3>{t('window.tips')}</h3>
          {w.tips.length === 0 ? (
            <p className="muted">{t('window.noTips')}</p>
          ) : (
            <ul className="plain-list" data-testid="tips-tried">
              {w.tips.map((x) => (
                <li key={`${x.tipId}-${x.by}`}>
                  <span className={`pill pill-${x.status}`}>{t(x.status === 'mastered' ? 'tip.status.mastered' : 'tip.status.tried')}</span> {x.title}{' '}
                  <span className="muted">({x.by === 'me' ? t('window.byMe') : partner})</span>
                </li>
              ))}
            </ul>
          )}

          <h3>{t('window.goals')}</h3>
          {prep.goals.length === 0 ? (
            <p className="muted">{t('window.noGoals')}</p>
          ) : (
            <ul className="plain-list goals-compact" data-testid="goal-progress-list">
              {prep.goals.map((g) => (
                <li key={g.id}>
                  <span className="goal-title">{g.title}</span>
                  <GoalBar goal={g} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      {w.conflicts.length > 0 && (
        <section className="conflicts" aria-labelledby="conflicts-heading" data-testid="conflicts">
          <h3 id="conflicts-heading">{t('conflicts.heading')}</h3>
          <p className="muted small">{t('conflicts.intro')}</p>
          <ul className="note-list">
            {w.conflicts.map(({ copy, original }) => (
              <li key={copy.id} className="conflict" data-conflict-of={copy.conflictOf}>
                <p className="eyebrow">{t('conflicts.current')}</p>
                <Markdown text={original?.body ?? ''} />
                <p className="eyebrow">{t('conflicts.other')}</p>
                <Markdown text={copy.body} />
                <div className="row">
                  <button type="button" className="secondary" onClick={() => void settleConflict(getDb(), copy, 'keep').then(() => announce(t('conflicts.settled')))}>
                    {t('conflicts.keep')}
                  </button>
                  <button type="button" className="link-button" onClick={() => void settleConflict(getDb(), copy, 'dismiss').then(() => announce(t('conflicts.settled')))}>
                    {t('conflicts.dismiss')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="status-message" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

function NoteRow({ note, children }: { note: Note; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <li className="note-row" data-note-id={note.id} data-visibility={note.visibility}>
      <Markdown text={note.body} />
      <div className="row small">
        {note.visibility === 'private' && <span className="pill pill-private"><LockIcon /> {t('window.private')}</span>}
        {children}
      </div>
    </li>
  );
}
