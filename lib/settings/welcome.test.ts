import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSettings } from './settings-store';
import { isFirstRun, setWelcome } from './welcome';

describe('isFirstRun', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is true on a fresh profile', async () => {
    expect(await isFirstRun()).toBe(true);
  });

  it('is false where settings were saved before the welcome existed (or came from a backup)', async () => {
    await saveSettings({ myName: 'Peter' });
    expect(await isFirstRun()).toBe(false);
  });

  it('stays true while a started welcome has already saved the language', async () => {
    await setWelcome('started');
    await saveSettings({ lang: 'de' });
    expect(await isFirstRun()).toBe(true);
  });

  it('is false once the welcome was finished or skipped', async () => {
    await setWelcome('finished');
    expect(await isFirstRun()).toBe(false);
    await setWelcome('skipped');
    expect(await isFirstRun()).toBe(false);
  });

  it('treats a damaged record like none', async () => {
    await fakeBrowser.storage.local.set({ welcome: { how: 'maybe' } });
    expect(await isFirstRun()).toBe(true);
  });
});
