import { useState } from 'react';
import { getDb } from '@/lib/db/db';
import type { Progress } from '@/lib/schemas/progress';
import { setTipHelpful } from '@/lib/tips/progress';
import { useI18n } from '../ui/I18nProvider';
import './review.css';
import { messageOf } from '@/lib/errors/message-of';
import { StyleScope } from '../ui/StyleScope';

/** "Was this tip helpful?" – yes / no, pressed again to take the answer back; feeds the ranking. */
export function HelpfulButtons({ tipId, progress }: { tipId: string; progress: Progress | undefined }) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const helpful = progress?.helpful;

  const answer = async (value: boolean) => {
    const next = helpful === value ? undefined : value;
    try {
      await setTipHelpful(getDb(), tipId, next);
      setMessage(t(next === undefined ? 'review.helpful.cleared' : next ? 'review.helpful.savedYes' : 'review.helpful.savedNo'));
    } catch (error) {
      setMessage(t('error.storage', { message: messageOf(error) }));
    }
  };

  return (
    <StyleScope name="review">
      <div className="helpful" data-testid="helpful">
        <div role="group" aria-label={t('review.helpful.question')} className="helpful-buttons">
          <span className="muted" aria-hidden="true">
            {t('review.helpful.question')}
          </span>
          <button type="button" className="chip" aria-pressed={helpful === true} onClick={() => void answer(true)}>
            {t('review.helpful.yes')}
          </button>
          <button type="button" className="chip" aria-pressed={helpful === false} onClick={() => void answer(false)}>
            {t('review.helpful.no')}
          </button>
        </div>
        <p className="status-line" role="status" aria-live="polite">
          {message}
        </p>
      </div>
    </StyleScope>
  );
}
