import { useState } from 'react';
import { blurAllBut } from '@/lib/authoring/step-picture';
import type { StepTarget } from '@/lib/schemas/tip';
import { useI18n } from '../ui/I18nProvider';
import { describeElement } from './describe-element';

interface Props {
  /** The step's number (1-based). */
  n: number;
  target: StepTarget;
  /** A new picture (blurred), or null to remove it. */
  onChange: (picture: { picture: string; pictureFocus?: StepTarget['pictureFocus'] } | null) => void;
}

/**
 * A recorded step's picture as the mentor sees it before saving: what the mentee will see, with
 * "Blur all but the element" (one click: the rest of the page becomes unreadable, the element stays)
 * and "Remove picture".
 */
export function StepPictureField({ n, target, onChange }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  if (!target.picture) return null;
  const { picture, pictureFocus } = target;

  const blur = async () => {
    if (!pictureFocus) return;
    setBusy(true);
    try {
      const blurred = await blurAllBut(picture, pictureFocus);
      if (blurred) {
        onChange({ picture: blurred, pictureFocus });
        setStatus(t('picture.blurred'));
      } else setStatus(t('picture.failed'));
    } catch {
      setStatus(t('picture.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <figure className="step-picture" data-testid="step-picture">
      <img src={picture} alt={t('picture.alt', { n, what: describeElement(t, target.locator) })} />
      <figcaption>
        <span className="actions">
          {pictureFocus && (
            <button type="button" className="secondary" aria-label={t('picture.blurLabel', { n })} disabled={busy} onClick={() => void blur()}>
              {t('picture.blur')}
            </button>
          )}
          <button type="button" className="secondary" aria-label={t('picture.removeLabel', { n })} onClick={() => onChange(null)}>
            {t('picture.remove')}
          </button>
        </span>
        <span className="status-message" role="status" aria-live="polite">
          {status}
        </span>
      </figcaption>
    </figure>
  );
}
