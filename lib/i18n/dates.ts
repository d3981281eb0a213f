import type { Lang } from '../schemas/common';

/** Shown instead of a date a record cannot have (out of JavaScript's date range, not a number). */
const NO_DATE = '—';

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and style (creating one is slow, and lists format hundreds of dates). */
function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    formats.set(key, format);
  }
  return format;
}

/** Formats a time; never throws, so one record with a broken date cannot take a view down. */
function safely(lang: string, options: Intl.DateTimeFormatOptions, at: number): string {
  if (!Number.isFinite(at)) return NO_DATE;
  try {
    return formatter(lang, options).format(at);
  } catch {
    return NO_DATE;
  }
}

/** Date and time in the UI language: "Wed, 2 December 2026" and "10:30". */
export function formatDateTime(lang: Lang, at: number): { date: string; time: string } {
  return {
    date: safely(lang, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }, at),
    time: safely(lang, { hour: '2-digit', minute: '2-digit' }, at),
  };
}

/** A compact date and time ("2 Dec 2026, 10:30"), e.g. when a note was written. */
export function formatWhen(lang: string, at: number): string {
  return safely(lang, { dateStyle: 'medium', timeStyle: 'short' }, at);
}

/** A date alone ("2 Dec 2026"). */
export function formatDate(lang: string, at: number): string {
  return safely(lang, { dateStyle: 'medium' }, at);
}

/** A time of day ("10:30"). */
export function formatTime(lang: string, at: number): string {
  return safely(lang, { hour: '2-digit', minute: '2-digit' }, at);
}

/** A day in words ("Wednesday, 2 December"). */
export function formatDay(lang: string, at: number): string {
  return safely(lang, { weekday: 'long', day: 'numeric', month: 'long' }, at);
}

/** The machine-readable form for `<time dateTime>`; empty for a time no date can hold. */
export function isoTime(at: number): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
