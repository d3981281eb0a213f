import { useId, useRef, useState, type FormEvent } from 'react';
import { deleteAllData } from '@/lib/backup/delete-all';
import { getDb } from '@/lib/db/db';
import { useI18n } from '../ui/I18nProvider';
import { useAnnounce } from '../ui/useAnnounce';
import { messageOf } from '@/lib/errors/message-of';

/**
 * "Delete all my data", confirmed in a real modal dialog by typing a word (Esc or Cancel closes it
 * and nothing happens). Focus goes into the dialog and back to the button afterwards.
 */
export function DeleteAllData() {
  const { t } = useI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [status, announce] = useAnnounce();
  const word = t('backup.delete.word');
  const confirmed = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();

  const open = () => {
    setTyped('');
    setError('');
    dialogRef.current?.showModal();
  };

  const close = () => dialogRef.current?.close();

  const onClosed = () => {
    setTyped('');
    openerRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed || busy) return;
    setBusy(true);
    try {
      await deleteAllData(getDb(), localStorage);
      close();
      announce(t('backup.delete.deleted'));
    } catch (err) {
      setError(t('error.generic', { message: messageOf(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="data-block" data-testid="delete-all">
      <h3>{t('backup.delete.heading')}</h3>
      <p className="muted">{t('backup.delete.intro')}</p>
      <button ref={openerRef} type="button" className="danger" onClick={open}>
        {t('backup.delete.open')}
      </button>
      <p className="status-message" role="status" aria-live="polite" data-testid="delete-status">
        {status}
      </p>
      <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-explain`} onClose={onClosed}>
        <form onSubmit={(e) => void submit(e)}>
          <h2 id={`${id}-title`}>{t('backup.delete.title')}</h2>
          <p id={`${id}-explain`}>{t('backup.delete.explain')}</p>
          <div className="field">
            <label htmlFor={`${id}-word`}>{t('backup.delete.typeWord', { word })}</label>
            <input
              id={`${id}-word`}
              type="text"
              autoComplete="off"
              spellCheck={false}
              autoFocus
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              data-testid="delete-word"
            />
          </div>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="danger" disabled={!confirmed || busy}>
              {t('backup.delete.confirm')}
            </button>
            <button type="button" className="secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
