import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { aNote } from '../builders';
import { writeExchangeFile, readExchangeFile } from '../../lib/exchange/file';
import { readBackupFile } from '../../lib/backup/backup-file';
import { previewPackImport } from '../../lib/packs/import-pack';
import { readFileText } from '../../lib/files/envelope';
import { MIN_ITERATIONS } from '../../lib/exchange/crypto';
import { fileErrorMessage } from '../../lib/files/messages';
import { FileError } from '../../lib/files/file-error';
import { createTranslate } from '../../lib/i18n/translate';
import { freshDb, forgedExchangeFile, partnerPayload } from './support';

const db = freshDb('file-reader');
const root = join(import.meta.dirname, '../..');

/** JSON nested `depth` levels deep, e.g. in a note's body. */
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('deeply nested JSON', () => {
  it('is refused with a translated message instead of “Maximum call stack size exceeded”', async () => {
    const text = await forgedExchangeFile(partnerPayload({ notes: [] }));
    const deep = text.replace('"notes":[]', `"notes":[${nested(200_000)}]`);
    const error = await readExchangeFile(deep).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'tooDeep' });
    if (!(error instanceof FileError)) throw error;
    expect(fileErrorMessage(createTranslate('de'), error)).toMatch(/verschachtelt.*Es wurde nichts geändert\./);
  });

  it('is refused the same way in a pack and a backup', async () => {
    const pack = `{"format":"tandem-tips/pack","schemaVersion":2,"exportedAt":1,"pack":{"id":"x","name":"x","author":"","version":1,"updatedAt":1},"tips":[${nested(100_000)}]}`;
    await expect(previewPackImport(db(), pack)).rejects.toMatchObject({ code: 'tooDeep' });
    const backup = `{"format":"tandem-tips/backup","schemaVersion":1,"dbVersion":1,"exportedAt":1,"sha256":"","settings":${nested(100_000)},"customHosts":[],"tables":{}}`;
    await expect(readBackupFile(backup, 6)).rejects.toMatchObject({ code: 'tooDeep' });
  });
});

describe('the size of a chosen file', () => {
  it('is checked before a byte is read', async () => {
    const text = vi.fn(async () => '{}');
    const huge = { size: 21 * 1024 * 1024, text } as unknown as Blob;
    await expect(readFileText(huge, { kind: 'exchange', maxBytes: 20 * 1024 * 1024 })).rejects.toMatchObject({ code: 'tooLarge' });
    expect(text).not.toHaveBeenCalled();
  });

  it('counts UTF-8 bytes, not characters: 4 million umlauts are 8 MB', async () => {
    const text = await forgedExchangeFile(partnerPayload());
    const padded = text.replace('"notes":[]', `"notes":[],"pad":"${'ü'.repeat(11 * 1024 * 1024)}"`);
    expect(padded.length).toBeLessThan(20 * 1024 * 1024);
    await expect(readExchangeFile(padded)).rejects.toMatchObject({ code: 'tooLarge' });
  });

  it('no component reads a chosen file except through the one reader (which checks the size first)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && /\b(file|f)\.text\(\)|\bfiles\W{0,4}\[0\]\W{0,2}\.text\(\)/.test(readFileSync(path, 'utf8'))) offenders.push(relative(root, path));
      }
    };
    walk(join(root, 'components'));
    expect(offenders).toEqual([]);
  });
});

describe('a file sealed with a passphrase', () => {
  it('still opens after the format version moved on: the header it authenticates is its own', async () => {
    const payload = partnerPayload({ notes: [aNote({ id: 'q', kind: 'question', visibility: 'shared', body: 'What is CRUD?' })] });
    // Written by this build (version 1), read by a build that reads version 2.
    const sealed = await writeExchangeFile(payload as Parameters<typeof writeExchangeFile>[0], 'correct horse battery', MIN_ITERATIONS);
    const newer = { version: 2, migrations: { 1: (p: Record<string, unknown>) => p } };
    const read = await readExchangeFile(sealed, { passphrase: 'correct horse battery', format: newer });
    expect(read.encrypted).toBe(true);
    expect(read.payload.notes[0]?.body).toBe('What is CRUD?');
  });
});
