/**
 * The rule format: a tool's places as plain JSON data (no code), so a programme can ship a
 * corrected rule set in a tip pack or by policy without a release. Patterns are regular
 * expression sources (matched case-insensitively), selectors are CSS. Checked by
 * `lib/schemas/rules.ts` before anything stores it; page code only compiles it.
 */

/** The `format` every rule set carries. */
export const RULES_FORMAT = 'tandem-tips/rules';
/** The version of the format this build reads and writes. */
export const RULES_FORMAT_VERSION = 1;

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
  /** Regions whose attribute changes are watched (a ribbon, a modal outlet); the rest of the page is not. */
  regions?: string[];
  contexts: ContextRuleData[];
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
