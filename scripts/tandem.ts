// `npm run tandem -- create …`: a coordinator creates one tandem on the programme's CouchDB and
// gets the two invites (a file and a code each) to hand to mentor and mentee.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createTandem } from '../lib/sync/create-tandem.ts';
import { inviteToCode, inviteToFile } from '../lib/sync/invite.ts';

const USAGE = `Usage:
  npm run tandem -- create --server https://couch.example.org --admin admin --name mia-peter \\
      [--mentor "Mia"] [--mentee "Peter"] [--out invites]

  The admin password is read from COUCHDB_PASSWORD (never from the command line).
  Creates the database tandem-<name>-<random>, two users in _users, its _security (only those two
  are members) and a key-check document, and writes <out>/<name>-mentor.tandem-invite.json and
  <out>/<name>-mentee.tandem-invite.json. Each invite holds that person's password and the tandem
  key: hand it over privately (the key never goes to the server).`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    server: { type: 'string' },
    admin: { type: 'string' },
    name: { type: 'string' },
    mentor: { type: 'string' },
    mentee: { type: 'string' },
    out: { type: 'string', default: 'invites' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || positionals[0] !== 'create' || !values.server || !values.admin || !values.name) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
const password = process.env.COUCHDB_PASSWORD;
if (!password) {
  console.error('Set COUCHDB_PASSWORD to the CouchDB admin password.');
  process.exit(1);
}

try {
  const created = await createTandem({
    server: values.server,
    admin: { user: values.admin, password },
    name: values.name,
    mentorName: values.mentor,
    menteeName: values.mentee,
  });
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  console.log(`Created database ${created.db} with members ${created.mentor.user} and ${created.mentee.user}.`);
  for (const invite of [created.mentor, created.mentee]) {
    const file = join(out, `${values.name}-${invite.member}.tandem-invite.json`);
    writeFileSync(file, inviteToFile(invite) + '\n', { mode: 0o600 });
    console.log(`\n${invite.member}${invite.name ? ` (${invite.name})` : ''}: ${file}\n  or the code: ${inviteToCode(invite)}`);
  }
} catch (error) {
  console.error(`Could not create the tandem: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
