import { describe, expect, it } from 'vitest';
import { LEGACY_REPLICA_DB, dropLegacyReplica, keepLastInfo } from './engine';
import { SyncDb } from './sync-db';
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

describe('a replica in the older idb layout', () => {
  it('is deleted with the bookkeeping that points into it, so the next pull starts from the beginning', async () => {
    await new Promise<void>((done, fail) => {
      const req = indexedDB.open(LEGACY_REPLICA_DB);
      req.onupgradeneeded = () => req.result.createObjectStore('document-store');
      req.onsuccess = () => {
        req.result.close();
        done();
      };
      req.onerror = () => fail(req.error);
    });
    const sdb = new SyncDb('legacy-bookkeeping');
    await sdb.docs.put({ docId: 'note-x', tk: 'notes|q1', rev: '1-abc', hash: 'h', pushed: 1 });
    await sdb.meta.put({ id: 'pull', value: 42 });

    await dropLegacyReplica(sdb);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(LEGACY_REPLICA_DB);
    expect(await sdb.docs.count()).toBe(0);
    expect(await sdb.meta.get('pull')).toBeUndefined();

    // Nothing to drop the next time: the bookkeeping written since stays.
    await sdb.meta.put({ id: 'pull', value: 7 });
    await dropLegacyReplica(sdb);
    expect(await sdb.meta.get('pull')).toEqual({ id: 'pull', value: 7 });
    await sdb.delete();
  });
});
