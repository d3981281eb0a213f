import { expect, test } from '../e2e/extension.ts';
import { AuthoringPanel } from '../e2e/pages/authoring.ts';

const EDIT_URL = 'https://www.linkedin.com/in/peter-miller-senior/edit/intro/';

test('a page’s own script cannot pick or cancel: only the mentor’s real click or key press counts', async ({ context, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(EDIT_URL);
  await expect(page.getByRole('dialog', { name: 'Edit intro' })).toBeVisible();
  const panel = await AuthoringPanel.open(context, extensionId);
  await panel.becomeMentor('Mia');
  await panel.nav.go('Write a tip');
  await panel.page.getByRole('button', { name: 'Pick the element on the page' }).click();
  const picking = panel.page.getByText('Now click the element on the page. Esc cancels.');
  await expect(picking).toBeVisible();

  // The page focuses its Save button and fires Enter, then Esc, then a click on a field — all made by script.
  await page.evaluate(() => {
    const save = document.querySelector<HTMLElement>('[data-view-name="profile-form-save"]');
    save?.focus();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    document.querySelector('textarea')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: 40, clientY: 40 }));
  });
  await page.waitForTimeout(500);
  await expect(picking).toBeVisible();
  await expect(panel.page.getByTestId('picked-element')).toHaveText(/No element picked/);

  // The mentor's own click picks.
  const headline = page.locator('textarea[id$="TOP-CARD-headline"]');
  const box = (await headline.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.click(box.x + 20, box.y + 10);
  await expect(panel.page.getByTestId('picked-element')).toHaveText('Points at: text field “Headline*”');
  await expect(panel.page.getByTestId('element-label')).toHaveValue('Headline*');
  await panel.page.screenshot({ path: 'test-results/screens/security-picked-label.png', fullPage: true });
});
