import { describe, expect, it } from 'vitest';
import { allContextIds } from '../contexts/tools';
import { toolIds } from '../contexts/types';
import { de } from './de';
import { en } from './en';
import { createTranslate, isMessageKey, resolveLang } from './translate';

describe('i18n', () => {
  it('follows a German browser unless the user chose a language', () => {
    expect(resolveLang('auto', 'de-AT')).toBe('de');
    expect(resolveLang('auto', 'en-GB')).toBe('en');
    expect(resolveLang('auto', 'fr')).toBe('en');
    expect(resolveLang('en', 'de-DE')).toBe('en');
  });

  it('fills placeholders and picks plural forms', () => {
    expect(createTranslate('en')('panel.tipCount', { count: 1 })).toBe('1 tip');
    expect(createTranslate('de')('panel.tipCount', { count: 3 })).toBe('3 Tipps');
    expect(createTranslate('en')('tip.match.tool', { tool: 'Tableau' })).toBe('Anywhere in Tableau');
  });

  it('names every tool and context in both languages, and no German string is left in English', () => {
    for (const id of [...allContextIds.map((c) => `context.${c}`), ...toolIds.map((t) => `tool.${t}`)]) {
      expect(isMessageKey(id), id).toBe(true);
    }
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    const sameInBoth = Object.keys(en).filter((k) => JSON.stringify(en[k as keyof typeof en]) === JSON.stringify(de[k as keyof typeof de]));
    // Proper names, product names and language names are the same in both languages.
    const allowed = /^(app\.name|tool\.|context\.(linkedin\.(feed|jobs|learning)|excel\.pivottable|tableau\.dashboard)|options\.lang\.(de|en)|options\.hosts\.tool($|\.))/;
    expect(sameInBoth.filter((k) => !allowed.test(k))).toEqual([]);
  });

  it('defines every message in one catalog only: en.ts spreads them, so a second one would silently win', () => {
    const catalogs = import.meta.glob<{ en: Record<string, unknown> }>('./catalog/*.ts', { eager: true });
    const keys = Object.values(catalogs).flatMap((catalog) => Object.keys(catalog.en));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(new Set(keys).size).toBe(Object.keys(en).length);
  });
});
