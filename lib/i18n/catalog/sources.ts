import type { Catalog } from '../types';

/** Where a lesson comes from: its source link ("Learn more"), when it was checked, and checking both. */
export const en = {
  'field.source': 'Source',
  'field.checkedAt': 'Checked on',
  'validation.httpsUrl': '{field} must be a web address starting with https://',
  'validation.date': '{field} must be a date (YYYY-MM-DD)',

  'source.learnMore': 'Learn more',
  'source.learnMore.label': 'Learn more at {host} (opens in a new tab)',
  'source.checkedAt': 'Checked against this page on {date}',
  'source.editor.hint': 'Optional: the help page your tip is based on (https://…). Your mentee sees it as “Learn more”.',
};

export const de: Catalog<typeof en> = {
  'field.source': 'Quelle',
  'field.checkedAt': 'Geprüft am',
  'validation.httpsUrl': '{field} muss eine Webadresse sein, die mit https:// beginnt',
  'validation.date': '{field} muss ein Datum sein (JJJJ-MM-TT)',

  'source.learnMore': 'Mehr erfahren',
  'source.learnMore.label': 'Mehr erfahren auf {host} (öffnet in einem neuen Tab)',
  'source.checkedAt': 'Mit dieser Seite abgeglichen am {date}',
  'source.editor.hint': 'Optional: die Hilfeseite, auf der Ihr Tipp beruht (https://…). Ihr Mentee sieht sie als „Mehr erfahren“.',
};
