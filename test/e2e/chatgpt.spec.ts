import { badgeOf, expect, readStore, test } from './extension';
import { SidePanel } from './pages/side-panel';

interface StoredTip {
  id: string;
  tool: string;
  source?: string;
  contexts: string[];
}

test('ChatGPT: a temporary chat, Data controls and a new chat each show their own lessons, with the privacy ones where they matter', async ({ context, sw, extensionId }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://chatgpt.com/?temporary-chat=true');
  const panel = await SidePanel.open(context, extensionId);
  await expect(panel.toolName).toHaveText('ChatGPT');
  await expect(panel.contextName).toHaveText('Temporary chat');
  const temporary = await panel.tipIds();
  expect(temporary).toContain('starter.chatgpt.temporary-chat');
  expect(temporary).not.toContain('starter.chatgpt.improve-the-model-setting');
  await expect.poll(() => badgeOf(sw, page)).toBe(String(temporary.length));

  // Settings open over the page as #settings/DataControls (a hash: no page load).
  await page.bringToFront();
  await page.goto('https://chatgpt.com/#settings/DataControls');
  await expect(panel.contextName).toHaveText('Settings › Data controls');
  const dataControls = await panel.tipIds();
  expect(dataControls[0]).toBe('starter.chatgpt.improve-the-model-setting');
  await panel.tip('starter.chatgpt.improve-the-model-setting').click();
  await expect(panel.detail).toContainText('Improve the model for everyone');
  await expect(panel.detail.getByRole('link', { name: /help\.openai\.com/ })).toHaveAttribute('href', 'https://help.openai.com/en/articles/7730893-data-controls-faq');
  await panel.page.screenshot({ path: 'test-results/screens/chatgpt-data-controls-panel.png' });

  await page.bringToFront();
  await page.goto('https://chatgpt.com/');
  await expect(panel.contextName).toHaveText('New chat');
  expect(await panel.tipIds()).toEqual(expect.arrayContaining(['starter.chatgpt.never-paste', 'starter.chatgpt.context-and-role', 'starter.chatgpt.explain-jargon']));

  // What the panel shows is what is stored: every ChatGPT lesson with an OpenAI help-center source.
  const chatgpt = (await readStore<StoredTip>(sw, 'tips')).filter((t) => t.tool === 'chatgpt');
  expect(chatgpt.length).toBeGreaterThanOrEqual(15);
  for (const tip of chatgpt) expect(new URL(tip.source!).hostname, tip.id).toBe('help.openai.com');
});

test.describe('in German', () => {
  test.use({ lang: 'de' });
  test('ChatGPT’s German UI: a conversation is recognised and its lessons are German', async ({ context, extensionId }) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://chatgpt.com/c/6aab61e5-77d0-83eb-afc9-4a17c537e457');
    const panel = await SidePanel.open(context, extensionId);
    await expect(panel.toolName).toHaveText('ChatGPT');
    await expect(panel.contextName).toHaveText('Eine Unterhaltung');
    expect(await panel.tipIds()).toContain('starter.chatgpt.iterate-dont-restart');
    await expect(panel.tip('starter.chatgpt.iterate-dont-restart')).toContainText('Die Antwort verbessern statt neu anzufangen');
    await panel.page.screenshot({ path: 'test-results/screens/chatgpt-conversation-de-panel.png' });
  });
});
