import { messageOf } from '@/lib/errors/message-of';
import { useI18n } from './I18nProvider';

/**
 * Says that typed text is kept as a draft (`explain`), or — when keeping it failed even after
 * trying again — that it is only in the form for now, so it is saved before the panel closes.
 */
export function DraftNote({ writeError, explain = false }: { writeError: unknown; explain?: boolean }) {
  const { t } = useI18n();
  if (writeError !== undefined) {
    return (
      <p className="error small" role="alert" data-testid="draft-failed">
        {t('common.draftFailed', { message: messageOf(writeError) })}
      </p>
    );
  }
  return explain ? <p className="muted small">{t('common.draftKept')}</p> : null;
}
