import type { Catalog } from '../types';

/** A picture per recorded step: taken while recording, kept, blurred or removed by the mentor, shown when show me cannot find the element. */
export const en = {
  'field.stepPicture': 'Picture of step {n}',
  'field.stepElement': 'Element of step {n}',
  'field.stepTargets': 'Recorded steps',
  'validation.picture': '{field} is not a PNG, JPEG or WebP picture of at most 150 KB',
  'picture.alt': 'Step {n} as it was recorded: the page around the {what}, outlined',
  'picture.blur': 'Blur all but the element',
  'picture.blurLabel': 'Blur the picture of step {n} except its element',
  'picture.blurred': 'Blurred except the element',
  'picture.remove': 'Remove picture',
  'picture.removeLabel': 'Remove the picture of step {n}',
  'picture.hint': 'Pictures you keep travel in the packs you export. Blur what your mentee should not see, or remove the picture.',
  'picture.unavailable':
    'Steps are recorded without pictures: the browser lets Tandem Tips see this tab only after you click its toolbar button there or start recording from the page (the keyboard shortcut, or “Record tip steps here” in the page’s right-click menu).',
  'picture.failed': 'The picture of a step could not be made and was left out.',
  'show.pictureCaption': 'Step {n} of {total} as your mentor recorded it:',
  'show.pictureAlt': 'The page when step {n} was recorded, with “{label}” outlined',
};

export const de: Catalog<typeof en> = {
  'field.stepPicture': 'Bild zu Schritt {n}',
  'field.stepElement': 'Element von Schritt {n}',
  'field.stepTargets': 'Aufgenommene Schritte',
  'validation.picture': '{field} ist kein PNG-, JPEG- oder WebP-Bild von höchstens 150 KB',
  'picture.alt': 'Schritt {n} bei der Aufnahme: {what}, umrandet, mit der Seite ringsum',
  'picture.blur': 'Alles außer dem Element unscharf machen',
  'picture.blurLabel': 'Das Bild zu Schritt {n} außer seinem Element unscharf machen',
  'picture.blurred': 'Außer dem Element unscharf',
  'picture.remove': 'Bild entfernen',
  'picture.removeLabel': 'Das Bild zu Schritt {n} entfernen',
  'picture.hint': 'Bilder, die Sie behalten, reisen in den Paketen mit, die Sie exportieren. Machen Sie unscharf, was Ihr Mentee nicht sehen soll, oder entfernen Sie das Bild.',
  'picture.unavailable':
    'Die Schritte werden ohne Bilder aufgenommen: Der Browser lässt Tandem Tips diesen Tab erst sehen, wenn Sie dort auf das Symbol in der Symbolleiste klicken oder die Aufnahme auf der Seite starten (mit dem Tastenkürzel oder „Hier Tipp-Schritte aufnehmen“ im Kontextmenü der Seite).',
  'picture.failed': 'Das Bild zu einem Schritt konnte nicht erstellt werden und wurde weggelassen.',
  'show.pictureCaption': 'Schritt {n} von {total}, wie Ihr Mentor ihn aufgenommen hat:',
  'show.pictureAlt': 'Die Seite bei der Aufnahme von Schritt {n}, „{label}“ umrandet',
};
