/**
 * How to find a page element again, recorded by the element picker. Several strategies, tried in
 * this order: ARIA role + accessible name, a `data-*` test id, the id, the visible text, a CSS path.
 * Every candidate a strategy finds must still carry `label`, else it is refused.
 * Plain data (no zod here: page code stays tiny); `lib/schemas/locator.ts` validates it.
 */
export interface ElementLocator {
  /** The element's ARIA role (explicit or implicit), e.g. `button`, `textbox`. */
  role?: string;
  /** Its accessible name when picked, e.g. `Headline*`. */
  name?: string;
  /** A test id such as `data-view-name="profile-form-save"`. */
  testId?: { attr: TestIdAttribute; value: string };
  /** The element's id, only when it does not look generated. */
  id?: string;
  /** Its visible text (whitespace collapsed). */
  text?: string;
  /** A unique CSS path (from @medv/finder), the last resort. */
  css?: string;
  /** Lower-case tag name. */
  tag: string;
  /** What the element was called (accessible name, else text): every match must agree with it. */
  label: string;
  /** The frame it lives in: the top document or a subframe (Excel's workbook iframe) on this host. */
  frame: { top: boolean; host: string };
}

/** The strategies, in the order they are tried. */
export const strategies = ['role', 'testId', 'id', 'text', 'css'] as const;
export type Strategy = (typeof strategies)[number];

/** What resolving a locator found. */
export type Resolution =
  | { status: 'found'; element: Element; strategy: Strategy }
  /** Some strategy found an element, but its label no longer agrees: refused. */
  | { status: 'mismatch' }
  | { status: 'not-found' };

/** Attributes that name an element for tests or analytics; stable across UI language and styling. */
export const TEST_ID_ATTRIBUTES = [
  'data-testid',
  'data-test-id',
  'data-test',
  'data-qa',
  'data-cy',
  'data-automation-id',
  'data-unique-id',
  'data-view-name',
  'data-control-name',
] as const;
export type TestIdAttribute = (typeof TEST_ID_ATTRIBUTES)[number];

/** Limits that keep a locator small (and that the schema enforces on import). */
export const LOCATOR_LIMITS = { label: 200, text: 200, css: 600, id: 200, attr: 60, value: 200, host: 253, role: 40, tag: 40 } as const;
