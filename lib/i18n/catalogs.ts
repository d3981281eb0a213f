import type { Messages } from './en';
import type { Lang } from '../schemas/common';

// Each language is its own chunk: a page loads the UI language's strings, the other only on a switch.
const loaders: Record<Lang, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.en),
  de: () => import('./de').then((m) => m.de),
};
const loading = new Map<Lang, Promise<Messages>>();
const loaded = new Map<Lang, Messages>();

/** One language's catalog, loaded once. */
export function loadCatalog(lang: Lang): Promise<Messages> {
  let pending = loading.get(lang);
  if (!pending) {
    pending = loaders[lang]().then((messages) => {
      loaded.set(lang, messages);
      return messages;
    });
    // A failed load (an extension update replaced the chunk) is tried again next time.
    pending.catch(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

/** A catalog already loaded, for rendering without waiting. */
export function loadedCatalog(lang: Lang): Messages | undefined {
  return loaded.get(lang);
}

// The UI language last shown on this computer, kept in the page's localStorage (read without
// waiting, unlike storage.local): a page can start loading its catalog before the settings are read.
const LAST_LANG_KEY = 'tandem:ui-lang';

/** Remembers the UI language a page showed. */
export function rememberUiLang(lang: Lang): void {
  try {
    localStorage.setItem(LAST_LANG_KEY, lang);
  } catch {
    // No localStorage (storage disabled): pages load the catalog after reading the settings.
  }
}

/** Starts loading the catalog of the language last shown, if any (the settings confirm it). */
export function preloadLastCatalog(): void {
  try {
    const lang = localStorage.getItem(LAST_LANG_KEY);
    if (lang === 'en' || lang === 'de') void loadCatalog(lang).catch(() => undefined);
  } catch {
    // As above.
  }
}
