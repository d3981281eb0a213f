import { firstIssue } from '../i18n/issues';
import { z } from 'zod';
import { SyncError } from './errors';
import { fromBase64Url, toBase64Url } from './keys';
import { memberSchema } from './docs';

export const INVITE_FORMAT = 'tandem-tips/invite';
const CODE_PREFIX = 'TANDEM1.';
/** An invite file or code above this is not an invite. */
const MAX_INVITE_CHARS = 4_000;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Is this server URL one sync may talk to? `https:` anywhere; `http:` only on this computer, for testing. */
export function isAllowedServer(url: URL, allowLocalHttp: boolean): boolean {
  if (url.protocol === 'https:') return true;
  return allowLocalHttp && url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
}

/** The host permission pattern for a server (one host; match patterns carry no port). */
export function originPattern(server: string): string {
  const url = new URL(server);
  return `${url.protocol}//${url.hostname}/*`;
}

/** What a partner needs to join the tandem's sync. Only `key` is secret from the server as well. */
export const inviteSchema = z.strictObject({
  format: z.literal(INVITE_FORMAT),
  version: z.literal(1),
  /** The CouchDB server, e.g. https://couch.example.org (a path prefix is allowed behind a proxy). */
  server: z.url().max(300),
  /** The tandem's own database. */
  db: z.string().regex(/^[a-z][a-z0-9_$()+/-]{0,200}$/, { error: 'database name' }),
  /** This person's CouchDB user and password (a member of the database, nothing else). */
  user: z.string().min(1).max(100),
  password: z.string().min(8).max(200),
  /** The tandem key (base64url of 32 bytes); encrypts every document and never goes to the server. */
  key: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'tandem key' }),
  /** Whose invite this is: tip progress is kept per partner. */
  member: memberSchema,
  /** Names for the panel ("Peter and Mia"), optional. */
  name: z.string().trim().max(80).optional(),
  partnerName: z.string().trim().max(80).optional(),
});
export type Invite = z.infer<typeof inviteSchema>;

/** An invite as a code to paste (one line). */
export function inviteToCode(invite: Invite): string {
  return CODE_PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(invite)));
}

/** An invite as a file's text (`*.tandem-invite.json`). */
export function inviteToFile(invite: Invite): string {
  return JSON.stringify(invite, null, 1);
}

/** Reads a chosen invite file's text, refusing one far larger than any invite before reading it. */
export async function readInviteFile(file: Blob): Promise<string> {
  // Four bytes per character at most: a file above that cannot hold an invite of the allowed length.
  if (file.size > MAX_INVITE_CHARS * 4) throw new SyncError('badInvite', { field: '(invite)' });
  return file.text();
}

/**
 * Reads an invite pasted as a code or chosen as a file. Synchronous on purpose: pairing asks
 * for the server's host permission right after, still inside the click (Firefox requires it).
 */
export function readInvite(text: string, allowLocalHttp: boolean): Invite {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_INVITE_CHARS) throw new SyncError('badInvite', { field: '(invite)' });
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed.startsWith(CODE_PREFIX) ? new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(trimmed.slice(CODE_PREFIX.length))) : trimmed);
  } catch {
    throw new SyncError('badInvite', { field: '(invite)' });
  }
  const parsed = inviteSchema.safeParse(raw);
  if (!parsed.success) throw new SyncError('badInvite', { field: firstIssue(parsed.error).path.join('.') || '(invite)' });
  const url = new URL(parsed.data.server);
  if (!isAllowedServer(url, allowLocalHttp)) throw new SyncError('insecureServer', { server: url.origin });
  return { ...parsed.data, server: parsed.data.server.replace(/\/+$/, '') };
}
