import { describe, expect, it } from 'vitest';
import { aNote } from '../../test/builders';
import { MIN_ITERATIONS } from './crypto';
import { FileError } from '../files/file-error';
import { readExchangeFile, writeExchangeFile, type ExchangePayload } from './file';

const payload = (over: Partial<ExchangePayload> = {}): ExchangePayload => ({
  from: { name: 'Mia', role: 'mentor', device: 'device-mia-0001' },
  createdAt: 1_000,
  ack: null,
  notes: [aNote({ id: 'q1', kind: 'question', body: 'What is **CRUD**?', visibility: 'shared' })],
  goals: [],
  meetings: [],
  tandem: [],
  tips: [],
  progress: [],
  ...over,
});

async function errorOf(p: Promise<unknown>): Promise<FileError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FileError)) throw new Error(`expected a FileError, got ${String(error)}`);
  return error;
}

/** The dotted path of the field a refusal names. */
const fieldOf = (error: FileError) => error.details.issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');

describe('exchange file', () => {
  it('round-trips plain and encrypted files', async () => {
    const plain = await writeExchangeFile(payload());
    expect((await readExchangeFile(plain)).payload).toEqual(payload());
    const sealed = await writeExchangeFile(payload(), 'correct horse battery', MIN_ITERATIONS);
    expect(sealed).not.toContain('CRUD');
    expect(JSON.parse(sealed)).toMatchObject({ encrypted: true, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_ITERATIONS }, cipher: { name: 'AES-GCM' } });
    expect(await readExchangeFile(sealed, { passphrase: 'correct horse battery' })).toEqual({ payload: payload(), encrypted: true });
  });

  it('asks for the passphrase, and refuses a wrong one', async () => {
    const sealed = await writeExchangeFile(payload(), 'correct horse battery', MIN_ITERATIONS);
    expect((await errorOf(readExchangeFile(sealed))).code).toBe('needPassphrase');
    expect((await errorOf(readExchangeFile(sealed, { passphrase: 'Correct horse battery' }))).code).toBe('wrongPassphrase');
  });

  it('detects tampering with the ciphertext, the header, or a plain file’s payload', async () => {
    const sealed = JSON.parse(await writeExchangeFile(payload(), 'pw-123456', MIN_ITERATIONS));
    const flipped = { ...sealed, ciphertext: (sealed.ciphertext[0] === 'A' ? 'B' : 'A') + sealed.ciphertext.slice(1) };
    expect((await errorOf(readExchangeFile(JSON.stringify(flipped), { passphrase: 'pw-123456' }))).code).toBe('wrongPassphrase');
    const otherTime = { ...sealed, createdAt: sealed.createdAt + 1 };
    expect((await errorOf(readExchangeFile(JSON.stringify(otherTime), { passphrase: 'pw-123456' }))).code).toBe('wrongPassphrase');
    const weak = { ...sealed, kdf: { ...sealed.kdf, iterations: 1 } };
    expect(fieldOf(await errorOf(readExchangeFile(JSON.stringify(weak), { passphrase: 'pw-123456' })))).toBe('kdf.iterations');

    const plain = JSON.parse(await writeExchangeFile(payload()));
    plain.payload.notes[0].body = 'changed after export';
    expect((await errorOf(readExchangeFile(JSON.stringify(plain)))).code).toBe('tampered');
  });

  it('names the problem for truncated, foreign, future and invalid files', async () => {
    const text = await writeExchangeFile(payload());
    expect((await errorOf(readExchangeFile(text.slice(0, text.length / 2)))).code).toBe('notJson');
    expect((await errorOf(readExchangeFile('[1,2]'))).code).toBe('notOurs');
    expect(await errorOf(readExchangeFile('{"format":"tandem-tips/pack","schemaVersion":1}'))).toMatchObject({ code: 'wrongKind', details: { found: 'pack' } });
    const future = await errorOf(readExchangeFile(JSON.stringify({ ...JSON.parse(text), schemaVersion: 7 })));
    expect(future.code).toBe('futureVersion');
    expect(future.details).toEqual({ version: 7, supported: 1 });
    expect((await errorOf(readExchangeFile('x'.repeat(21 * 1024 * 1024)))).code).toBe('tooLarge');
  });

  it('refuses a file that carries a private note or a bad field, naming the field', async () => {
    // Written by hand: our own writer refuses to put a private note into a file at all.
    await expect(writeExchangeFile(payload({ notes: [aNote({ visibility: 'private' })] }))).rejects.toThrow();
    const { sha256Hex } = await import('./crypto');
    const evil = { ...payload(), notes: [aNote({ id: 'p', visibility: 'private' })] };
    const file = { format: 'tandem-tips/exchange', schemaVersion: 1, createdAt: 1, encrypted: false, sha256: await sha256Hex(JSON.stringify(evil)), payload: evil };
    const error = await errorOf(readExchangeFile(JSON.stringify(file)));
    expect(error.code).toBe('invalid');
    expect(fieldOf(error)).toBe('payload.notes[0].visibility');
    expect(error.details).toMatchObject({ table: 'notes', row: 1, issue: { reason: 'privateNote' } });

    const long = { ...payload(), goals: [{ id: 'g', title: 'x'.repeat(500), measure: '', target: 1, current: 0, status: 'active', createdAt: 1, updatedAt: 1 }] };
    const file2 = { ...file, sha256: await sha256Hex(JSON.stringify(long)), payload: long };
    expect(fieldOf(await errorOf(readExchangeFile(JSON.stringify(file2))))).toBe('payload.goals[0].title');

    const dup = { ...payload(), notes: [aNote({ id: 'a', visibility: 'shared' }), aNote({ id: 'a', visibility: 'shared' })] };
    const file3 = { ...file, sha256: await sha256Hex(JSON.stringify(dup)), payload: dup };
    expect(fieldOf(await errorOf(readExchangeFile(JSON.stringify(file3))))).toBe('payload.notes[1].id');
  });
});
