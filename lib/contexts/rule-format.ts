/**
 * The rule format: a tool's places as plain JSON data (no code), so a programme can ship a
 * corrected rule set in a tip pack or by policy without a release. Patterns are regular
 * expression sources (matched case-insensitively), selectors are CSS. Checked by
 * `lib/schemas/rules.ts` before anything stores it; page code only compiles it.
 */

/** The `format` every rule set carries. */
export const RULES_FORMAT = 'tandem-tips/rules';
/**
 * The newest version of the format this build reads; 2 added mentor-defined tools (`name`,
 * `hosts`, a place's `name`). Version 1 sets (rule updates for the built-in tools) stay valid.
 */
export const RULES_FORMAT_VERSION = 2;
/** The oldest version this build still reads. */
export const RULES_FORMAT_VERSION_MIN = 1;

/** A DOM fact: an element matching `selector` (and, if given, whose name/text match). */
export interface SignalData {
  selector: string;
  /** Pattern for the element's accessible name (invisible marks removed, spaces collapsed). */
  name?: string;
  /** Pattern for the element's text content. */
  text?: string;
  /** Focus must be inside the element. */
  focused?: boolean;
}

/** One way a context holds; every part given must hold. */
export interface ConditionData {
  /** Pattern for the hostname. */
  host?: string;
  /** Pattern for `pathname + search + hash`. */
  path?: string;
  /** At least one of these is on the page. */
  any?: SignalData[];
  /** None of these is on the page. */
  none?: SignalData[];
}

/** A place inside a tool; active when any of its conditions holds. */
export interface ContextRuleData {
  id: string;
  /** A mentor-defined place's name, in the mentor's language (built-in places are named by the UI). */
  name?: string;
  /** 1 = the tool's base page … 4 = a transient state such as an open editor. */
  specificity: 1 | 2 | 3 | 4;
  when: ConditionData[];
}

/** A versioned set of rules for one tool. */
export interface RuleSet {
  format: typeof RULES_FORMAT;
  formatVersion: number;
  tool: string;
  /** Increases with every published change; a newer set replaces an older one. */
  version: number;
  /** Elements whose open shadow root is searched and watched (the page renders inside it). */
  shadowHosts?: string[];
  /**
   * Where the tool's UI opens over the page (a ribbon, a modal outlet, dialogs): watched in full.
   * Elsewhere only the page's top level is watched, unless a condition for this page (with a `path`) reads the DOM.
   */
  regions?: string[];
  /** A mentor-defined tool's name (format 2; built-in tools are named by the UI). */
  name?: string;
  /** The language the mentor named the tool and its places in. */
  lang?: 'de' | 'en';
  /**
   * The sites a mentor-defined tool runs on (format 2): each is asked for on its own, and its
   * conditions may name no other host.
   */
  hosts?: string[];
  contexts: ContextRuleData[];
}

/** The `host` pattern a mentor-defined tool's condition uses for one of its declared hosts. */
export function hostPattern(host: string): string {
  return `^${host.replace(/\./g, '\\.')}$`;
}

/** Where an installed rule set came from. */
export type RuleSource = 'builtin' | 'pack' | 'policy';

/** What extension code stores for a tool in `storage.local` (content scripts read it). */
export interface StoredRules {
  rules: RuleSet;
  source: Exclude<RuleSource, 'builtin'>;
  /** The pack that brought it, or the policy. */
  from: string;
  installedAt: number;
}

/** The `storage.local` key of a tool's installed rule update. */
export const rulesKey = (tool: string) => `rules:${tool}`;
