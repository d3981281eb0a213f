import { useCallback, useEffect, useRef, useState } from 'react';
import type { LongWork, Phase, Progress } from '@/lib/progress/slices';

/** One long import at a time in a view: its progress for the bar, the options to pass to the import, and Cancel. */
export interface LongWorkControl {
  /** Undefined while nothing runs. */
  progress: Progress | undefined;
  /** Starts a run (cancelling one still going) and returns its `{ onProgress, signal }`. */
  begin: () => LongWork & { signal: AbortSignal };
  /** Shows an uncounted phase the view itself runs (the write). */
  show: (phase: Phase) => void;
  /** Stops the run at its next slice; the import then ends with an AbortError. */
  cancel: () => void;
  /** Is this run still the view's own (not replaced by a newer one)? Only its outcome is shown. */
  isCurrent: (run: LongWork) => boolean;
  /** The run is over (done, failed or cancelled): its bar goes, unless a newer run replaced it. */
  end: (run?: LongWork) => void;
}

/** Progress and cancel for a view's long import; leaving the view cancels what it started. */
export function useLongWork(): LongWorkControl {
  const [progress, setProgress] = useState<Progress>();
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const begin = useCallback(() => {
    controller.current?.abort();
    const run = new AbortController();
    controller.current = run;
    setProgress({ phase: 'read', done: 0, total: 0 });
    // A cancelled run's last reports must not bring its bar back.
    return { signal: run.signal, onProgress: (p: Progress) => !run.signal.aborted && setProgress(p) };
  }, []);
  const show = useCallback((phase: Phase) => setProgress({ phase, done: 0, total: 0 }), []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const isCurrent = useCallback((run: LongWork) => controller.current?.signal === run.signal, []);
  const end = useCallback((run?: LongWork) => {
    if (run && controller.current?.signal !== run.signal) return;
    controller.current = undefined;
    setProgress(undefined);
  }, []);
  return { progress, begin, show, cancel, isCurrent, end };
}
