import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { DetectedContext } from '@/lib/contexts/types';
import { getDb } from '@/lib/db/db';
import { loadContextNotes } from '@/lib/notes/context-notes';
import { useFollowedTab } from '../shell/FollowedTab';
import { useI18n } from '../ui/I18nProvider';
import { CAPTURE_FRESH_MS, lastCapture, subscribeToCaptures } from './captured';
import { NoteCard } from './NoteCard';
import { NoteComposer } from './NoteComposer';
import { StatusLine, type StatusMessage } from './StatusLine';
import './notes.css';
import { StyleScope } from '../ui/StyleScope';

/** How many notes for this page the panel shows; the rest are a click away in All notes. */
const SHOWN = 5;

/** The mentee's notes for the current page and context (and the tip being viewed), with the quick add. */
export function ContextNotes({ detected, tipId }: { detected: DetectedContext; tipId: string | null }) {
  const { t } = useI18n();
  const active = useFollowedTab();
  const url = active?.url ?? null;
  const title = active?.title ?? null;
  // A card's own confirmation (e.g. "Note deleted. Undo"), stamped so the newer of it and a capture shows.
  const [cardStatus, setCardStatus] = useState<{ message: StatusMessage; at: number } | null>(null);
  const [mountedAt] = useState(() => Date.now());
  const onCardStatus = useCallback((next: StatusMessage) => setCardStatus({ message: next, at: Date.now() }), []);
  const result = useLiveQuery(async () => {
    const start = performance.now();
    const found = await loadContextNotes(getDb(), { detected, url, tipId }, SHOWN);
    performance.measure('tandem:context-notes-query', { start, detail: { total: found.total } });
    return found;
  }, [detected, url, tipId]);
  const marked = useRef(false);

  useEffect(() => {
    // A User Timing mark (stays in this page): the scale benchmark reads when the notes first showed.
    if (result && !marked.current) {
      marked.current = true;
      performance.mark('tandem:context-notes-rendered', { detail: { count: result.notes.length } });
    }
  }, [result]);

  // A capture heard while these notes were remounting (a new place) still confirms once they are back.
  const capture = useSyncExternalStore(subscribeToCaptures, lastCapture);
  const fresh = capture && capture.at >= mountedAt - CAPTURE_FRESH_MS ? capture : null;
  let message: StatusMessage | null = cardStatus?.message ?? null;
  if (fresh && (!cardStatus || fresh.at > cardStatus.at)) {
    const quote = fresh.quote.length > 60 ? `${fresh.quote.slice(0, 59)}…` : fresh.quote;
    message = { text: t(fresh.kind === 'question' ? 'notes.captured.question' : 'notes.captured.note', { quote }) };
  }

  return (
    <StyleScope name="notes">
      <section className="notes-here" aria-labelledby="notes-here-heading" data-testid="context-notes">
        <h2 id="notes-here-heading" className="section-title">
          {t('notes.here.heading')}
          {result && (
            <span className="count" data-testid="context-notes-count">
              {t('notes.here.count', { count: result.total })}
            </span>
          )}
        </h2>
        <StatusLine message={message} onDone={() => undefined} testId="notes-status" />
        {result && result.total === 0 && <p className="muted">{t('notes.here.none')}</p>}
        {result && result.notes.length > 0 && (
          <div className="note-list" data-testid="context-note-list">
            {result.notes.map((note) => (
              <NoteCard key={note.id} note={note} onStatus={onCardStatus} />
            ))}
          </div>
        )}
        {result && result.total > result.notes.length && (
          <p>
            <a href="#notes">{t('notes.here.more', { count: result.total - result.notes.length })}</a>
          </p>
        )}
        <NoteComposer place={{ detected, url, title, tipId }} />
      </section>
    </StyleScope>
  );
}
