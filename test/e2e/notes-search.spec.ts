import type { Note } from '../../lib/schemas/note';
import { expect, test } from './extension.ts';
import { SidePanel } from './pages/side-panel.ts';
import { seedNotesDirectly } from './support/seed.ts';

const T = Date.now() - 60_000;
const note = (id: string, fields: Partial<Note>, minutesAgo: number): Note => ({
  id,
  kind: 'note',
  body: '',
  tags: [],
  visibility: 'private',
  forMeeting: false,
  createdAt: T - minutesAgo * 60_000,
  updatedAt: T - minutesAgo * 60_000,
  ...fields,
});

const NOTES = [
  note('n-xlookup', { kind: 'question', tool: 'excel', context: 'excel.formulas', body: 'Wann nehme ich **XVERWEIS** statt SVERWEIS?', tags: ['formeln', 'jargon'], forMeeting: true }, 1),
  note('n-crud', { kind: 'question', tool: 'excel', context: 'excel.data', body: 'What does CRUD stand for?', tags: ['jargon'], resolvedAt: T }, 2),
  note('n-post', { kind: 'win', tool: 'linkedin', context: 'linkedin.post.composer', body: 'Published my first post – 40 reactions!', quote: 'Start a post', tags: ['posting'] }, 3),
  note('n-headline', { tool: 'linkedin', context: 'linkedin.profile.edit', body: 'Überschrift: say what I do, not my title', tags: ['profile'], visibility: 'shared' }, 4),
  note('n-calc', { kind: 'question', tool: 'tableau', context: 'tableau.authoring.calculated-field', body: 'Why does FIXED ignore my filter?', tags: ['jargon', 'lod'] }, 5),
  note('n-deleted', { body: 'XVERWEIS deleted note', deletedAt: T }, 6),
];

test('All notes: full-text search and filters by kind, tool, tag, open questions and next meeting', async ({ context, sw, extensionId }) => {
  await seedNotesDirectly(sw, NOTES);
  const panel = await SidePanel.open(context, extensionId);
  const p = panel.page;
  await p.getByRole('link', { name: 'Notes' }).click();
  const view = p.getByTestId('notes-view');
  const results = p.getByTestId('notes-results').getByTestId('note-card');
  const count = p.getByTestId('notes-result-count');
  const shown = () => results.evaluateAll((els) => els.map((e) => e.getAttribute('data-note-id')));

  await expect(view.getByRole('heading', { name: /All notes/ })).toContainText('5 notes');
  await expect(count).toHaveText('5 notes found');
  expect(await shown()).toEqual(['n-xlookup', 'n-crud', 'n-post', 'n-headline', 'n-calc']);

  const search = p.getByRole('searchbox', { name: 'Search notes' });
  await search.fill('sverweis');
  await expect(count).toContainText('1 note found');
  expect(await shown()).toEqual(['n-xlookup']);
  await search.fill('uberschrift');
  await expect.poll(shown).toEqual(['n-headline']);
  await search.fill('start a po');
  await expect.poll(shown).toEqual(['n-post']);
  await search.fill('jargon');
  await expect.poll(shown).toEqual(expect.arrayContaining(['n-xlookup', 'n-crud', 'n-calc']));
  await expect(count).toContainText('3 notes found');

  // Filters narrow the search; each works alone too.
  await view.getByRole('checkbox', { name: 'Open questions' }).check();
  await expect.poll(shown).toEqual(expect.arrayContaining(['n-xlookup', 'n-calc']));
  await expect(count).toContainText('2 notes found');
  await view.getByRole('combobox', { name: 'Tool' }).selectOption('tableau');
  await expect.poll(shown).toEqual(['n-calc']);
  await p.screenshot({ path: 'test-results/screens/notes-search.png' });
  await view.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(count).toHaveText('5 notes found');

  await view.getByRole('combobox', { name: 'Kind' }).selectOption('win');
  await expect.poll(shown).toEqual(['n-post']);
  await view.getByRole('combobox', { name: 'Kind' }).selectOption('');
  await view.getByRole('combobox', { name: 'Tag' }).selectOption('lod');
  await expect.poll(shown).toEqual(['n-calc']);
  await view.getByRole('combobox', { name: 'Tag' }).selectOption('');
  await view.getByRole('checkbox', { name: 'For the next meeting' }).check();
  await expect.poll(shown).toEqual(['n-xlookup']);
  await view.getByRole('checkbox', { name: 'For the next meeting' }).uncheck();

  await search.fill('nothing like this');
  await expect(count).toContainText('No note matches.');

  // A question is answered from the list; the open-questions filter follows the database.
  await search.fill('');
  await view.getByRole('checkbox', { name: 'Open questions' }).check();
  await expect.poll(shown).toEqual(['n-xlookup', 'n-calc']);
  await p.locator('[data-note-id="n-calc"]').getByRole('button', { name: 'Mark answered' }).click();
  await expect.poll(shown).toEqual(['n-xlookup']);
});

test.describe('in German', () => {
  test.use({ lang: 'de' });
  test('the notes view and quick add speak German', async ({ context, sw, extensionId }) => {
    await seedNotesDirectly(sw, NOTES);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://www.linkedin.com/feed/');
    const panel = await SidePanel.open(context, extensionId);
    const p = panel.page;
    await expect(p.getByRole('heading', { name: 'Ihre Notizen hier' })).toBeVisible();
    await expect(p.getByTestId('note-composer')).toContainText('Verknüpft mit: LinkedIn › Feed');
    await expect(p.getByRole('radio', { name: 'Frage an meinen Mentor' })).toBeVisible();
    await p.getByRole('link', { name: 'Notizen' }).click();
    await expect(p.getByTestId('notes-result-count')).toHaveText('5 Notizen gefunden');
    await p.getByRole('searchbox', { name: 'Notizen durchsuchen' }).fill('xverweis');
    await expect(p.getByTestId('notes-result-count')).toContainText('1 Notiz gefunden');
    await expect(p.getByTestId('notes-results')).toContainText('Frage');
    await p.screenshot({ path: 'test-results/screens/notes-search-de.png' });
  });
});
