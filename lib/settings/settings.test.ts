import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from './settings';

describe('parseSettings', () => {
  it('keeps valid fields and replaces only the broken ones', () => {
    expect(parseSettings({ lang: 'de', role: 'boss', myName: 'Mia', partnerName: 42 })).toEqual({
      ...defaultSettings,
      lang: 'de',
      myName: 'Mia',
    });
  });

  it('falls back to the defaults for garbage', () => {
    for (const raw of [null, undefined, 'x', 7, []]) expect(parseSettings(raw)).toEqual(defaultSettings);
  });
});
