import { de } from './de';
import { en, type Messages } from './en';
import { translatorFor, type Translate } from './translator';
import type { Lang } from '../schemas/common';

export { isMessageKey, resolveLang, translatorFor, type LangSetting, type Params, type Translate } from './translator';

// Both languages at once, for the background and tests; extension pages load one (catalogs.ts).
const catalogs: Record<Lang, Messages> = { en, de };

/** A translate function for one language, both catalogs bundled. */
export function createTranslate(lang: Lang): Translate {
  return translatorFor(lang, catalogs[lang]);
}
