import type { Lang } from '../schemas/common';

/** Date and time in the UI language. */
export function formatDateTime(lang: Lang, at: number): { date: string; time: string } {
  return {
    date: new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(at),
    time: new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(at),
  };
}
