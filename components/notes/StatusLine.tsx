import { useEffect, useRef } from 'react';
import { useI18n } from '../ui/I18nProvider';

/** A confirmation with an optional undo, e.g. "Note deleted. [Undo]". */
export interface StatusMessage {
  text: string;
  undo?: () => Promise<void> | void;
  error?: boolean;
}

/**
 * The live region that announces confirmations to screen readers. It is always in the page (a
 * region added together with its text is often not read); an undo button takes the focus, so a
 * keyboard user can take the action back at once.
 */
export function StatusLine({ message, onDone, testId }: { message: StatusMessage | null; onDone: () => void; testId?: string }) {
  const { t } = useI18n();
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (message?.undo) undoRef.current?.focus();
  }, [message]);
  return (
    <p className={`status-line${message?.error ? ' error' : ''}`} role="status" aria-live="polite" data-testid={testId}>
      {message?.text}
      {message?.undo && (
        <>
          {' '}
          <button
            ref={undoRef}
            type="button"
            className="link-button"
            onClick={() => {
              void Promise.resolve(message.undo?.()).finally(onDone);
            }}
          >
            {t('notes.undo')}
          </button>
        </>
      )}
    </p>
  );
}
