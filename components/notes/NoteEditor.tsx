import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { putNote, revertNote } from '@/lib/notes/notes';
import type { Note } from '@/lib/schemas/note';
import { useI18n } from '../ui/I18nProvider';
import { NoteFields } from './NoteFields';
import { useAutosave } from './useAutosave';

/** Edits a stored note in place, saving as the mentee types; "Undo changes" puts the old text back. */
export function NoteEditor({ note, onClose, onUndone }: { note: Note; onClose: () => void; onUndone: () => void }) {
  const { t } = useI18n();
  const [snapshot] = useState(note);
  const [draft, setDraft] = useState(note);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const autosave = useAutosave((n) => putNote(getDb(), n));

  useEffect(() => {
    bodyRef.current?.focus();
  }, []);

  const change = (patch: Partial<Note>) => {
    const next = { ...draft, ...patch, updatedAt: Date.now() };
    setDraft(next);
    autosave.change(next);
  };

  return (
    <div
      className="note-editor"
      role="group"
      aria-label={t('notes.editing')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          void autosave.flush().then(onClose);
        }
      }}
    >
      <NoteFields note={draft} onChange={change} bodyRef={bodyRef} />
      <div className="composer-actions">
        <button type="button" className="primary" onClick={() => void autosave.flush().then(onClose)}>
          {t('notes.done')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            autosave.cancel();
            void revertNote(getDb(), snapshot).then(onUndone);
          }}
        >
          {t('notes.undoChanges')}
        </button>
        <span className="autosave muted">
          {autosave.state === 'saved' ? t('notes.draftSaved') : ''}
          {typeof autosave.state === 'object' ? <span className="error">{t('notes.error', { message: autosave.state.error })}</span> : null}
        </span>
      </div>
    </div>
  );
}
