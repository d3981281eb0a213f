import { describe, expect, it, vi } from 'vitest';

type Handler = (message: { data: { kind: 'question' | 'note'; quote: string } }) => void;
const handlers: Handler[] = [];
vi.mock('@/lib/messaging/protocol', () => ({
  onMessage: (_type: string, handler: Handler) => {
    handlers.push(handler);
    return () => handlers.splice(handlers.indexOf(handler), 1);
  },
}));

const { lastCapture, listenForCaptures, subscribeToCaptures } = await import('./captured');

describe('captures heard by the tips view', () => {
  it('keeps a capture that arrives while no notes list is mounted, and tells the one mounted later', () => {
    const stop = listenForCaptures();
    // The notes below the tips are remounting for a new place: nobody subscribed.
    handlers[0]?.({ data: { kind: 'note', quote: 'Chief Financial Officer' } });
    expect(lastCapture()).toMatchObject({ kind: 'note', quote: 'Chief Financial Officer' });

    const notify = vi.fn();
    const unsubscribe = subscribeToCaptures(notify);
    handlers[0]?.({ data: { kind: 'question', quote: 'reverse mentoring round' } });
    expect(notify).toHaveBeenCalledTimes(1);
    expect(lastCapture()).toMatchObject({ kind: 'question', quote: 'reverse mentoring round' });
    unsubscribe();
    stop();
    expect(handlers).toHaveLength(0);
  });
});
