import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { DetectedContext } from '@/lib/contexts/types';
import { getDb } from '@/lib/db/db';
import { onMessage } from '@/lib/messaging/protocol';
import { loadContextNotes } from '@/lib/notes/context-notes';
import { useFollowedTab } from '../shell/FollowedTab';
import { useI18n } from '../ui/I18nProvider';
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
  const [message, setMessage] = useState<StatusMessage | null>(null);
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

  useEffect(
    () =>
      onMessage('noteCaptured', ({ data }) => {
        const quote = data.quote.length > 60 ? `${data.quote.slice(0, 59)}…` : data.quote;
        setMessage({ text: t(data.kind === 'question' ? 'notes.captured.question' : 'notes.captured.note', { quote }) });
      }),
    [t],
  );

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
              <NoteCard key={note.id} note={note} onStatus={setMessage} />
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
