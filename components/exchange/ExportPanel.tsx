import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { deviceId } from '@/lib/exchange/device';
import { collectExport, exportExchange } from '@/lib/exchange/exchange-store';
import { tableNames } from '@/lib/exchange/merge';
import { toDateInput, toTimeInput } from '@/lib/meeting/local-time';
import { messageOf } from '@/lib/errors/message-of';
import { fileSlug } from '@/lib/text/file-slug';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from '../ui/I18nProvider';
import { LockIcon } from '../ui/LockIcon';
import { useAnnounce } from '../ui/useAnnounce';
import { downloadJson } from '../ui/download';

const MIN_PASSPHRASE = 8;

/** A file name that says who it is from and when: `tandem-peter-2026-12-02-1030.tandem.json`. */
function fileName(name: string, at: number): string {
  return `tandem-${fileSlug(name, 'export')}-${toDateInput(at)}-${toTimeInput(at).replace(':', '')}.tandem.json`;
}

/** Builds the exchange file for the partner; never with private notes; optionally sealed with a passphrase. */
export function ExportPanel() {
  const { t, lang } = useI18n();
  const { settings, save } = useSettings();
  const [myName, setMyName] = useState(settings.myName);
  const nameRef = useRef<HTMLInputElement>(null);
  // Asked for here while none is set (and kept in view while it is typed).
  const [askName] = useState(() => settings.myName.trim() === '');
  const [full, setFull] = useState(false);
  const [includeProgress, setIncludeProgress] = useState(true);
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, announce] = useAnnounce();
  const [error, setError] = useState('');
  const partner = settings.partnerName || t('reminder.yourPartner');
  const preview = useLiveQuery(async () => {
    const db = getDb();
    const [data, privateNotes, exportedBefore] = await Promise.all([
      collectExport(db, { full, includeProgress, lang }),
      db.notes.filter((n) => n.visibility === 'private' && n.deletedAt === undefined).count(),
      db.exchanges.filter((e) => e.direction === 'export').count(),
    ]);
    return { data, privateNotes, exportedBefore: exportedBefore > 0 };
  }, [full, includeProgress, lang]);

  const download = async () => {
    setError('');
    const name = (askName ? myName : settings.myName).trim().slice(0, 80);
    if (!name) {
      nameRef.current?.focus();
      return setError(t('exchange.nameMissing'));
    }
    if (name !== settings.myName) await save({ myName: name });
    if (encrypt && passphrase.length < MIN_PASSPHRASE) return setError(t('exchange.passphraseShort'));
    if (encrypt && passphrase !== repeat) return setError(t('exchange.passphraseMismatch'));
    setBusy(true);
    try {
      const { text, createdAt } = await exportExchange(getDb(), {
        from: { name, role: settings.role, device: await deviceId() },
        lang,
        full,
        includeProgress,
        passphrase: encrypt ? passphrase : undefined,
      });
      const file = fileName(name, createdAt);
      downloadJson(file, text);
      setPassphrase('');
      setRepeat('');
      announce(t('exchange.exported', { file, partner }));
    } catch (err) {
      setError(t('error.generic', { message: messageOf(err) }));
    } finally {
      setBusy(false);
    }
  };

  const counts = preview ? tableNames.filter((table) => preview.data[table].length > 0) : [];
  return (
    <section className="card" aria-labelledby="export-heading" data-testid="export">
      <h2 id="export-heading">
        {t('exchange.export')}: {t('exchange.exportFor', { partner })}
      </h2>
      {preview && (
        <>
          {counts.length === 0 ? (
            <p data-testid="export-nothing">{t(preview.exportedBefore ? 'exchange.nothingNew' : 'exchange.nothingYet')}</p>
          ) : (
            <>
              <p>{t('exchange.contents')}</p>
              <ul className="plain-list counts" data-testid="export-contents">
                {counts.map((table) => (
                  <li key={table}>{t(`exchange.count.${table}`, { count: preview.data[table].length })}</li>
                ))}
              </ul>
            </>
          )}
          {preview.privateNotes > 0 && <p className="muted small"><LockIcon /> {t('exchange.privateStays', { count: preview.privateNotes })}</p>}
        </>
      )}
      {askName && (
        <label className="block" data-testid="export-name">
          {t('exchange.nameFirst')}
          <input ref={nameRef} type="text" maxLength={80} autoComplete="name" value={myName} onChange={(e) => setMyName(e.target.value)} aria-describedby="export-name-why" />
          <span id="export-name-why" className="muted small">
            {t('exchange.nameWhy', { partner })}
          </span>
        </label>
      )}
      <div className="choices">
        <label>
          <input type="checkbox" checked={includeProgress} onChange={(e) => setIncludeProgress(e.target.checked)} /> {t('exchange.includeProgress')}
        </label>
        <label>
          <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} /> {t('exchange.full', { partner })}
        </label>
        <label>
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} /> {t('exchange.encrypt')}
        </label>
      </div>
      {encrypt && (
        <div className="passphrase">
          <label className="block">
            {t('exchange.passphrase')}
            <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} aria-describedby="passphrase-hint" />
          </label>
          <label className="block">
            {t('exchange.passphraseRepeat')}
            <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          </label>
          <p id="passphrase-hint" className="muted small">
            {t('exchange.passphraseHint')}
          </p>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="primary" disabled={busy} onClick={() => void download()}>
        {busy ? t('exchange.working') : t('exchange.download')}
      </button>
      <p className="status-message" role="status" aria-live="polite" data-testid="export-status">
        {status}
      </p>
    </section>
  );
}
