import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db/db';
import type { ProgressStatus } from '@/lib/schemas/progress';
import { localizeTip } from '@/lib/tips/localize';
import { showMeLocatorOf, stepLocatorsOf, stepPicturesOf } from '@/lib/tips/show-me';
import { markTipSeen, setTipStatus } from '@/lib/tips/progress';
import type { RankedTip } from '@/lib/tips/rank';
import { useI18n } from '../ui/I18nProvider';
import { Markdown } from '../ui/Markdown';
import { ShowMeButton } from './ShowMeButton';
import { SourceLink } from './SourceLink';
import { StatusPill } from './StatusPill';
import { HelpfulButtons } from '../review/HelpfulButtons';
import { messageOf } from '@/lib/errors/message-of';

/** One tip opened to its steps, with the mentee's answer: tried, got it, not now. */
export function TipDetail({ ranked, onClose, onWalking }: { ranked: RankedTip; onClose: () => void; onWalking?: (walking: boolean) => void }) {
  const { t, lang } = useI18n();
  const { tip, progress } = ranked;
  const text = localizeTip(tip, lang);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');
  // The step "show me" has on the page now, marked in the list below.
  const [shownStep, setShownStep] = useState<number | null>(null);
  // Recorded steps each point at their own element; the tip's element (else the first step's) is the fallback.
  const stepLocators = stepLocatorsOf(tip);
  const showAt = showMeLocatorOf(tip);

  useEffect(() => {
    headingRef.current?.focus();
    // Only orders the list (seen after unseen); a failure costs nothing the mentee sees.
    void markTipSeen(getDb(), tip.id).catch(() => undefined);
  }, [tip.id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const answer = async (status: ProgressStatus) => {
    try {
      await setTipStatus(getDb(), tip.id, status);
      setMessage(t('tip.saved', { status: t(`tip.status.${status}`) }));
      if (status === 'dismissed') onClose();
    } catch (error) {
      setMessage(t('error.storage', { message: messageOf(error) }));
    }
  };

  return (
    <article className="tip-detail" aria-labelledby="tip-title" data-testid="tip-detail" lang={text.lang}>
      <button type="button" className="back" onClick={onClose}>
        ← {t('tip.back')}
      </button>
      <h1 id="tip-title" ref={headingRef} tabIndex={-1}>
        {text.title}
      </h1>
      <p className="tip-meta">
        {t('tip.minutes', { count: tip.minutes })} · {t(`tip.level.${tip.level}`)}
        <StatusPill status={progress?.status ?? 'new'} />
      </p>
      {text.why && (
        <section aria-labelledby="why-heading">
          <h2 id="why-heading">{t('tip.why')}</h2>
          <Markdown text={text.why} />
        </section>
      )}
      {showAt && <ShowMeButton locator={showAt} title={text.title} steps={text.steps} stepLocators={stepLocators} stepPictures={stepPicturesOf(tip)} onStep={setShownStep} onWalking={onWalking} />}
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('tip.steps')}</h2>
        <ol className="steps">
          {text.steps.map((step, i) => (
            <li key={i} aria-current={shownStep === i ? 'step' : undefined} className={shownStep === i ? 'current-step' : undefined}>
              <Markdown text={step} inline />
            </li>
          ))}
        </ol>
      </section>
      <SourceLink tip={tip} />
      <div className="answers" role="group" aria-label={t('tip.answer')}>
        <button type="button" className="primary" aria-pressed={progress?.status === 'tried'} onClick={() => void answer('tried')}>
          {t('tip.markTried')}
        </button>
        <button type="button" className="primary" aria-pressed={progress?.status === 'mastered'} onClick={() => void answer('mastered')}>
          {t('tip.markMastered')}
        </button>
        <button type="button" className="secondary" onClick={() => void answer('dismissed')}>
          {t('tip.markNotNow')}
        </button>
      </div>
      <p className="status-message" role="status" aria-live="polite">
        {message}
      </p>
      <HelpfulButtons tipId={tip.id} progress={progress} />
    </article>
  );
}
