import type { Catalog } from '../types';

/** Starting to record a tip's steps from the page itself: the context-menu item. (The shortcut's name is in public/_locales.) */
export const en = {
  'menu.record': 'Record tip steps here',
};

export const de: Catalog<typeof en> = {
  'menu.record': 'Hier Tipp-Schritte aufnehmen',
};
