// @vitest-environment node
// Two browsers syncing through a real CouchDB-protocol server (PouchDB Server, started here).
import { Dexie } from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { ADMIN, startCouchServer, type CouchServer } from '../../test/support/couch-server';
import { TandemDb } from '../db/db';
import { canonicalJson } from '../exchange/hash';
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
}, 60_000);

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

  it('keeps both texts when both edit the same note offline, and both converge to the same notes', async () => {
    const t = await tandem();
    const mentee = await client(t.mentee);
    const mentor = await client(t.mentor);
    const base = aNote({ id: 'q', kind: 'question', body: 'How do I pivot?', visibility: 'shared', updatedAt: Date.now() });
    await mentee.db.notes.put(base);
    await mentee.engine.start();
    await mentor.engine.start();
    await until(() => mentor.db.notes.get('q'), Boolean);
    await until(async () => mentor.last(), (s) => s.state === 'synced');

    await server.pause();
    await mentee.db.notes.put({ ...base, body: 'How do I pivot a table with dates?', updatedAt: Date.now() + 1 });
    await mentor.db.notes.put({ ...base, body: 'How do I pivot? — see the Insert tab', updatedAt: Date.now() + 2 });
    // Offline: the edit waits in the replica and the status says so.
    await until(async () => mentee.last(), (s) => s.waiting >= 1 && s.state === 'offline', 20_000);
    expect(mentee.last().error).toBe('unreachable');

    await server.restart();
    const texts = (db: TandemDb) => db.notes.toArray().then((ns) => ns.filter((x) => !x.deletedAt).map((x) => `${x.conflictOf ?? x.id}:${x.body}`).sort());
    const want = ['q:How do I pivot a table with dates?', 'q:How do I pivot? — see the Insert tab'];
    await until(() => texts(mentee.db), (v) => JSON.stringify(v) === JSON.stringify(want), 40_000);
    await until(() => texts(mentor.db), (v) => JSON.stringify(v) === JSON.stringify(want), 40_000);
    // The newest edit is the note; the other is the visible copy, with the same id on both sides.
    expect((await mentor.db.notes.get('q'))?.body).toBe('How do I pivot? — see the Insert tab');
    await until(
      async () => [await mentee.db.notes.toArray(), await mentor.db.notes.toArray()],
      ([a, b]) => canonicalJson(a) === canonicalJson(b),
    );
    // The revision conflicts were settled: no document on the server is left with two live versions.
    await until(
      async () => ((await server.admin('GET', `/${t.db}/_all_docs?include_docs=true&conflicts=true`)).json as { rows: { doc: { _conflicts?: string[] } }[] }).rows,
      (rows) => rows.every((r) => !r.doc._conflicts),
      20_000,
    );
    await until(async () => [mentee.last(), mentor.last()], (s) => s.every((x) => x.state === 'synced' && x.waiting === 0), 20_000);
  }, 120_000);

  it('refuses tampered, garbage, oversized and private documents from the server with a reason, writing none of them', async () => {
    const t = await tandem();
    const mentee = await client(t.mentee);
    const mentor = await client(t.mentor);
    await mentee.db.notes.put(aNote({ id: 'good', body: 'A fine shared note', visibility: 'shared', updatedAt: Date.now() }));
    await mentee.engine.start();
    await until(async () => mentee.last(), (s) => s.state === 'synced');
    const [good] = (await allServerDocs(t.db)).filter((d) => d.id !== KEY_CHECK_ID);
    const doc = good!.doc as { _id: string; _rev: string; ct: string };

    // One byte of the ciphertext changed on the server.
    const flipped = doc.ct.slice(0, 10) + (doc.ct[10] === 'A' ? 'B' : 'A') + doc.ct.slice(11);
    expect((await server.admin('PUT', `/${t.db}/${doc._id}`, { ...doc, ct: flipped })).status).toBe(201);
    await server.admin('PUT', `/${t.db}/note-garbage`, { k: 'note', v: 1, iv: 'AAAAAAAAAAAAAAAA', ct: 'bm90IGVuY3J5cHRlZCBhdCBhbGw=' });
    await server.admin('PUT', `/${t.db}/note-shape`, { hello: 'world' });
    await server.admin('PUT', `/${t.db}/note-huge`, { k: 'note', v: 1, iv: 'AAAAAAAAAAAAAAAA', ct: 'A'.repeat(400_000) });

    await mentor.engine.start();
    const refused = await until(async () => mentor.last().refused, (r) => (r?.count ?? 0) >= 4);
    expect(refused).toBeDefined();
    expect(Object.fromEntries(mentor.engine.refused.map((r) => [r.docId, r.code]))).toEqual({
      [doc._id]: 'undecryptable',
      'note-garbage': 'undecryptable',
      'note-shape': 'invalid',
      'note-huge': 'tooLarge',
    });
    expect(await mentor.db.notes.count()).toBe(0);
  }, 60_000);
});

