import '../ui/tandem.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { formatDateTime } from '@/lib/i18n/dates';
import { useI18n } from '../ui/I18nProvider';
import { LockIcon } from '../ui/LockIcon';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** Exchange files with the partner (`#exchange`): export, import with preview, and the log. */
export function ExchangeView() {
  const { t } = useI18n();
  return (
    <div className="exchange" data-testid="exchange-view">
      <h1>{t('exchange.heading')}</h1>
      <p className="muted">{t('exchange.intro')}</p>
      <ExportPanel />
      <ImportPanel />
      <ExchangeLog />
    </div>
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
