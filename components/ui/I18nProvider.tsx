import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { createTranslate, resolveLang, type Translate } from '@/lib/i18n/translate';
import type { Lang } from '@/lib/schemas/common';
import { useSettings } from '../shell/SettingsProvider';

interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the UI language: the user's choice, else the browser's; switches at runtime. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { settings } = useSettings();
  const value = useMemo(() => {
    const lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
    return { lang, t: createTranslate(lang) };
  }, [settings.lang]);
  useEffect(() => {
    document.documentElement.lang = value.lang;
  }, [value.lang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The current language and translate function. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
