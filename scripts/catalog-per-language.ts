import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const LANGUAGE_ENTRY = /[\\/]lib[\\/]i18n[\\/](en|de)\.ts$/;

/**
 * Each feature's catalog file holds both languages side by side (so a string is added in both at
 * once). A page should load only its UI language: the language entry (`lib/i18n/en.ts`, `de.ts`)
 * gets its own copy of every catalog module it imports, and tree-shaking drops the other
 * language's strings from that copy — one chunk per language, the files unchanged.
 */
export function catalogPerLanguage(): Plugin {
  return {
    name: 'tandem:catalog-per-language',
    enforce: 'pre',
    resolveId(source, importer) {
      const lang = importer?.match(LANGUAGE_ENTRY)?.[1];
      if (!lang || !source.startsWith('./catalog/')) return null;
      return `${resolve(dirname(importer!), source)}.ts?lang=${lang}`;
    },
  };
}
