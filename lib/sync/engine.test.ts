import { describe, expect, it } from 'vitest';
import { keepLastInfo } from './engine';
import type { PouchDatabase } from './pouch-types';

describe('the remote database handed to replication', () => {
  it('answers a progress info() with the last good one once the server went away, so no rejection goes unhandled', async () => {
    let up = true;
    const remote = { info: async () => (up ? { doc_count: 3, update_seq: '7-x' } : Promise.reject(new Error('unreachable'))) } as unknown as PouchDatabase;
    keepLastInfo(remote);
    expect(await remote.info()).toEqual({ doc_count: 3, update_seq: '7-x' });
    up = false;
    // What pouchdb-replication does after each batch: .then() without a rejection handler.
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    void remote.info().then(() => undefined);
    await new Promise((r) => setTimeout(r, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    expect(await remote.info()).toEqual({ doc_count: 3, update_seq: '7-x' });
  });

  it('still fails when the server never answered, so the first check reports it', async () => {
    const remote = { info: () => Promise.reject(new Error('unreachable')) } as unknown as PouchDatabase;
    keepLastInfo(remote);
    await expect(remote.info()).rejects.toThrow('unreachable');
  });
});
