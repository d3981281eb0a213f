import type { SignalData } from '../contexts/rule-format';
import type { ElementLocator } from '../page/locator/types';

/** What `*` stands for in an address pattern: one part of a path or one query value. */
const WILD = '[^/?&#]+';
/** Anything after the pattern: a query or fragment the mentor did not write. */
const REST = '(?:[?#].*)?$';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A path part that is an id rather than a name: a number, a UUID, a long hex or mixed letter-digit token. */
function isIdLike(part: string): boolean {
  return (
    /^\d+$/.test(part) ||
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(part) ||
    /^[0-9a-f]{12,}$/i.test(part) ||
    (part.length >= 6 && /\d/.test(part) && /[a-z]/i.test(part) && !/^[a-z]+-?\d{1,2}$/i.test(part))
  );
}

/**
 * The address pattern "This page" proposes from a page's URL: ids in the path and every query
 * value become `*`, the fragment is dropped (`/reports/4711/edit?tab=2` → `/reports/*\/edit?tab=*`).
 */
export function proposePattern(url: string): string {
  const u = new URL(url);
  const path = u.pathname
    .split('/')
    .map((part) => (part && isIdLike(decodeURIComponent(part)) ? '*' : part))
    .join('/');
  const query = [...u.searchParams.keys()].map((key) => `${key}=*`).join('&');
  return query ? `${path}?${query}` : path;
}

/** Is this an address pattern a person wrote correctly (starts with `/`, bounded)? */
export function isPattern(pattern: string): boolean {
  return pattern.startsWith('/') && pattern.length <= 300 && !/\s/.test(pattern);
}

/**
 * The `path` regex of a pattern: `*` is one part, a trailing slash is optional, and a query or
 * fragment the pattern does not name may follow.
 */
export function patternToRegex(pattern: string): string {
  const [path = '', query] = pattern.split('?', 2) as [string, string | undefined];
  const body = (s: string) => s.split('*').map(escapeRegex).join(WILD);
  const trimmed = path.length > 1 ? path.replace(/\/$/, '') : path;
  if (query === undefined) return `^${body(trimmed)}${trimmed === '/' ? '' : '/?'}${REST}`;
  return `^${body(trimmed)}${trimmed === '/' ? '' : '/?'}\\?${body(query)}(?:[&#].*)?$`;
}

/** The pattern a regex was made from (for showing a saved place), or undefined when it was written by hand. */
export function regexToPattern(regex: string): string | undefined {
  for (const hasQuery of [false, true]) {
    const m = hasQuery ? /^\^(.*?)(?:\/\?)?\\\?(.*)\(\?:\[&#\]\.\*\)\?\$$/.exec(regex) : /^\^(.*?)(?:\/\?)?\(\?:\[\?#\]\.\*\)\?\$$/.exec(regex);
    if (!m) continue;
    const unbody = (s: string) =>
      s
        .split(WILD)
        .map((part) => part.replace(/\\(.)/g, '$1'))
        .join('*');
    const pattern = hasQuery ? `${unbody(m[1]!)}?${unbody(m[2]!)}` : unbody(m[1]!) || '/';
    if (patternToRegex(pattern) === regex) return pattern;
  }
  return undefined;
}

/** Does an address pattern hold for a URL? */
export function patternMatches(pattern: string, url: string): boolean {
  try {
    const u = new URL(url);
    return new RegExp(patternToRegex(pattern), 'i').test((u.pathname + u.search + u.hash).slice(0, 2000));
  } catch {
    return false;
  }
}

/** Elements whose tag already has the role, so a native `<dialog>` is found as well as `role="dialog"`. */
const IMPLICIT_TAG: Record<string, string> = { dialog: 'dialog', form: 'form', table: 'table', button: 'button', a: 'link', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', nav: 'navigation', main: 'main' };

const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * The element condition of a place from what the mentor picked: role and accessible name, else
 * a stable test attribute, else a hand-written id (the same strategies as "show me"), or undefined
 * when the element has nothing stable to be recognised by.
 */
export function signalFromLocator(locator: ElementLocator): SignalData | undefined {
  if (locator.role && locator.name) {
    const roleSelector = `[role=${cssString(locator.role)}]`;
    const selector = IMPLICIT_TAG[locator.tag] === locator.role ? `${locator.tag}, ${roleSelector}` : roleSelector;
    return { selector, name: `^${escapeRegex(locator.name.slice(0, 120))}$` };
  }
  if (locator.testId) return { selector: `[${locator.testId.attr}=${cssString(locator.testId.value)}]` };
  if (locator.id && /^[A-Za-z][\w-]*$/.test(locator.id)) return { selector: `#${locator.id}` };
  return undefined;
}

/** A signal as words can say it: which kind, and its role and name, attribute or id. */
export type SignalWords = { kind: 'named'; role: string; name: string } | { kind: 'attr'; attr: string; value: string } | { kind: 'id'; id: string } | { kind: 'css'; selector: string };

/** Reads back what `signalFromLocator` wrote, for "a dialog named ‘New expense’". */
export function describeSignal(signal: SignalData): SignalWords {
  const role = /\[role="([^"]+)"\]$/.exec(signal.selector)?.[1];
  const name = signal.name ? /^\^(.*)\$$/.exec(signal.name)?.[1]?.replace(/\\(.)/g, '$1') : undefined;
  if (role && name !== undefined) return { kind: 'named', role, name };
  const attr = /^\[([\w-]+)="((?:[^"\\]|\\.)*)"\]$/.exec(signal.selector);
  if (attr) return { kind: 'attr', attr: attr[1]!, value: attr[2]!.replace(/\\(.)/g, '$1') };
  const id = /^#([A-Za-z][\w-]*)$/.exec(signal.selector);
  if (id) return { kind: 'id', id: id[1]! };
  return { kind: 'css', selector: signal.selector };
}
