/** The tools Tandem Tips supports. Self-hosted hosts map onto one of these. */
export const toolIds = ['linkedin', 'excel', 'tableau'] as const;
export type ToolId = (typeof toolIds)[number];

/** A dotted context id, e.g. `linkedin.profile.edit`; the first segment is the tool. */
export type ContextId = `${ToolId}.${string}`;

/**
 * A DOM fact a context rule can rely on. Selectors use stable attributes only
 * (roles, aria-*, data-*, ids, hrefs) — never hashed class names.
 */
export interface DomSignal {
  /** CSS selector; every element it selects is a candidate. */
  selector: string;
  /** The candidate's accessible name must match (one pattern covers German and English). */
  name?: RegExp;
  /** The candidate's text content must match. */
  text?: RegExp;
  /** Focus must be inside the candidate (e.g. typing in Excel's formula bar). */
  focused?: boolean;
}

/** An example a rule must accept; `also` lists the less specific contexts it implies. */
export interface ContextExample {
  url: string;
  /** A saved page in `test/fixtures/` (without extension) that the DOM part reads. */
  fixture?: string;
  also?: ContextId[];
}

/** One way a context can be recognised; every given part must hold. */
export interface Condition {
  /** The hostname must match (e.g. Tableau Public vs. Tableau Cloud/Server). */
  host?: RegExp;
  /** Tested against `pathname + search + hash`. */
  path?: RegExp;
  /** At least one of these must be present. */
  any?: DomSignal[];
  /** None of these may be present. */
  none?: DomSignal[];
}

/** A place inside a tool, as declarative data. */
export interface ContextRule {
  id: ContextId;
  /** 1 = the tool's base page … 4 = a transient state such as an open editor. */
  specificity: 1 | 2 | 3 | 4;
  /** The context is active when any condition holds. */
  when: Condition[];
}

/** Example pages per context id (at least one each), kept out of the rules that page code ships. */
export type ContextExamples = Partial<Record<ContextId, ContextExample[]>>;

/** What a tool is apart from its rules: where its content script runs. */
export interface ToolBase {
  id: ToolId;
  /** Match patterns of the pages the tool runs on; content scripts use the same list. */
  matches: string[];
  /** Run in iframes too (Excel's workbook lives in an officeapps.live.com frame). */
  allFrames: boolean;
  /**
   * Hosts shared with other products (SharePoint, office.com) count as the tool only where a
   * rule matches; LinkedIn pages without a specific rule still count as LinkedIn.
   */
  requiresContext: boolean;
}

/** A tool with its compiled rules, ready for detection. */
export interface ToolDef extends ToolBase {
  /** Ordered most specific first; order breaks specificity ties. */
  contexts: ContextRule[];
  /** Elements whose open shadow roots detection looks into and watches. */
  shadowHosts: string[];
  /** Regions whose attribute changes are watched. */
  regions: string[];
  /** The version of the rule set in use (built-in or an installed update). */
  rulesVersion: number;
}

/** What detection found in one frame: the tool and its active contexts, most specific first. */
export interface DetectedContext {
  tool: ToolId;
  contexts: ContextId[];
}
