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
