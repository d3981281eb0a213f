import '../ui/tandem.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { loadMeetingPrep } from '@/lib/meeting/prep';
import { useI18n } from '../ui/I18nProvider';
import { StyleScope } from '../ui/StyleScope';
import { useSubRoute } from '../ui/useSubRoute';
import { AgendaEditor } from './AgendaEditor';
import { AgreementCard } from './AgreementCard';
import { BriefActions } from './BriefActions';
import { NextMeeting } from './NextMeeting';
import { SessionHistory } from './SessionHistory';
import { SessionLogForm } from './SessionLogForm';
import { TandemSetup } from './TandemSetup';
import { WindowSections } from './WindowSections';

/** The meeting-prep view (`#meeting`), with the tandem setup (`#meeting/setup`) and the session log (`#meeting/log`). */
export function MeetingView() {
  return (
    <StyleScope name="tandem">
      <MeetingPlace />
    </StyleScope>
  );
}

function MeetingPlace() {
  const { t, lang } = useI18n();
  const sub = useSubRoute();
  const prep = useLiveQuery(() => loadMeetingPrep(getDb(), lang), [lang]);
  if (prep === undefined) {
    return (
      <p className="muted" role="status">
        {t('panel.loading')}
      </p>
    );
  }
  if (sub === 'setup') return <TandemSetup agreement={prep.agreement} prep={prep} />;
  if (sub === 'log') return <SessionLogForm prep={prep} />;

  return (
    <div className="meeting" data-testid="meeting-view">
      <h1>{t('meeting.title')}</h1>
      {prep.agreement ? (
        <AgreementCard agreement={prep.agreement} />
      ) : (
        <section className="card callout" aria-labelledby="setup-callout">
          <h2 id="setup-callout">{t('setup.title')}</h2>
          <p>{t('meeting.noAgreement')}</p>
          <a className="primary button-link" href="#meeting/setup">
            {t('meeting.start')}
          </a>
        </section>
      )}
      <NextMeeting prep={prep} />
      <WindowSections prep={prep} />
      <AgendaEditor prep={prep} />
      <BriefActions prep={prep} />
      <SessionHistory held={prep.timeline.held} />
    </div>
  );
}
