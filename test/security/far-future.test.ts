import { describe, expect, it } from 'vitest';
import { aNote } from '../builders';
import { applyImport } from '../../lib/exchange/exchange-store';
import { readExchangeFile } from '../../lib/exchange/file';
import { formatDateTime, formatWhen, isoTime } from '../../lib/i18n/dates';
import { updateNote } from '../../lib/notes/notes';
import { updateGoal } from '../../lib/goals/goals';
import { saveAgreement, defaultAgreement, settleConflict } from '../../lib/meeting/tandem-store';
import { AGREEMENT_ID } from '../../lib/schemas/tandem';
import { freshDb, forgedExchangeFile, MY_DEVICE, partnerPayload } from './support';

const db = freshDb('far-future');
const NOW = Date.UTC(2026, 10, 20, 9);
const YEAR_2099 = Date.UTC(2099, 0, 1);

/** Reading a partner's file as the panel does, at `NOW`. */
const importAt = async (payload: Record<string, unknown>) => applyImport(db(), await readExchangeFile(await forgedExchangeFile(payload), { now: NOW }), MY_DEVICE, NOW);

const sharedFeedNote = (over = {}) => aNote({ id: 'n-feed', visibility: 'shared', tool: 'linkedin', context: 'linkedin.feed', body: 'From the partner', ...over });

describe('times from a partner’s file that lie in the future', () => {
  it('refuses a shared note stamped past JavaScript’s date range, naming the record and field — nothing is written', async () => {
    const error = await importAt(partnerPayload({ notes: [sharedFeedNote({ updatedAt: 9e15 })] })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'FileError', code: 'invalid', details: { issue: { path: expect.arrayContaining(['notes', 0, 'updatedAt']) } } });
    expect(await db().notes.count()).toBe(0);
  });

  it('refuses a note, an agreement or a meeting log from a clock set to 2099', async () => {
    const agreement = { id: AGREEMENT_ID, kind: 'agreement', ...defaultAgreement, createdAt: 1, updatedAt: YEAR_2099 };
    const meeting = { id: 'm1', scheduledAt: NOW, heldAt: YEAR_2099, summary: '', nextSteps: '', feedback: {}, createdAt: 1, updatedAt: NOW };
    for (const payload of [partnerPayload({ notes: [sharedFeedNote({ updatedAt: YEAR_2099 })] }), partnerPayload({ tandem: [agreement] }), partnerPayload({ meetings: [meeting] })]) {
      await expect(importAt(payload)).rejects.toMatchObject({ code: 'invalid', details: { issue: { reason: 'future' } } });
    }
    expect(await db().notes.count()).toBe(0);
    expect(await db().tandem.count()).toBe(0);
    expect(await db().meetings.count()).toBe(0);
  });

  it('accepts a partner clock a few hours ahead (no one’s clock is exact), and a meeting planned next year', async () => {
    const meeting = { id: 'm1', scheduledAt: NOW + 300 * 86_400_000, summary: '', nextSteps: '', feedback: {}, createdAt: NOW, updatedAt: NOW + 3 * 3_600_000 };
    await importAt(partnerPayload({ notes: [sharedFeedNote({ updatedAt: NOW + 3 * 3_600_000 })], meetings: [meeting] }));
    expect(await db().notes.count()).toBe(1);
    expect(await db().meetings.count()).toBe(1);
  });
});

describe('my own edits after a partner’s clock ran ahead', () => {
  it('a local change is stamped after the stored version, so it wins the next merge', async () => {
    await db().notes.put(sharedFeedNote({ updatedAt: NOW + 60_000 }));
    const edited = await updateNote(db(), 'n-feed', { body: 'My answer' }, NOW);
    expect(edited.updatedAt).toBeGreaterThan(NOW + 60_000);

    await db().goals.put({ id: 'g', title: 'Post', measure: 'posts', target: 1, current: 0, status: 'active', createdAt: 1, updatedAt: NOW + 60_000 });
    expect((await updateGoal(db(), 'g', { current: 1 }, NOW))?.updatedAt).toBeGreaterThan(NOW + 60_000);

    await db().tandem.put({ id: AGREEMENT_ID, kind: 'agreement', ...defaultAgreement, createdAt: 1, updatedAt: NOW + 60_000 });
    expect((await saveAgreement(db(), defaultAgreement, NOW)).updatedAt).toBeGreaterThan(NOW + 60_000);

    // Keeping the partner's second version of a note: both the note and the settled copy.
    const copy = sharedFeedNote({ id: 'n-feed.conflict', conflictOf: 'n-feed', body: 'Their answer', updatedAt: NOW + 120_000 });
    await db().notes.put(copy);
    await settleConflict(db(), copy, 'keep', NOW);
    expect((await db().notes.get('n-feed'))?.updatedAt).toBeGreaterThan(edited.updatedAt);
    expect((await db().notes.get('n-feed.conflict'))?.updatedAt).toBeGreaterThan(NOW + 120_000);
  });
});

describe('showing a date', () => {
  it('never throws, whatever number a record holds', () => {
    for (const at of [9e15, -9e15, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => formatDateTime('en', at)).not.toThrow();
      expect(() => formatWhen('de', at)).not.toThrow();
      expect(() => isoTime(at)).not.toThrow();
    }
    expect(formatDateTime('en', Date.UTC(2026, 11, 2, 10)).date).toContain('2026');
  });
});
