import { FileError } from '../files/file-error';

/** PBKDF2-SHA-256 rounds for new files (OWASP's 2023 recommendation). */
export const PBKDF2_ITERATIONS = 600_000;
/** What an imported file may ask for: fewer is too weak to accept, more would hang the panel. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 5_000_000;

const encoder = new TextEncoder();

/** Bytes as base64 (in chunks: spreading a large array into fromCharCode overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 to bytes; throws on anything that is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** SHA-256 of a text, as 64 hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export interface Sealed {
  salt: string;
  iv: string;
  iterations: number;
  ciphertext: string;
}

/**
 * Encrypts a text with a passphrase: AES-GCM-256 with a key derived by PBKDF2-SHA-256 from a
 * random 16-byte salt; `header` is authenticated too, so the file's header cannot be altered.
 */
export async function seal(plaintext: string, passphrase: string, header: (p: Omit<Sealed, 'ciphertext'>) => string, iterations = PBKDF2_ITERATIONS): Promise<Sealed> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const params = { salt: toBase64(salt), iv: toBase64(iv), iterations };
  const key = await deriveKey(passphrase, salt, iterations);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(header(params)) }, key, encoder.encode(plaintext));
  return { ...params, ciphertext: toBase64(new Uint8Array(data)) };
}

/** Decrypts what `seal` made; a wrong passphrase or any changed byte gives `wrongPassphrase`. */
export async function unseal(sealed: Sealed, passphrase: string, header: string): Promise<string> {
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>;
  try {
    [salt, iv, data] = [fromBase64(sealed.salt), fromBase64(sealed.iv), fromBase64(sealed.ciphertext)];
  } catch {
    throw new FileError('exchange', 'tampered');
  }
  const key = await deriveKey(passphrase, salt, sealed.iterations);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(header) }, key, data);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new FileError('exchange', 'wrongPassphrase');
  }
}
