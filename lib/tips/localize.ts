import type { Lang } from '../schemas/common';
import type { Tip, TipText } from '../schemas/tip';

/** The tip's text in the UI language when it has it, else in the language it was written in. */
export function localizeTip(tip: Tip, lang: Lang): TipText & { lang: Lang } {
  if (tip.lang !== lang) {
    const translated = tip.translations?.[lang];
    if (translated) return { ...translated, lang };
  }
  return { title: tip.title, why: tip.why, steps: tip.steps, lang: tip.lang };
}
