import { LOCATOR_LIMITS, type ElementLocator } from '../page/locator/types';

/** The element's kind as a label ("button", "gridcell"): records nothing the page says. */
export function kindLabel(locator: ElementLocator): string {
  return locator.role ?? locator.tag;
}

/**
 * The locator with the label the mentor chose. The recorded name and text go unless they are
 * that label: they hold the wording the mentor just decided not to send along with the tip.
 * An empty label falls back to the element's kind.
 */
export function relabel(locator: ElementLocator, label: string): ElementLocator {
  // Kept as typed (a trailing space is the next word coming); only an empty label is replaced.
  const wanted = label.trim() === '' ? kindLabel(locator) : label.slice(0, LOCATOR_LIMITS.label);
  const next: ElementLocator = { ...locator, label: wanted };
  if (next.name !== undefined && next.name !== wanted) delete next.name;
  if (next.text !== undefined && next.text !== wanted) delete next.text;
  return next;
}
