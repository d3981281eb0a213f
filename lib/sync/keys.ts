import { fromBase64, toBase64 } from '../exchange/crypto';
import { SyncError } from './errors';

/** The tandem key: 32 random bytes, base64url. It travels only in invites, never to the server. */
export const TANDEM_KEY_BYTES = 32;

export const toBase64Url = (bytes: Uint8Array) => toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

/** A new random tandem key. */
export function newTandemKey(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(TANDEM_KEY_BYTES)));
}

/** What the tandem key is turned into: one key encrypts bodies, the other names documents. */
export interface TandemKeys {
  enc: CryptoKey;
  ids: CryptoKey;
}

const encoder = new TextEncoder();

/** Derives the encryption and document-id keys from the tandem key (HKDF-SHA-256, one label each). */
export async function deriveKeys(tandemKey: string): Promise<TandemKeys> {
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = fromBase64Url(tandemKey);
  } catch {
    throw new SyncError('badInvite', { field: 'key' });
  }
  if (raw.length !== TANDEM_KEY_BYTES) throw new SyncError('badInvite', { field: 'key' });
  const master = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(info) });
  const [enc, ids] = await Promise.all([
    crypto.subtle.deriveKey(hkdf('tandem-tips/sync/body/v1'), master, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    crypto.subtle.deriveKey(hkdf('tandem-tips/sync/doc-id/v1'), master, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  ]);
  return { enc, ids };
}
