import { toBase64Url, newTandemKey, deriveKeys } from './keys';
import { sealKeyCheck } from './docs';
import { INVITE_FORMAT, type Invite } from './invite';

/** What a coordinator says about the tandem to create. */
export interface TandemPlan {
  /** The CouchDB server as the extensions will reach it, e.g. https://couch.example.org. */
  server: string;
  /** A server admin (creates the database, the two users and the security object). */
  admin: { user: string; password: string };
  /** A short name for the tandem, e.g. "mia-peter" (lower case letters, digits, dashes). */
  name: string;
  mentorName?: string;
  menteeName?: string;
}

export interface CreatedTandem {
  db: string;
  mentor: Invite;
  mentee: Invite;
}

const randomToken = (bytes: number) => toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));

/**
 * Creates a tandem on a CouchDB 3 server: its own database, one `_users` member per partner
 * (random passwords), `_security` that admits exactly those two, and the key-check document.
 * Returns both invites; the tandem key is made here and sent to the server never.
 */
export async function createTandem(plan: TandemPlan, fetchImpl: typeof fetch = fetch): Promise<CreatedTandem> {
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(plan.name)) throw new Error('The tandem name may hold lower-case letters, digits and dashes (at most 41).');
  const server = plan.server.replace(/\/+$/, '');
  const auth = 'Basic ' + btoa(`${plan.admin.user}:${plan.admin.password}`);
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetchImpl(server + path, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 200)}`);
    return text;
  };
  const db = `tandem-${plan.name}-${randomToken(4).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;
  const users = { mentor: `${db}-mentor`, mentee: `${db}-mentee` };
  const passwords = { mentor: randomToken(18), mentee: randomToken(18) };

  await call('PUT', `/${db}`);
  for (const member of ['mentor', 'mentee'] as const) {
    await call('PUT', `/_users/org.couchdb.user:${encodeURIComponent(users[member])}`, { name: users[member], password: passwords[member], roles: [], type: 'user' });
  }
  await call('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: [users.mentor, users.mentee], roles: [] } });
  const key = newTandemKey();
  const check = await sealKeyCheck(await deriveKeys(key));
  await call('PUT', `/${db}/${check._id}`, check);

  const invite = (member: 'mentor' | 'mentee'): Invite => ({
    format: INVITE_FORMAT,
    version: 1,
    server,
    db,
    user: users[member],
    password: passwords[member],
    key,
    member,
    ...(plan[`${member}Name`] ? { name: plan[`${member}Name`] } : {}),
    ...(plan[member === 'mentor' ? 'menteeName' : 'mentorName'] ? { partnerName: plan[member === 'mentor' ? 'menteeName' : 'mentorName'] } : {}),
  });
  return { db, mentor: invite('mentor'), mentee: invite('mentee') };
}
