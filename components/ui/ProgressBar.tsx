import { useEffect, useRef } from 'react';
import type { Progress } from '@/lib/progress/slices';
import { useI18n } from './I18nProvider';
import './progress.css';

/** What is being counted: a pack's tips, or the records of an exchange file or backup. */
export type ProgressNoun = 'tips' | 'records';

/**
 * How far a long import is, in words and as a bar: "Checking tips: 2,400 of 5,000". The bar carries
 * the count for a screen reader that asks; the live region says only when the phase changes, so
 * nobody hears every tick. Cancel is offered until the write starts, because after that the one
 * transaction either lands whole or not at all.
 */
export function ProgressBar({ progress, noun = 'records', onCancel }: { progress: Progress; noun?: ProgressNoun; onCancel?: () => void }) {
  const { t, lang } = useI18n();
  const number = new Intl.NumberFormat(lang);
  const counted = (progress.phase === 'check' || progress.phase === 'send') && progress.total > 0;
  const what = progress.phase === 'send' ? 'send' : noun;
  const counts = { done: number.format(progress.done), total: number.format(progress.total) };
  const text = !counted ? t(phaseKey(progress.phase)) : what === 'send' ? t('progress.send', counts) : t(`progress.check.${what}`, counts);
  const phaseText = counted ? t(`progress.start.${what}`, { count: progress.total, total: counts.total }) : text;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const cancellable = Boolean(onCancel) && progress.phase !== 'write';
  // Focus waits on Cancel while the file is checked: keyboard users can stop it at once.
  useEffect(() => {
    if (cancellable) cancelRef.current?.focus({ preventScroll: true });
  }, [cancellable]);
  const percent = counted ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="progress-line" data-testid="progress" data-phase={progress.phase}>
      <div
        className={`progress-track${counted ? '' : ' indeterminate'}`}
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        {...(counted ? { 'aria-valuenow': progress.done, 'aria-valuemax': progress.total } : {})}
        aria-valuetext={text}
        data-testid="progress-bar"
      >
        <div className="progress-fill" style={counted ? { width: `${percent}%` } : undefined} />
      </div>
      <div className="progress-row">
        <span className="progress-text" aria-hidden="true" data-testid="progress-text">
          {text}
        </span>
        {cancellable && (
          <button ref={cancelRef} type="button" className="secondary" onClick={onCancel} data-testid="progress-cancel">
            {t('progress.cancel')}
          </button>
        )}
      </div>
      <span className="visually-hidden" role="status" aria-live="polite" data-testid="progress-announce">
        {phaseText}
      </span>
    </div>
  );
}

function phaseKey(phase: Progress['phase']) {
  if (phase === 'read') return 'progress.read' as const;
  if (phase === 'compare') return 'progress.compare' as const;
  if (phase === 'write') return 'progress.write' as const;
  // Checking or sending before the count is known reads like reading on.
  return 'progress.read' as const;
}
