import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { dropBackup } from '@/lib/notes/draft-backup';
import { NoteChangedElsewhere, saveNoteEdit } from '@/lib/notes/notes';
import type { Note } from '@/lib/schemas/note';
import { useI18n } from '../ui/I18nProvider';
import { useOnReset } from '../ui/useOnReset';
import { NoteFields } from './NoteFields';
import { useAutosave } from './useAutosave';

/**
 * Edits a stored note in place, saving as the mentee types; "Undo changes" puts the old text back.
 * Writes only the fields it changed, and only onto the version it last saw: when the note changed
 * elsewhere (another window, an import, a restore) the editor stops and says so.
 */
export function NoteEditor({ note, onClose, onUndone }: { note: Note; onClose: () => void; onUndone: () => void }) {
  const { t } = useI18n();
  const [snapshot] = useState(note);
  const [draft, setDraft] = useState(note);
  // The stored version this editor last loaded or wrote: every write must find it unchanged.
  const base = useRef(note);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const autosave = useAutosave(
    async (n) => {
      base.current = await saveNoteEdit(getDb(), base.current, n);
    },
    (n) => ({ kind: 'edit', note: n, base: base.current }),
  );
  const [undoRefused, setUndoRefused] = useState(false);
  const stale = undoRefused || (typeof autosave.state === 'object' && autosave.state.cause instanceof NoteChangedElsewhere);

  useEffect(() => {
    bodyRef.current?.focus();
  }, []);

  // Everything was restored or deleted: this copy must not be written back.
  useOnReset(() => {
    autosave.cancel();
    onClose();
  });

  const change = (patch: Partial<Note>) => {
    const next = { ...draft, ...patch, updatedAt: Date.now() };
    setDraft(next);
    autosave.change(next);
  };

  const undo = async () => {
    autosave.cancel();
    try {
      base.current = await saveNoteEdit(getDb(), base.current, snapshot);
      dropBackup(localStorage);
      onUndone();
    } catch (error) {
      // Changed elsewhere meanwhile: say so rather than write the old text over it.
      if (!(error instanceof NoteChangedElsewhere)) throw error;
      dropBackup(localStorage);
      setUndoRefused(true);
    }
  };

  const done = async () => {
    if (await autosave.flush()) onClose();
  };

  if (stale) {
    return (
      <div className="note-editor" role="group" aria-label={t('notes.editing')}>
        <p className="alert" role="alert" data-testid="note-changed-elsewhere">
          {t('notes.changedElsewhere')}
        </p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            dropBackup(localStorage);
            onClose();
          }}
        >
          {t('notes.close')}
        </button>
      </div>
    );
  }

  return (
    <div
      className="note-editor"
      role="group"
      aria-label={t('notes.editing')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          void done();
        }
      }}
    >
      <NoteFields note={draft} onChange={change} bodyRef={bodyRef} />
      <div className="composer-actions">
        <button type="button" className="primary" onClick={() => void done()}>
          {t('notes.done')}
        </button>
        <button type="button" className="secondary" onClick={() => void undo()}>
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
