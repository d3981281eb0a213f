import { describe, expect, it } from 'vitest';
import { aNote } from '../../test/builders';
import { createTranslate } from '../i18n/translate';
import { openDoc, sealDoc, type DocBody } from './docs';
import { SyncError } from './errors';
import { deriveKeys, newTandemKey } from './keys';
import { syncErrorMessage } from './messages';

/** The refusal a damaged document gets, as the panel shows it in `lang`. */
async function refusalText(body: unknown, lang: 'en' | 'de', now?: number): Promise<string> {
  const keys = await deriveKeys(newTandemKey());
  const error = await openDoc(keys, await sealDoc(keys, body as DocBody), now).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  const e = error as SyncError;
  return syncErrorMessage(createTranslate(lang), e.code, e.params, e.issue);
}

// zod's own sentences must never reach the panel.
const ZOD_ENGLISH = /Invalid input|Too big|Too small|expected string|received/i;

describe('a refused document in the UI language', () => {
  it('names the record’s table and field in English and in German', async () => {
    const tooLong = { t: 'notes', r: aNote({ id: 'q1', visibility: 'shared', body: 'x'.repeat(20_001) }) };
    const en = await refusalText(tooLong, 'en');
    expect(en).toBe('a record in “Notes and questions” is not valid: Note text is too long — 20000 characters at most');
    const de = await refusalText(tooLong, 'de');
    expect(de).toBe('ein Eintrag in „Notizen und Fragen“ ist ungültig: Notiztext ist zu lang – höchstens 20000 Zeichen');
    for (const text of [en, de]) expect(text).not.toMatch(ZOD_ENGLISH);
  });

  it('says in both languages why a private note or a record from the future is refused', async () => {
    const privateNote = { t: 'notes', r: aNote({ id: 'p1', visibility: 'private' }) };
    expect(await refusalText(privateNote, 'en')).toBe('a record in “Notes and questions” is not valid: a private note never leaves its browser');
    expect(await refusalText(privateNote, 'de')).toBe('ein Eintrag in „Notizen und Fragen“ ist ungültig: eine private Notiz verlässt ihren Browser nie');
    const now = Date.UTC(2026, 10, 20);
    const future = { t: 'notes', r: aNote({ id: 'f1', visibility: 'shared', updatedAt: Date.UTC(2099, 0, 1) }) };
    expect(await refusalText(future, 'en', now)).toMatch(/^a record in “Notes and questions” was refused: Last change lies in the future/);
    expect(await refusalText(future, 'de', now)).toMatch(/^ein Eintrag in „Notizen und Fragen“ wurde abgelehnt: Letzte Änderung liegt in der Zukunft/);
  });

  it('names a damaged envelope’s field without zod’s words', async () => {
    const keys = await deriveKeys(newTandemKey());
    const doc = await sealDoc(keys, { t: 'notes', r: aNote({ id: 'q2', visibility: 'shared' }) });
    const error = (await openDoc(keys, { ...doc, iv: 'short' }).catch((e: unknown) => e)) as SyncError;
    for (const lang of ['en', 'de'] as const) {
      const text = syncErrorMessage(createTranslate(lang), error.code, error.params, error.issue);
      expect(text).toMatch(lang === 'en' ? /^a document is not valid: Field “iv”/ : /^ein Dokument ist ungültig: Feld „iv“/);
      expect(text).not.toMatch(ZOD_ENGLISH);
    }
  });
});
