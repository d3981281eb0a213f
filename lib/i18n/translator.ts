import type { MessageKey, Messages } from './en';
import type { Lang } from '../schemas/common';

export type LangSetting = Lang | 'auto';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** The UI language for a setting; `auto` follows the browser (German when it is German). */
export function resolveLang(setting: LangSetting, browserLang: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLang.toLowerCase().startsWith('de') ? 'de' : 'en';
}

// Every catalog has the same keys (German must provide each English one): the keys of any catalog
// a translate function was made from answer "is this a key?" without loading a catalog here.
let knownKeys: Messages | undefined;

/** A translate function over one language's catalog; `{name}` placeholders, `count` picks the plural form. */
export function translatorFor(lang: Lang, messages: Messages): Translate {
  knownKeys = messages;
  const plural = new Intl.PluralRules(lang);
  return (key, params = {}) => {
    const entry = messages[key];
    const template =
      typeof entry === 'string' ? entry : entry[plural.select(Number(params.count ?? 0)) === 'one' ? 'one' : 'other'];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** Is this string a message key (for context ids coming from data)? Asked once a translate function exists. */
export function isMessageKey(key: string): key is MessageKey {
  return knownKeys !== undefined && key in knownKeys;
}
