import { useEffect, useId, useRef, useState } from 'react';
import type { Role } from '@/lib/settings/settings';
import { useI18n } from '../ui/I18nProvider';
import type { PanelView } from './views';

/**
 * The panel's navigation in one row at 400 px: the views this role uses every day, then "More"
 * (a disclosure button and a list of links) for the rest. When the current view is one of the
 * rest, the button carries its name, so where you are is always in sight.
 */
export function PanelNav({ views, current, role }: { views: PanelView[]; current: PanelView; role: Role }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const daily = views.filter((v) => v.daily.includes(role));
  const more = views.filter((v) => !v.daily.includes(role));
  const currentInMore = more.some((v) => v.id === current.id);

  // A view was chosen (here or by any other link): the list has done its job.
  const [shownFor, setShownFor] = useState(current.id);
  if (shownFor !== current.id) {
    setShownFor(current.id);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    // Capture: Esc closes the list before it can also close an open tip underneath.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <nav className="panel-nav" aria-label={t('nav.label')}>
      {daily.map((view) => (
        <a key={view.id} href={`#${view.id}`} aria-current={view.id === current.id ? 'page' : undefined}>
          {t(view.label)}
        </a>
      ))}
      {more.length > 0 && (
        <div
          className="nav-more"
          ref={wrapRef}
          onBlur={(e) => {
            if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          <button
            type="button"
            ref={buttonRef}
            aria-expanded={open}
            aria-controls={listId}
            aria-current={currentInMore ? 'page' : undefined}
            // Named by what it shows, then what it does ("Goals, more sections"): the visible
            // name comes first, as speech-input users say it.
            aria-label={currentInMore ? `${t(current.label)}${t('nav.moreAfterCurrent')}` : undefined}
            data-testid="nav-more"
            onClick={() => setOpen(!open)}
          >
            {currentInMore ? t(current.label) : t('nav.more')}
            <span aria-hidden="true" className="nav-caret">
              ▾
            </span>
          </button>
          <ul id={listId} className="nav-more-list" hidden={!open}>
            {more.map((view) => (
              <li key={view.id}>
                <a href={`#${view.id}`} aria-current={view.id === current.id ? 'page' : undefined} onClick={() => setOpen(false)}>
                  {t(view.label)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </nav>
  );
}
