import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, readStore, test } from '../e2e/extension.ts';
import { NotesPanel } from '../e2e/pages/notes.ts';
import { OptionsPage } from '../e2e/pages/options.ts';
import { TandemPanel } from '../e2e/pages/tandem.ts';
import { note, seedNotesDirectly } from '../e2e/support/seed.ts';

const BODY = 'My manager wants me to apply internally';

test('an editor in a second window never makes a note shared again that was made private in the first', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  await seedNotesDirectly(sw, [note('n1', BODY, { tool: 'linkedin', context: 'linkedin.feed', visibility: 'shared' })]);
  // Two panels (two windows) on All notes, which lists every note whatever tab a panel follows.
  const a = new NotesPanel((await TandemPanel.open(context, extensionId, 'notes')).page);
  const b = new NotesPanel((await TandemPanel.open(context, extensionId, 'notes')).page);

  // Window B opens the editor and starts typing.
  await b.card(BODY).getByRole('button', { name: 'Edit' }).click();
  const editorB = b.page.getByRole('group', { name: 'Editing note' });
  await editorB.getByRole('textbox', { name: /Your note/ }).press('Control+End');
  await editorB.getByRole('textbox', { name: /Your note/ }).pressSequentially(' — and I');
  await expect.poll(async () => (await readStore<{ body: string }>(sw, 'notes'))[0]?.body).toBe(`${BODY} — and I`);

  // Window A (showing that version) makes it private.
  await expect(a.card(`${BODY} — and I`)).toBeVisible();
  await a.card(BODY).getByRole('button', { name: 'Edit' }).click();
  const editorA = a.page.getByRole('group', { name: 'Editing note' });
  await editorA.getByRole('radio', { name: 'Private – only me' }).check();
  await editorA.getByRole('button', { name: 'Done' }).click();
  await expect.poll(async () => (await readStore<{ id: string; visibility: string }>(sw, 'notes'))[0]?.visibility).toBe('private');

  // Window B types on: it stops and says so, and the note stays private.
  await b.page.bringToFront();
  await editorB.getByRole('textbox', { name: /Your note/ }).press('Control+End');
  await editorB.getByRole('textbox', { name: /Your note/ }).pressSequentially(' might');
  await expect(b.page.getByTestId('note-changed-elsewhere')).toBeVisible();
  await b.page.screenshot({ path: 'test-results/screens/security-second-window-stopped.png' });
  await b.page.waitForTimeout(600);
  const [stored] = await readStore<{ visibility: string; body: string }>(sw, 'notes');
  expect(stored?.visibility).toBe('private');
});

test('an editor left open through a restore never writes its old copy over the restored note', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  await seedNotesDirectly(sw, [note('n1', BODY, { tool: 'linkedin', context: 'linkedin.feed' })]);

  // A backup of the note as it is now.
  const options = await OptionsPage.open(context, extensionId);
  const [download] = await Promise.all([options.page.waitForEvent('download'), options.page.getByRole('button', { name: 'Download a backup' }).click()]);
  const backupPath = join(tmpdir(), `${Date.now()}-before-edit.tandem-backup.json`);
  await download.saveAs(backupPath);

  // The note is edited in the panel, and the editor stays open.
  const panel = new NotesPanel((await TandemPanel.open(context, extensionId, 'notes')).page);
  await panel.card(BODY).getByRole('button', { name: 'Edit' }).click();
  const editor = panel.page.getByRole('group', { name: 'Editing note' });
  const text = editor.getByRole('textbox', { name: /Your note/ });
  await text.press('Control+End');
  await text.pressSequentially(' — edited');
  await expect.poll(async () => (await readStore<{ body: string }>(sw, 'notes'))[0]?.body).toBe(`${BODY} — edited`);

  // The backup is restored in the options page.
  await options.page.bringToFront();
  await options.page.getByTestId('restore-file').setInputFiles(backupPath);
  await options.page.getByTestId('restore-preview').getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(options.page.getByTestId('backup-status')).toContainText('Backup restored');
  await expect.poll(async () => (await readStore<{ body: string }>(sw, 'notes'))[0]?.body).toBe(BODY);

  // Back in the panel: the editor closed with the reset; whatever is typed now cannot reach the note.
  await panel.page.bringToFront();
  if (await editor.count()) await text.pressSequentially(' and more', { timeout: 2_000 }).catch(() => undefined);
  await expect(editor).toHaveCount(0);
  await panel.page.waitForTimeout(800);
  expect((await readStore<{ body: string }>(sw, 'notes'))[0]?.body).toBe(BODY);
});
