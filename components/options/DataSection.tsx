import { useEffect, useId, useState } from 'react';
import { useI18n } from '../ui/I18nProvider';
import { BackupRestore } from './BackupRestore';
import { DeleteAllData } from './DeleteAllData';
import '../ui/forms.css';
import './data.css';
import { StyleScope } from '../ui/StyleScope';

function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** How much this browser stores for Tandem Tips, and whether it promises to keep it. */
export function DataSection() {
  const { t, lang } = useI18n();
  const id = useId();
  const [used, setUsed] = useState<number>();
  const [persisted, setPersisted] = useState<boolean>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    void navigator.storage.estimate().then((e) => setUsed(e.usage ?? 0));
    void navigator.storage.persisted().then(setPersisted);
  }, []);

  const persist = async () => {
    const granted = await navigator.storage.persist();
    setPersisted(granted);
    if (!granted) setMessage(t('options.data.persistDenied'));
  };

  return (
    <StyleScope name={['forms', 'data']}>
      <section className="card" aria-labelledby={`${id}-h`} data-testid="data-section">
        <h2 id={`${id}-h`}>{t('options.data.heading')}</h2>
        <p className="muted">{t('options.data.intro')}</p>
        {used !== undefined && <p data-testid="storage-used">{t('options.data.used', { used: formatBytes(used, lang) })}</p>}
        {persisted !== undefined && (
          <p data-testid="storage-persisted" data-persisted={persisted}>
            {persisted ? t('options.data.persisted') : t('options.data.notPersisted')}{' '}
            {!persisted && (
              <button type="button" className="secondary" onClick={() => void persist()}>
                {t('options.data.persist')}
              </button>
            )}
          </p>
        )}
        <p role="status" className="status-message">
          {message}
        </p>
        <BackupRestore />
        <DeleteAllData />
      </section>
    </StyleScope>
  );
}
