import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../ui/I18nProvider';

/** The controls the welcome can point at. */
export type SpotlightId = 'import' | 'write';

// Set by the welcome just before it opens the view; read once by the control's Spotlight.
let pending: SpotlightId | null = null;

/** Opens the view holding `id` with that control pointed out (the view then mounts its Spotlight). */
export function pointAt(id: SpotlightId, hash: string): void {
  pending = id;
  location.hash = hash;
}

/**
 * A real control the welcome points at: outlined, scrolled into view, with a line saying what to
 * do there, until "Got it". Always the same wrapper, so dismissing it keeps the control's state.
 */
export function Spotlight({ id, note, children }: { id: SpotlightId; note: string; children: ReactNode }) {
  const { t } = useI18n();
  const [active, setActive] = useState(() => pending === id);
  const noteRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (pending !== id) return;
    pending = null;
    noteRef.current?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    noteRef.current?.focus();
  }, [id]);
  return (
    <div className={active ? 'spotlight is-active' : 'spotlight'} data-testid={active ? `spotlight-${id}` : undefined}>
      {active && (
        <p className="spotlight-note" ref={noteRef} tabIndex={-1}>
          <span aria-hidden="true" className="spotlight-arrow">
            ↓
          </span>{' '}
          {note}{' '}
          <button type="button" className="link-button" onClick={() => setActive(false)}>
            {t('spotlight.dismiss')}
          </button>
        </p>
      )}
      {children}
    </div>
  );
}
