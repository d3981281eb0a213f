import { useCallback, useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { discardDraft, formDrafts, loadDraft, saveDraft } from '@/lib/drafts/drafts';
import { useOnReset } from './useOnReset';

/**
 * Form values kept in the database as they are typed (drafts table), so closing the panel or
 * restarting the browser never loses a word. `loaded` is false until the stored draft is read.
 */
export function useDraft<T extends Record<string, unknown>>(id: string, initial: T) {
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  const [hasDraft, setHasDraft] = useState(false);
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
        writes.current = writes.current.then(() => (at === generation.current ? saveDraft(getDb(), formDrafts, id, next) : undefined)).catch(() => undefined);
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
    },
    [id],
  );

  return { value, update, reset, loaded, hasDraft };
}
