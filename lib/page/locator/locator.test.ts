import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureLocator, pickTarget } from './capture';
import { isStableToken } from './stable';
import { resolveLocator, waitForLocator } from './resolve';
import type { ElementLocator } from './types';

const fixtureDir = join(import.meta.dirname, '../../../test/fixtures');

/** A detached copy of a saved page (its scripts are not run). */
function parsePage(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(fixtureDir, `${name}.html`), 'utf8'), 'text/html');
}

/**
 * The saved page as the test window's document: accessible names need a window (computed styles),
 * as they have on the real page.
 */
function loadPage(name: string): Document {
  document.documentElement.innerHTML = parsePage(name).documentElement.innerHTML;
  return document;
}

/** A seeded shuffle, so a failing run can be replayed. */
function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/**
 * The same page after a redesign: every class name replaced by a hash, and the children of every
 * element in <body> put in a different order.
 */
function reshuffle(doc: Document, seed: number): Document {
  const random = seeded(seed);
  const names = new Map<string, string>();
  for (const el of doc.querySelectorAll('[class]')) {
    const next = [...el.classList].map((c) => {
      if (!names.has(c)) names.set(c, `_${Math.floor(random() * 36 ** 6).toString(36)}x${names.size}`);
      return names.get(c)!;
    });
    el.setAttribute('class', next.join(' '));
  }
  for (const parent of [doc.body, ...doc.body.querySelectorAll('*')]) {
    if (parent.children.length < 2 || parent.localName === 'select') continue;
    for (const child of shuffled([...parent.children], random)) parent.appendChild(child);
  }
  return doc;
}

/** Elements a mentor might point at on the "Edit intro" form, marked so tests can follow them. */
const targets: Record<string, string> = {
  headline: 'textarea[id$="TOP-CARD-headline"]',
  firstName: 'input[id$="firstName"]',
  save: '[data-view-name="profile-form-save"]',
  dismiss: 'button[aria-label="Dismiss"]',
  addWebsite: 'form button.pe-form-add-link',
  contactInfo: 'a[href$="/edit/contact-info/"]',
  showSchool: '#showSchool',
};

function mark(doc: Document) {
  for (const [key, selector] of Object.entries(targets)) {
    const el = doc.querySelector(selector);
    if (!el) throw new Error(`fixture lacks ${key}`);
    el.setAttribute('data-probe', key);
  }
}

const probe = (doc: Document, key: string) => doc.querySelector(`[data-probe="${key}"]`)!;

describe('element locators on the saved LinkedIn "Edit intro" page', () => {
  let locators: Record<string, ElementLocator> = {};
  const loadOriginal = () => {
    const doc = loadPage('linkedin/profile-edit-en');
    mark(doc);
    return doc;
  };
  beforeAll(() => {
    const original = loadOriginal();
    locators = Object.fromEntries(Object.keys(targets).map((key) => [key, captureLocator(probe(original, key))]));
  });

  it('records role and name, test ids, stable ids only, text and a CSS path', () => {
    expect(locators.headline).toMatchObject({ role: 'textbox', name: 'Headline*', tag: 'textarea', label: 'Headline*', id: 'multiline-text-form-component-profileEditFormElement-TOP-CARD-headline' });
    expect(locators.save).toMatchObject({ role: 'button', name: 'Save', testId: { attr: 'data-view-name', value: 'profile-form-save' } });
    // "ember93" and ids with a member URN are generated: not recorded.
    expect(locators.save?.id).toBeUndefined();
    expect(locators.firstName?.id).toBeUndefined();
    expect(locators.contactInfo).toMatchObject({ role: 'link', name: 'Edit contact info', text: 'Edit contact info' });
    for (const locator of Object.values(locators)) {
      expect(locator.css).toBeTruthy();
      expect(locator.frame).toEqual({ top: true, host: expect.any(String) });
    }
  });

  it('finds every element again on the same page, by its first strategy', () => {
    const original = loadOriginal();
    for (const [key, locator] of Object.entries(locators)) {
      const result = resolveLocator(locator, original);
      expect(result.status, key).toBe('found');
      if (result.status === 'found') {
        expect(result.element.getAttribute('data-probe'), key).toBe(key);
        expect(result.strategy, key).toBe('role');
      }
    }
  });

  it('still finds the right element after class names changed and elements were reordered', { timeout: 30_000 }, () => {
    for (const seed of [1, 2]) {
      const redesigned = loadOriginal();
      reshuffle(redesigned, seed);
      for (const [key, locator] of Object.entries(locators)) {
        const result = resolveLocator(locator, redesigned);
        expect(result.status, `${key} seed ${seed}`).toBe('found');
        if (result.status === 'found') expect(result.element.getAttribute('data-probe')).toBe(key);
      }
    }
  });

  it('with only a CSS path left, finds the right element or refuses — never another one', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(...Object.keys(targets)), (seed, key) => {
        const redesigned = reshuffle(loadOriginal(), seed);
        const { css, tag, label, frame } = locators[key]!;
        const result = resolveLocator({ css, tag, label, frame }, redesigned);
        if (result.status === 'found') expect(result.element.getAttribute('data-probe')).toBe(key);
      }),
      { numRuns: 5 },
    );
  });

  it('refuses when the element is gone and another one sits at its place', () => {
    const changed = loadOriginal();
    // The headline field is removed; the pronouns select takes its id (an id reused for something else).
    const headline = probe(changed, 'headline');
    const label = changed.querySelector(`label[for="${headline.id}"]`)!;
    const other = changed.querySelector('input[id$="industry"]')!;
    headline.remove();
    label.remove();
    other.id = locators.headline!.id!;
    const result = resolveLocator(locators.headline!, changed);
    expect(result.status).toBe('mismatch');
  });

  it('says not-found on a page without the element', () => {
    const profile = loadPage('linkedin/profile-own-en');
    expect(resolveLocator(locators.headline!, profile).status).toBe('not-found');
  });

  it('waits for an element that renders late', async () => {
    const doc = loadPage('linkedin/profile-own-en');
    const pending = waitForLocator(locators.save!, doc, 2000);
    setTimeout(() => {
      const form = parsePage('linkedin/profile-edit-en');
      doc.body.append(doc.importNode(form.querySelector('[role="dialog"]')!, true));
    }, 100);
    const result = await pending;
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.element.getAttribute('data-view-name')).toBe('profile-form-save');
  });

  it('gives up after the time is up', async () => {
    const doc = loadPage('linkedin/profile-own-en');
    const started = Date.now();
    expect((await waitForLocator(locators.save!, doc, 150)).status).toBe('not-found');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('never throws on garbage locators', () => {
    loadOriginal();
    fc.assert(
      fc.property(
        fc.record({ tag: fc.string(), label: fc.string(), role: fc.option(fc.string(), { nil: undefined }), name: fc.option(fc.string(), { nil: undefined }), css: fc.option(fc.string(), { nil: undefined }), id: fc.option(fc.string(), { nil: undefined }), text: fc.option(fc.string(), { nil: undefined }), testId: fc.option(fc.record({ attr: fc.string(), value: fc.string() }), { nil: undefined }) }),
        (garbage) => {
          const result = resolveLocator({ ...garbage, frame: { top: true, host: 'x' } } as ElementLocator, document);
          expect(['found', 'mismatch', 'not-found']).toContain(result.status);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('pickTarget', () => {
  it('turns a click on an icon or a label inside a button into the button', () => {
    const doc = loadPage('linkedin/profile-edit-en');
    const save = doc.querySelector('[data-view-name="profile-form-save"]')!;
    expect(pickTarget(save.querySelector('span')!)).toBe(save);
    const dismiss = doc.querySelector('button[aria-label="Dismiss"]')!;
    expect(pickTarget(dismiss.querySelector('use') ?? dismiss.querySelector('svg')!)).toBe(dismiss);
  });
});

describe('isStableToken', () => {
  it('keeps names and rejects generated ids and hashes', () => {
    for (const ok of ['global-nav', 'multiline-text-form-component-profileEditFormElement-TOP-CARD-headline', 'showSchool', 'm_excelWebRenderer_ewaCtl_formulaBar'])
      expect(isStableToken(ok), ok).toBe(true);
    for (const bad of ['ember93', ':r1:', 'single-line-text-form-component-profileEditFormElement-TOP-CARD-profile-ACoAABicbJMBf5xJ3pQ8wZr-firstName', 'css-1q2w3e', '_3xk9a', '12abc', 'item-20240101'])
      expect(isStableToken(bad), bad).toBe(false);
  });
});
