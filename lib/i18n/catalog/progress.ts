import type { Catalog } from '../types';

/** Progress of long work (a big pack, exchange file or backup; sync's first send): what it is doing, how far, and a way to stop an import before it writes. */
export const en = {
  'progress.label': 'Import progress',
  'progress.read': 'Reading the file…',
  'progress.check.tips': 'Checking tips: {done} of {total}',
  'progress.check.records': 'Checking records: {done} of {total}',
  'progress.start.tips': { one: 'Checking {total} tip…', other: 'Checking {total} tips…' },
  'progress.start.records': { one: 'Checking {total} record…', other: 'Checking {total} records…' },
  'progress.send': 'Sending changes to the server: {done} of {total}',
  'progress.start.send': { one: 'Sending {total} change to the server…', other: 'Sending {total} changes to the server…' },
  'progress.compare': 'Comparing with what is stored here…',
  'progress.write': 'Saving…',
  'progress.cancel': 'Cancel',
  'progress.cancelled': 'Import cancelled — nothing was changed.',
} as const;

export const de: Catalog<typeof en> = {
  'progress.label': 'Fortschritt des Imports',
  'progress.read': 'Die Datei wird gelesen…',
  'progress.check.tips': 'Tipps werden geprüft: {done} von {total}',
  'progress.check.records': 'Einträge werden geprüft: {done} von {total}',
  'progress.start.tips': { one: '{total} Tipp wird geprüft…', other: '{total} Tipps werden geprüft…' },
  'progress.start.records': { one: '{total} Eintrag wird geprüft…', other: '{total} Einträge werden geprüft…' },
  'progress.send': 'Änderungen werden an den Server gesendet: {done} von {total}',
  'progress.start.send': { one: '{total} Änderung wird an den Server gesendet…', other: '{total} Änderungen werden an den Server gesendet…' },
  'progress.compare': 'Abgleich mit den hier gespeicherten Daten…',
  'progress.write': 'Wird gespeichert…',
  'progress.cancel': 'Abbrechen',
  'progress.cancelled': 'Import abgebrochen – es wurde nichts geändert.',
};
