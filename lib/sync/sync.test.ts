// @vitest-environment node
// Two browsers syncing through a real CouchDB-protocol server (PouchDB Server, started here).
import { Dexie } from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { ADMIN, startCouchServer, type CouchServer } from '../../test/support/couch-server';
import { TandemDb } from '../db/db';
import type { SyncStatus } from './config';
import { createTandem, type CreatedTandem } from './create-tandem';
import { KEY_CHECK_ID } from './docs';
import { SyncEngine, deleteReplica } from './engine';
import type { Invite } from './invite';
import { newTandemKey } from './keys';
import { PouchDB } from './pouch';

let server: CouchServer;
let n = 0;
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  server = await startCouchServer();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => undefined);
});

interface Client {
  db: TandemDb;
  engine: SyncEngine;
  statuses: SyncStatus[];
  last(): SyncStatus;
}

async function client(invite: Invite): Promise<Client> {
  const id = n++;
  const db = new TandemDb(`sync-client-${id}`);
  const statuses: SyncStatus[] = [];
  const names = { replicaName: `replica-${id}`, syncDbName: `syncdb-${id}` };
  const engine = new SyncEngine({ db, config: { invite, pairedAt: 1 }, lang: 'en', partnerName: 'Partner', PouchDB, onStatus: (s) => statuses.push(s), ...names });
  cleanup.push(async () => {
    await engine.stop();
    await deleteReplica(PouchDB, names);
    db.close();
    await Dexie.delete(db.name);
  });
  return { db, engine, statuses, last: () => statuses.at(-1)! };
}

async function tandem(): Promise<CreatedTandem> {
  return createTandem({ server: server.url, admin: { user: ADMIN.user, password: ADMIN.password }, name: `pair${n++}`, mentorName: 'Mia', menteeName: 'Peter' });
}

/** Waits for a condition (sync is asynchronous by nature). */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function allServerDocs(db: string): Promise<{ id: string; doc: Record<string, unknown> }[]> {
  const { json } = await server.admin('GET', `/${db}/_all_docs?include_docs=true`);
  return (json as { rows: { id: string; doc: Record<string, unknown> }[] }).rows;
}

describe('sync between two browsers', () => {
  it('carries shared notes and tips both ways, encrypted; never a private note', async () => {
    const t = await tandem();
    const mentee = await client(t.mentee);
    const mentor = await client(t.mentor);
    await mentee.db.notes.bulkPut([
      aNote({ id: 'shared-q', kind: 'question', body: 'MARKER-QUESTION What is CRUD?', visibility: 'shared', forMeeting: true }),
      aNote({ id: 'private-secret-id', body: 'MARKER-PRIVATE salary talk', visibility: 'private' }),
    ]);
    await mentor.db.tips.put(aTip({ id: 'tip-mine', packId: 'local', title: 'MARKER-TIP Pivot tables' }));
    await mentee.engine.start();
    await mentor.engine.start();

    expect((await until(() => mentor.db.notes.get('shared-q'), Boolean))?.body).toContain('What is CRUD?');
    expect((await until(() => mentee.db.tips.get('tip-mine'), Boolean))?.packId).toBe('partner');
    expect(await mentor.db.notes.get('private-secret-id')).toBeUndefined();

    // Live: a question saved later arrives too.
    await mentee.db.notes.put(aNote({ id: 'later', kind: 'question', body: 'And a pivot?', visibility: 'shared', updatedAt: Date.now() }));
    await until(() => mentor.db.notes.get('later'), Boolean);

    const docs = await allServerDocs(t.db);
    const text = JSON.stringify(docs);
    for (const marker of ['MARKER', 'CRUD', 'private-secret-id', 'shared-q', 'tip-mine', 'salary']) expect(text).not.toContain(marker);
    for (const { id, doc } of docs.filter((d) => d.id !== KEY_CHECK_ID)) {
      expect(Object.keys(doc).sort()).toEqual(['_id', '_rev', 'ct', 'iv', 'k', 'v']);
      expect(id.startsWith(`${doc.k as string}-`)).toBe(true);
    }
    await until(async () => mentee.last(), (s) => s.state === 'synced' && s.waiting === 0);
  }, 30_000);

  it('refuses a wrong password, a wrong key and a server that is not CouchDB, writing nothing', async () => {
    const t = await tandem();
    const wrongPassword = await client({ ...t.mentee, password: 'not-the-password' });
    await wrongPassword.engine.start();
    expect(wrongPassword.last()).toMatchObject({ state: 'error', error: 'wrongCredentials' });

    const wrongKey = await client({ ...t.mentee, key: newTandemKey() });
    await wrongKey.engine.start();
    expect(wrongKey.last()).toMatchObject({ state: 'error', error: 'keyMismatch' });

    const notCouch = await client({ ...t.mentee, server: `${server.url}/_utils` });
    await notCouch.engine.start();
    expect(notCouch.last().state).toBe('error');
    expect(['notCouch', 'noDatabase']).toContain(notCouch.last().error);
    for (const c of [wrongPassword, wrongKey, notCouch]) expect(await c.db.notes.count()).toBe(0);
    // Nothing reached the server either.
    expect((await allServerDocs(t.db)).map((d) => d.id)).toEqual([KEY_CHECK_ID]);
  }, 30_000);
});
