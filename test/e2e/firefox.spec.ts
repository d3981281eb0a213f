import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_SKIP_HINT, locateFirefox } from './browser';
import { expect, launchBrowser, readStore, serviceWorkerOf, test, waitForSeed } from './extension';
import { launchFirefox, routeFirefoxPage, waitForDownload, type FirefoxSession } from './firefox';
import { FirefoxPanel } from './pages/firefox-panel';
import { applyPreview, chooseFile, exportFile, TandemPanel } from './pages/tandem';

const firefox = locateFirefox();
// Said in the run's output as well as in the report: a skip must never go unnoticed.
if (!firefox) console.warn(`\n${FIREFOX_SKIP_HINT}\n`);

const FEED = 'https://www.linkedin.com/feed/';

test.describe('Firefox', () => {
  test.skip(!firefox, FIREFOX_SKIP_HINT);

  let session: FirefoxSession;
  let panel: FirefoxPanel;
  let downloads: string;

  test.beforeEach(async () => {
    downloads = mkdtempSync(join(tmpdir(), 'tandem-firefox-downloads-'));
    session = await launchFirefox(firefox!.path, { downloadDir: downloads });
    panel = await FirefoxPanel.of(session.panel);
  });

  test.afterEach(async () => {
    await session?.browser.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  /** Opens the routed LinkedIn feed in a new tab, then brings the panel page (which follows that tab) back to the front. */
  async function openFeed() {
    const page = await session.browser.newPage();
    await routeFirefoxPage(page);
    await page.goto(FEED);
    await page.waitForSelector('::-p-text(Start a post)');
    await panel.bringToFront();
    return page;
  }

  test('a routed LinkedIn page is recognised (badge), the sidebar page lists its tips, and a typed note survives reloads', async () => {
    test.setTimeout(120_000);
    await openFeed();
    await panel.waitForText('tool-name', 'LinkedIn');
    await panel.waitForText('context-name', 'Feed');
    const ids = await panel.tipIds();
    expect(ids.length).toBeGreaterThan(0);
    await expect.poll(() => panel.badgeOf(FEED)).toBe(String(ids.length));
    expect(await panel.waitForText('tip-count', `${ids.length} tips`)).toBe(`${ids.length} tips`);
    // Every tip listed is one the database holds for LinkedIn.
    const tips = await panel.readStore<{ id: string; tool: string; contexts: string[] }>('tips');
    const shown = tips.filter((t) => ids.includes(t.id));
    expect(shown).toHaveLength(ids.length);
    expect(shown.every((t) => t.tool === 'linkedin')).toBe(true);
    expect(shown.some((t) => t.contexts.includes('linkedin.feed'))).toBe(true);
    mkdirSync('test-results/screens', { recursive: true });
    await panel.screenshot('firefox-linkedin-feed-panel');

    // Typed, then the page reloads at once: the draft is still there.
    const body = 'Ask Mia how to schedule a post (typed in Firefox)';
    await panel.typeNote(body);
    await panel.reload();
    await panel.waitForText('context-name', 'Feed');
    await panel.waitForDraft(body);

    // Saved, then reloaded: the note is in IndexedDB and listed for this page.
    await panel.saveNote();
    await panel.reload();
    await panel.waitForText('context-notes', body);
    const notes = await panel.readStore<{ body: string; kind: string; context?: { tool?: string } }>('notes');
    expect(notes.find((n) => n.body === body)).toMatchObject({ kind: 'note' });
    await panel.screenshot('firefox-note-after-reload');
  });

  test('an exchange file written in Chromium imports in Firefox, and one written in Firefox imports in Chromium', async () => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'tandem-chromium-'));
    const chromium = await launchBrowser(dir, 'en');
    try {
      const sw = await serviceWorkerOf(chromium);
      await waitForSeed(sw);
      const chromiumPanel = await TandemPanel.open(chromium, new URL(sw.url()).host, 'goals');

      // Chromium → Firefox: a goal.
      const newGoal = chromiumPanel.page.getByRole('form', { name: 'New goal' });
      await newGoal.getByLabel('Goal').fill('Post once a week (set in Chromium)');
      await newGoal.getByLabel('Target').fill('4');
      await newGoal.getByLabel('Counted in').fill('posts');
      await newGoal.getByRole('button', { name: 'Add goal' }).click();
      await expect(chromiumPanel.page.getByTestId('goal-progress')).toHaveText('0 of 4 posts · 0 %');
      const fromChromium = await exportFile(chromiumPanel, undefined, 'Mia');
      expect(readFileSync(fromChromium, 'utf8')).toContain('Post once a week (set in Chromium)');

      const preview = await panel.importExchangeFile(fromChromium);
      expect(preview).toContain('Post once a week (set in Chromium)');
      await panel.go('goals');
      await panel.waitForText('goals-view', 'Post once a week (set in Chromium)');
      await panel.waitForText('goal-progress', '0 of 4 posts · 0 %');
      const firefoxGoals = await panel.readStore<{ id: string; title: string; target: number }>('goals');
      const chromiumGoals = await readStore<{ id: string; title: string; target: number }>(sw, 'goals');
      expect(firefoxGoals.map((g) => [g.id, g.title, g.target])).toEqual(chromiumGoals.map((g) => [g.id, g.title, g.target]));
      await panel.screenshot('firefox-goals-after-import');

      // Firefox → Chromium: a goal and a shared note typed on a LinkedIn page.
      await panel.addGoal('Build a pivot table (set in Firefox)', 1, 'table');
      await openFeed();
      await panel.go('tips');
      await panel.waitForText('context-name', 'Feed');
      await panel.typeNote('Shared from Firefox: how do hashtags work?');
      await panel.shareNote();
      await panel.saveNote();
      const before = new Set(readdirSync(downloads));
      await panel.downloadExchangeFile('Peter');
      const fromFirefox = await waitForDownload(downloads, before);
      expect(fromFirefox).toMatch(/tandem-[a-z]+-\d{4}-\d{2}-\d{2}-\d{4}\.tandem\.json$/);
      const text = readFileSync(fromFirefox, 'utf8');
      expect(text).toContain('Build a pivot table (set in Firefox)');
      expect(text).toContain('Shared from Firefox: how do hashtags work?');

      await chooseFile(chromiumPanel, fromFirefox);
      await expect(chromiumPanel.page.getByTestId('import-preview')).toContainText('Build a pivot table (set in Firefox)');
      await applyPreview(chromiumPanel);
      await chromiumPanel.go('goals');
      await expect(chromiumPanel.page.getByTestId('goals-view')).toContainText('Build a pivot table (set in Firefox)');
      const chromiumNotes = await readStore<{ body: string; visibility: string }>(sw, 'notes');
      expect(chromiumNotes.find((n) => n.body === 'Shared from Firefox: how do hashtags work?')).toMatchObject({ visibility: 'shared' });
      expect((await readStore<{ title: string }>(sw, 'goals')).map((g) => g.title).sort()).toEqual(
        (await panel.readStore<{ title: string }>('goals')).map((g) => g.title).sort(),
      );
      await chromiumPanel.shot('chromium-goals-after-firefox-import');
    } finally {
      await chromium.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
