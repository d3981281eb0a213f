import { fakeBrowser } from 'wxt/testing/fake-browser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from './settings';
import { settingsSchema } from './settings-schema';
import { loadSettings, saveSettings } from './settings-store';

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

  it('accepts and trims each field exactly as settingsSchema does', () => {
    const field = fc.oneof(fc.constantFrom('auto', 'de', 'en', 'mentee', 'mentor', 'both', 'EN', ''), fc.string({ maxLength: 90 }), fc.string({ maxLength: 90 }).map((s) => `  ${s}  `), fc.anything());
    fc.assert(
      fc.property(fc.record({ lang: field, role: field, myName: field, partnerName: field }, { requiredKeys: [] }), (raw) => {
        const expected: Record<string, unknown> = { ...defaultSettings };
        for (const [key, schema] of Object.entries(settingsSchema.shape)) {
          const parsed = schema.safeParse((raw as Record<string, unknown>)[key]);
          if (parsed.success) expected[key] = parsed.data;
        }
        expect(parseSettings(raw)).toEqual(expected);
      }),
    );
  });
});

describe('saveSettings', () => {
  it('keeps every change when several are saved at once (no lost update)', async () => {
    fakeBrowser.reset();
    await Promise.all([saveSettings({ myName: 'Peter' }), saveSettings({ role: 'mentor' }), saveSettings({ partnerName: 'Mia' })]);
    expect(await loadSettings()).toEqual({ ...defaultSettings, myName: 'Peter', role: 'mentor', partnerName: 'Mia' });
  });
});
