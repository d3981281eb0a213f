import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { readBackupFile, writeBackupFile } from '../backup/backup-file';
import { collectBackup } from '../backup/backup-store';
import { TandemDb } from '../db/db';
import { previewImport } from '../exchange/exchange-store';
import { readExchangeFile, writeExchangeFile, type ExchangePayload } from '../exchange/file';
import { readFileText } from '../files/envelope';
import { previewPackImport } from '../packs/import-pack';
import { PACK_SCHEMA_VERSION, packEnvelope } from '../packs/pack-file';
import { isCancelled, type LongWork, type Progress } from './slices';

// Enough records that checking them takes several slices on any machine.
const COUNT = 3_000;
const T = Date.UTC(2026, 10, 3);

let n = 0;
let db: TandemDb;
beforeEach(() => {
  db = new TandemDb(`long-imports-${n++}`);
});
afterEach(() => db.delete());

/** Options that record every report, and cancel as soon as some records (not all) were counted. */
function cancelMidCheck(): LongWork & { seen: Progress[] } {
  const controller = new AbortController();
  const seen: Progress[] = [];
  return {
    seen,
    signal: controller.signal,
    onProgress: (p) => {
      seen.push(p);
      if (p.phase === 'check' && p.done > 0 && p.done < p.total) controller.abort();
    },
  };
}

/** Options that only record. */
function watch(): LongWork & { seen: Progress[] } {
  const seen: Progress[] = [];
  return { seen, onProgress: (p) => seen.push(p) };
}

const checked = (seen: Progress[]) => seen.filter((p) => p.phase === 'check');

const packText = () =>
  JSON.stringify({
    format: 'tandem-tips/pack',
    schemaVersion: PACK_SCHEMA_VERSION,
    exportedAt: T,
    pack: { id: 'programme.big', name: 'Big', author: 'Office', version: 1, updatedAt: T },
    tips: Array.from({ length: COUNT }, (_, i) => aTip({ id: `programme.big.${i}`, packId: 'programme.big', createdAt: T, updatedAt: T })),
  });

const exchangeText = () => {
  const payload: ExchangePayload = {
    from: { name: 'Mia', role: 'mentor', device: 'partner-device-1' },
    createdAt: T,
    ack: null,
    notes: Array.from({ length: COUNT }, (_, i) => aNote({ id: `partner-${i}`, visibility: 'shared', createdAt: T, updatedAt: T })),
    goals: [],
    meetings: [],
    tandem: [],
    tips: [],
    progress: [],
  };
  return writeExchangeFile(payload);
};

describe('a pack preview', () => {
  it('counts every tip it checks, then compares', async () => {
    const work = watch();
    const preview = await previewPackImport(db, packText(), T, work);
    expect(preview.counts.new).toBe(COUNT);
    const counts = checked(work.seen);
    expect(counts.length).toBeGreaterThan(2);
    expect(counts.at(-1)).toEqual({ phase: 'check', done: COUNT, total: COUNT });
    expect(work.seen.at(-1)?.phase).toBe('compare');
  });

  it('stops with an AbortError when cancelled mid-check, and writes nothing', async () => {
    const work = cancelMidCheck();
    await expect(previewPackImport(db, packText(), T, work)).rejects.toSatisfy(isCancelled);
    expect(checked(work.seen).at(-1)!.done).toBeLessThan(COUNT);
    expect(await db.tips.count()).toBe(0);
    expect(await db.packs.count()).toBe(0);
  });
});

describe('reading a file', () => {
  it('stops before reading once cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readFileText(new Blob([packText()]), packEnvelope, { signal: controller.signal })).rejects.toSatisfy(isCancelled);
  });
});

describe('an exchange file', () => {
  it('counts its records across the tables, and the preview says when it compares', async () => {
    const work = watch();
    const file = await readExchangeFile(await exchangeText(), { now: T, ...work });
    expect(file.payload.notes).toHaveLength(COUNT);
    expect(checked(work.seen).at(-1)).toEqual({ phase: 'check', done: COUNT, total: COUNT });
    await previewImport(db, file.payload, 'my-device-1', work);
    expect(work.seen.at(-1)?.phase).toBe('compare');
  });

  it('stops with an AbortError when cancelled mid-check', async () => {
    const work = cancelMidCheck();
    await expect(readExchangeFile(await exchangeText(), { now: T, ...work })).rejects.toSatisfy(isCancelled);
    expect(checked(work.seen).at(-1)!.done).toBeLessThan(COUNT);
  });

  it('a preview cancelled before it compares reads nothing further', async () => {
    const file = await readExchangeFile(await exchangeText(), { now: T });
    const controller = new AbortController();
    controller.abort();
    await expect(previewImport(db, file.payload, 'my-device-1', { signal: controller.signal })).rejects.toSatisfy(isCancelled);
  });
});

describe('a backup', () => {
  const backupText = async () => {
    await db.notes.bulkPut(Array.from({ length: COUNT }, (_, i) => aNote({ id: `note-${i}` })));
    const text = await writeBackupFile(await collectBackup(db, T));
    return text;
  };

  it('counts the rows of all its tables together', async () => {
    const text = await backupText();
    const work = watch();
    const backup = await readBackupFile(text, db.verno, work);
    expect(backup.tables.notes).toHaveLength(COUNT);
    expect(checked(work.seen).at(-1)).toEqual({ phase: 'check', done: COUNT, total: COUNT });
  });

  it('stops with an AbortError when cancelled mid-check', async () => {
    const text = await backupText();
    const work = cancelMidCheck();
    await expect(readBackupFile(text, db.verno, work)).rejects.toSatisfy(isCancelled);
    expect(checked(work.seen).at(-1)!.done).toBeLessThan(COUNT);
  });
});
