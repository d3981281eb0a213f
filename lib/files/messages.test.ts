import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTranslate } from '../i18n/translate';
import { explainFailure } from './messages';

describe('explainFailure', () => {
  it('names the field of a refused form in the user’s language, never in zod’s English', () => {
    const error = z.object({ title: z.string().min(1) }).safeParse({ title: '' }).error;
    const text = explainFailure(createTranslate('de'), error, 'error.storage');
    expect(text).not.toMatch(/Too small|expected/i);
    expect(text).toMatch(/Titel/);
  });

  it('puts any other failure into the given message', () => {
    expect(explainFailure(createTranslate('en'), new Error('disk full'), 'error.storage')).toMatch(/disk full/);
  });
});
