import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, settle } from '../../test/render';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from './I18nProvider';

// German loads only when released: what shows while a language is still loading.
let releaseGerman: () => void = () => undefined;
const germanReleased = new Promise<void>((resolve) => (releaseGerman = resolve));
vi.mock('@/lib/i18n/catalogs', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/i18n/catalogs')>();
  return {
    ...real,
    loadCatalog: async (lang: 'en' | 'de') => {
      if (lang === 'de') await germanReleased;
      return real.loadCatalog(lang);
    },
  };
});

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

function Probe() {
  const { t, lang } = useI18n();
  const { save } = useSettings();
  return (
    <>
      <p>{t('nav.tips')}</p>
      <button type="button" lang={lang} onClick={() => void save({ lang: 'de' })}>
        {t('nav.settings')}
      </button>
    </>
  );
}

describe('the UI language, one catalog at a time', () => {
  it('keeps showing the old language while the new one loads, then switches — never a message key', async () => {
    const { container, unmount } = await render(<Probe />);
    cleanup = unmount;
    await settle();
    expect(container.querySelector('p')?.textContent).toBe('Tips');

    await act(async () => container.querySelector('button')?.click());
    await settle(10);
    // German asked for, not loaded yet: still English, not "nav.tips".
    expect(container.querySelector('p')?.textContent).toBe('Tips');
    expect(document.documentElement.lang).toBe('en');

    releaseGerman();
    await settle(10);
    expect(container.querySelector('p')?.textContent).toBe('Tipps');
    expect(container.querySelector('button')?.textContent).toBe('Einstellungen');
    expect(document.documentElement.lang).toBe('de');
  });
});
