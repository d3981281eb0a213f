import { finder } from '@medv/finder';
import { isStableToken } from './stable';
import { isControl, isField, labelOf, nameOf, normalize, roleOf, textOf } from './label';
import { LOCATOR_LIMITS, TEST_ID_ATTRIBUTES, type ElementLocator } from './types';

/** Controls a tip can be about; a click on an icon inside a button means the button. */
const INTERACTIVE =
  'button, a[href], input, select, textarea, summary, label, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="checkbox"], [role="radio"], [role="switch"], [role="combobox"], [role="textbox"], [role="option"], [role="treeitem"], [role="gridcell"], [contenteditable="true"]';

/** The element a click at this spot is about: the nearest control around it, else the element. */
export function pickTarget(el: Element): Element {
  // Parts of an SVG icon are never what a tip is about.
  let target: Element = el;
  while (target.namespaceURI === 'http://www.w3.org/2000/svg' && target.parentElement) target = target.parentElement;
  const control = target.closest(INTERACTIVE);
  return control ?? target;
}

/** Strings of the locator that contain the field's value: typed text must never end up in one. */
function withoutValue(locator: ElementLocator, el: Element): ElementLocator {
  const value = 'value' in el && typeof el.value === 'string' ? el.value : (el as HTMLElement).isContentEditable ? (el.textContent ?? '') : '';
  const needle = normalize(value).toLocaleLowerCase();
  if (needle.length < 2) return locator;
  const has = (s: string | undefined) => s !== undefined && s.toLocaleLowerCase().includes(needle);
  const clean: ElementLocator = { ...locator };
  if (has(clean.name)) delete clean.name;
  if (!clean.name) delete clean.role;
  if (has(clean.text)) delete clean.text;
  if (has(clean.css)) delete clean.css;
  if (has(clean.id)) delete clean.id;
  if (clean.testId && has(clean.testId.value)) delete clean.testId;
  if (has(clean.label)) clean.label = clean.name ?? clean.tag;
  return clean;
}

function testIdOf(el: Element): ElementLocator['testId'] {
  for (const attr of TEST_ID_ATTRIBUTES) {
    const value = el.getAttribute(attr);
    if (value && value.length <= LOCATOR_LIMITS.value) return { attr, value };
  }
  return undefined;
}

function cssPathOf(el: Element): string | undefined {
  try {
    const path = finder(el, {
      root: el.ownerDocument.body ?? el.ownerDocument.documentElement,
      idName: isStableToken,
      className: (name) => isStableToken(name) && !/^(ember-view|active|selected|is-|has-)/.test(name),
      // Only attributes that name things; never inline styles or values typed by the user.
      attr: (name, value) => (TEST_ID_ATTRIBUTES as readonly string[]).includes(name) && value.length <= LOCATOR_LIMITS.value,
      timeoutMs: 400,
    });
    return path.length <= LOCATOR_LIMITS.css ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records how to find this element again, with its label for verification. A control is named
 * (its accessible name, its text); anything else is content — a cell, a paragraph — whose text
 * is the page's data ("Anna Schmidt – salary"): it is found by test id, id or path and checked by
 * its kind only. Never the value of a form field: that is what the user typed.
 */
export function captureLocator(el: Element, win: Window = window): ElementLocator {
  const role = roleOf(el);
  const control = isControl(el);
  const field = isField(el);
  const name = control ? nameOf(el) : '';
  const text = control && !field ? textOf(el) : '';
  const id = el.id && isStableToken(el.id) && el.id.length <= LOCATOR_LIMITS.id ? el.id : undefined;
  let top: boolean;
  try {
    top = win.top === win;
  } catch {
    // A cross-origin parent may not be asked: we are in a subframe.
    top = false;
  }
  const locator: ElementLocator = {
    tag: el.localName.slice(0, LOCATOR_LIMITS.tag),
    label: normalize(labelOf(el)),
    frame: { top, host: win.location.hostname.slice(0, LOCATOR_LIMITS.host) },
  };
  if (role && name) {
    locator.role = role.slice(0, LOCATOR_LIMITS.role);
    locator.name = name;
  }
  const testId = testIdOf(el);
  if (testId) locator.testId = testId;
  if (id) locator.id = id;
  if (text) locator.text = text;
  const css = cssPathOf(el);
  if (css) locator.css = css;
  // A name taken from a label that wraps the field can hold its value; nothing typed may stay.
  return field ? withoutValue(locator, el) : locator;
}
