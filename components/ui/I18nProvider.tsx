import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { loadCatalog, loadedCatalog, rememberUiLang } from '@/lib/i18n/catalogs';
import { resolveLang, translatorFor, type Translate } from '@/lib/i18n/translator';
import type { Lang } from '@/lib/schemas/common';
import { useSettings } from '../shell/SettingsProvider';

interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

// One translate function per language for the page's life: views memoise on `t`.
const translations = new Map<Lang, I18n>();

function translationIn(lang: Lang): I18n | undefined {
  const known = translations.get(lang);
  if (known) return known;
  const messages = loadedCatalog(lang);
  if (!messages) return undefined;
  const made = { lang, t: translatorFor(lang, messages) };
  translations.set(lang, made);
  return made;
}

/**
 * Provides the UI language: the user's choice, else the browser's; switches at runtime. Only that
 * language's catalog is loaded: nothing renders before it is here, and on a switch the page stays in
 * the old language until the new one has loaded — never a raw message key.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { settings, loaded } = useSettings();
  const lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
  // The language shown last, kept while another one loads.
  const [shown, setShown] = useState<I18n>();
  // The stored choice first: the browser's language may not be the one the person picked.
  const wanted = loaded ? translationIn(lang) : undefined;
  const value = wanted ?? shown;
  useEffect(() => {
    if (!loaded) return;
    let alive = true;
    void loadCatalog(lang).then(() => {
      if (alive) setShown(translationIn(lang));
    });
    return () => {
      alive = false;
    };
  }, [lang, loaded]);
  useEffect(() => {
    if (!value) return;
    document.documentElement.lang = value.lang;
    rememberUiLang(value.lang);
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
  const [, setLoaded] = useState<Lang>();
  useEffect(() => {
    let alive = true;
    void loadCatalog(lang).then(() => {
      if (alive) setLoaded(lang);
    });
    return () => {
      alive = false;
    };
  }, [lang]);
  return translationIn(lang)?.t;
}
