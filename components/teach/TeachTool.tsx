import { useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { originOf, parseHostInput } from '@/lib/hosts/custom-hosts';
import { hostsOf } from '@/lib/tools/custom-tool';
import { teachTool } from '@/lib/tools/tool-store';
import { useTaughtTools } from '../shell/TaughtTools';
import { useI18n } from '../ui/I18nProvider';
import '../ui/forms.css';
import { StyleScope } from '../ui/StyleScope';

/**
 * For mentors on a page Tandem Tips does not know: name the tool, allow Tandem Tips on its one
 * site (the browser's own prompt, inside the click) and it is taught; its places come next.
 */
export function TeachTool({ url }: { url: string | null }) {
  const { t, lang } = useI18n();
  const id = useId();
  const tools = useTaughtTools();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [address, setAddress] = useState(url ?? '');
  const [error, setError] = useState<{ field: 'name' | 'address' | 'form'; text: string } | null>(null);
  const [status, setStatus] = useState('');
  const parsed = parseHostInput(address, []);
  const host = 'host' in parsed ? parsed.host : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    if (!name.trim()) return setError({ field: 'name', text: t('teach.error.name') });
    if (!host) return setError({ field: 'address', text: t('error' in parsed && parsed.error === 'builtin' ? 'teach.error.builtin' : 'teach.error.address') });
    const taken = tools?.find((tool) => hostsOf(tool).includes(host));
    if (taken) return setError({ field: 'address', text: t('teach.error.exists', { host, name: taken.rules.name ?? host }) });
    setError(null);
    // Ask inside the click: the browser shows its prompt only during a user gesture.
    void browser.permissions.request({ origins: [originOf(host)] }).then(
      async (granted) => {
        if (!granted) return setError({ field: 'form', text: t('teach.error.denied', { host }) });
        const tool = await teachTool(getDb(), { name, host, lang });
        setStatus(t('teach.done', { name: tool.rules.name ?? name }));
        setName('');
        setOpen(false);
      },
      (e: unknown) => setError({ field: 'form', text: t('error.generic', { message: e instanceof Error ? e.message : String(e) }) }),
    );
  };

  return (
    <StyleScope name="forms">
      <section className="card teach" aria-labelledby={`${id}-h`} data-testid="teach-tool">
        <h2 id={`${id}-h`}>{t('teach.heading')}</h2>
        <p className="muted">{t('teach.intro')}</p>
        {!open ? (
          <button type="button" className="primary" aria-expanded={false} onClick={() => setOpen(true)}>
            {t('teach.open')}
          </button>
        ) : (
          <form onSubmit={submit} noValidate>
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('teach.name')}</label>
              <input
                id={`${id}-name`}
                type="text"
                maxLength={60}
                value={name}
                autoFocus
                aria-invalid={error?.field === 'name' || undefined}
                aria-describedby={`${id}-name-hint`}
                onChange={(e) => {
                  setName(e.target.value);
                  if (error?.field === 'name') setError(null);
                }}
              />
              <p className="hint" id={`${id}-name-hint`}>
                {t('teach.name.hint')}
              </p>
              {error?.field === 'name' && <p className="field-error">{error.text}</p>}
            </div>
            <div className="field">
              <label htmlFor={`${id}-address`}>{t('teach.address')}</label>
              <input
                id={`${id}-address`}
                type="text"
                inputMode="url"
                autoComplete="off"
                value={address}
                aria-invalid={error?.field === 'address' || undefined}
                aria-describedby={`${id}-address-hint`}
                onChange={(e) => {
                  setAddress(e.target.value);
                  if (error?.field === 'address') setError(null);
                }}
              />
              <p className="hint" id={`${id}-address-hint`}>
                {host ? t('teach.site', { host }) : t('teach.address.hint')}
              </p>
              {error?.field === 'address' && <p className="field-error">{error.text}</p>}
            </div>
            <p className="hint">{t('teach.permission')}</p>
            <div className="actions">
              <button type="submit" className="primary">
                {host ? t('teach.button', { host }) : t('teach.buttonNoHost')}
              </button>
              <button type="button" className="secondary" onClick={() => setOpen(false)}>
                {t('places.cancel')}
              </button>
            </div>
          </form>
        )}
        {error?.field === 'form' && (
          <p className="alert" role="alert">
            {error.text}
          </p>
        )}
        <p className="status-message" role="status" aria-live="polite">
          {status}
        </p>
      </section>
    </StyleScope>
  );
}
