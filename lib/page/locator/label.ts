import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { LOCATOR_LIMITS } from './types';

/** Whitespace collapsed, trimmed, cut to a limit. */
export function normalize(text: string, max: number = LOCATOR_LIMITS.label): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Comparable form of a label: case, whitespace and a trailing required-marker do not matter. */
export function labelKey(text: string): string {
  return normalize(text).replace(/\s*\*$/, '').toLocaleLowerCase();
}

/** The element's accessible name (accname spec, via dom-accessibility-api), or '' if it has none. */
export function nameOf(el: Element): string {
  try {
    return normalize(computeAccessibleName(el));
  } catch {
    return '';
  }
}

/** The element's role, explicit or implicit, or '' if it has none. */
export function roleOf(el: Element): string {
  try {
    return getRole(el) ?? '';
  } catch {
    return '';
  }
}

/** The visible text of the element (textContent, whitespace collapsed). */
export function textOf(el: Element): string {
  return normalize(el.textContent ?? '', LOCATOR_LIMITS.text);
}

/**
 * Roles whose name is part of the tool's interface ("Save", "Formulas", "Headline"), not the
 * page's content. Everything else — a spreadsheet cell, a paragraph, a heading with a person's
 * name — is data: its text is never recorded, since a tip's locator travels in packs.
 */
const CONTROL_ROLES = new Set(['button', 'link', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'checkbox', 'radio', 'switch', 'combobox', 'textbox', 'searchbox', 'spinbutton', 'slider']);

/** Is this a control a tip can name (a button, a tab, a field by its label), rather than content? */
export function isControl(el: Element): boolean {
  return CONTROL_ROLES.has(roleOf(el));
}

/** Is this a field whose value is what the user typed (also an editable region however it is marked)? */
export function isField(el: Element): boolean {
  return el.matches('input, textarea, select') || isTextEntry(el);
}

/** The element's kind: its role, else its tag ("gridcell", "p"). */
export function kindOf(el: Element): string {
  return roleOf(el) || el.localName;
}

/**
 * What we call the element: a control's accessible name, else its text (never a field's value),
 * else its tag; any other element only by its kind, since its text is the page's data.
 */
export function labelOf(el: Element): string {
  return isControl(el) ? nameOrTextOf(el) : kindOf(el);
}

/** The element's accessible name, else its text (never a field's value), else its tag; for verification, never recorded of content. */
export function nameOrTextOf(el: Element): string {
  return nameOf(el) || (isField(el) ? '' : textOf(el)) || el.localName;
}

/** Is the element rendered (not display:none / hidden)? */
export function isShown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') {
    try {
      return check.call(el);
    } catch {
      return true;
    }
  }
  return !el.closest('[hidden]');
}

/** Roles of controls whose content is what the person typed. */
const TEXT_ROLES = new Set(['textbox', 'searchbox']);
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** Does the person type into this element (a text field, a text area, an editable region)? */
export function isTextEntry(el: Element): boolean {
  if (el instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(el.type) || !el.matches('[type]');
  if (el instanceof HTMLTextAreaElement) return true;
  if ((el as HTMLElement).isContentEditable || el.matches('[contenteditable]:not([contenteditable="false"])')) return true;
  return TEXT_ROLES.has(el.getAttribute('role') ?? '');
}
