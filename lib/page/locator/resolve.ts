import { kindOf, labelKey, nameOrTextOf, isShown, nameOf, roleOf, textOf } from './label';
import { strategies, type ElementLocator, type Resolution, type Strategy } from './types';

/** Where the usual elements of a role are, so a role lookup need not compute every element's role. */
const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, input[type="button"], input[type="submit"], input[type="reset"], input[type="image"], summary, [role="button"]',
  link: 'a[href], area[href], [role="link"]',
  textbox: 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"], textarea, [role="textbox"], [contenteditable="true"]',
  searchbox: 'input[type="search"], [role="searchbox"]',
  combobox: 'select, input[list], [role="combobox"]',
  listbox: 'select[multiple], select[size], [role="listbox"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  radio: 'input[type="radio"], [role="radio"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  img: 'img[alt], svg[aria-label], [role="img"]',
  spinbutton: 'input[type="number"], [role="spinbutton"]',
};

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}

function query(doc: Document, selector: string): Element[] {
  try {
    return [...doc.querySelectorAll(selector)];
  } catch {
    // A selector from an imported pack that does not parse finds nothing.
    return [];
  }
}

/** The raw candidates one strategy yields (not yet verified). */
function candidatesOf(strategy: Strategy, locator: ElementLocator, doc: Document): Element[] {
  switch (strategy) {
    case 'role': {
      if (!locator.role || !locator.name) return [];
      const want = labelKey(locator.name);
      const pool = query(doc, ROLE_SELECTORS[locator.role] ?? `[role="${cssEscape(locator.role)}"], ${cssEscape(locator.tag)}`);
      return pool.filter((el) => roleOf(el) === locator.role && labelKey(nameOf(el)) === want);
    }
    case 'testId':
      return locator.testId ? query(doc, `[${cssEscape(locator.testId.attr)}="${cssEscape(locator.testId.value)}"]`) : [];
    case 'id': {
      const el = locator.id ? doc.getElementById(locator.id) : null;
      return el ? [el] : [];
    }
    case 'text': {
      if (!locator.text) return [];
      const want = labelKey(locator.text);
      // The innermost elements of the recorded tag whose text is exactly the recorded text.
      return query(doc, cssEscape(locator.tag)).filter((el) => labelKey(textOf(el)) === want);
    }
    case 'css':
      return locator.css ? query(doc, locator.css) : [];
  }
}

/**
 * Does the candidate still look like what was picked: the same kind of element, the same label?
 * A label that is only the element's kind (content, or a mentor who chose not to record the
 * wording) checks the kind; locators recorded before that keep verifying as they did.
 */
export function agrees(el: Element, locator: ElementLocator): boolean {
  if (el.localName !== locator.tag) return false;
  if (locator.role && roleOf(el) !== locator.role) return false;
  const want = labelKey(locator.label);
  // A control's label is its name or text, which is also what older locators of content recorded.
  return labelKey(kindOf(el)) === want || labelKey(nameOrTextOf(el)) === want;
}

/**
 * Finds the element a locator describes, trying its strategies in order. A strategy's candidates
 * count only when they are shown and agree with the recorded label; when one strategy finds
 * several, later strategies narrow them down. Refuses (`mismatch`) rather than return an element
 * whose label disagrees. Never throws.
 */
export function resolveLocator(locator: ElementLocator, doc: Document = document): Resolution {
  let pool: Element[] | null = null;
  let poolStrategy: Strategy | null = null;
  let sawDisagreeing = false;
  for (const strategy of strategies) {
    let found: Element[];
    try {
      found = candidatesOf(strategy, locator, doc).filter(isShown);
    } catch {
      continue;
    }
    const verified = found.filter((el) => agrees(el, locator));
    if (found.length > verified.length) sawDisagreeing = true;
    if (verified.length === 0) continue;
    if (pool === null) {
      if (verified.length === 1) return { status: 'found', element: verified[0]!, strategy };
      pool = verified;
      poolStrategy = strategy;
      continue;
    }
    const narrowed: Element[] = pool.filter((el) => verified.includes(el));
    if (narrowed.length === 1) return { status: 'found', element: narrowed[0]!, strategy: poolStrategy! };
    if (narrowed.length > 1) pool = narrowed;
  }
  // Several equally labelled elements (e.g. two "Edit intro" links): the first on the page.
  if (pool && pool.length > 0) return { status: 'found', element: pool[0]!, strategy: poolStrategy! };
  return sawDisagreeing ? { status: 'mismatch' } : { status: 'not-found' };
}

/**
 * Like `resolveLocator`, but waits (one MutationObserver, no polling) up to `timeoutMs` for an
 * element that renders late.
 */
export function waitForLocator(locator: ElementLocator, doc: Document = document, timeoutMs = 4000): Promise<Resolution> {
  const first = resolveLocator(locator, doc);
  if (first.status === 'found' || timeoutMs <= 0) return Promise.resolve(first);
  return new Promise((done) => {
    let last: Resolution = first;
    let scheduled = false;
    const finish = (result: Resolution) => {
      observer.disconnect();
      clearTimeout(timer);
      done(result);
    };
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      // Batch a burst of mutations into one lookup.
      setTimeout(() => {
        scheduled = false;
        last = resolveLocator(locator, doc);
        if (last.status === 'found') finish(last);
      }, 50);
    });
    const timer = setTimeout(() => finish(last), timeoutMs);
    observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
