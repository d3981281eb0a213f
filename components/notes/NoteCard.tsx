import { memo, useRef, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { deleteNote, restoreNote, updateNote } from '@/lib/notes/notes';
import type { Note } from '@/lib/schemas/note';
import { useI18n } from '../ui/I18nProvider';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Markdown } from '../ui/Markdown';
import { NoteEditor } from './NoteEditor';
import { formatWhen, isoTime } from '@/lib/i18n/dates';
import { notePlace } from './place';
import type { StatusMessage } from './StatusLine';
import { messageOf } from '@/lib/errors/message-of';

/**
 * One note: its kind, quote, text (safe Markdown), where it was written, and what can be done with
 * it. Memoised: a search that keeps a note in the results does not render its Markdown again.
 */
export const NoteCard = memo(function NoteCard(props: { note: Note; onStatus: (message: StatusMessage) => void }) {
  return (
    <ErrorBoundary item>
      <NoteCardBody {...props} />
    </ErrorBoundary>
  );
});

function NoteCardBody({ note, onStatus }: { note: Note; onStatus: (message: StatusMessage) => void }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const when = formatWhen(lang, note.updatedAt);
  const fail = (error: unknown) => onStatus({ text: t('notes.error', { message: messageOf(error) }), error: true });

  const remove = () => {
    deleteNote(getDb(), note.id)
      .then(() => onStatus({ text: t('notes.deleted'), undo: () => restoreNote(getDb(), note.id).then(() => onStatus({ text: t('notes.restored') })) }))
      .catch(fail);
  };

  const toggleAnswered = () => {
    updateNote(getDb(), note.id, { resolvedAt: note.resolvedAt === undefined ? Date.now() : undefined }).catch(fail);
  };

  return (
    <article className={`note-card kind-${note.kind}`} data-note-id={note.id} data-testid="note-card" aria-label={t('notes.noteFrom', { date: when })}>
      <p className="note-meta">
        <span className={`pill pill-kind-${note.kind}`}>{t(`notes.kindShort.${note.kind}`)}</span>
        <span className={`pill pill-${note.visibility}`} data-visibility={note.visibility}>
          {t(note.visibility === 'private' ? 'notes.visibility.privateShort' : 'notes.visibility.sharedShort')}
        </span>
        {note.forMeeting && <span className="pill pill-meeting">{t('notes.forMeeting')}</span>}
        {note.kind === 'question' && note.resolvedAt !== undefined && <span className="pill pill-answered">{t('notes.answered')}</span>}
        <time dateTime={isoTime(note.updatedAt)} className="note-time">
          {when}
        </time>
      </p>
      {editing ? (
        <NoteEditor
          note={note}
          onClose={() => {
            setEditing(false);
            requestAnimationFrame(() => editRef.current?.focus());
          }}
          onUndone={() => {
            setEditing(false);
            onStatus({ text: t('notes.changesUndone') });
          }}
        />
      ) : (
        <>
          {note.quote && (
            <blockquote className="note-quote" aria-label={t('notes.quote')}>
              {note.quote}
            </blockquote>
          )}
          {note.body && (
            <div className="note-body">
              <Markdown text={note.body} />
            </div>
          )}
          <p className="note-place muted">{notePlace(t, note)}</p>
          {note.tags.length > 0 && (
            <ul className="note-tags" aria-label={t('notes.tags.label')}>
              {note.tags.map((tag) => (
                <li key={tag}>#{tag}</li>
              ))}
            </ul>
          )}
          <div className="note-actions">
            <button type="button" className="link-button" ref={editRef} onClick={() => setEditing(true)}>
              {t('notes.edit')}
            </button>
            {note.kind === 'question' && (
              <button type="button" className="link-button" onClick={toggleAnswered}>
                {t(note.resolvedAt === undefined ? 'notes.markAnswered' : 'notes.reopen')}
              </button>
            )}
            <button type="button" className="link-button danger" onClick={remove}>
              {t('notes.delete')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
