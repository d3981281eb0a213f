import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { DetectedContext } from '@/lib/contexts/types';
import { getDb } from '@/lib/db/db';
import { loadTipsFor } from '@/lib/tips/query';

type TipsResult = Awaited<ReturnType<typeof loadTipsFor>>;

const keyOf = (detected: DetectedContext) => `${detected.tool}|${detected.contexts.join()}`;

// The first context's tips, read as soon as the background names the followed tab — while the
// catalog, the settings and React's first renders are still under way — and handed to the view once.
let early: { key: string; read: Promise<TipsResult>; result?: TipsResult } | undefined;

/** Starts reading the ranked tips for the context the panel opens on. */
export function prefetchTipsFor(detected: DetectedContext): void {
  const started = { key: keyOf(detected), read: loadTipsFor(getDb(), detected) };
  early = started;
  started.read.then(
    (result) => {
      if (early === started) early.result = result;
    },
    () => {
      if (early === started) early = undefined;
    },
  );
}

/**
 * The ranked tips for a context, live. On the panel's first view the prefetched read is shown
 * first; the live query (which keeps the list in step with the database) subscribes once that
 * read is in, so the two do not compete for the database while the panel opens.
 */
export function useTipsFor(detected: DetectedContext): TipsResult | undefined {
  const key = keyOf(detected);
  const [first] = useState(() => (early?.key === key ? early : undefined));
  const [waiting, setWaiting] = useState(() => first !== undefined && first.result === undefined);
  useEffect(() => {
    // Also when the read finished between this render and now: the live query must still start,
    // or the list would keep showing the first read however the database changes.
    if (!first) return;
    let alive = true;
    const done = () => alive && setWaiting(false);
    first.read.then(done, done);
    return () => {
      alive = false;
    };
  }, [first]);
  useEffect(() => {
    // Taken once: a later view of this context reads afresh.
    if (early === first) early = undefined;
  }, [first]);
  const live = useLiveQuery(() => (waiting ? undefined : loadTipsFor(getDb(), detected)), [detected, waiting]);
  return live ?? first?.result;
}
