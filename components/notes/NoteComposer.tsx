import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { discardDraft, loadDraft, saveDraft } from '@/lib/drafts/drafts';
import { messageOf } from '@/lib/errors/message-of';
import { dropBackup, recoverDraft } from '@/lib/notes/draft-backup';
import { finishDraft, newNote, noteDrafts, QUICK_ADD_ID, type NotePlace } from '@/lib/notes/notes';
import type { Note } from '@/lib/schemas/note';
import { localizeTip } from '@/lib/tips/localize';
import { useI18n } from '../ui/I18nProvider';
import { useOnReset } from '../ui/useOnReset';
import { NoteFields } from './NoteFields';
import { notePlace } from './place';
import { StatusLine, type StatusMessage } from './StatusLine';
import { useAutosave } from './useAutosave';

/**
 * Quick add: a note, question or win prefilled with where the mentee is (tool, context, page,
 * the tip being viewed). Saved as a draft from the first keystroke, so closing the panel keeps
 * it; "Save note" makes it a finished note.
 */
export function NoteComposer({ place }: { place: NotePlace }) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState<Note | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // The fields remount after save/discard/undo (fresh tag text); focus the new text box then.
  const focusBody = useRef(false);
  useEffect(() => {
    if (!focusBody.current) return;
    focusBody.current = false;
    bodyRef.current?.focus();
  }, [formKey]);
  const autosave = useAutosave(
    (n) => saveDraft(getDb(), noteDrafts, QUICK_ADD_ID, n, n.updatedAt),
    (n) => ({ kind: 'quick-add', note: n }),
  );

  useEffect(() => {
    let alive = true;
    void (async () => {
      const db = getDb();
      const failed = await recoverDraft(db, localStorage).then(
        () => undefined,
        (error: unknown) => error ?? new Error('not recovered'),
      );
      const draft = await loadDraft(db, noteDrafts, QUICK_ADD_ID);
      if (!alive) return;
      if (failed) setMessage({ text: t('notes.recoverFailed', { message: messageOf(failed) }), error: true });
      if (!draft) return;
      setNote((current) => current ?? draft);
      setFormKey((k) => k + 1);
      if (!failed) setMessage({ text: t('notes.draftRestored') });
    })();
    return () => {
      alive = false;
    };
    // Once per panel: a language switch must not reload the draft over what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Before the first keystroke the form shows a fresh note for the current place (not stored yet).
  const shown = note ?? newNote('note', place, 0, 'unsaved');
  const tipId = shown.tipId;
  const tip = useLiveQuery(() => (tipId ? getDb().tips.get(tipId) : undefined), [tipId]);
  const placeText = [notePlace(t, shown), ...(tip ? [t('notes.placeTip', { title: localizeTip(tip, lang).title })] : [])].join(' · ');

  const change = (patch: Partial<Note>) => {
    const now = Date.now();
    const base = note ?? newNote(shown.kind, place, now);
    const next = { ...base, ...patch, updatedAt: now };
    setNote(next);
    autosave.change(next);
  };

  const reset = () => {
    setNote(null);
    setFormKey((k) => k + 1);
  };

  // Everything was restored or deleted: what is typed here must not be written back.
  useOnReset(() => {
    autosave.cancel();
    reset();
  });

  const save = async () => {
    if (!note || (note.body.trim() === '' && !note.quote)) {
      setMessage({ text: t('notes.empty'), error: true });
      bodyRef.current?.focus();
      return;
    }
    autosave.cancel();
    try {
      await finishDraft(getDb(), note);
      dropBackup(localStorage);
      focusBody.current = true;
      reset();
      setMessage({ text: t('notes.saved') });
    } catch (error) {
      setMessage({ text: t('notes.error', { message: messageOf(error) }), error: true });
    }
  };

  const discard = async () => {
    if (!note) return;
    autosave.cancel();
    const kept = note;
    try {
      await discardDraft(getDb(), noteDrafts, QUICK_ADD_ID);
      dropBackup(localStorage);
      reset();
      setMessage({
        text: t('notes.discarded'),
        undo: async () => {
          const back = { ...kept, updatedAt: Date.now() };
          await saveDraft(getDb(), noteDrafts, QUICK_ADD_ID, back, back.updatedAt);
          focusBody.current = true;
          setNote(back);
          setFormKey((k) => k + 1);
          setMessage({ text: t('notes.restored') });
        },
      });
    } catch (error) {
      setMessage({ text: t('notes.error', { message: messageOf(error) }), error: true });
    }
  };

  const saving = autosave.state;
  return (
    <form
      className="note-composer"
      aria-labelledby="note-composer-heading"
      data-testid="note-composer"
      data-note-id={note?.id}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="note-composer-heading">{t('notes.add.heading')}</h3>
      <p className="note-place muted" data-testid="composer-place">
        {t('notes.place', { place: placeText })}
      </p>
      <NoteFields key={formKey} note={shown} onChange={change} bodyRef={bodyRef} />
      <div className="composer-actions">
        <button type="submit" className="primary">
          {t('notes.save')}
        </button>
        {note && (
          <button type="button" className="secondary" onClick={() => void discard()}>
            {t('notes.discard')}
          </button>
        )}
        <span className="autosave muted" data-testid="autosave-state">
          {saving === 'saved' && note ? t('notes.draftSaved') : ''}
          {typeof saving === 'object' ? <span className="error">{t('notes.error', { message: saving.error })}</span> : null}
        </span>
      </div>
      <StatusLine message={message} onDone={() => undefined} testId="composer-status" />
    </form>
  );
}
