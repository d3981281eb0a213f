import { describe, expect, it } from 'vitest';
import { aNote } from '../../test/builders';
import { docIdFor, openDoc, sealDoc, type DocBody } from './docs';
import { readInvite, inviteToCode, inviteToFile, type Invite } from './invite';
import { deriveKeys, newTandemKey } from './keys';

const shared: DocBody = { t: 'notes', r: aNote({ id: 'q1', kind: 'question', body: 'What is CRUD?', visibility: 'shared' }) };

describe('one encrypted document per record', () => {
  it('round-trips a record; only id and coarse kind are readable, and every write gets a fresh IV', async () => {
    const keys = await deriveKeys(newTandemKey());
    const a = await sealDoc(keys, shared);
    const b = await sealDoc(keys, shared);
    expect(a._id).toBe(b._id);
    expect(a._id).toBe(await docIdFor(keys, 'notes', 'q1'));
    expect(a._id).toMatch(/^note-[A-Za-z0-9_-]{27}$/);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    // Only the fields named above are readable (base64 may hold any short letter run by chance).
    expect(Object.keys(a).sort()).toEqual(['_id', 'ct', 'iv', 'k', 'v']);
    expect(JSON.stringify(a)).not.toMatch(/What is CRUD|"q1"|"question"|"shared"/);
    expect(await openDoc(keys, a)).toEqual(shared);
  });

  it('refuses a changed byte, another tandem key, a body moved to another id, and a private note', async () => {
    const keys = await deriveKeys(newTandemKey());
    const doc = await sealDoc(keys, shared);
    const flipped = { ...doc, ct: doc.ct.slice(0, 5) + (doc.ct[5] === 'A' ? 'B' : 'A') + doc.ct.slice(6) };
    await expect(openDoc(keys, flipped)).rejects.toMatchObject({ code: 'undecryptable' });
    await expect(openDoc(await deriveKeys(newTandemKey()), doc)).rejects.toMatchObject({ code: 'undecryptable' });
    const other = await sealDoc(keys, { t: 'notes', r: aNote({ id: 'q2', visibility: 'shared' }) });
    await expect(openDoc(keys, { ...other, _id: doc._id })).rejects.toMatchObject({ code: 'undecryptable' });
    // Someone holding the key cannot slip in a private note, nor a record under another record's id.
    await expect(openDoc(keys, await sealDoc(keys, { t: 'notes', r: aNote({ id: 'p', visibility: 'private' }) }))).rejects.toMatchObject({ code: 'invalid', params: { table: 'notes' }, issue: { path: ['visibility'], reason: 'privateNote' } });
    await expect(openDoc(keys, await sealDoc(keys, shared, await docIdFor(keys, 'notes', 'q2')))).rejects.toMatchObject({ code: 'wrongDoc' });
    await expect(openDoc(keys, { ...doc, ct: 'A'.repeat(300_000) })).rejects.toMatchObject({ code: 'tooLarge' });
    await expect(openDoc(keys, { _id: doc._id, hello: 'world' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('refuses a record from a clock set years ahead, and drops hidden characters as an exchange file does', async () => {
    const keys = await deriveKeys(newTandemKey());
    const now = Date.UTC(2026, 10, 20);
    const future = await sealDoc(keys, { t: 'notes', r: aNote({ id: 'q3', visibility: 'shared', updatedAt: Date.UTC(2099, 0, 1) }) });
    await expect(openDoc(keys, future, now)).rejects.toMatchObject({ code: 'futureClock', params: { table: 'notes' }, issue: { path: ['updatedAt'], reason: 'future' } });
    const hidden = await sealDoc(keys, { t: 'notes', r: aNote({ id: 'q4', visibility: 'shared', body: 'Open \u202etxt.exe', updatedAt: now }) });
    expect((await openDoc(keys, hidden, now)).r).toMatchObject({ body: 'Open txt.exe' });
  });
});

describe('invites', () => {
  const invite: Invite = {
    format: 'tandem-tips/invite',
    version: 1,
    server: 'https://couch.example.org',
    db: 'tandem-mia-peter-x1',
    user: 'tandem-mia-peter-x1-mentee',
    password: 'a-long-password',
    key: newTandemKey(),
    member: 'mentee',
    name: 'Peter',
    partnerName: 'Mia',
  };

  it('reads its code and its file alike', () => {
    expect(readInvite(inviteToCode(invite), false)).toEqual(invite);
    expect(readInvite(inviteToFile(invite), false)).toEqual(invite);
  });

  it('allows plain http only on this computer, and only in test builds', () => {
    const local = { ...invite, server: 'http://localhost:5984' };
    expect(readInvite(inviteToCode(local), true).server).toBe('http://localhost:5984');
    expect(() => readInvite(inviteToCode(local), false)).toThrow(expect.objectContaining({ code: 'insecureServer' }));
    expect(() => readInvite(inviteToCode({ ...invite, server: 'http://couch.example.org' }), true)).toThrow(expect.objectContaining({ code: 'insecureServer' }));
  });

  it('names what is wrong with a damaged invite', () => {
    expect(() => readInvite('TANDEM1.garbage!!', false)).toThrow(expect.objectContaining({ code: 'badInvite' }));
    expect(() => readInvite(inviteToFile({ ...invite, key: 'short' }), false)).toThrow(expect.objectContaining({ code: 'badInvite', params: { field: 'key' } }));
  });
});
