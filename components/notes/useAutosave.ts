import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '@/lib/errors/message-of';
import { backupDraft, clearBackup, type PageCopy } from '@/lib/notes/draft-backup';
import type { Note } from '@/lib/schemas/note';

/** How long typing may pause before the note is written to the database. */
export const AUTOSAVE_MS = 300;

export type AutosaveState = 'idle' | 'pending' | 'saved' | { error: string; cause: unknown };

/**
 * Autosave for a note being typed: every change is copied synchronously to localStorage (so a
 * panel closed mid-word loses nothing; `copyOf` says what the copy is), written to Dexie after a
 * short pause, and flushed at once when the panel is hidden, closed, or the editor unmounts.
 */
export function useAutosave(write: (note: Note) => Promise<unknown>, copyOf: (note: Note) => PageCopy): {
  change: (note: Note) => void;
  /** Writes what is pending now; false when that write failed (the state says why). */
  flush: () => Promise<boolean>;
  cancel: () => void;
  state: AutosaveState;
} {
  const pending = useRef<Note | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writeRef = useRef(write);
  const copyRef = useRef(copyOf);
  const [state, setState] = useState<AutosaveState>('idle');

  useEffect(() => {
    writeRef.current = write;
    copyRef.current = copyOf;
  }, [write, copyOf]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const note = pending.current;
    if (!note) return true;
    pending.current = null;
    try {
      await writeRef.current(note);
      clearBackup(localStorage, note);
      setState('saved');
      return true;
    } catch (error) {
      setState({ error: messageOf(error), cause: error });
      return false;
    }
  }, []);

  const change = useCallback(
    (note: Note) => {
      pending.current = note;
      backupDraft(localStorage, copyRef.current(note));
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    [flush],
  );

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
    setState('idle');
  }, []);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { change, flush, cancel, state };
}
