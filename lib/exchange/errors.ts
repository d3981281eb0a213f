/** Why an exchange file cannot be imported; the UI translates `exchange.error.<code>`. */
export type ExchangeErrorCode =
  | 'tooLarge'
  | 'notJson'
  | 'notExchange'
  | 'isPack'
  | 'futureVersion'
  | 'invalid'
  | 'tampered'
  | 'needPassphrase'
  | 'wrongPassphrase'
  | 'ownFile';

/** A problem with an exchange file, with the details its message names. */
export class ExchangeError extends Error {
  constructor(
    readonly code: ExchangeErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'ExchangeError';
  }
}
