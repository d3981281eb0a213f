import { contextName, noCustomNames, toolName, type CustomNames } from '@/lib/i18n/names';
import type { Translate } from '@/lib/i18n/translator';
import type { Note } from '@/lib/schemas/note';

/** Where a note was written, for people: "LinkedIn › Feed · Feed | LinkedIn" (a taught tool as its mentor named it). */
export function notePlace(t: Translate, note: Pick<Note, 'tool' | 'context' | 'pageTitle'>, custom: CustomNames = noCustomNames): string {
  const where = note.tool ? [toolName(t, note.tool, custom), ...(note.context ? [contextName(t, note.context, custom)] : [])].join(' › ') : '';
  return [where, note.pageTitle].filter(Boolean).join(' · ') || t('notes.placeNone');
}
