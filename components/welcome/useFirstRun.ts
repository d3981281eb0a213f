import { useCallback, useEffect, useState } from 'react';
import { isFirstRun, setWelcome } from '@/lib/settings/welcome';
import { earlyRead } from '../shell/early-read';

/** Whether the welcome opens, read as the page starts (see early-read). */
export const startupFirstRun = earlyRead(() => isFirstRun().catch(() => false));

export interface FirstRun {
  /** Whether the panel opens with the welcome. */
  active: boolean;
  /** The welcome was finished or skipped: the panel shows its views from now on. */
  close: (how: 'finished' | 'skipped') => void;
}

/** Whether this is the first run, read once when the panel opens; undefined while reading. */
export function useFirstRun(): FirstRun | undefined {
  const [active, setActive] = useState<boolean>();
  useEffect(() => {
    let alive = true;
    void startupFirstRun
      .take()
      .then((first) => {
        if (!alive) return;
        setActive(first);
        // Answering may save the language before anything else: the welcome stays until it is done.
        if (first) void setWelcome('started').catch(() => undefined);
      });
    return () => {
      alive = false;
    };
  }, []);
  const close = useCallback((how: 'finished' | 'skipped') => {
    setActive(false);
    // Not remembered (storage failed): the welcome shows once more next time, nothing worse.
    void setWelcome(how).catch(() => undefined);
  }, []);
  return active === undefined ? undefined : { active, close };
}
