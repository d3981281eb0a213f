import { describe, expect, it } from 'vitest';
import { aNote, aTip } from '../builders';
import { applyImport, exportExchange, previewImport } from '../../lib/exchange/exchange-store';
import { readExchangeFile } from '../../lib/exchange/file';
import { MIN_ITERATIONS } from '../../lib/exchange/crypto';
import { loadMeetingPrep } from '../../lib/meeting/prep';
import { settleConflict } from '../../lib/meeting/tandem-store';
import { previewPackImport } from '../../lib/packs/import-pack';
import type { TandemDoc } from '../../lib/schemas/tandem';
import { freshDb, forgedExchangeFile, MY_DEVICE, partnerPayload } from './support';

const db = freshDb('partner-file');
const T = Date.UTC(2026, 10, 10);
const read = async (payload: Record<string, unknown>) => (await readExchangeFile(await forgedExchangeFile(payload))).payload;

const myPrivate = aNote({ id: 'mine-private', visibility: 'private', body: 'I worry about the reorg' });
const copyOf = (conflictOf: string) => aNote({ id: 'conflict.evil', visibility: 'shared', conflictOf, body: 'Partner text', updatedAt: T });

describe('a conflict copy from a partner', () => {
  it('is dropped when it points at one of my private notes (or at no shared note at all)', async () => {
    await db().notes.put(myPrivate);
    for (const target of ['mine-private', 'no-such-note']) {
      const payload = await read(partnerPayload({ notes: [copyOf(target)] }));
      const plan = await previewImport(db(), payload, MY_DEVICE);
      expect(plan.changes.notes).toEqual([]);
      expect(plan.skipped).toContainEqual({ table: 'notes', id: 'conflict.evil', reason: 'conflict-of-private' });
      await applyImport(db(), { payload, encrypted: false }, MY_DEVICE, T);
      expect(await db().notes.get('conflict.evil')).toBeUndefined();
    }
  });

  it('is kept when it points at a shared note we both have', async () => {
    await db().notes.put(aNote({ id: 'ours', visibility: 'shared', body: 'Our question' }));
    const payload = await read(partnerPayload({ notes: [copyOf('ours')] }));
    expect((await previewImport(db(), payload, MY_DEVICE)).changes.notes.map((c) => c.after.id)).toEqual(['conflict.evil']);
  });

  it('never shows beside a private note in meeting prep, and “Keep” never writes into a private note', async () => {
    // As if it had been imported before this check existed.
    await db().notes.bulkPut([myPrivate, copyOf('mine-private')]);
    const prep = await loadMeetingPrep(db(), 'en', T);
    expect(prep.window.conflicts).toEqual([]);
    await expect(settleConflict(db(), copyOf('mine-private'), 'keep', T)).rejects.toThrow();
    expect((await db().notes.get('mine-private'))?.body).toBe('I worry about the reorg');
  });
});

describe('the ids of my private notes', () => {
  it('never leave the browser, not even as a win counted towards a goal or a point on the agenda', async () => {
    await db().notes.bulkPut([
      aNote({ id: 'win-private-7f3a', kind: 'win', visibility: 'private', body: 'Negotiated my raise' }),
      aNote({ id: 'win-shared-1', kind: 'win', visibility: 'shared', body: 'First post' }),
    ]);
    await db().goals.put({ id: 'g1', title: 'Post', measure: 'posts', target: 3, current: 2, status: 'active', countedNoteIds: ['win-private-7f3a', 'win-shared-1'], createdAt: 1, updatedAt: T });
    const agenda: TandemDoc = { id: 'agenda.m1', kind: 'agenda', meetingId: 'm1', order: ['q:win-private-7f3a', 'g:g1'], minutes: { 'n:win-private-7f3a': 4 }, removed: ['n:win-private-7f3a'], custom: [], createdAt: 1, updatedAt: T };
    await db().tandem.put(agenda);
    const { text } = await exportExchange(db(), { from: { name: 'Peter', role: 'mentee', device: MY_DEVICE }, lang: 'en', full: true, includeProgress: false, iterations: MIN_ITERATIONS, now: T + 1 });
    expect(text).not.toContain('win-private-7f3a');
    expect(text).toContain('win-shared-1');
    const sent = await readExchangeFile(text);
    expect(sent.payload.goals[0]?.countedNoteIds).toEqual(['win-shared-1']);
  });

  it('stay counted here when the partner’s newer version of the goal comes back', async () => {
    await db().notes.put(aNote({ id: 'win-private-7f3a', kind: 'win', visibility: 'private' }));
    await db().goals.put({ id: 'g1', title: 'Post', measure: 'posts', target: 3, current: 2, status: 'active', countedNoteIds: ['win-private-7f3a'], createdAt: 1, updatedAt: T });
    const theirs = { id: 'g1', title: 'Post more', measure: 'posts', target: 3, current: 2, status: 'active', countedNoteIds: [], createdAt: 1, updatedAt: T + 10 };
    await applyImport(db(), { payload: await read(partnerPayload({ goals: [theirs] })), encrypted: false }, MY_DEVICE, T + 20);
    expect(await db().goals.get('g1')).toMatchObject({ title: 'Post more', countedNoteIds: ['win-private-7f3a'] });
  });
});

describe('text that reads differently than it is', () => {
  const RLO = '\u202e';
  const ZWSP = '\u200b';
  it('loses its bidi controls and zero-width characters on import: tip titles, pack names, the partner’s name', async () => {
    const pack = {
      format: 'tandem-tips/pack',
      schemaVersion: 2,
      exportedAt: T,
      pack: { id: 'pack-x', name: `Pilot${ZWSP} 2027`, author: `HR ${RLO}ymedacA`, version: 1, updatedAt: T },
      tips: [aTip({ id: 'x-1', packId: 'pack-x', title: `Open ${RLO}txt.exe`, steps: [`Click${ZWSP}Save`], tags: [`ta${ZWSP}g`] })],
    };
    const preview = await previewPackImport(db(), JSON.stringify(pack), T);
    expect(preview.pack.name).toBe('Pilot 2027');
    expect(preview.pack.author).toBe('HR ymedacA');
    expect(preview.entries[0]?.tip).toMatchObject({ title: 'Open txt.exe', steps: ['ClickSave'], tags: ['tag'] });

    const payload = await read(partnerPayload({ from: { name: `Mia${RLO}reganam`, role: 'mentor', device: 'device-partner-0001' }, tips: [aTip({ id: 'p-1', title: `Hi${ZWSP}` })] }));
    expect(payload.from.name).toBe('Miareganam');
    expect(payload.tips[0]?.title).toBe('Hi');
  });

  it('keeps emoji that are joined with a zero-width joiner', async () => {
    const payload = await read(partnerPayload({ tips: [aTip({ id: 'p-1', title: 'Ask the 👩‍💻' })] }));
    expect(payload.tips[0]?.title).toBe('Ask the 👩‍💻');
  });
});
