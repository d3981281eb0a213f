/** The channel every extension page of this profile listens on (same origin: side panels, options, background). */
const CHANNEL = 'tandem-tips:data-reset';

/**
 * Tells every open extension page that all data was replaced (a restore) or deleted: open
 * editors close and in-memory drafts are dropped, so nothing typed before writes itself back.
 */
export function announceReset(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('reset');
  channel.close();
}

/** Calls `listener` whenever any page announces a reset (this page included); returns the unsubscribe. */
export function onReset(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
