import { useRef, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { deviceId } from '@/lib/exchange/device';
import { applyImport, partnerUsedToSeal, previewImport } from '@/lib/exchange/exchange-store';
import { exchangeEnvelope, readExchangeFile, type ReadFile } from '@/lib/exchange/file';
import { tableNames, type MergePlan } from '@/lib/exchange/merge';
import { readFileText } from '@/lib/files/envelope';
import { FileError } from '@/lib/files/file-error';
import { explainFailure } from '@/lib/files/messages';
import { formatDateTime } from '@/lib/i18n/dates';
import { useI18n } from '../ui/I18nProvider';
import { LockIcon } from '../ui/LockIcon';
import { useAnnounce } from '../ui/useAnnounce';
import { isCancelled, throwIfCancelled, type LongWork } from '@/lib/progress/slices';
import { ProgressBar } from '../ui/ProgressBar';
import { useLongWork } from '../ui/useLongWork';

/** Changes listed per table in the preview; a file of thousands would otherwise take seconds to show. */
const PREVIEW_ROWS = 100;

type Stage =
  | { kind: 'idle' }
  | { kind: 'locked'; text: string }
  | { kind: 'preview'; file: ReadFile; plan: MergePlan; usedToSeal: boolean };

/** Import with a preview: nothing is written until "Import these changes", then all of it in one transaction. */
export function ImportPanel() {
  const { t } = useI18n();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [status, announce] = useAnnounce();
  const inputRef = useRef<HTMLInputElement>(null);
  const passRef = useRef<HTMLInputElement>(null);
  const work = useLongWork();

  /** The person cancelled: say that nothing changed, and offer the file input again. */
  const cancelled = () => {
    setStage({ kind: 'idle' });
    if (inputRef.current) inputRef.current.value = '';
    announce(t('progress.cancelled'));
    inputRef.current?.focus();
  };

  const open = async (text: string, passphrase?: string, run: LongWork = work.begin()) => {
    setError('');
    try {
      const db = getDb();
      const file = await readExchangeFile(text, { passphrase, ...run });
      const plan = await previewImport(db, file.payload, await deviceId(), run);
      const usedToSeal = await partnerUsedToSeal(db);
      throwIfCancelled(run.signal);
      if (work.isCurrent(run)) setStage({ kind: 'preview', file, plan, usedToSeal });
    } catch (err) {
      // A run replaced by a newer file says nothing: the newer one speaks.
      if (!work.isCurrent(run)) return;
      if (isCancelled(err)) return cancelled();
      const locked = err instanceof FileError && (err.code === 'needPassphrase' || err.code === 'wrongPassphrase');
      if (locked) {
        setStage({ kind: 'locked', text });
        requestAnimationFrame(() => passRef.current?.focus());
      } else setStage({ kind: 'idle' });
      // Asking for the passphrase is the form itself, not an error.
      if (!(err instanceof FileError && err.code === 'needPassphrase')) setError(explainFailure(t, err));
    } finally {
      work.end(run);
    }
  };

  const choose = async (files: FileList | null) => {
    const f = files?.[0];
    if (!f) return;
    setStage({ kind: 'idle' });
    setPassphrase('');
    const run = work.begin();
    try {
      await open(await readFileText(f, exchangeEnvelope, run), undefined, run);
    } catch (err) {
      work.end(run);
      if (isCancelled(err)) return cancelled();
      setStage({ kind: 'idle' });
      setError(explainFailure(t, err));
    }
  };

  const apply = async (file: ReadFile) => {
    // One transaction, all or nothing: it cannot be stopped halfway, so the bar only says it is saving.
    work.show('write');
    try {
      const plan = await applyImport(getDb(), file, await deviceId());
      const count = tableNames.reduce((n, table) => n + plan.changes[table].length, 0);
      setStage({ kind: 'idle' });
      if (inputRef.current) inputRef.current.value = '';
      announce(t('exchange.imported', { count }));
    } catch (err) {
      setError(explainFailure(t, err));
    } finally {
      work.end();
    }
  };

  const cancel = () => {
    setStage({ kind: 'idle' });
    setError('');
    if (inputRef.current) inputRef.current.value = '';
  };

  return (
    <section className="card" aria-labelledby="import-heading" data-testid="import">
      <h2 id="import-heading">{t('exchange.import')}</h2>
      <label className="block">
        {t('exchange.chooseFile')}
        <input ref={inputRef} type="file" accept=".json,application/json" data-testid="import-file" onChange={(e) => void choose(e.target.files)} />
      </label>
      {work.progress && <ProgressBar progress={work.progress} noun="records" onCancel={work.cancel} />}
      {stage.kind === 'locked' && !work.progress && (
        <form
          className="passphrase"
          onSubmit={(e) => {
            e.preventDefault();
            void open(stage.text, passphrase);
          }}
        >
          <p><LockIcon /> {t('exchange.encryptedFile')}</p>
          <label className="block">
            {t('exchange.passphrase')}
            <input ref={passRef} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} data-testid="import-passphrase" />
          </label>
          <div className="row">
            <button type="submit" className="primary">
              {t('exchange.unlock')}
            </button>
            <button type="button" className="secondary" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {stage.kind === 'preview' && !work.progress && <Preview file={stage.file} plan={stage.plan} usedToSeal={stage.usedToSeal} onApply={() => void apply(stage.file)} onCancel={cancel} />}
      <p className="status-message" role="status" aria-live="polite" data-testid="import-status">
        {status}
      </p>
    </section>
  );
}

function Preview({ file, plan, usedToSeal, onApply, onCancel }: { file: ReadFile; plan: MergePlan; usedToSeal: boolean; onApply: () => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const from = file.payload.from;
  const when = formatDateTime(lang, file.payload.createdAt);
  const tables = tableNames.filter((table) => plan.changes[table].length > 0);
  const label = (table: (typeof tableNames)[number], after: object): string => {
    const r = after as { body?: string; title?: string; kind?: string; scheduledAt?: number };
    if (table === 'notes') return (r.body ?? '').slice(0, 80);
    if (table === 'meetings') return formatDateTime(lang, r.scheduledAt ?? 0).date;
    if (table === 'tandem') return t(r.kind === 'agreement' ? 'agreement.heading' : 'agenda.heading');
    return r.title ?? '';
  };
  return (
    <div className="preview" data-testid="import-preview">
      <h3>
        {t('exchange.previewTitle', { name: from.name || t('reminder.yourPartner'), role: t(from.role === 'mentor' ? 'role.mentor' : 'role.mentee'), date: `${when.date}, ${when.time}` })}
        {file.encrypted && <> <LockIcon /></>}
      </h3>
      <p className="small" data-testid="import-sealed">
        {t(file.encrypted ? 'exchange.sealed' : 'exchange.notSealed')}
      </p>
      {!file.encrypted && usedToSeal && (
        <p className="warning" role="alert" data-testid="import-unsealed-warning">
          {t('exchange.unsealedWarning', { name: from.name || t('reminder.yourPartner') })}
        </p>
      )}
      {tables.length === 0 ? (
        <p data-testid="import-nothing">{t('exchange.previewNothing')}</p>
      ) : (
        <>
          <p>{t('exchange.previewHint')}</p>
          {tables.map((table) => (
            <section key={table} className="preview-table">
              <h4>{t(`exchange.table.${table}`)}</h4>
              <ul className="plain-list">
                {plan.changes[table].slice(0, PREVIEW_ROWS).map((c, i) => (
                  <li key={i} data-change={c.kind}>
                    <span className={`tag change-${c.kind}`}>{t(`exchange.change.${c.kind}`)}</span> <span className="clip">{label(table, c.after)}</span>
                  </li>
                ))}
              </ul>
              {plan.changes[table].length > PREVIEW_ROWS && <p className="muted small">{t('exchange.previewMore', { count: plan.changes[table].length - PREVIEW_ROWS })}</p>}
            </section>
          ))}
        </>
      )}
      {plan.unchanged > 0 && <p className="muted small">{t('exchange.unchanged', { count: plan.unchanged })}</p>}
      {plan.skipped.map((s, i) => (
        <p key={i} className="muted small">
          {t(`exchange.skipped.${s.reason}`)}
        </p>
      ))}
      <div className="row">
        <button type="button" className="primary" onClick={onApply} disabled={tables.length === 0}>
          {t('exchange.apply')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
