import type { IssueInfo } from '../i18n/issues';

/** Why sync cannot go on, or why one document was refused; the UI translates `sync.error.<code>`. */
export const syncErrorCodes = [
  'badInvite',
  'insecureServer',
  'permissionDenied',
  'wrongCredentials',
  'notMember',
  'noDatabase',
  'unreachable',
  'notCouch',
  'keyMismatch',
  'serverFull',
  'tooLarge',
  'undecryptable',
  'invalid',
  'wrongDoc',
  'unreadable',
  'futureClock',
  'unexpected',
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];
/** A sync problem with the details its message names; a refused record's field problem as plain data (`issue`). */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly issue?: IssueInfo,
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'SyncError';
  }
}
