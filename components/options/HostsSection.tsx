import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { originOf, parseHostInput, selfHostableTools, type CustomHost } from '@/lib/hosts/custom-hosts';
import { isHostsChange, loadAllHosts, loadUserHosts, saveUserHosts } from '@/lib/hosts/host-store';
import { useI18n } from '../ui/I18nProvider';

interface Row {
  host: CustomHost;
  managed: boolean;
  granted: boolean;
}

async function loadRows(): Promise<Row[]> {
  const [hosts, all] = await Promise.all([loadAllHosts(), browser.permissions.getAll()]);
  const granted = new Set(all.origins ?? []);
  return hosts.map(({ host, managed }) => ({ host, managed, granted: granted.has(originOf(host.host)) }));
}

/** Self-hosted Tableau Server / Office Online Server hosts, each with its own runtime permission. */
export function HostsSection() {
  const { t } = useI18n();
  const id = useId();
  const [rows, setRows] = useState<Row[]>();
  const [input, setInput] = useState('');
  const [tool, setTool] = useState<CustomHost['tool']>('tableau');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  const refresh = useCallback(() => void loadRows().then(setRows), []);
  useEffect(() => {
    refresh();
    // A restored backup or "delete all my data" changes the list from elsewhere on the page.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (isHostsChange(changes, area)) refresh();
    };
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, [refresh]);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseHostInput(input, (rows ?? []).map((r) => r.host));
    if ('error' in parsed) {
      setError(t(`options.hosts.error.${parsed.error}`));
      return;
    }
    setError('');
    // Ask inside the click: the browser only shows its prompt during a user gesture.
    void browser.permissions.request({ origins: [originOf(parsed.host)] }).then(async (granted) => {
      if (!granted) {
        setStatus(t('options.hosts.denied', { host: parsed.host }));
        return;
      }
      await saveUserHosts([...(await loadUserHosts()), { host: parsed.host, tool }]);
      setInput('');
      setStatus(t('options.hosts.added', { host: parsed.host }));
      refresh();
    });
  };

  const grant = (row: Row) => {
    void browser.permissions.request({ origins: [originOf(row.host.host)] }).then(refresh);
  };

  const remove = async (row: Row) => {
    await saveUserHosts((await loadUserHosts()).filter((h) => h.host !== row.host.host));
    // A permission the browser insists on keeping (e.g. granted by policy) does not block removal.
    await browser.permissions.remove({ origins: [originOf(row.host.host)] }).catch(() => false);
    setStatus(t('options.hosts.removed', { host: row.host.host }));
    refresh();
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.hosts.heading')}</h2>
      <p className="muted">{t('options.hosts.intro')}</p>
      {rows && rows.length === 0 && <p>{t('options.hosts.none')}</p>}
      {rows && rows.length > 0 && (
        <ul className="host-list" data-testid="host-list">
          {rows.map((row) => (
            <li key={row.host.host} data-host={row.host.host}>
              <span>
                <strong>{row.host.host}</strong> · {t(`options.hosts.tool.${row.host.tool}`)}
                <br />
                <span className="muted">
                  {row.granted ? t('options.hosts.granted') : t('options.hosts.notGranted')}
                  {row.managed && ` · ${t('options.hosts.managed')}`}
                </span>
              </span>
              {!row.granted && (
                <button type="button" className="secondary" onClick={() => grant(row)}>
                  {t('options.hosts.grant', { host: row.host.host })}
                </button>
              )}
              {!row.managed && (
                <button type="button" className="secondary" onClick={() => void remove(row)}>
                  {t('options.hosts.remove', { host: row.host.host })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="host-form" noValidate>
        <div className="field">
          <label htmlFor={`${id}-host`}>{t('options.hosts.host')}</label>
          <input
            id={`${id}-host`}
            type="text"
            inputMode="url"
            autoComplete="off"
            placeholder={t('options.hosts.hostHint')}
            value={input}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setInput(e.target.value)}
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-tool`}>{t('options.hosts.tool')}</label>
          <select id={`${id}-tool`} value={tool} onChange={(e) => setTool(e.target.value as CustomHost['tool'])}>
            {selfHostableTools.map((tl) => (
              <option key={tl} value={tl}>
                {t(`options.hosts.tool.${tl}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary">
          {t('options.hosts.add')}
        </button>
      </form>
      <p role="status" className="status-message">
        {status}
      </p>
    </section>
  );
}
