import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { loadCatalog, loadedCatalog } from '@/lib/i18n/catalogs';
import { resolveLang, translatorFor, type Translate } from '@/lib/i18n/translator';
import type { Lang } from '@/lib/schemas/common';
import { useSettings } from '../shell/SettingsProvider';

interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

function translationIn(lang: Lang): I18n | null {
  const messages = loadedCatalog(lang);
  return messages ? { lang, t: translatorFor(lang, messages) } : null;
}

/**
 * Provides the UI language: the user's choice, else the browser's; switches at runtime. Only that
 * language's catalog is loaded: nothing renders before it is here, and on a switch the page stays in
 * the old language until the new one has loaded — never a raw message key.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { settings, loaded } = useSettings();
  const lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
  const [value, setValue] = useState<I18n | null>(() => (loaded ? translationIn(lang) : null));
  useEffect(() => {
    // The stored choice first: the browser's language may not be the one the person picked.
    if (!loaded) return;
    let alive = true;
    void loadCatalog(lang).then((messages) => {
      if (alive) setValue((current) => (current?.lang === lang ? current : { lang, t: translatorFor(lang, messages) }));
    });
    return () => {
      alive = false;
    };
  }, [lang, loaded]);
  useEffect(() => {
    if (value) document.documentElement.lang = value.lang;
  }, [value]);
  return value ? <I18nContext value={value}>{children}</I18nContext> : null;
}

/** The current language and translate function. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** A translate function in another language (a tip's), once its catalog has loaded. */
export function useTranslateIn(lang: Lang): Translate | undefined {
  const [value, setValue] = useState(() => translationIn(lang));
  useEffect(() => {
    let alive = true;
    void loadCatalog(lang).then((messages) => {
      if (alive) setValue({ lang, t: translatorFor(lang, messages) });
    });
    return () => {
      alive = false;
    };
  }, [lang]);
  return value?.lang === lang ? value.t : undefined;
}
