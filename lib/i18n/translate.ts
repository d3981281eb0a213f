import { de } from './de';
import { en, type MessageKey, type Messages } from './en';
import type { Lang } from '../schemas/common';

const catalogs: Record<Lang, Messages> = { en, de };

export type LangSetting = Lang | 'auto';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** The UI language for a setting; `auto` follows the browser (German when it is German). */
export function resolveLang(setting: LangSetting, browserLang: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLang.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** A translate function for one language; `{name}` placeholders, `count` picks the plural form. */
export function createTranslate(lang: Lang): Translate {
  const plural = new Intl.PluralRules(lang);
  return (key, params = {}) => {
    const entry = catalogs[lang][key];
    const template =
      typeof entry === 'string' ? entry : entry[plural.select(Number(params.count ?? 0)) === 'one' ? 'one' : 'other'];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** Is this string a message key (for context ids coming from data)? */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
