/** Why a backup cannot be restored; the UI translates `backup.error.<code>`. */
export type BackupErrorCode =
  | 'tooLarge'
  | 'notJson'
  | 'notBackup'
  | 'isPack'
  | 'isExchange'
  | 'futureVersion'
  | 'futureDb'
  | 'invalidHeader'
  | 'unknownTable'
  | 'invalidRow'
  | 'duplicateKey'
  | 'invalidSettings'
  | 'tampered';

/** A problem with a backup file, with the details its message names (table, row, field…). */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'BackupError';
  }
}
