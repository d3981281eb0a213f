import { useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/protocol';
import { saveSettings } from '@/lib/settings/settings-store';
import { allowLocalHttp, syncConfigItem } from '@/lib/sync/config';
import { SyncError } from '@/lib/sync/errors';
import { syncErrorMessage } from '@/lib/sync/messages';
import { type Invite, originPattern, readInvite, readInviteFile } from '@/lib/sync/invite';
import { deriveKeys } from '@/lib/sync/keys';
import { checkServer } from '@/lib/sync/server';
import { messageOf } from '@/lib/errors/message-of';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from '../ui/I18nProvider';
import { LockIcon } from '../ui/LockIcon';
import { useAnnounce } from '../ui/useAnnounce';
import { describeSync } from './SyncStatusLine';
import { SyncProgress } from './SyncProgress';
import { useSync } from './useSync';

// A background that is starting syncs on its own schedule: a lost nudge only means waiting a minute.
const kick = () => void sendMessage('syncKick').catch(() => undefined);

/** Pairing with an invite (code or file), the sync state, and turning sync off. */
export function SyncSection() {
  const { t, lang } = useI18n();
  const { settings } = useSettings();
  const { config, status } = useSync();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [message, announce] = useAnnounce();

  const explain = (err: unknown) =>
    err instanceof SyncError ? syncErrorMessage(t, err.code, err.params, err.issue) : t('error.generic', { message: messageOf(err) });

  const pair = () => {
    setError('');
    let invite: Invite;
    try {
      invite = readInvite(text, allowLocalHttp);
    } catch (err) {
      setError(explain(err));
      return;
    }
    // The one host, asked for first thing in the click: Firefox refuses the prompt after an await.
    void browser.permissions.request({ origins: [originPattern(invite.server)] }).then(async (granted) => {
      if (!granted) return setError(t('sync.error.permissionDenied'));
      setBusy(true);
      try {
        await checkServer(invite, await deriveKeys(invite.key));
        await syncConfigItem.setValue({ invite, pairedAt: Date.now() });
        const names: { myName?: string; partnerName?: string } = {};
        if (!settings.myName && invite.name) names.myName = invite.name;
        if (!settings.partnerName && invite.partnerName) names.partnerName = invite.partnerName;
        if (names.myName || names.partnerName) await saveSettings(names);
        setText('');
        kick();
        announce(t('sync.paired', { partner: invite.partnerName || settings.partnerName || t('reminder.yourPartner') }));
      } catch (err) {
        setError(explain(err));
      } finally {
        setBusy(false);
      }
    });
  };

  const turnOff = async () => {
    if (!config) return;
    await syncConfigItem.setValue(null);
    kick();
    await browser.permissions.remove({ origins: [originPattern(config.invite.server)] }).catch(() => false);
    announce(t('sync.turnedOff'));
  };

  const partner = config?.invite.partnerName || settings.partnerName || t('reminder.yourPartner');
  return (
    <section className="card sync-card" aria-labelledby="sync-heading" data-testid="sync-section">
      <h2 id="sync-heading">
        <LockIcon /> {t('sync.heading')}
      </h2>
      {config === undefined ? null : config ? (
        <>
          <p data-testid="sync-on">{t('sync.on', { partner })}</p>
          {status && status.state !== 'off' && (
            <p className="muted" data-testid="sync-detail">
              {describeSync(status, t, lang).join(' ')}
            </p>
          )}
          {status && <SyncProgress status={status} />}
          <p className="muted small">{t('sync.server', { host: new URL(config.invite.server).host, db: config.invite.db })}</p>
          <p className="muted small">{t('sync.offHint')}</p>
          <button type="button" className="secondary" onClick={() => void turnOff()}>
            {t('sync.turnOff')}
          </button>
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            pair();
          }}
        >
          <p className="muted">{t('sync.intro')}</p>
          <label className="block">
            {t('sync.inviteLabel')}
            <textarea rows={3} value={text} placeholder="TANDEM1.…" spellCheck={false} autoComplete="off" onChange={(e) => setText(e.target.value)} data-testid="sync-invite" />
          </label>
          <label className="block">
            {t('sync.inviteFile')}
            <input type="file" accept=".json,application/json" onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void readInviteFile(file).then(setText, (err: unknown) => setError(explain(err)));
              }} data-testid="sync-invite-file" />
          </label>
          <p className="muted small">{t('sync.permissionHint')}</p>
          <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
            {busy ? t('sync.pairing') : t('sync.pair')}
          </button>
        </form>
      )}
      {error && (
        <p className="error" role="alert" data-testid="sync-error">
          {error}
        </p>
      )}
      <p className="status-message" role="status" aria-live="polite" data-testid="sync-message">
        {message}
      </p>
    </section>
  );
}
