// Tandem sync end to end: two Chromium profiles paired through a real CouchDB-protocol server
// (PouchDB Server, started here) with invites made by the coordinator's CLI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { ADMIN, startCouchServer, type CouchServer } from '../support/couch-server';
import { E2E_EXTENSION_PATH, expect, type ChromeApi, launchBrowser, readStore, serviceWorkerOf, test, waitForSeed } from './extension';
import { AuthoringPanel } from './pages/authoring';
import { NotesPanel } from './pages/notes';
import { TandemPanel } from './pages/tandem';

interface Person {
  context: BrowserContext;
  sw: Worker;
  panel: TandemPanel;
  dir: string;
}
interface StoredNote {
  id: string;
  body: string;
  visibility: string;
  conflictOf?: string;
  deletedAt?: number;
}

let server: CouchServer;
test.beforeAll(async () => {
  server = await startCouchServer();
  mkdirSync('test-results/screens', { recursive: true });
});
test.afterAll(async () => {
  await server?.stop();
});

/** The coordinator's CLI, as documented: creates the tandem and writes both invite files. */
function createTandemWithCli(name: string): { db: string; mentor: string; mentee: string; menteeCode: string } {
  const out = mkdtempSync(join(tmpdir(), 'tandem-invites-'));
  const log = execFileSync(
    process.execPath,
    ['--experimental-transform-types', '--no-warnings', '--import', './scripts/ts-resolve.mjs', 'scripts/tandem.ts', 'create', '--server', server.url, '--admin', ADMIN.user, '--name', name, '--mentor', 'Mia', '--mentee', 'Peter', '--out', out],
    { env: { ...process.env, COUCHDB_PASSWORD: ADMIN.password }, encoding: 'utf8' },
  );
  const db = /Created database (\S+)/.exec(log)![1]!;
  const menteeCode = /mentee \(Peter\): .*\n\s+or the code: (TANDEM1\.\S+)/.exec(log)![1]!;
  return { db, mentor: join(out, `${name}-mentor.tandem-invite.json`), mentee: join(out, `${name}-mentee.tandem-invite.json`), menteeCode };
}

async function start(name: string): Promise<Person> {
  const dir = mkdtempSync(join(tmpdir(), `tandem-sync-${name}-`));
  const context = await launchBrowser(dir, 'en', E2E_EXTENSION_PATH);
  // The test server on this computer is the one network destination allowed besides the routed sites.
  await context.route((url) => url.hostname === '127.0.0.1', (route) => route.continue());
  const sw = await serviceWorkerOf(context);
  await waitForSeed(sw);
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/feed/');
  const panel = await TandemPanel.open(context, new URL(sw.url()).host, 'exchange');
  return { context, sw, panel, dir };
}

async function stop(p: Person | undefined) {
  if (!p) return;
  await p.context.close();
  rmSync(p.dir, { recursive: true, force: true });
}

/** Pairs through the Exchange view's sync section, with the code pasted or the file chosen. */
async function pair(p: Person, invite: { code?: string; file?: string }) {
  await p.panel.go('exchange');
  const section = p.panel.page.getByTestId('sync-section');
  if (invite.code) await section.getByLabel('Invite code or file').fill(invite.code);
  if (invite.file) await section.getByTestId('sync-invite-file').setInputFiles(invite.file);
  await section.getByRole('button', { name: 'Pair and turn on sync' }).click();
}

async function writeNote(p: Person, body: string, shared: boolean, question = false) {
  await p.panel.go('tips');
  const notes = new NotesPanel(p.panel.page);
  if (question) await notes.kind(/^Question for my mentor/).check();
  await notes.body.fill(body);
  if (shared) await notes.composer.getByRole('radio', { name: 'Shared with my tandem partner' }).check();
  await notes.composer.getByRole('checkbox', { name: 'For the next meeting' }).check();
  await notes.save.click();
  await expect(p.panel.page.getByTestId('composer-status')).toContainText('Note saved.');
}

const notesOf = async (sw: Worker) => (await readStore<StoredNote>(sw, 'notes')).filter((n) => n.deletedAt === undefined);

async function serverDocs(db: string): Promise<string> {
  return JSON.stringify((await server.admin('GET', `/${db}/_all_docs?include_docs=true&conflicts=true`)).json);
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

test('a shared question reaches the mentor’s open meeting prep, the mentor’s tip the mentee’s panel; the server reads nothing', async () => {
  test.setTimeout(180_000);
  const t = createTandemWithCli('mia-peter');
  let mentee: Person | undefined;
  let mentor: Person | undefined;
  try {
    mentee = await start('mentee');
    mentor = await start('mentor');
    await pair(mentee, { code: t.menteeCode });
    await expect(mentee.panel.page.getByTestId('sync-message')).toHaveText('Sync is on. Your shared notes now stay in step with Mia.');
    await expect(mentee.panel.page.getByTestId('sync-status')).toContainText(/Synced at \d\d:\d\d/);
    await shot(mentee.panel.page, 'sync-mentee-paired');

    const mentorPanel = await AuthoringPanel.open(mentor.context, new URL(mentor.sw.url()).host);
    await mentorPanel.becomeMentor('Mia');
    await pair({ ...mentor, panel: new TandemPanel(mentorPanel.page) }, { file: t.mentor });
    await expect(mentorPanel.page.getByTestId('sync-status')).toContainText(/Synced at/);

    // The mentor keeps meeting prep open; the mentee asks a question (shared) and writes a private note.
    await mentorPanel.page.goto(mentorPanel.page.url().replace(/#.*$/, '#meeting'));
    await writeNote(mentee, 'SYNC-Q What does CRUD mean?', true, true);
    await writeNote(mentee, 'PRIVATE-SYNC nervous about the reorg', false);
    const openQuestions = mentorPanel.page.getByTestId('open-questions');
    await expect(openQuestions).toContainText('SYNC-Q What does CRUD mean?');
    await mentorPanel.page.waitForTimeout(300);
    await shot(mentorPanel.page, 'sync-mentor-meeting-question');
    const privateId = (await notesOf(mentee.sw)).find((n) => n.body.startsWith('PRIVATE-SYNC'))!.id;
    expect((await notesOf(mentor.sw)).map((n) => n.body)).not.toContain('PRIVATE-SYNC nervous about the reorg');

    // The mentor writes a tip for the LinkedIn feed; it shows in the mentee's panel for that page.
    await mentorPanel.go('Write a tip');
    await mentorPanel.field('Title').fill('SYNC-TIP Follow three hashtags');
    await mentorPanel.field('Why it matters').fill('Your feed shows more of what you care about.');
    await mentorPanel.field('Step 1').fill('Search for a hashtag and click **Follow**.');
    await mentorPanel.page.getByRole('button', { name: 'Save tip' }).click();
    await mentee.panel.go('tips');
    await expect(mentee.panel.page.getByText('SYNC-TIP Follow three hashtags')).toBeVisible({ timeout: 15_000 });
    await shot(mentee.panel.page, 'sync-mentee-tip-arrived');
    const tips = await readStore<{ title: string; packId: string }>(mentee.sw, 'tips');
    expect(tips.find((x) => x.title === 'SYNC-TIP Follow three hashtags')?.packId).toBe('partner');

    // What the server holds: ciphertext, ids and a coarse kind — no marker, no private note's id.
    const docs = await serverDocs(t.db);
    for (const marker of ['SYNC-Q', 'CRUD', 'SYNC-TIP', 'hashtag', 'PRIVATE-SYNC', 'reorg', privateId, 'Peter', 'Mia']) expect(docs).not.toContain(marker);
    expect(docs).toContain('"k":"note"');
    expect(docs).toContain('"k":"tip"');
  } finally {
    await stop(mentee);
    await stop(mentor);
  }
});

test('offline edits on both sides: the server stops and comes back, nothing is lost, both see the same text and a conflict copy', async () => {
  test.setTimeout(240_000);
  const t = createTandemWithCli('offline');
  let mentee: Person | undefined;
  let mentor: Person | undefined;
  try {
    mentee = await start('mentee');
    mentor = await start('mentor');
    await pair(mentee, { file: t.mentee });
    await pair(mentor, { file: t.mentor });
    await writeNote(mentee, 'How do I pivot?', true, true);
    await expect.poll(async () => (await notesOf(mentor!.sw)).map((n) => n.body), { timeout: 15_000 }).toContain('How do I pivot?');

    // The server goes away. Both edit the same question; the mentee writes two more.
    await server.pause();
    const edit = async (p: Person, text: string) => {
      await p.panel.page.goto(p.panel.page.url().replace(/#.*$/, '#notes'));
      const notes = new NotesPanel(p.panel.page);
      await notes.card('How do I pivot?').getByRole('button', { name: 'Edit' }).click();
      const editor = p.panel.page.getByRole('group', { name: 'Editing note' });
      await editor.getByRole('textbox', { name: /Your note/ }).fill(text);
      await expect.poll(async () => (await notesOf(p.sw)).map((n) => n.body)).toContain(text);
      await editor.getByRole('textbox', { name: /Your note/ }).press('Escape');
    };
    await edit(mentee, 'How do I pivot a table with dates?');
    await edit(mentor, 'How do I pivot? — see the Insert tab');
    await writeNote(mentee, 'Offline one', true);
    await writeNote(mentee, 'Offline two', true);
    const status = mentee.panel.page.getByTestId('sync-status');
    await expect(status).toContainText('Server unreachable — sync resumes by itself.', { timeout: 30_000 });
    await expect(status).toContainText(/[1-9]\d* changes? waiting to be sent\./);
    await shot(mentee.panel.page, 'sync-mentee-offline');

    await server.restart();
    const texts = async (sw: Worker) => (await notesOf(sw)).filter((n) => n.visibility === 'shared').map((n) => `${n.conflictOf ? 'copy of ' : ''}${n.body}`).sort();
    const want = ['How do I pivot a table with dates?', 'Offline one', 'Offline two', 'copy of How do I pivot? — see the Insert tab'].sort();
    const wantEither = (v: string[]) =>
      JSON.stringify(v) === JSON.stringify(want) ||
      JSON.stringify(v) === JSON.stringify(['How do I pivot? — see the Insert tab', 'Offline one', 'Offline two', 'copy of How do I pivot a table with dates?'].sort());
    await expect.poll(async () => wantEither(await texts(mentee!.sw)), { timeout: 90_000 }).toBe(true);
    await expect.poll(() => texts(mentor!.sw), { timeout: 30_000 }).toEqual(await texts(mentee.sw));
    await expect(status).toContainText(/Synced at/, { timeout: 30_000 });

    // Both see the conflict copy in meeting prep.
    for (const p of [mentee, mentor]) {
      await p.panel.go('meeting');
      await expect(p.panel.page.getByTestId('conflicts')).toContainText('How do I pivot');
    }
    await mentor.panel.shot('sync-mentor-conflict', 'conflicts');
    expect(await serverDocs(t.db)).not.toContain('_conflicts');
  } finally {
    await stop(mentee);
    await stop(mentor);
  }
});

test('a wrong password, a wrong key and a server that is not CouchDB are refused in words, and nothing is written', async () => {
  test.setTimeout(120_000);
  const t = createTandemWithCli('faults');
  const invite = JSON.parse(readFileSync(t.mentee, 'utf8')) as Record<string, string>;
  const code = (inv: Record<string, string>) => `TANDEM1.${Buffer.from(JSON.stringify(inv)).toString('base64url')}`;
  const garbage: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><body>Welcome to our intranet</body></html>');
  });
  await new Promise<void>((done) => garbage.listen(0, '127.0.0.1', done));
  let mentee: Person | undefined;
  try {
    mentee = await start('mentee');
    await writeNote(mentee, 'FAULT-MARKER shared note', true);
    const error = mentee.panel.page.getByTestId('sync-error');

    await pair(mentee, { code: code({ ...invite, password: 'wrong-password-1' }) });
    await expect(error).toHaveText('Wrong user name or password for the tandem’s server. Ask your coordinator for a new invite.');

    await pair(mentee, { code: code({ ...invite, key: Buffer.alloc(32, 7).toString('base64url') }) });
    await expect(error).toHaveText('Your tandem key does not match the one your tandem’s data is locked with. Nothing was written. Ask your coordinator for a new invite.');
    await shot(mentee.panel.page, 'sync-mentee-key-mismatch');

    await pair(mentee, { code: code({ ...invite, server: `http://127.0.0.1:${(garbage.address() as { port: number }).port}` }) });
    await expect(error).toHaveText('The server’s answers are not those of a CouchDB database. Check the server address in the invite.');

    await pair(mentee, { code: 'TANDEM1.this-is-not-an-invite' });
    await expect(error).toContainText('This is not a valid invite');

    // Not paired, nothing sent: the server holds only the coordinator's key check.
    await expect(mentee.panel.page.getByTestId('sync-status')).toHaveCount(0);
    expect(await serverDocs(t.db)).not.toContain('"k":"note"');
    expect(await mentee.sw.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('tandem.sync'))).toEqual({});
  } finally {
    await stop(mentee);
    await new Promise((done) => garbage.close(done));
  }
});
