import { useEffect, useState, type ReactNode } from 'react';

const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * A module loaded on first use (a code-split chunk), or undefined while it loads. Not
 * `React.lazy`: React holds back what a Suspense boundary reveals until 300 ms after its
 * fallback showed, which made the notes under the tips and every view's first opening late.
 */
export function useOnDemand<M>(load: () => Promise<M>): M | undefined {
  // Read from the cache on every render, so one component switched to another loader (the
  // panel's views share a place in the tree) never shows the previous loader's module.
  const [, loadedNow] = useState(0);
  useEffect(() => {
    if (loaded.has(load)) return;
    let alive = true;
    load()
      .then((m) => {
        loaded.set(load, m);
        if (alive) loadedNow((n) => n + 1);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [load]);
  return loaded.get(load) as M | undefined;
}

/** Renders `children(module)` once `load` has resolved, and `fallback` until then. */
export function OnDemand<M>({ load, fallback = null, children }: { load: () => Promise<M>; fallback?: ReactNode; children: (module: M) => ReactNode }) {
  const module = useOnDemand(load);
  return <>{module === undefined ? fallback : children(module)}</>;
}
