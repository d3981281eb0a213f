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

/** What we call the element: its accessible name, else its text (never a form field's value), else its tag. */
export function labelOf(el: Element): string {
  const isField = el.matches('input, textarea, select, [contenteditable="true"]');
  return nameOf(el) || (isField ? '' : textOf(el)) || el.localName;
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
