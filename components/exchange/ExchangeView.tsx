import '../ui/tandem.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { formatDateTime } from '@/lib/i18n/dates';
import { useI18n } from '../ui/I18nProvider';
import { LockIcon } from '../ui/LockIcon';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { StyleScope } from '../ui/StyleScope';
import { Spotlight } from '../welcome/Spotlight';
import { SyncSection } from '../sync/SyncSection';

/** Exchange files with the partner (`#exchange`): export, import with preview, the log, then sync for pairs with an invite. */
export function ExchangeView() {
  const { t } = useI18n();
  return (
    <StyleScope name="tandem">
      <div className="exchange" data-testid="exchange-view">
        <h1>{t('exchange.heading')}</h1>
        <p className="muted">{t('exchange.intro')}</p>
        <ExportPanel />
        <Spotlight id="import" note={t('spotlight.import')}>
          <ImportPanel />
        </Spotlight>
        <ExchangeLog />
        {/* Opt-in and needing an invite, sync comes after the files every pair can use; its state also shows under the navigation. */}
        <SyncSection />
      </div>
    </StyleScope>
  );
}

function ExchangeLog() {
  const { t, lang } = useI18n();
  const log = useLiveQuery(() => getDb().exchanges.orderBy('at').reverse().limit(20).toArray(), []);
  if (!log) return null;
  return (
    <section className="card" aria-labelledby="log-heading-x">
      <h2 id="log-heading-x">{t('exchange.log')}</h2>
      {log.length === 0 && <p className="muted">{t('exchange.logEmpty')}</p>}
      <ul className="plain-list" data-testid="exchange-log">
        {log.map((e) => {
          const when = formatDateTime(lang, e.at);
          return (
            <li key={e.id}>
              <span className="muted small">
                {when.date}, {when.time}
              </span>
              <br />
              {e.direction === 'export'
                ? t('exchange.logExport', { count: e.records })
                : t('exchange.logImport', { count: e.records, name: e.partnerName || t('reminder.yourPartner') })}
              {e.encrypted && <span className="muted"> · <LockIcon /> {t('exchange.logEncrypted')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
