import { onMessage } from '@/lib/messaging/protocol';

/** A selection the background just saved from the page's context menu. */
export interface Capture {
  kind: 'question' | 'note';
  quote: string;
  /** When the panel heard of it (ms since epoch). */
  at: number;
}

/** How long a confirmation is still news when the notes part of the panel (re)mounts. */
export const CAPTURE_FRESH_MS = 3_000;

let last: Capture | null = null;
const subscribers = new Set<() => void>();

/**
 * Listens for captures for as long as the tips view is open. The notes below the tips remount on
 * every change of place, and a selection saved right after a navigation often arrives in that gap:
 * held here, its confirmation still shows once they are back.
 */
export function listenForCaptures(): () => void {
  return onMessage('noteCaptured', ({ data }) => {
    last = { ...data, at: Date.now() };
    for (const notify of subscribers) notify();
  });
}

export function subscribeToCaptures(notify: () => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}

export function lastCapture(): Capture | null {
  return last;
}
