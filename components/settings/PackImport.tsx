import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { messageOf } from '@/lib/errors/message-of';
import { readFileText } from '@/lib/files/envelope';
import { explainFailure } from '@/lib/files/messages';
import { applyPackImport, previewPackImport, type ImportPreview } from '@/lib/packs/import-pack';
import { rejectReasonMessage, rulesPlanMessage } from '@/lib/packs/messages';
import { PACK_EXTENSION, PACK_SCHEMA_VERSION, packEnvelope } from '@/lib/packs/pack-file';
import { isCancelled, throwIfCancelled } from '@/lib/progress/slices';
import { useI18n } from '../ui/I18nProvider';
import { ProgressBar } from '../ui/ProgressBar';
import { useLongWork } from '../ui/useLongWork';

type State = { kind: 'idle' } | { kind: 'preview'; preview: ImportPreview };

/**
 * Import a tip pack from a file picker or by drag and drop: first a preview of what would change,
 * then one all-or-nothing write. Bad files get a clear message and change nothing.
 */
export function PackImport() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [problem, setProblem] = useState('');
  const [message, setMessage] = useState('');
  const [over, setOver] = useState(false);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const work = useLongWork();

  useEffect(() => {
    if (state.kind === 'preview') previewRef.current?.focus();
  }, [state]);

  const read = async (files: FileList | null) => {
    setProblem('');
    setMessage('');
    setState({ kind: 'idle' });
    if (!files || files.length === 0) return;
    if (files.length > 1) return setProblem(t('packs.error.oneFile'));
    const [file] = files;
    if (!file) return;
    const run = work.begin();
    try {
      const preview = await previewPackImport(getDb(), await readFileText(file, packEnvelope, run), undefined, run);
      throwIfCancelled(run.signal);
      if (work.isCurrent(run)) setState({ kind: 'preview', preview });
    } catch (error) {
      // A run replaced by a newer file says nothing: the newer one speaks.
      if (!work.isCurrent(run)) return;
      if (isCancelled(error)) {
        setMessage(t('progress.cancelled'));
        // The file can be chosen again at once.
        inputRef.current?.focus();
      } else setProblem(explainFailure(t, error));
    } finally {
      work.end(run);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const confirm = async (preview: ImportPreview) => {
    // The write is one transaction: it cannot be stopped halfway, so the bar only says it is saving.
    work.show('write');
    try {
      const counts = await applyPackImport(getDb(), preview);
      setState({ kind: 'idle' });
      // The tips' change reaches the background from the one place that forwards database changes.
      const rules = counts.rules > 0 ? ` ${t('rules.imported', { count: counts.rules })}` : '';
      const tools = counts.tools > 0 ? ` ${t('packs.tools.imported', { count: counts.tools })}` : '';
      setMessage(t('packs.imported', { name: preview.pack.name, new: counts.new, updated: counts.updated, removed: counts.removed }) + rules + tools);
    } catch (error) {
      setState({ kind: 'idle' });
      setProblem(t('packs.error.write', { message: messageOf(error) }));
    } finally {
      work.end();
    }
  };

  return (
    <div className="section" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('packs.import')}</h2>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        data-testid="pack-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void read(e.dataTransfer.files);
        }}
      >
        <span className="secondary file-button">
          {t('packs.import.choose')}
          <input ref={inputRef} type="file" accept={`${PACK_EXTENSION},.json,application/json`} aria-label={t('packs.import.choose')} onChange={(e) => void read(e.target.files)} />
        </span>
        <span className="hint">{over ? t('packs.import.dropActive') : t('packs.import.drop')}</span>
      </div>
      {work.progress && <ProgressBar progress={work.progress} noun="tips" onCancel={work.cancel} />}
      {problem && (
        <p className="alert" role="alert" data-testid="import-problem">
          {problem}
        </p>
      )}
      <p className="status-message" role="status" aria-live="polite" data-testid="import-status">
        {message}
      </p>
      {state.kind === 'preview' && !work.progress && (
        <ImportPreviewCard
          preview={state.preview}
          headingRef={previewRef}
          onConfirm={() => void confirm(state.preview)}
          onCancel={() => {
            setState({ kind: 'idle' });
            setMessage(t('packs.preview.cancelled'));
          }}
        />
      )}
    </div>
  );
}

function ImportPreviewCard({ preview, headingRef, onConfirm, onCancel }: { preview: ImportPreview; headingRef: React.RefObject<HTMLHeadingElement | null>; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { counts, pack } = preview;
  const writes =
    counts.new + counts.updated + counts.removed + preview.rules.filter((r) => r.action === 'install').length + preview.tools.filter((p) => p.action === 'new' || p.action === 'update').length;
  const kinds = (['new', 'updated', 'removed', 'unchanged', 'rejected'] as const).filter((k) => counts[k] > 0);
  return (
    <div className="card" data-testid="import-preview">
      <h3 ref={headingRef} tabIndex={-1} style={{ margin: '0 0 6px', overflowWrap: 'anywhere' }}>
        {pack.author ? t('packs.preview.heading', { name: pack.name, author: pack.author }) : t('packs.preview.headingAnon', { name: pack.name })}
      </h3>
      <ul className="counts">
        {kinds.map((kind) => (
          <li key={kind} data-count={kind}>
            {t(`packs.preview.${kind}`, { count: counts[kind] })}
          </li>
        ))}
      </ul>
      {preview.rules.length > 0 && (
        <ul className="counts" data-testid="import-rules">
          {preview.rules.map((plan) => (
            <li key={plan.tool} data-action={plan.action}>
              {rulesPlanMessage(t, plan)}
            </li>
          ))}
        </ul>
      )}
      {preview.tools.length > 0 && (
        <div data-testid="import-tools">
          <p className="eyebrow">{t('packs.tools.heading')}</p>
          <ul className="counts">
            {preview.tools.map((plan) => (
              <li key={plan.rules.tool} data-action={plan.action}>
                {t('packs.tools.item', { name: plan.rules.name ?? '', hosts: (plan.rules.hosts ?? []).join(', '), count: plan.rules.contexts.length })} –{' '}
                {t(`packs.tools.action.${plan.action}`, { version: plan.rules.version, current: plan.current ?? 0 })}
              </li>
            ))}
          </ul>
          <p className="hint">{t('packs.tools.hint')}</p>
        </div>
      )}
      {preview.schemaVersion < PACK_SCHEMA_VERSION && <p className="notice">{t('packs.preview.migrated', { version: preview.schemaVersion })}</p>}
      {preview.rejected.length > 0 && (
        <details open={preview.rejected.length <= 5}>
          <summary>{t('packs.preview.rejectedHeading')}</summary>
          <ul className="counts" data-testid="import-rejected">
            {preview.rejected.map((r) => (
              <li key={r.index}>{t('packs.reject.item', { n: r.index + 1, title: r.title || t('packs.reject.untitled'), reason: rejectReasonMessage(t, r.reason) })}</li>
            ))}
          </ul>
        </details>
      )}
      {writes === 0 && <p className="notice">{t('packs.preview.nothing')}</p>}
      <div className="actions">
        {writes > 0 && (
          <button type="button" className="primary" onClick={onConfirm}>
            {t('packs.preview.confirm')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('packs.preview.cancel')}
        </button>
      </div>
    </div>
  );
}
