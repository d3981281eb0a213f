import { contextName, toolName } from '@/lib/i18n/names';
import type { Translate } from '@/lib/i18n/translate';
import type { Note } from '@/lib/schemas/note';

/** Where a note was written, for people: "LinkedIn › Feed · Feed | LinkedIn". */
export function notePlace(t: Translate, note: Pick<Note, 'tool' | 'context' | 'pageTitle'>): string {
  const where = note.tool ? [toolName(t, note.tool), ...(note.context ? [contextName(t, note.context)] : [])].join(' › ') : '';
  return [where, note.pageTitle].filter(Boolean).join(' · ') || t('notes.placeNone');
}
