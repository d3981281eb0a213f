import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, launchBrowser, readStore, serviceWorkerOf, test, waitForSeed } from './extension.ts';
import { NotesPanel } from './pages/notes.ts';
import { SidePanel } from './pages/side-panel.ts';

interface StoredNote {
  id: string;
  kind: string;
  body: string;
  tool?: string;
  context?: string;
  url?: string;
  pageTitle?: string;
  tipId?: string;
  quote?: string;
  tags: string[];
  visibility: string;
  forMeeting: boolean;
  deletedAt?: number;
}

/** A row of the drafts table (everything typed but not saved yet). */
interface StoredDraft {
  id: string;
  value: StoredNote;
}

test('a note typed and the panel closed within 200 ms is there on reopen and after a browser restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'tandem-notes-'));
  try {
    let context = await launchBrowser(profile);
    let sw = await serviceWorkerOf(context);
    await waitForSeed(sw);
    const extensionId = new URL(sw.url()).host;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://www.linkedin.com/feed/');
    let panel = await SidePanel.open(context, extensionId);
    let notes = new NotesPanel(panel.page);
    await expect(panel.contextName).toHaveText('Feed');
    await expect(notes.composer).toContainText('Linked to: LinkedIn › Feed');

    const sentence = 'Ask Mia what “engagement rate” means';
    await notes.body.click();
    await notes.body.pressSequentially(sentence);
    const typed = Date.now();
    await panel.page.close({ runBeforeUnload: true });
    const closedAfter = Date.now() - typed;
    expect(closedAfter).toBeLessThan(200);

    panel = await SidePanel.open(context, extensionId);
    notes = new NotesPanel(panel.page);
    await expect(notes.body).toHaveValue(sentence);
    await expect(notes.composer).toContainText('Your unfinished note is back.');
    // The unfinished note is a draft, never a row of the notes table.
    expect(await readStore<StoredNote>(sw, 'notes')).toEqual([]);
    const drafts = await readStore<StoredDraft>(sw, 'drafts');
    expect(drafts.map((d) => d.id)).toEqual(['note:quick-add']);
    expect(drafts[0]?.value).toMatchObject({ body: sentence, tool: 'linkedin', context: 'linkedin.feed', url: 'https://www.linkedin.com/feed/', visibility: 'private' });

    // Finish it, and start another that is left unsaved mid-word.
    await notes.kind(/Question for my mentor/).check();
    await notes.save.click();
    await expect(panel.page.getByTestId('composer-status')).toContainText('Note saved.');
    await expect(notes.card(sentence)).toBeVisible();
    await expect(notes.body).toHaveValue('');
    await expect(notes.body).toBeFocused();
    await notes.body.pressSequentially('Half a thou');
    await context.close();

    context = await launchBrowser(profile);
    sw = await serviceWorkerOf(context);
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto('https://www.linkedin.com/feed/');
    panel = await SidePanel.open(context, extensionId);
    notes = new NotesPanel(panel.page);
    await expect(notes.card(sentence)).toBeVisible();
    await expect(notes.card(sentence)).toContainText('Question');
    await expect(notes.body).toHaveValue('Half a thou');
    const stored = await readStore<StoredNote>(sw, 'notes');
    expect(stored.find((n) => n.body === sentence)).toMatchObject({ kind: 'question', visibility: 'private' });
    expect(stored.find((n) => n.body === 'Half a thou')).toBeUndefined();
    expect((await readStore<StoredDraft>(sw, 'drafts')).find((d) => d.id === 'note:quick-add')?.value.body).toBe('Half a thou');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('private and shared notes keep their visibility; edit, delete with undo, markdown rendered safely', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  const panel = await SidePanel.open(context, extensionId);
  const notes = new NotesPanel(panel.page);
  await expect(panel.contextName).toHaveText('Feed');

  // A tip being viewed is linked to the note.
  const [firstTip] = await panel.tipIds();
  await panel.tip(firstTip!).click();
  await expect(panel.detail).toBeVisible();
  await expect(notes.composer).toContainText('tip “');

  await notes.body.fill('Private thought: **hashtags** work like folders');
  await notes.tags.fill('hashtags, #jargon');
  await notes.save.click();
  await expect(notes.card('hashtags work like folders')).toBeVisible();
  await expect(notes.card('hashtags work like folders').locator('strong')).toHaveText('hashtags');

  await notes.kind(/^Win$/).check();
  await notes.body.fill('Shared win <img src=x onerror="document.title=\'pwned\'"> [click](javascript:alert(1)) and [docs](https://example.org/)');
  await notes.composer.getByRole('radio', { name: 'Shared with my tandem partner' }).check();
  await notes.composer.getByRole('checkbox', { name: 'For the next meeting' }).check();
  await notes.save.click();
  const win = notes.card('Shared win');
  await expect(win).toBeVisible();
  await expect(win.locator('img')).toHaveCount(0);
  await expect(win.getByRole('link', { name: 'docs' })).toHaveAttribute('href', 'https://example.org/');
  await expect(win.getByRole('link', { name: 'click' })).toHaveCount(0);
  expect(await panel.page.title()).not.toBe('pwned');
  await expect(win.locator('[data-visibility]')).toHaveText('Shared');
  await expect(notes.card('hashtags work like folders').locator('[data-visibility]')).toHaveText('Private');

  let stored = await readStore<StoredNote>(sw, 'notes');
  const privateNote = stored.find((n) => n.body.startsWith('Private thought'));
  const sharedNote = stored.find((n) => n.body.startsWith('Shared win'));
  expect(privateNote).toMatchObject({ kind: 'note', visibility: 'private', forMeeting: false, tags: ['hashtags', 'jargon'], tipId: firstTip, context: 'linkedin.feed' });
  expect(sharedNote).toMatchObject({ kind: 'win', visibility: 'shared', forMeeting: true });
  await notes.card('Shared win').scrollIntoViewIfNeeded();
  await panel.page.screenshot({ path: 'test-results/screens/notes-in-context.png' });

  // Edit in place: saved as you type; Escape closes the editor.
  await notes.card('hashtags work like folders').getByRole('button', { name: 'Edit' }).click();
  const editor = panel.page.getByRole('group', { name: 'Editing note' });
  await expect(editor.getByRole('textbox', { name: /Your note/ })).toBeFocused();
  await editor.getByRole('textbox', { name: /Your note/ }).fill('Private thought, edited');
  await expect.poll(async () => (await readStore<StoredNote>(sw, 'notes')).find((n) => n.id === privateNote!.id)?.body).toBe('Private thought, edited');
  await panel.page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(notes.card('Private thought, edited').getByRole('button', { name: 'Edit' })).toBeFocused();

  // Delete with undo.
  await notes.card('Private thought, edited').getByRole('button', { name: 'Delete' }).click();
  await expect(notes.card('Private thought, edited')).toHaveCount(0);
  await expect(notes.status).toContainText('Note deleted.');
  await expect(notes.status.getByRole('button', { name: 'Undo' })).toBeFocused();
  stored = await readStore<StoredNote>(sw, 'notes');
  expect(typeof stored.find((n) => n.id === privateNote!.id)?.deletedAt).toBe('number');
  await notes.status.getByRole('button', { name: 'Undo' }).click();
  await expect(notes.card('Private thought, edited')).toBeVisible();
  stored = await readStore<StoredNote>(sw, 'notes');
  expect(stored.find((n) => n.id === privateNote!.id)).not.toHaveProperty('deletedAt');
});
