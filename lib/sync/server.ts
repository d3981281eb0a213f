import { toBase64 } from '../exchange/crypto';
import { KEY_CHECK_ID, isKeyCheckValid, sealKeyCheck } from './docs';
import { SyncError, syncErrorCodes, type SyncErrorCode } from './errors';
import type { Invite } from './invite';
import type { TandemKeys } from './keys';

/** A server answer above this is refused unread (a batch of documents is a few MB at most). */
export const MAX_RESPONSE_CHARS = 64 * 1024 * 1024;

export const basicAuth = (invite: Pick<Invite, 'user' | 'password'>) => 'Basic ' + toBase64(new TextEncoder().encode(`${invite.user}:${invite.password}`));

/** What a failed request means for the person, in one of our words. */
export function classifyStatus(status: number, body = ''): SyncError {
  if (status === 401) return new SyncError('wrongCredentials');
  if (status === 403) return new SyncError('notMember');
  if (status === 404) return new SyncError('noDatabase');
  if (status === 413) return new SyncError('tooLarge', { kb: 0, max: 0 });
  if (status === 507 || /insufficient_storage|enospc|no space|disk.*full|quota/i.test(body)) return new SyncError('serverFull');
  if (status >= 500) return new SyncError('unreachable');
  return new SyncError('notCouch');
}

/** Turns whatever a request or PouchDB threw into a SyncError. */
export function classifyError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const e = error as { status?: number; name?: string; reason?: string; message?: string } | null;
  // PouchDB passes on what our fetch threw as a plain error with the same message.
  const code = /^(\w+)/.exec(e?.message ?? '')?.[1];
  if (code && (syncErrorCodes as readonly string[]).includes(code) && code !== 'unexpected') return new SyncError(code as SyncErrorCode);
  if (e && typeof e.status === 'number' && e.status > 0) return classifyStatus(e.status, `${e.name ?? ''} ${e.reason ?? ''} ${e.message ?? ''}`);
  if (e && /unauthorized/i.test(`${e.name ?? ''}`)) return new SyncError('wrongCredentials');
  // PouchDB reports a failed request with status 0 or no status; anything else is a fault of ours.
  if (e && (e.status === 0 || e.name === 'TypeError' || /fetch|network/i.test(`${e.message ?? ''}`))) return new SyncError('unreachable');
  return new SyncError('unexpected', { detail: String(e?.message ?? error).slice(0, 200) });
}

/**
 * `fetch` for talking to the tandem's server: refuses answers that are too large before they
 * are parsed, so a hostile or broken server cannot fill the browser's memory.
 */
export function guardedFetch(fetchImpl: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    let res: Response;
    try {
      res = await fetchImpl(input, init);
    } catch (error) {
      if ((error as { name?: string })?.name === 'AbortError') throw error;
      console.warn('Tandem Tips: the sync server did not answer', error);
      throw new SyncError('unreachable');
    }
    if (Number(res.headers.get('content-length') ?? 0) > MAX_RESPONSE_CHARS) throw new SyncError('tooLarge', { kb: Math.ceil(Number(res.headers.get('content-length')) / 1024), max: MAX_RESPONSE_CHARS / 1024 });
    const text = await res.text();
    if (text.length > MAX_RESPONSE_CHARS) throw new SyncError('tooLarge', { kb: Math.ceil(text.length / 1024), max: MAX_RESPONSE_CHARS / 1024 });
    return new Response(res.status === 204 || res.status === 304 ? null : text, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return JSON.parse(await res.text()) as unknown;
  } catch {
    throw new SyncError('notCouch');
  }
}

/**
 * Checks, before anything is written, that the server is a CouchDB, that the credentials open
 * the tandem's database, and that it was made with the same tandem key (its key-check
 * document). A database without one gets it, so the partner can be checked against it.
 */
export async function checkServer(invite: Invite, keys: TandemKeys, fetchImpl: typeof fetch = fetch): Promise<void> {
  const f = guardedFetch(fetchImpl);
  const headers = { authorization: basicAuth(invite), accept: 'application/json' };
  const base = `${invite.server}/${encodeURIComponent(invite.db)}`;
  const info = await f(base, { headers });
  if (!info.ok) throw classifyStatus(info.status, await info.text().catch(() => ''));
  const db = (await readJson(info)) as { db_name?: unknown } | null;
  if (typeof db !== 'object' || db === null || typeof db.db_name !== 'string') throw new SyncError('notCouch');

  const check = await f(`${base}/${KEY_CHECK_ID}`, { headers });
  if (check.status === 404) {
    const doc = await sealKeyCheck(keys);
    const put = await f(`${base}/${KEY_CHECK_ID}`, { method: 'PUT', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    // The partner made it at the same moment: check theirs instead.
    if (put.status === 409) return checkServer(invite, keys, fetchImpl);
    if (!put.ok) throw classifyStatus(put.status, await put.text().catch(() => ''));
    return;
  }
  if (!check.ok) throw classifyStatus(check.status, await check.text().catch(() => ''));
  if (!(await isKeyCheckValid(keys, await readJson(check)))) throw new SyncError('keyMismatch');
}
