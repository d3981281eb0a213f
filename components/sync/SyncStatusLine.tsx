import { useEffect } from 'react';
import type { Translate } from '@/lib/i18n/translator';
import { formatDateTime } from '@/lib/i18n/dates';
import { sendMessage } from '@/lib/messaging/protocol';
import type { SyncStatus } from '@/lib/sync/config';
import { syncErrorMessage } from '@/lib/sync/messages';
import type { Lang } from '@/lib/schemas/common';
import { useI18n } from '../ui/I18nProvider';
import { useSync } from './useSync';

/** An open panel asks the background to keep sync running (each message keeps the worker awake). */
const KEEP_AWAKE_MS = 20_000;

/** The sync state in words: synced at …, n waiting, or what stopped it. */
export function describeSync(status: SyncStatus, t: Translate, lang: Lang): string[] {
  const lines: string[] = [];
  if (status.state === 'error' && status.error) lines.push(`${t('sync.state.error')} ${syncErrorMessage(t, status.error, status.errorParams)}`);
  else if (status.state === 'offline') lines.push(status.error && status.error !== 'unreachable' ? syncErrorMessage(t, status.error, status.errorParams) : t('sync.state.offline'));
  else if (status.state === 'synced' && status.syncedAt) lines.push(t('sync.state.synced', { time: formatDateTime(lang, status.syncedAt).time }));
  else lines.push(t(status.state === 'connecting' ? 'sync.state.connecting' : 'sync.state.syncing'));
  if (status.waiting > 0 && status.state !== 'synced') lines.push(t('sync.waiting', { count: status.waiting }));
  if (status.refused) lines.push(t('sync.refused', { count: status.refused.count, reason: syncErrorMessage(t, status.refused.code, status.refused.params, status.refused.issue) }));
  return lines;
}

/** Shown under the panel's navigation while sync is on. */
export function SyncStatusLine() {
  const { t, lang } = useI18n();
  const { config, status } = useSync();
  const paired = Boolean(config);
  useEffect(() => {
    if (!paired) return;
    // A background that is starting syncs on its own schedule: a lost nudge only means waiting a minute.
    const kick = () => void sendMessage('syncKick').catch(() => undefined);
    kick();
    const timer = setInterval(kick, KEEP_AWAKE_MS);
    return () => clearInterval(timer);
  }, [paired]);
  if (!config || !status || status.state === 'off') return null;
  const problem = status.state === 'error' || status.state === 'offline' || Boolean(status.refused);
  return (
    <p className={`sync-line${problem ? ' sync-problem' : ''}`} role="status" aria-live="polite" data-testid="sync-status" data-state={status.state}>
      <span className="sync-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('sync.label')}: </span>
      {describeSync(status, t, lang).join(' ')}
    </p>
  );
}
