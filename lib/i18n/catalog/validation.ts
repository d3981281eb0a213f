import type { Catalog } from '../types';

/** Names of record fields and the reasons a value is refused, for messages about imported files and forms. */
export const en = {
  'field.measure': 'Measure',
  'field.target': 'Target',
  'field.current': 'Current value',
  'field.dueDate': 'Due date',
  'field.body': 'Note text',
  'field.visibility': 'Visibility',
  'field.updatedAt': 'Last change',
  'field.createdAt': 'Created',
  'field.deletedAt': 'Deleted',
  'field.heldAt': 'Held on',
  'field.conflictOf': 'Second version of',
  'validation.duplicate': '{field} appears twice in the file',
  'validation.privateNote': 'a private note never leaves its browser',
  'validation.future': '{field} lies in the future — the clock of the computer that wrote it is wrong',
  'validation.context': '{field} is not a page of a supported tool',
  'validation.id': '{field} may hold only letters, digits and . _ : -',
};

export const de: Catalog<typeof en> = {
  'field.measure': 'Maßeinheit',
  'field.target': 'Ziel',
  'field.current': 'Aktueller Wert',
  'field.dueDate': 'Fällig am',
  'field.body': 'Notiztext',
  'field.visibility': 'Sichtbarkeit',
  'field.updatedAt': 'Letzte Änderung',
  'field.createdAt': 'Angelegt',
  'field.deletedAt': 'Gelöscht',
  'field.heldAt': 'Stattgefunden am',
  'field.conflictOf': 'Zweite Fassung von',
  'validation.duplicate': '{field} kommt zweimal in der Datei vor',
  'validation.privateNote': 'eine private Notiz verlässt ihren Browser nie',
  'validation.future': '{field} liegt in der Zukunft – die Uhr des Computers, der sie geschrieben hat, geht falsch',
  'validation.context': '{field} ist keine Seite eines unterstützten Tools',
  'validation.id': '{field} darf nur Buchstaben, Ziffern und . _ : - enthalten',
};
