import { expect, readStore, test } from './extension.ts';
import { SidePanel } from './pages/side-panel.ts';

interface StoredProgress {
  tipId: string;
  status: string;
  helpful?: boolean;
  review?: { due: number; reps: number; lastReview?: number };
  autoTried?: { at: number; previousStatus: string; dismissedAt?: number; undoneAt?: number };
}

const DAY = 24 * 60 * 60 * 1000;
const START_A_POST = 'starter.linkedin.start-a-post-choose-audience';
const progressOf = async (sw: Parameters<typeof readStore>[0], tipId: string) =>
  (await readStore<StoredProgress>(sw, 'progress')).find((p) => p.tipId === tipId);

test('opening "Start a post" and then the post composer marks the tip tried, with an acknowledgement, undo and close', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.contextName).toHaveText('Feed');
  await panel.tip(START_A_POST).click();
  await expect(panel.detail).toBeVisible();
  await expect.poll(async () => (await progressOf(sw, START_A_POST))?.status).toBe('seen');

  // The mentee does it: LinkedIn's composer opens (its deep link).
  await page.bringToFront();
  await page.goto('https://www.linkedin.com/feed/?shareActive=true');
  await expect(panel.contextName).toHaveText('Writing a post');
  const notice = panel.page.getByTestId('auto-tried');
  await expect(notice).toContainText('You just did it: “Start a post and choose who sees it” is marked as tried.');
  await expect(panel.tip(START_A_POST).locator('[data-status]')).toHaveAttribute('data-status', 'tried');
  let progress = await progressOf(sw, START_A_POST);
  expect(progress).toMatchObject({ status: 'tried', autoTried: { previousStatus: 'seen' } });
  expect(progress!.review!.due).toBeGreaterThan(Date.now() + 2 * DAY);
  await panel.page.screenshot({ path: 'test-results/screens/learning-by-doing.png' });

  // The mentee corrects it.
  await notice.getByRole('button', { name: 'Not yet – undo' }).click();
  await expect(notice).toContainText('“Start a post and choose who sees it” is no longer marked as tried.');
  await expect(panel.tip(START_A_POST).locator('[data-status]')).toHaveAttribute('data-status', 'seen');
  progress = await progressOf(sw, START_A_POST);
  expect(progress?.status).toBe('seen');
  expect(progress?.review).toBeUndefined();

  // Opened again and done again: this time the notice is simply closed; the tip stays tried.
  await page.goto('https://www.linkedin.com/feed/');
  await expect(panel.contextName).toHaveText('Feed');
  await panel.tip(START_A_POST).click();
  // Opening it again re-arms it (it was taken back before).
  await expect
    .poll(async () => {
      const p = (await progressOf(sw, START_A_POST)) as (StoredProgress & { lastSeenAt?: number }) | undefined;
      return (p?.lastSeenAt ?? 0) > (p?.autoTried?.undoneAt ?? Infinity);
    })
    .toBe(true);
  await page.goto('https://www.linkedin.com/feed/?shareActive=true');
  await expect(notice.getByText('You just did it')).toBeVisible();
  await notice.getByRole('button', { name: 'Close the message about “Start a post and choose who sees it”' }).click();
  await expect(notice.getByText('You just did it')).toHaveCount(0);
  progress = await progressOf(sw, START_A_POST);
  expect(progress?.status).toBe('tried');
  expect(typeof progress?.autoTried?.dismissedAt).toBe('number');
});

test('a tried tip comes back for review when due, graded with FSRS; not helpful moves a tip down', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/feed/');
  let panel = await SidePanel.open(context, extensionId);
  await expect(panel.contextName).toHaveText('Feed');
  const ids = await panel.tipIds();
  const [tried, unhelpful] = ids;

  await panel.tip(tried!).click();
  await panel.page.getByRole('button', { name: 'I tried it' }).click();
  await expect(panel.page.getByRole('status').filter({ hasText: 'Saved: Tried' })).toBeVisible();
  const firstReview = (await progressOf(sw, tried!))?.review;
  expect(firstReview?.reps).toBe(1);
  expect(Math.round((firstReview!.due - firstReview!.lastReview!) / DAY)).toBe(3);

  // Not due yet.
  await panel.page.goto(`chrome-extension://${extensionId}/sidepanel.html#review`);
  await expect(panel.page.getByTestId('review-empty')).toContainText('Nothing to review right now.');
  await expect(panel.page.getByTestId('review-empty')).toContainText('The next review is in 3 days.');

  // Four days later (the panel's clock), the tip is due: first in its group with a badge, and in the queue.
  const later = Date.now() + 4 * DAY;
  await panel.page.close();
  panel = await SidePanel.open(context, extensionId);
  await panel.page.clock.setFixedTime(later);
  await panel.page.reload();
  await expect(panel.contextName).toHaveText('Feed');
  await expect(panel.tip(tried!).getByTestId('review-due')).toHaveText('Review due');
  expect((await panel.tipIds())[0]).toBe(tried);

  await panel.go('Review');
  const card = panel.page.getByTestId('review-card');
  await expect(card).toHaveAttribute('data-tip-id', tried!);
  await expect(panel.page.getByTestId('review-count')).toHaveText('1 tip due');
  await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(card.getByRole('button', { name: /^Again/ })).toContainText('in 1 day');
  await panel.page.screenshot({ path: 'test-results/screens/review-queue.png' });
  await card.getByRole('button', { name: /^Good/ }).click();
  await expect(panel.page.getByTestId('review-status')).toContainText(/^Saved\. “.+” comes back in \d+ days\.$/);
  await expect(panel.page.getByTestId('review-empty')).toBeVisible();
  const graded = await progressOf(sw, tried!);
  expect(graded?.review?.reps).toBe(2);
  expect(graded?.review?.lastReview).toBe(later);
  expect(graded!.review!.due - later).toBeGreaterThan(7 * DAY);

  // "Not helpful" on another tip sinks it to the end of its group.
  await panel.go('Tips');
  await panel.tip(unhelpful!).click();
  await panel.page.getByRole('button', { name: 'Not helpful' }).click();
  await expect(panel.page.getByRole('button', { name: 'Not helpful' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.page.getByTestId('helpful').getByRole('status')).toHaveText('Thanks – this tip moves down the list.');
  expect((await progressOf(sw, unhelpful!))?.helpful).toBe(false);
  await panel.page.keyboard.press('Escape');
  const group = await panel.page.locator('[data-testid="tip-list"]').first().locator('[data-tip-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tip-id')));
  expect(group.at(-1)).toBe(unhelpful);
});
