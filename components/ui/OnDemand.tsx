import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { messageOf } from '@/lib/errors/message-of';
import { useI18n } from './I18nProvider';

const loaded = new Map<() => Promise<unknown>, unknown>();

/** A module being loaded on demand: the module once it is there, or why it could not be loaded. */
export interface OnDemandState<M> {
  module: M | undefined;
  /** The last attempt failed (with `error`, whatever it was). */
  failed: boolean;
  error: unknown;
  /** Loads it again after a failure (a chunk missing while the extension updated, a busy disk). */
  retry: () => void;
}

/**
 * A module loaded on first use (a code-split chunk), or undefined while it loads. Not
 * `React.lazy`: React holds back what a Suspense boundary reveals until 300 ms after its
 * fallback showed, which made the notes under the tips and every view's first opening late.
 */
export function useOnDemand<M>(load: () => Promise<M>): OnDemandState<M> {
  // Read from the cache on every render, so one component switched to another loader (the
  // panel's views share a place in the tree) never shows the previous loader's module.
  const [, loadedNow] = useState(0);
  const [failure, setFailure] = useState<{ load: () => Promise<unknown>; error: unknown }>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (loaded.has(load)) return;
    let alive = true;
    load().then(
      (m) => {
        loaded.set(load, m);
        if (alive) loadedNow((n) => n + 1);
      },
      (error: unknown) => {
        if (alive) setFailure({ load, error });
      },
    );
    return () => {
      alive = false;
    };
  }, [load, attempt]);
  const retry = useCallback(() => {
    setFailure(undefined);
    setAttempt((n) => n + 1);
  }, []);
  // `loaded` holds what `load` resolved to, which is an M.
  const module = loaded.get(load) as M | undefined;
  const failed = failure !== undefined && failure.load === load;
  return { module, failed, error: failed ? failure.error : undefined, retry };
}

/** Renders `children(module)` once `load` has resolved, `fallback` until then, and a way to try again if it failed. */
export function OnDemand<M>({ load, fallback = null, children }: { load: () => Promise<M>; fallback?: ReactNode; children: (module: M) => ReactNode }) {
  const { module, failed, error, retry } = useOnDemand(load);
  if (module !== undefined) return <>{children(module)}</>;
  if (failed) return <LoadFailed error={error} retry={retry} />;
  return <>{fallback}</>;
}

function LoadFailed({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error" data-testid="load-failed">
      <p>{t('error.loadFailed', { message: messageOf(error) })}</p>
      <button type="button" className="secondary" onClick={retry}>
        {t('error.tryAgain')}
      </button>
    </div>
  );
}
