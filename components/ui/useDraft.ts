import { useCallback, useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { discardDraft, formDrafts, loadDraft, saveDraft } from '@/lib/drafts/drafts';
import { useOnReset } from './useOnReset';

/** Waits before the next attempt at a failed draft write (a busy or briefly locked database). */
const RETRY_DELAYS_MS = [200, 1_000];

/** Runs `write`, trying again after each delay while it fails; the last failure is thrown. */
export async function withRetries(write: () => Promise<void>, delays: readonly number[] = RETRY_DELAYS_MS): Promise<void> {
  for (const delay of delays) {
    try {
      return await write();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return write();
}

/**
 * Form values kept in the database as they are typed (drafts table), so closing the panel or
 * restarting the browser never loses a word. `loaded` is false until the stored draft is read.
 * A write that fails is tried again; if it still fails, `writeError` says so (the form shows it:
 * the text is then only in the form), until a later write succeeds.
 */
export function useDraft<T extends Record<string, unknown>>(id: string, initial: T) {
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  const [hasDraft, setHasDraft] = useState(false);
  const [writeError, setWriteError] = useState<unknown>();
  const writes = useRef(Promise.resolve());
  const initialRef = useRef(initial);
  // Bumped by a reset: writes queued before it must not put the old values back.
  const generation = useRef(0);

  useOnReset(() => {
    generation.current++;
    setValue(initialRef.current);
    setHasDraft(false);
  });

  useEffect(() => {
    let alive = true;
    void loadDraft(getDb(), formDrafts, id).then((stored) => {
      if (!alive) return;
      if (stored) {
        setValue({ ...initialRef.current, ...(stored as Partial<T>) });
        setHasDraft(true);
      }
      setLoaded(true);
    });
    return () => {
      alive = false;
    };
  }, [id]);

  const update = useCallback(
    (patch: Partial<T>) => {
      setValue((prev) => {
        const next = { ...prev, ...patch };
        // Writes queue up in order; each keystroke is durable on its own.
        const at = generation.current;
        writes.current = writes.current
          .then(() => (at === generation.current ? withRetries(() => saveDraft(getDb(), formDrafts, id, next)) : undefined))
          .then(
            () => setWriteError(undefined),
            (error: unknown) => setWriteError(error ?? new Error('draft not saved')),
          );
        return next;
      });
      setHasDraft(true);
    },
    [id],
  );

  const reset = useCallback(
    async (to?: T) => {
      await writes.current;
      await discardDraft(getDb(), formDrafts, id);
      setValue(to ?? initialRef.current);
      setHasDraft(false);
      setWriteError(undefined);
    },
    [id],
  );

  return { value, update, reset, loaded, hasDraft, writeError };
}
