import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, launchBrowser, readStore, serviceWorkerOf, test, waitForSeed } from './extension';
import { applyPreview, chooseFile, exportFile, TandemPanel } from './pages/tandem';
import { NotesPanel } from './pages/notes';
import { routeSites } from './sites';

interface Person {
  context: BrowserContext;
  sw: Worker;
  panel: TandemPanel;
  dir: string;
}

async function start(name: string): Promise<Person> {
  const dir = mkdtempSync(join(tmpdir(), `tandem-${name}-`));
  const context = await launchBrowser(dir, 'en');
  const sw = await serviceWorkerOf(context);
  await waitForSeed(sw);
  const panel = await TandemPanel.open(context, new URL(sw.url()).host, 'meeting');
  return { context, sw, panel, dir };
}

/** Fills the tandem setup through the UI. */
async function setUp(p: TandemPanel, me: string, partner: string, role: 'Mentee' | 'Mentor', next: Date) {
  await p.page.getByRole('link', { name: 'Set up your tandem' }).click();
  const form = p.page.getByTestId('tandem-setup');
  await expect(form.getByRole('heading', { level: 1 })).toBeFocused();
  await form.getByLabel('Your name').fill(me);
  await form.getByLabel('Your partner’s name').fill(partner);
  await form.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  await form.getByLabel('What we want to achieve').fill('Peter posts on LinkedIn and automates reports with **Zapier**.');
  await form.getByRole('radio', { name: 'Online' }).check();
  await form.getByRole('radio', { name: '30 minutes' }).check();
  for (const rule of ['Taking part is voluntary', 'What we discuss stays between us', 'Neither of us reports to the other']) {
    await form.getByRole('checkbox', { name: rule }).check();
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  await form.getByLabel('Date').fill(`${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}`);
  await form.getByLabel('Time').fill('10:00');
  await form.getByRole('button', { name: 'Save agreement' }).click();
  await expect(p.page.getByTestId('agreement')).toBeVisible();
}

/** Writes a note through the tips view's quick add, on a LinkedIn feed tab the panel follows. */
async function writeNote(p: Person, body: string, opts: { kind?: 'Question for my mentor'; shared: boolean; forMeeting: boolean }) {
  await p.panel.go('tips');
  const notes = new NotesPanel(p.panel.page);
  if (opts.kind) await notes.kind(new RegExp(`^${opts.kind}`)).check();
  await notes.body.fill(body);
  if (opts.shared) await notes.composer.getByRole('radio', { name: 'Shared with my tandem partner' }).check();
  if (opts.forMeeting) await notes.composer.getByRole('checkbox', { name: 'For the next meeting' }).check();
  await notes.save.click();
  await expect(p.panel.page.getByTestId('composer-status')).toContainText('Note saved.');
  await expect(notes.card(body)).toBeVisible();
}

const noteId = async (sw: Worker, body: string) =>
  (await readStore<{ id: string; body: string }>(sw, 'notes')).find((n) => n.body === body)!.id;

const sharedNotes = async (sw: Worker) =>
  (await readStore<{ id: string; body: string; visibility: string; deletedAt?: number }>(sw, 'notes'))
    .filter((n) => n.visibility === 'shared' && n.deletedAt === undefined)
    .map((n) => `${n.id}:${n.body}`)
    .sort();

test('mentor and mentee exchange files both ways (one encrypted) and see the same agenda, goals and shared notes', async () => {
  test.setTimeout(180_000);
  const mentee = await start('mentee');
  const mentor = await start('mentor');
  try {
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    await setUp(mentee.panel, 'Peter', 'Mia', 'Mentee', tomorrow);
    await expect(mentee.panel.page.getByTestId('next-when')).toContainText('10:00');
    const [agreement] = await readStore<{ kind: string; cadenceDays: number; rules: Record<string, boolean> }>(mentee.sw, 'tandem');
    expect(agreement).toMatchObject({ kind: 'agreement', cadenceDays: 14, rules: { voluntary: true, confidential: true, noReportingLine: true } });
    await setUp(mentor.panel, 'Mia', 'Peter', 'Mentor', tomorrow);

    // A KPI goal, through the goals view.
    await mentee.panel.go('goals');
    const newGoal = mentee.panel.page.getByRole('form', { name: 'New goal' });
    await newGoal.getByLabel('Goal').fill('First LinkedIn post');
    await newGoal.getByLabel('Target').fill('1');
    await newGoal.getByLabel('Counted in').fill('post');
    await newGoal.getByRole('button', { name: 'Add goal' }).click();
    await expect(mentee.panel.page.getByTestId('goal-progress')).toHaveText('0 of 1 post · 0 %');

    // Notes, typed in each side's quick add on a LinkedIn page; one private on each side.
    for (const p of [mentee, mentor]) {
      await routeSites(p.context);
      const linkedin = await p.context.newPage();
      await linkedin.goto('https://www.linkedin.com/feed/');
      await p.panel.page.bringToFront();
    }
    await writeNote(mentee, 'What does CRUD mean?', { kind: 'Question for my mentor', shared: true, forMeeting: true });
    await writeNote(mentee, 'Show my first LinkedIn post draft', { shared: true, forMeeting: true });
    await writeNote(mentee, 'PRIVATE-MENTEE: nervous about the reorg', { shared: false, forMeeting: true });
    await writeNote(mentor, 'Bring the Zapier example', { shared: true, forMeeting: true });
    await writeNote(mentor, 'PRIVATE-MENTOR: Peter seemed tired', { shared: false, forMeeting: false });
    const privateMentee = await noteId(mentee.sw, 'PRIVATE-MENTEE: nervous about the reorg');
    const privateMentor = await noteId(mentor.sw, 'PRIVATE-MENTOR: Peter seemed tired');
    expect((await readStore<{ id: string; visibility: string }>(mentee.sw, 'notes')).find((n) => n.id === privateMentee)?.visibility).toBe('private');

    // The mentee tries a tip on LinkedIn, through the tips view.
    const firstTip = mentee.panel.page.locator('[data-tip-id]').first();
    const tipTitle = (await firstTip.locator('.tip-title').textContent())!;
    await firstTip.click();
    await mentee.panel.page.getByRole('button', { name: 'I tried it' }).click();
    await expect(mentee.panel.page.getByRole('status').filter({ hasText: 'Saved: Tried' })).toBeVisible();

    await mentee.panel.go('meeting');
    await expect(mentee.panel.agendaTitles).toHaveText(['What does CRUD mean?', 'Show my first LinkedIn post draft', tipTitle, 'First LinkedIn post']);
    // Reorder by keyboard: the goal first.
    const goalItem = mentee.panel.page.locator('[data-agenda-key^="g:"]');
    await goalItem.focus();
    for (let i = 0; i < 3; i++) await mentee.panel.page.keyboard.press('Alt+ArrowUp');
    await expect(mentee.panel.agendaTitles).toHaveText(['First LinkedIn post', 'What does CRUD mean?', 'Show my first LinkedIn post draft', tipTitle]);
    await expect(goalItem).toBeFocused();
    await expect(mentee.panel.page.getByTestId('agenda-status')).toHaveText('“First LinkedIn post” is now point 1 of 4');
    await expect(mentee.panel.page.getByTestId('agenda-budget')).toHaveText('16 of 30 min');
    await expect(mentee.panel.page.locator(`[data-note-id="${privateMentee}"]`)).toContainText('Only you see this');
    await mentee.panel.shot('meeting-mentee-top');
    await mentee.panel.shot('meeting-mentee-window', 'window');
    await mentee.panel.shot('meeting-mentee-agenda', 'agenda');

    // Mentee → mentor, plain file.
    const plainPath = await exportFile(mentee.panel);
    const plainBytes = readFileSync(plainPath, 'utf8');
    expect(plainBytes).toContain('What does CRUD mean?');
    expect(plainBytes).not.toContain('PRIVATE-MENTEE');
    expect(plainBytes).not.toContain(privateMentee);
    await mentee.panel.shot('exchange-mentee-exported');

    await chooseFile(mentor.panel, plainPath);
    await expect(mentor.panel.page.getByTestId('import-preview')).toContainText('From Peter (Mentee)');
    await mentor.panel.shot('exchange-mentor-preview', 'import');
    expect((await sharedNotes(mentor.sw)).some((n) => n.endsWith(':What does CRUD mean?'))).toBe(false); // nothing written before "Import"
    await applyPreview(mentor.panel);

    // Mentor → mentee, encrypted.
    const sealedPath = await exportFile(mentor.panel, 'blue-tandem-42');
    const sealedBytes = readFileSync(sealedPath, 'utf8');
    expect(sealedBytes).not.toContain('Zapier');
    expect(sealedBytes).not.toContain('PRIVATE-MENTOR');
    expect(sealedBytes).not.toContain(privateMentor);

    // A truncated file and a wrong passphrase change nothing.
    const before = await Promise.all(['notes', 'goals', 'meetings', 'tandem', 'exchanges'].map((s) => readStore(mentee.sw, s)));
    const truncated = join(tmpdir(), `${Date.now()}-truncated.tandem.json`);
    writeFileSync(truncated, plainBytes.slice(0, plainBytes.length / 2));
    await chooseFile(mentee.panel, truncated);
    await expect(mentee.panel.page.getByTestId('import-error')).toContainText('The file is incomplete or damaged: it is not valid JSON');
    await expect(mentee.panel.page.getByTestId('import-error')).toContainText('Nothing was changed.');
    await chooseFile(mentee.panel, sealedPath);
    await mentee.panel.page.getByTestId('import-passphrase').fill('blue-tandem-24');
    await mentee.panel.page.getByRole('button', { name: 'Open file' }).click();
    await expect(mentee.panel.page.getByTestId('import-error')).toHaveText('Wrong passphrase — or the file was changed after it was exported. Nothing was changed.');
    await mentee.panel.shot('exchange-mentee-wrong-passphrase', 'import');
    expect(await Promise.all(['notes', 'goals', 'meetings', 'tandem', 'exchanges'].map((s) => readStore(mentee.sw, s)))).toEqual(before);

    await mentee.panel.page.getByTestId('import-passphrase').fill('blue-tandem-42');
    await mentee.panel.page.getByRole('button', { name: 'Open file' }).click();
    await applyPreview(mentee.panel);

    // Both now see the same agenda, goals and shared notes — and neither has the other's private note.
    for (const p of [mentee, mentor]) await p.panel.go('meeting');
    const agenda = ['First LinkedIn post', 'What does CRUD mean?', 'Show my first LinkedIn post draft', tipTitle, 'Bring the Zapier example'];
    await expect(mentee.panel.agendaTitles).toHaveText(agenda);
    await expect(mentor.panel.agendaTitles).toHaveText(agenda);
    await expect(mentor.panel.page.getByTestId('goal-progress')).toHaveText('0 of 1 post · 0 %');
    expect(await sharedNotes(mentee.sw)).toEqual(await sharedNotes(mentor.sw));
    expect(await sharedNotes(mentee.sw)).toHaveLength(3);
    const goalsOf = async (sw: Worker) => (await readStore<{ id: string; title: string; current: number }>(sw, 'goals')).map((g) => `${g.id}:${g.title}:${g.current}`);
    expect(await goalsOf(mentor.sw)).toEqual(await goalsOf(mentee.sw));
    expect((await readStore<{ id: string }>(mentor.sw, 'notes')).map((n) => n.id)).not.toContain(privateMentee);
    expect((await readStore<{ id: string }>(mentee.sw, 'notes')).map((n) => n.id)).not.toContain(privateMentor);
    await expect(mentor.panel.page.getByTestId('tips-tried')).toContainText(`${tipTitle} (Peter)`);
    await mentee.panel.shot('meeting-mentee-agenda-after-exchange', 'agenda');
    await mentor.panel.shot('meeting-mentor-agenda-after-exchange', 'agenda');
    await mentor.panel.shot('meeting-mentor-window-after-exchange', 'window');
  } finally {
    for (const p of [mentee, mentor]) {
      await p.context.close();
      rmSync(p.dir, { recursive: true, force: true });
    }
  }
});
