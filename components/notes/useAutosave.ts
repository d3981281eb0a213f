import { useCallback, useEffect, useRef, useState } from 'react';
import { backupDraft, clearBackup } from '@/lib/notes/draft-backup';
import type { Note } from '@/lib/schemas/note';

/** How long typing may pause before the note is written to the database. */
export const AUTOSAVE_MS = 300;

export type AutosaveState = 'idle' | 'pending' | 'saved' | { error: string };

/**
 * Autosave for a note being typed: every change is copied synchronously to localStorage (so a
 * panel closed mid-word loses nothing), written to Dexie after a short pause, and flushed at
 * once when the panel is hidden, closed, or the editor unmounts.
 */
export function useAutosave(write: (note: Note) => Promise<unknown>): {
  change: (note: Note) => void;
  flush: () => Promise<void>;
  cancel: () => void;
  state: AutosaveState;
} {
  const pending = useRef<Note | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writeRef = useRef(write);
  const [state, setState] = useState<AutosaveState>('idle');

  useEffect(() => {
    writeRef.current = write;
  }, [write]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const note = pending.current;
    if (!note) return;
    pending.current = null;
    try {
      await writeRef.current(note);
      clearBackup(localStorage, note);
      setState('saved');
    } catch (error) {
      setState({ error: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  const change = useCallback(
    (note: Note) => {
      pending.current = note;
      backupDraft(localStorage, note);
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
