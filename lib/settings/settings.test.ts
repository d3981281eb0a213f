import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from './settings';
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
});

describe('saveSettings', () => {
  it('keeps every change when several are saved at once (no lost update)', async () => {
    fakeBrowser.reset();
    await Promise.all([saveSettings({ myName: 'Peter' }), saveSettings({ role: 'mentor' }), saveSettings({ partnerName: 'Mia' })]);
    expect(await loadSettings()).toEqual({ ...defaultSettings, myName: 'Peter', role: 'mentor', partnerName: 'Mia' });
  });
});
