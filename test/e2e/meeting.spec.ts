import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect, launchBrowser, readStore, serviceWorkerOf, test, waitForSeed, type ChromeApi } from './extension';
import { TandemPanel } from './pages/tandem';
import { note, seedNotesDirectly } from './support/seed';

const pad = (n: number) => String(n).padStart(2, '0');
const dateInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const timeInput = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

interface Labels {
  setUp: string;
  myName: string;
  partnerName: string;
  role: RegExp;
  format: string;
  minutes: string;
  rules: string[];
  date: string;
  time: string;
  save: string;
}
const en: Labels = {
  setUp: 'Set up your tandem',
  myName: 'Your name',
  partnerName: 'Your partner’s name',
  role: /^Mentee/,
  format: 'Online',
  minutes: '30 minutes',
  rules: ['Taking part is voluntary', 'What we discuss stays between us', 'Neither of us reports to the other'],
  date: 'Date',
  time: 'Time',
  save: 'Save agreement',
};
const de: Labels = {
  setUp: 'Tandem einrichten',
  myName: 'Ihr Name',
  partnerName: 'Name Ihres Tandems',
  role: /^Mentee/,
  format: 'Per Video',
  minutes: '30 Minuten',
  rules: ['Die Teilnahme ist freiwillig', 'Was wir besprechen, bleibt unter uns', 'Keiner von uns berichtet an den anderen'],
  date: 'Datum',
  time: 'Uhrzeit',
  save: 'Vereinbarung speichern',
};

async function setUp(page: Page, l: Labels, at: Date | null) {
  await page.getByRole('link', { name: l.setUp }).click();
  const form = page.getByTestId('tandem-setup');
  await form.getByLabel(l.myName).fill('Peter');
  await form.getByLabel(l.partnerName).fill('Mia');
  await form.getByRole('radio', { name: l.role }).check();
  await form.getByRole('radio', { name: l.format }).check();
  await form.getByRole('radio', { name: l.minutes }).check();
  for (const rule of l.rules) await form.getByRole('checkbox', { name: rule }).check();
  await form.getByLabel(l.date).fill(at ? dateInput(at) : '');
  await form.getByLabel(l.time).fill(at ? timeInput(at) : '');
  await form.getByRole('button', { name: l.save }).click();
  await expect(page.getByTestId('agreement')).toBeVisible();
}

const alarmNames = (sw: Worker) =>
  sw.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.getAll()).map((a) => a.name).sort());

/** Records the notifications the background creates (the API cannot read a notification's text back). */
const recordNotifications = (sw: Worker) =>
  sw.evaluate(() => {
    const g = globalThis as unknown as { chrome: ChromeApi; shown: unknown[] };
    g.shown = [];
    const create = g.chrome.notifications.create.bind(g.chrome.notifications);
    (g.chrome.notifications as { create: unknown }).create = (id: string, options: unknown) => {
      g.shown.push({ id, ...(options as object) });
      return create(id, options as never);
    };
  });
const shownNotifications = (sw: Worker) => sw.evaluate(() => (globalThis as unknown as { shown: { id: string; title: string; message: string }[] }).shown);

test('reminders: an hour before the meeting, rescheduling re-plans the alarms, and they are there after a restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'tandem-reminders-'));
  try {
    let context = await launchBrowser(profile, 'en');
    let sw = await serviceWorkerOf(context);
    await waitForSeed(sw);
    const extensionId = new URL(sw.url()).host;
    await seedNotesDirectly(sw, [
      note('q1', 'What is a pivot table?', { kind: 'question' }),
      note('q2', 'What does CRUD mean?', { kind: 'question', visibility: 'private' }),
      note('n1', 'Show the Zapier flow', { forMeeting: true }),
    ]);
    await recordNotifications(sw);
    const panel = await TandemPanel.open(context, extensionId, 'meeting');
    // The meeting is in 30 minutes: the day-before reminder is past, the hour-before one is due now.
    const soon = new Date(Date.now() + 30 * 60_000);
    await setUp(panel.page, en, soon);
    await expect.poll(() => shownNotifications(sw), { timeout: 15_000 }).toHaveLength(1);
    const [shown] = await shownNotifications(sw);
    const time = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(soon);
    expect(shown!.title).toBe(`Tandem meeting with Mia at ${time}`);
    // Two open questions (one private: it is mine), two shared agenda points.
    expect(shown!.message).toBe('2 open questions, 2 agenda items');
    expect(await alarmNames(sw)).toEqual([expect.stringMatching(/^tandem-reminder\|meeting-1\|\d+\|log-nudge$/)]);

    // Reschedule to tomorrow through the panel: three fresh alarms for the new time.
    const tomorrow = new Date(Date.now() + 26 * 3600_000);
    tomorrow.setMinutes(0, 0, 0);
    await panel.page.getByRole('button', { name: 'Change date' }).click();
    await panel.page.getByTestId('next-meeting').getByLabel('Date').fill(dateInput(tomorrow));
    await panel.page.getByTestId('next-meeting').getByLabel('Time').fill(timeInput(tomorrow));
    await panel.page.getByRole('button', { name: 'Save date' }).click();
    await expect(panel.page.getByTestId('next-meeting').getByRole('status')).toContainText('Next meeting:');
    const planned = [`day-before`, `hour-before`, `log-nudge`].map((k) => `tandem-reminder|meeting-1|${tomorrow.getTime()}|${k}`).sort();
    await expect.poll(() => alarmNames(sw)).toEqual(planned);
    await panel.shot('meeting-reminders-scheduled');

    await context.close();
    context = await launchBrowser(profile, 'en');
    sw = await serviceWorkerOf(context);
    await expect.poll(() => alarmNames(sw)).toEqual(planned);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('after the meeting: the nudge to log it, a session log that survives closing the panel, history, brief and print view', async ({ context, sw, extensionId }) => {
  await seedNotesDirectly(sw, [
    note('q1', 'What is a pivot table?', { kind: 'question' }),
    note('p1', 'PRIVATE: ask for a day off', { kind: 'question', visibility: 'private' }),
  ]);
  const panel = await TandemPanel.open(context, extensionId, 'meeting');
  const earlier = new Date(Date.now() - 2 * 3600_000);
  await setUp(panel.page, en, earlier);
  await expect(panel.page.getByTestId('next-meeting')).toHaveAttribute('data-state', 'to-log');
  await expect(panel.page.getByTestId('next-meeting')).toContainText('is over. Log it while it is fresh.');

  // Copy the brief (private notes stay out). The page cannot read the clipboard back without a
  // permission extension pages cannot be granted here, so the text is also kept on its way in.
  await panel.page.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => {
      (window as unknown as { copied: string }).copied = text;
      return write(text);
    };
  });
  await panel.page.getByRole('button', { name: 'Copy brief as Markdown' }).click();
  await expect(panel.page.getByTestId('brief-status')).toHaveText('Brief copied to the clipboard');
  const markdown = await panel.page.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(markdown).toMatch(/^# Tandem meeting — .* at \d\d:\d\d( [AP]M)?\n/);
  expect(markdown).toContain('1. Question: What is a pivot table? (5 min)');
  expect(markdown).toContain('Mentor: Mia · Mentee: Peter');
  expect(markdown).not.toContain('PRIVATE');

  // The print view opens in its own tab.
  const printPage = context.waitForEvent('page');
  await panel.page.getByRole('button', { name: 'Print view' }).click();
  const print = await printPage;
  await print.setViewportSize({ width: 800, height: 1000 });
  await expect(print.getByTestId('print-brief')).toContainText('What is a pivot table?');
  await expect(print.getByTestId('print-brief')).not.toContainText('PRIVATE');
  await print.screenshot({ path: 'test-results/screens/print-brief.png' });
  await print.close();

  // Log the session; text typed survives closing the panel.
  await panel.page.bringToFront();
  await panel.page.getByRole('link', { name: 'Log the session' }).click();
  const log = panel.page.getByTestId('session-log');
  await log.getByLabel('Summary').fill('Built the first pivot table together.');
  await expect.poll(async () => (await readStore<{ id: string; value: { summary?: string } }>(sw, 'drafts')).find((d) => d.id.startsWith('form:log:'))?.value.summary).toBe(
    'Built the first pivot table together.',
  );
  await panel.page.close();
  const again = await TandemPanel.open(context, extensionId, 'meeting/log');
  const form = again.page.getByTestId('session-log');
  await expect(form.getByLabel('Summary')).toHaveValue('Built the first pivot table together.');
  await form.getByLabel('Next steps').fill('Peter posts the chart on LinkedIn.');
  const mentee = form.locator('[data-side="mentee"]');
  await mentee.getByRole('radio', { name: '5 stars' }).check();
  await mentee.getByLabel('One line of feedback').fill('Finally clicked!');
  const mentor = form.locator('[data-side="mentor"]');
  await mentor.getByRole('radio', { name: '4 stars' }).check();
  await mentor.getByLabel('One line of feedback').fill('Great questions.');
  await again.shot('session-log-form', 'session-log');
  await form.getByRole('button', { name: 'Save session log' }).click();

  await expect(again.page.getByTestId('next-meeting')).toHaveAttribute('data-state', 'scheduled');
  const history = again.page.getByTestId('history');
  await expect(history.locator('details')).toHaveCount(1);
  await history.locator('summary').click();
  await expect(history).toContainText('Built the first pivot table together.');
  await expect(history).toContainText('Mentee: 5/5');
  await expect(history).toContainText('Finally clicked!');
  await again.shot('meeting-history', 'history');
  // My side can revise its feedback later (the partner's side merges beside it on import).
  const mine = history.getByTestId('my-feedback');
  await expect(mine.getByRole('radio', { name: '5 stars' })).toBeChecked();
  await mine.getByRole('radio', { name: '4 stars' }).check();
  await mine.getByLabel('One line of feedback').fill('Clicked after a second try.');
  await mine.getByRole('button', { name: 'Save my feedback' }).click();
  await expect(mine.getByRole('status')).toHaveText('Saved');
  await expect(history.locator('summary')).toContainText('Mentee: 4/5');

  const meetings = await readStore<{ id: string; heldAt?: number; summary: string; feedback: Record<string, { rating: number; line: string }> }>(sw, 'meetings');
  const held = meetings.find((m) => m.heldAt !== undefined)!;
  expect(held).toMatchObject({ id: 'meeting-1', summary: 'Built the first pivot table together.', feedback: { mentee: { rating: 4, line: 'Clicked after a second try.' }, mentor: { rating: 4, line: 'Great questions.' } } });
  expect(meetings.find((m) => m.id === 'meeting-2' && m.heldAt === undefined)).toBeDefined();
  expect(await readStore(sw, 'drafts')).toEqual([]);
});

test.describe('in German', () => {
  test.use({ lang: 'de' });

  test('a lapsed rhythm shows "meeting due"; a linked win advances a goal', async ({ context, sw, extensionId }) => {
    await seedNotesDirectly(sw, [note('w1', 'Erster LinkedIn-Beitrag ist online!', { kind: 'win' })]);
    const panel = await TandemPanel.open(context, extensionId, 'meeting');
    await expect(panel.page.getByRole('heading', { name: 'Treffen vorbereiten' })).toBeVisible();
    const longAgo = new Date(Date.now() - 20 * 24 * 3600_000);
    await setUp(panel.page, de, longAgo);
    // Log the meeting of 20 days ago without scheduling the next one: the 14-day rhythm has lapsed.
    await panel.page.getByRole('link', { name: 'Treffen festhalten' }).click();
    const form = panel.page.getByTestId('session-log');
    await form.getByLabel('Zusammenfassung').fill('Profil überarbeitet.');
    await form.locator('fieldset').last().getByLabel('Datum').fill('');
    await form.getByRole('button', { name: 'Treffen speichern' }).click();
    await expect(panel.page.getByTestId('next-meeting')).toHaveAttribute('data-state', 'due');
    await expect(panel.page.getByTestId('next-meeting')).toContainText('Ein Treffen ist fällig');
    await panel.shot('meeting-due-de');

    await panel.go('goals');
    const newGoal = panel.page.getByRole('form', { name: 'Neues Ziel' });
    await newGoal.getByLabel('Ziel', { exact: true }).fill('Erster LinkedIn-Beitrag');
    await newGoal.getByLabel('Zielwert').fill('1');
    await newGoal.getByLabel('Gezählt in').fill('Beitrag');
    await newGoal.getByRole('button', { name: 'Ziel anlegen' }).click();
    await expect(panel.page.getByTestId('goals-status')).toHaveText('Ziel angelegt: Erster LinkedIn-Beitrag');
    const card = panel.page.locator('[data-goal-id]');
    await card.getByLabel('Notiz verknüpfen').selectOption({ label: 'Erfolg: Erster LinkedIn-Beitrag ist online!' });
    await card.getByLabel('Tipp verknüpfen').selectOption({ index: 1 });
    await card.getByRole('button', { name: 'Diesen Erfolg zählen (+1)' }).click();
    await expect(panel.page.getByTestId('goals-status')).toHaveText('Erfolg gezählt: 1 von 1');
    await expect(card.getByTestId('goal-progress')).toHaveText('1 von 1 Beitrag · 100 %');
    await expect(card).toHaveAttribute('data-status', 'done');
    await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    // Counted once: the button is gone.
    await expect(card.getByRole('button', { name: 'Diesen Erfolg zählen (+1)' })).toHaveCount(0);
    await panel.shot('goals-de');

    const [goal] = await readStore<{ current: number; status: string; countedNoteIds: string[]; tipIds: string[] }>(sw, 'goals');
    expect(goal).toMatchObject({ current: 1, status: 'done', countedNoteIds: ['w1'] });
    expect(goal!.tipIds).toHaveLength(1);
    expect((await readStore<{ id: string; goalId?: string }>(sw, 'notes')).find((n) => n.id === 'w1')?.goalId).toBeDefined();
  });
});
