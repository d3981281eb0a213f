import { badgeOf, expect, test } from '../e2e/extension.ts';
import { NotesPanel } from '../e2e/pages/notes.ts';
import { SidePanel } from '../e2e/pages/side-panel.ts';
import { TandemPanel } from '../e2e/pages/tandem.ts';
import { note, seedDirectly } from '../e2e/support/seed.ts';
import { forgedExchangeFileOnDisk, partnerPayload } from './forge.ts';

test('a half-typed quick-add note is not offered under Goals → “Link a note”', async ({ context, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  const panel = await SidePanel.open(context, extensionId);
  const notes = new NotesPanel(panel.page);
  await notes.body.fill('Posted my first article');
  await notes.save.click();
  await expect(notes.card('Posted my first article')).toBeVisible();
  await notes.body.pressSequentially('Half a thou');

  const goals = new TandemPanel(panel.page);
  await goals.go('goals');
  await panel.page.getByLabel('Goal', { exact: true }).fill('Three posts');
  await panel.page.getByRole('button', { name: 'Add goal' }).click();
  const link = panel.page.getByLabel('Link a note');
  await expect(link).toBeVisible();
  const options = await link.locator('option').allTextContents();
  expect(options.some((o) => o.includes('Posted my first article'))).toBe(true);
  expect(options.some((o) => o.includes('Half a thou'))).toBe(false);
});

test('an exchange file that brings the partner’s tips updates the badge of the open tool tab', async ({ context, extensionId, sw }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  await expect.poll(() => badgeOf(sw, page)).not.toBe('');
  const before = Number(await badgeOf(sw, page));

  const T = Date.now() - 60_000;
  const tip = { id: 'mia-feed-1', packId: 'local', tool: 'linkedin', contexts: ['linkedin.feed'], title: 'Save posts for later', why: '', steps: ['Click **Save**.'], minutes: 1, level: 'beginner', tags: [], lang: 'en', author: 'Mia', createdAt: T, updatedAt: T };
  const path = forgedExchangeFileOnDisk('partner-tip', partnerPayload({ tips: [tip] }));
  const panel = await TandemPanel.open(context, extensionId, 'exchange');
  await panel.page.getByTestId('import-file').setInputFiles(path);
  await panel.page.getByTestId('import-preview').getByRole('button', { name: 'Import these changes' }).click();
  await expect(panel.page.getByTestId('import-status')).toContainText(/Imported \d+ change/);
  await expect.poll(() => badgeOf(sw, page)).toBe(String(before + 1));
});

test('the preview says whether a file was sealed, and warns when a partner who sealed sends a plain one', async ({ context, extensionId, sw }) => {
  // An earlier import from this partner was sealed with a passphrase.
  await seedDirectly(sw, 'exchanges', [{ id: 'x-earlier', direction: 'import', at: Date.now() - 86_400_000, fileCreatedAt: Date.now() - 86_400_000, encrypted: true, records: 3, partnerName: 'Mia' }]);
  const T = Date.now() - 60_000;
  const path = forgedExchangeFileOnDisk('plain-from-sealer', partnerPayload({ notes: [note('q1', 'What is a pivot table?', { kind: 'question', createdAt: T, updatedAt: T })] }));
  const panel = await TandemPanel.open(context, extensionId, 'exchange');
  await panel.page.getByTestId('import-file').setInputFiles(path);
  await expect(panel.page.getByTestId('import-sealed')).toHaveText('Not sealed: anyone who handled the file on the way could read it.');
  await expect(panel.page.getByTestId('import-unsealed-warning')).toContainText('Mia used to seal files with a passphrase, but this one is not sealed.');
  await panel.shot('security-unsealed-warning', 'import');
});
