import type { IssueInfo } from '../i18n/issues';
import type { RulesProblem } from '../schemas/rules';

/** The kinds of file Tandem Tips reads. */
export const FILE_KINDS = ['pack', 'exchange', 'backup'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Why a file cannot be used; `fileErrorMessage` says it in the UI language. */
export type FileErrorCode =
  /** The browser could not read the file at all. */
  | 'unreadable'
  | 'tooLarge'
  | 'notJson'
  /** Nested deeper than any file we write: refused before anything walks it. */
  | 'tooDeep'
  /** Not a Tandem Tips file. */
  | 'notOurs'
  /** A Tandem Tips file of another kind (`found`), e.g. a backup chosen as a pack. */
  | 'wrongKind'
  | 'badVersion'
  | 'futureVersion'
  | 'futureDb'
  /** A field is not valid (`issue`), in a record of a table (`table`, `row`) when it is about one. */
  | 'invalid'
  | 'unknownTable'
  | 'tampered'
  | 'needPassphrase'
  | 'wrongPassphrase'
  | 'ownFile'
  /** A pack file that claims a pack it may not change (built-in, mine, my partner's, my programme's). */
  | 'protectedPack'
  | 'ownPack'
  /** A pack's context rule sets were refused (`rulesProblem`), and with them the pack. */
  | 'rules';

/** What a message about the file names. */
export interface FileErrorDetails {
  found?: FileKind;
  version?: number;
  supported?: number;
  bytes?: number;
  maxBytes?: number;
  issue?: IssueInfo;
  /** A table of the database (`notes`, `tips` …) or of the file. */
  table?: string;
  /** 1-based, as people count. */
  row?: number;
  rulesProblem?: RulesProblem;
}

/** One error for every file Tandem Tips reads (packs, exchange files, backups). Nothing was written. */
export class FileError extends Error {
  constructor(
    readonly kind: FileKind,
    readonly code: FileErrorCode,
    readonly details: FileErrorDetails = {},
  ) {
    super(`${kind}: ${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'FileError';
  }
}
