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
  'futureClock',
  'unexpected',
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];
/** A sync problem with the details its message names. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'SyncError';
  }
}
