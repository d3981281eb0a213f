import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { TandemDb } from '../db/db';
import { MIN_ITERATIONS } from './crypto';
import { applyImport, collectExport, exportExchange, previewImport } from './exchange-store';
import { readExchangeFile } from './file';

let mentor: TandemDb;
let mentee: TandemDb;
let n = 0;
const MENTOR = { name: 'Mia', role: 'mentor' as const, device: 'device-mentor-1' };
const MENTEE = { name: 'Peter', role: 'mentee' as const, device: 'device-mentee-1' };

beforeEach(() => {
  mentor = new TandemDb(`exchange-mentor-${n}`);
  mentee = new TandemDb(`exchange-mentee-${n++}`);
});
afterEach(async () => {
  await mentor.delete();
  await mentee.delete();
});

const send = (db: TandemDb, from: typeof MENTOR | typeof MENTEE, now: number, passphrase?: string) =>
  exportExchange(db, { from, lang: 'en', full: false, includeProgress: true, passphrase, iterations: MIN_ITERATIONS, now });
const receive = async (db: TandemDb, me: string, text: string, now: number, passphrase?: string) =>
  applyImport(db, await readExchangeFile(text, { passphrase }), me, now);

describe('exporting and importing between two browsers', () => {
  it('carries shared notes, goals, meetings and my tips — never a private note', async () => {
    await mentee.notes.bulkPut([
      aNote({ id: 'shared-q', kind: 'question', body: 'What does CRUD mean?', visibility: 'shared', forMeeting: true }),
      aNote({ id: 'private-n', body: 'I am nervous about the reorg', visibility: 'private' }),
    ]);
    await mentee.goals.put({ id: 'g1', title: 'First LinkedIn post', measure: 'posts', target: 1, current: 0, status: 'active', createdAt: 1, updatedAt: 1 });
    await mentee.tips.put(aTip({ id: 'mine', packId: 'local' }));
    await mentee.tips.put(aTip({ id: 'starter.linkedin.x', packId: 'starter' }));
    await mentee.progress.put({ tipId: 'starter.linkedin.x', status: 'tried', updatedAt: 5 });

    const { text } = await send(mentee, MENTEE, 100);
    expect(text).not.toContain('nervous');
    expect(text).not.toContain('private-n');
    expect(text).not.toContain('Still typing');
    const { payload } = await readExchangeFile(text);
    expect(payload.notes.map((x) => x.id)).toEqual(['shared-q']);
    expect(payload.tips.map((t) => t.id)).toEqual(['mine']);
    expect(payload.progress).toEqual([{ tipId: 'starter.linkedin.x', status: 'tried', title: 'Follow a hashtag', updatedAt: 5 }]);

    const preview = await previewImport(mentor, payload, MENTOR.device);
    expect(preview.changes.notes.map((c) => c.kind)).toEqual(['added']);
    expect(await mentor.notes.count()).toBe(0);

    await receive(mentor, MENTOR.device, text, 200);
    expect((await mentor.notes.get('shared-q'))?.body).toBe('What does CRUD mean?');
    expect((await mentor.tips.get('mine'))?.packId).toBe('partner');
    expect((await mentor.packs.get('partner'))?.name).toBe('Peter');
    expect(await mentor.partnerProgress.get('starter.linkedin.x')).toMatchObject({ status: 'tried' });

    // Importing the same file again changes nothing.
    const again = await previewImport(mentor, payload, MENTOR.device);
    expect(Object.values(again.changes).flat()).toEqual([]);
    // What came from the partner is not sent back to them.
    expect((await collectExport(mentor, { full: false, includeProgress: true, lang: 'en' })).notes).toEqual([]);
  });

  it('sends only what the partner has not confirmed, and re-sends a file they never imported', async () => {
    await mentee.notes.put(aNote({ id: 'a', body: 'one', visibility: 'shared' }));
    const lost = await send(mentee, MENTEE, 100);
    expect(lost.data.notes).toHaveLength(1);
    // Not imported by the mentor: the next file carries it again.
    const second = await send(mentee, MENTEE, 110);
    expect(second.data.notes).toHaveLength(1);
    await receive(mentor, MENTOR.device, second.text, 120);
    const reply = await send(mentor, MENTOR, 130);
    await receive(mentee, MENTEE.device, reply.text, 140);
    // The mentor's reply acknowledged file 110, so nothing is left to send.
    expect((await send(mentee, MENTEE, 150)).data.notes).toEqual([]);
  });

  it('keeps both texts when both edited a shared note since the last exchange', async () => {
    await mentee.notes.put(aNote({ id: 'q', kind: 'question', body: 'How do I pivot?', visibility: 'shared', updatedAt: 10 }));
    await receive(mentor, MENTOR.device, (await send(mentee, MENTEE, 100)).text, 110);
    await receive(mentee, MENTEE.device, (await send(mentor, MENTOR, 120)).text, 130);
    // Both edit the same question; the mentee's edit is newer.
    await mentor.notes.update('q', { body: 'How do I pivot? — see the Insert tab', updatedAt: 140 });
    await mentee.notes.update('q', { body: 'How do I pivot a table with dates?', updatedAt: 150 });
    const fromMentee = await send(mentee, MENTEE, 160);
    const fromMentor = await send(mentor, MENTOR, 160);
    const plan = await receive(mentor, MENTOR.device, fromMentee.text, 170);
    expect(plan.changes.notes.map((c) => c.kind).sort()).toEqual(['conflict', 'updated']);
    await receive(mentee, MENTEE.device, fromMentor.text, 170);
    for (const db of [mentor, mentee]) {
      const notes = (await db.notes.toArray()).filter((x) => x.deletedAt === undefined);
      expect(notes.find((x) => x.id === 'q')?.body).toBe('How do I pivot a table with dates?');
      expect(notes.find((x) => x.conflictOf === 'q')?.body).toBe('How do I pivot? — see the Insert tab');
    }
    expect(await mentor.notes.toArray()).toEqual(await mentee.notes.toArray());
  });

  it('writes nothing when the import fails half way (one transaction)', async () => {
    await mentee.notes.put(aNote({ id: 'a', body: 'one', visibility: 'shared' }));
    await mentee.goals.put({ id: 'g1', title: 'Goal', measure: '', target: 3, current: 1, status: 'active', createdAt: 1, updatedAt: 1 });
    const { text } = await send(mentee, MENTEE, 100);
    vi.spyOn(mentor.goals, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(receive(mentor, MENTOR.device, text, 110)).rejects.toThrow('disk full');
    expect(await mentor.notes.count()).toBe(0);
    expect(await mentor.knowledge.count()).toBe(0);
    expect(await mentor.exchanges.count()).toBe(0);
  });

  it('refuses my own file and a wrong passphrase without writing', async () => {
    await mentee.notes.put(aNote({ id: 'a', body: 'one', visibility: 'shared' }));
    const own = await send(mentee, MENTEE, 100);
    await expect(receive(mentee, MENTEE.device, own.text, 110)).rejects.toMatchObject({ code: 'ownFile' });
    const sealed = await send(mentee, MENTEE, 120, 'open sesame');
    await expect(receive(mentor, MENTOR.device, sealed.text, 130, 'open sesam')).rejects.toMatchObject({ code: 'wrongPassphrase' });
    expect(await mentor.notes.count()).toBe(0);
    await receive(mentor, MENTOR.device, sealed.text, 130, 'open sesame');
    expect(await mentor.notes.count()).toBe(1);
    expect((await mentor.exchanges.toArray())[0]).toMatchObject({ direction: 'import', encrypted: true, partnerName: 'Peter' });
  });
});
