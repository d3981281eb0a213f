import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/db';
import { dismissAutoTried, loadAutoTriedNotices, undoAutoTried } from '@/lib/tips/done-when';
import { localizeTip } from '@/lib/tips/localize';
import { useI18n } from '../ui/I18nProvider';
import './review.css';
import { StyleScope } from '../ui/StyleScope';

/**
 * "You just did it": a small acknowledgement when a tip was marked tried because the mentee did
 * what it describes, with an undo (the mentee can always correct it) and a close button.
 */
export function AutoTriedNotice() {
  const { t, lang } = useI18n();
  const notices = useLiveQuery(() => loadAutoTriedNotices(getDb()), []);
  const [undone, setUndone] = useState('');

  return (
    <StyleScope name="review">
      <div className="auto-tried" role="status" aria-live="polite" data-testid="auto-tried">
        {notices?.map(({ tip }) => {
          const title = localizeTip(tip, lang).title;
          return (
            <div className="notice" key={tip.id} data-tip-id={tip.id}>
              <span aria-hidden="true" className="notice-mark">
                ✓
              </span>
              <p>{t('done.notice', { title })}</p>
              <div className="notice-actions">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    void undoAutoTried(getDb(), tip.id).then(() => {
                      setUndone(t('done.undone', { title }));
                    });
                  }}
                >
                  {t('done.undo')}
                </button>
                <button type="button" className="icon-button" aria-label={t('done.dismiss', { title })} onClick={() => void dismissAutoTried(getDb(), tip.id)}>
                  ×
                </button>
              </div>
            </div>
          );
        })}
        {undone && <p className="muted">{undone}</p>}
      </div>
    </StyleScope>
  );
}
