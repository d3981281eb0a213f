import { expect, readStore, test } from '../e2e/extension.ts';
import { NotesPanel } from '../e2e/pages/notes.ts';
import { SidePanel } from '../e2e/pages/side-panel.ts';
import { TandemPanel } from '../e2e/pages/tandem.ts';
import { note, seedNotesDirectly } from '../e2e/support/seed.ts';
import { forgedExchangeFileOnDisk, partnerPayload } from './forge.ts';

test('a note stamped past JavaScript’s date range shows as one card; the panel, its tips and other notes stay', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  // As an exchange import left it before such files were refused.
  await seedNotesDirectly(sw, [
    note('far', 'From a partner whose clock was broken', { tool: 'linkedin', context: 'linkedin.feed', updatedAt: 9e15 }),
    note('fine', 'Ask about hashtags', { tool: 'linkedin', context: 'linkedin.feed' }),
  ]);
  const panel = await SidePanel.open(context, extensionId);
  const notes = new NotesPanel(panel.page);
  await expect(panel.contextName).toHaveText('Feed');
  expect((await panel.tipIds()).length).toBeGreaterThan(0);
  await expect(notes.card('Ask about hashtags')).toBeVisible();
  await expect(notes.card('From a partner whose clock was broken')).toBeVisible();
  await expect(notes.card('From a partner whose clock was broken').locator('time')).toHaveText('—');
  await expect(panel.page.getByTestId('view-error')).toHaveCount(0);
  await notes.contextNotes.scrollIntoViewIfNeeded();
  await panel.page.screenshot({ path: 'test-results/screens/security-far-future-note.png' });
});

test('an exchange file from a clock set to 2099 is refused, naming the record and field; nothing is written', async ({ context, sw, extensionId }) => {
  const path = forgedExchangeFileOnDisk('clock-2099', partnerPayload({
    notes: [note('n-2099', 'Stamped in 2099', { tool: 'linkedin', context: 'linkedin.feed', updatedAt: Date.UTC(2099, 0, 1) })],
  }));
  const panel = await TandemPanel.open(context, extensionId, 'exchange');
  await panel.page.getByTestId('import-file').setInputFiles(path);
  const error = panel.page.getByTestId('import-error');
  await expect(error).toContainText('Record 1 in “Notes and questions” is not valid: Last change lies in the future');
  await expect(error).toContainText('Nothing was changed.');
  await expect(panel.page.getByTestId('import-preview')).toHaveCount(0);
  expect(await readStore(sw, 'notes')).toEqual([]);
  await panel.shot('security-clock-2099-refused', 'import');
});
