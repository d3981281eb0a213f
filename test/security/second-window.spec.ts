import { expect, readStore, test } from '../e2e/extension.ts';
import { NotesPanel } from '../e2e/pages/notes.ts';
import { OptionsPage } from '../e2e/pages/options.ts';
import { SidePanel } from '../e2e/pages/side-panel.ts';
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

test('an editor left open through “Delete all my data” closes and never puts the note back', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  await seedNotesDirectly(sw, [note('n1', BODY, { tool: 'linkedin', context: 'linkedin.feed' })]);
  const panel = new NotesPanel((await SidePanel.open(context, extensionId)).page);
  await panel.card(BODY).getByRole('button', { name: 'Edit' }).click();
  const editor = panel.page.getByRole('group', { name: 'Editing note' });
  await editor.getByRole('textbox', { name: /Your note/ }).press('Control+End');
  await editor.getByRole('textbox', { name: /Your note/ }).pressSequentially(' soon');

  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByRole('button', { name: 'Delete all my data…' }).click();
  await options.page.getByTestId('delete-word').fill('DELETE');
  await options.page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(options.page.getByTestId('delete-status')).toContainText('deleted');

  await expect(editor).toHaveCount(0);
  await panel.page.waitForTimeout(800);
  expect(await readStore(sw, 'notes')).toEqual([]);
});
