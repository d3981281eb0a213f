import type { Page, Worker } from '@playwright/test';
import { badgeOf, expect, readStore, test, type ChromeApi } from './extension.ts';
import { NotesPanel } from './pages/notes.ts';
import { SidePanel } from './pages/side-panel.ts';

/** Selects the first visible occurrence of `text` in the page, as a person dragging over it would. */
async function select(page: Page, text: string): Promise<string> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0 || !node.parentElement?.checkVisibility()) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString() ?? '';
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}

/**
 * Clicks one of our context-menu items on that tab. Headless Chromium shows no native menu, so
 * this fires the extension's real `contextMenus.onClicked` listeners with the event data Chrome
 * sends for a selection on the page.
 */
async function clickMenu(sw: Worker, page: Page, menuItemId: string, selectionText: string): Promise<void> {
  await sw.evaluate(
    async ({ menuItemId, selectionText, pageUrl }) => {
      const api = (globalThis as unknown as { chrome: ChromeApi & { contextMenus: { onClicked: { dispatch(...args: unknown[]): void } } } }).chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
      if (!tab) throw new Error(`no tab for ${pageUrl}`);
      api.contextMenus.onClicked.dispatch({ menuItemId, selectionText, pageUrl, frameId: 0, editable: false }, tab);
    },
    { menuItemId, selectionText, pageUrl: page.url() },
  );
}

interface StoredNote {
  kind: string;
  quote?: string;
  url?: string;
  pageTitle?: string;
  tool?: string;
  context?: string;
  visibility: string;
  forMeeting: boolean;
  body: string;
}

test('selected text on LinkedIn becomes a question for the mentor and a note, with page and context, confirmed visibly', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  const panel = await SidePanel.open(context, extensionId);
  const notes = new NotesPanel(panel.page);
  await expect(panel.contextName).toHaveText('Feed');
  // The notes part of the panel (which confirms captures) loads after the tips.
  await expect(notes.contextNotes).toBeVisible();
  await expect.poll(() => badgeOf(sw, page)).toMatch(/^\d+$/);
  const tipBadge = await badgeOf(sw, page);

  await page.bringToFront();
  const selected = await select(page, 'reverse mentoring round');
  await clickMenu(sw, page, 'tandem-ask-mentor', selected);

  // Confirmed on the toolbar icon and in the panel.
  await expect.poll(() => badgeOf(sw, page)).toBe('✓');
  await expect(notes.status).toHaveText('Saved your question about “reverse mentoring round”.');
  await expect(notes.card('reverse mentoring round')).toBeVisible();
  await expect(notes.card('reverse mentoring round')).toContainText('Question');
  await expect(notes.card('reverse mentoring round').locator('blockquote')).toHaveText('reverse mentoring round');
  await expect.poll(() => badgeOf(sw, page), { timeout: 5_000 }).toBe(tipBadge);

  let stored = await readStore<StoredNote>(sw, 'notes');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    kind: 'question',
    quote: 'reverse mentoring round',
    url: 'https://www.linkedin.com/feed/',
    tool: 'linkedin',
    context: 'linkedin.feed',
    visibility: 'private',
    forMeeting: true,
    body: '',
  });
  expect(stored[0]?.pageTitle).toContain('LinkedIn');

  // "Save as note" on the profile page, after client-side navigation: the context follows.
  await page.getByRole('button', { name: /^Me\b/ }).click();
  await page.getByRole('link', { name: /View profile/i }).click();
  await expect(panel.contextName).toHaveText('Your profile');
  const headline = await select(page, 'Chief Financial Officer');
  await clickMenu(sw, page, 'tandem-save-note', headline);
  await expect(notes.status).toHaveText('Saved “Chief Financial Officer” as a note.');
  stored = await readStore<StoredNote>(sw, 'notes');
  expect(stored.find((n) => n.quote === 'Chief Financial Officer')).toMatchObject({
    kind: 'note',
    context: 'linkedin.profile.own',
    url: 'https://www.linkedin.com/in/peter-miller-senior/',
    visibility: 'private',
    forMeeting: false,
  });
  await notes.card('Chief Financial Officer').scrollIntoViewIfNeeded();
  await panel.page.screenshot({ path: 'test-results/screens/context-menu-captured.png' });
});
