import { useEffect, useId, useRef, useState } from 'react';
import { BACKUP_EXTENSION, backupEnvelope, readBackupFile, writeBackupFile, type Backup } from '@/lib/backup/backup-file';
import { collectBackup, countRows, restoreBackup } from '@/lib/backup/backup-store';
import { backupTableNames } from '@/lib/backup/registry';
import { getDb } from '@/lib/db/db';
import { readFileText } from '@/lib/files/envelope';
import { explainFailure } from '@/lib/files/messages';
import { formatDateTime } from '@/lib/i18n/dates';
import { toDateInput, toTimeInput } from '@/lib/meeting/local-time';
import { useI18n } from '../ui/I18nProvider';
import { useAnnounce } from '../ui/useAnnounce';
import { downloadJson } from '../ui/download';
import { isCancelled, throwIfCancelled } from '@/lib/progress/slices';
import { ProgressBar } from '../ui/ProgressBar';
import { useLongWork } from '../ui/useLongWork';

/** `tandem-tips-2026-12-02-1030.tandem-backup.json` */
const fileName = (at: number) => `tandem-tips-${toDateInput(at)}-${toTimeInput(at).replace(':', '')}${BACKUP_EXTENSION}`;

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

interface Preview {
  backup: Backup;
  now: Record<string, number>;
}

/** Download a backup of everything; restore one after a preview, all or nothing. */
export function BackupRestore() {
  const { t } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const work = useLongWork();
  const [preview, setPreview] = useState<Preview>();
  const [error, setError] = useState('');
  const [status, announce] = useAnnounce();
  const inputRef = useRef<HTMLInputElement>(null);

  const backUp = async () => {
    setBusy(true);
    setError('');
    try {
      const backup = await collectBackup(getDb());
      const name = fileName(backup.exportedAt);
      downloadJson(name, await writeBackupFile(backup));
      announce(t('backup.downloaded', { file: name, count: total(Object.fromEntries(Object.entries(backup.tables).map(([k, v]) => [k, v.length]))) }));
    } catch (err) {
      setError(explainFailure(t, err));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (files: FileList | null) => {
    setError('');
    setPreview(undefined);
    announce('');
    const file = files?.[0];
    if (!file) return;
    const run = work.begin();
    try {
      const db = getDb();
      await db.open();
      const backup = await readBackupFile(await readFileText(file, backupEnvelope, run), db.verno, run);
      const now = await countRows(db);
      throwIfCancelled(run.signal);
      if (work.isCurrent(run)) setPreview({ backup, now });
    } catch (err) {
      // A run replaced by a newer file says nothing: the newer one speaks.
      if (!work.isCurrent(run)) return;
      if (inputRef.current) inputRef.current.value = '';
      if (isCancelled(err)) {
        announce(t('progress.cancelled'));
        inputRef.current?.focus();
      } else setError(explainFailure(t, err));
    } finally {
      work.end(run);
    }
  };

  const cancel = () => {
    setPreview(undefined);
    if (inputRef.current) inputRef.current.value = '';
    inputRef.current?.focus();
  };

  const restore = async ({ backup }: Preview) => {
    setBusy(true);
    // One transaction, all or nothing: it cannot be stopped halfway, so the bar only says it is saving.
    work.show('write');
    try {
      await restoreBackup(getDb(), backup, localStorage);
      setPreview(undefined);
      if (inputRef.current) inputRef.current.value = '';
      const count = total(Object.fromEntries(Object.entries(backup.tables).map(([k, v]) => [k, v.length])));
      announce(`${t('backup.restored', { count })}${backup.customHosts.length > 0 ? ` ${t('backup.restoredHosts')}` : ''}`);
      inputRef.current?.focus();
    } catch (err) {
      setError(explainFailure(t, err));
    } finally {
      setBusy(false);
      work.end();
    }
  };

  return (
    <div className="data-block" data-testid="backup">
      <h3 id={`${id}-backup`}>{t('backup.backup.heading')}</h3>
      <p className="muted">{t('backup.backup.intro')}</p>
      <button type="button" className="primary" onClick={() => void backUp()} disabled={busy}>
        {t('backup.download')}
      </button>

      <h3 id={`${id}-restore`}>{t('backup.restore.heading')}</h3>
      <p className="muted">{t('backup.restore.intro')}</p>
      <label className="file-field">
        {t('backup.restore.choose')}
        <input ref={inputRef} type="file" accept={`${BACKUP_EXTENSION},.json,application/json`} data-testid="restore-file" onChange={(e) => void choose(e.target.files)} />
      </label>
      {work.progress && <ProgressBar progress={work.progress} noun="records" onCancel={work.cancel} />}
      {error && (
        <p className="error" role="alert" data-testid="restore-error">
          {error}
        </p>
      )}
      {preview && !work.progress && <RestorePreview preview={preview} busy={busy} onRestore={() => void restore(preview)} onCancel={cancel} />}
      <p className="status-message" role="status" aria-live="polite" data-testid="backup-status">
        {status}
      </p>
    </div>
  );
}

function RestorePreview(props: { preview: Preview; busy: boolean; onRestore: () => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus moves to what the file holds, so keyboard and screen-reader users land on the decision.
  useEffect(() => headingRef.current?.focus(), []);
  const { backup, now } = props.preview;
  const when = formatDateTime(lang, backup.exportedAt);
  const { settings, customHosts } = backup;
  const names = [settings.myName, settings.partnerName].filter(Boolean).join(' & ');
  return (
    <div className="restore-preview" data-testid="restore-preview">
      <h4 ref={headingRef} tabIndex={-1}>
        {t('backup.preview.title', when)}
      </h4>
      <table>
        <caption>{t('backup.preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backup.preview.what')}</th>
            <th scope="col">{t('backup.preview.inBackup')}</th>
            <th scope="col">{t('backup.preview.now')}</th>
          </tr>
        </thead>
        <tbody>
          {backupTableNames.map((table) => (
            <tr key={table} data-table={table}>
              <th scope="row">{t(`backup.table.${table}`)}</th>
              <td>{backup.tables[table].length}</td>
              <td>{now[table] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('backup.preview.settings', { lang: t(`options.lang.${settings.lang}`), role: t(`options.role.${settings.role}`), names: names ? ` · ${names}` : '' })}</p>
      {customHosts.length > 0 && <p>{t('backup.preview.hosts', { count: customHosts.length, hosts: customHosts.map((h) => h.host).join(', ') })}</p>}
      <p className="warning">{t('backup.preview.warning')}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={props.onRestore} disabled={props.busy}>
          {t('backup.apply')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
