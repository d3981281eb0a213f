import { z } from 'zod';
import { de, en } from 'zod/locales';
import type { Lang } from '../schemas/common';

let current: Lang | undefined;

/** Makes zod's validation messages (shown after a field's translated name) speak the UI language. */
export function setZodLocale(lang: Lang): void {
  if (current === lang) return;
  z.config(lang === 'de' ? de() : en());
  current = lang;
}
