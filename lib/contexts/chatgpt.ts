import { compileTool } from './compile';
import { chatgptRules } from './rules/chatgpt';
import type { ContextExamples, ToolBase, ToolDef } from './types';

/** Where ChatGPT's content script runs (chat.openai.com redirects to chatgpt.com); its places are `rules/chatgpt.ts`. */
export const chatgptBase: ToolBase = {
  id: 'chatgpt',
  matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  allFrames: false,
  requiresContext: false,
};

/** ChatGPT with its built-in rules. */
export const chatgpt: ToolDef = /* @__PURE__ */ compileTool(chatgptBase, chatgptRules);

const conversation = 'https://chatgpt.com/c/6aab61e5-77d0-83eb-afc9-4a17c537e457';

/**
 * Example pages for every rule; the context table test proves each resolves to its own context
 * and no other. Kept beside the rules but apart from them so page code does not ship them.
 */
export const chatgptExamples: ContextExamples = {
  'chatgpt.settings.data-controls': [
    { url: 'https://chatgpt.com/#settings/DataControls', also: ['chatgpt.settings', 'chatgpt.new-chat'] },
    { url: 'https://chatgpt.com/#settings/DataControls', fixture: 'chatgpt/settings-data-controls-real-en', also: ['chatgpt.settings', 'chatgpt.new-chat'] },
    // The dialog opened from the menu over a conversation, in German.
    { url: conversation, fixture: 'chatgpt/settings-data-controls-real-de', also: ['chatgpt.settings', 'chatgpt.conversation'] },
  ],
  'chatgpt.settings.personalization': [
    { url: 'https://chatgpt.com/#settings/Personalization', also: ['chatgpt.settings', 'chatgpt.new-chat'] },
    { url: conversation, fixture: 'chatgpt/settings-personalization-real-en', also: ['chatgpt.settings', 'chatgpt.conversation'] },
  ],
  'chatgpt.deep-research': [{ url: 'https://chatgpt.com/', fixture: 'chatgpt/composer-deep-research-real-en', also: ['chatgpt.new-chat'] }],
  'chatgpt.search': [
    { url: 'https://chatgpt.com/?hints=search', also: ['chatgpt.new-chat'] },
    { url: conversation, fixture: 'chatgpt/composer-search-real-en', also: ['chatgpt.conversation'] },
  ],
  'chatgpt.file-upload': [
    { url: 'https://chatgpt.com/', fixture: 'chatgpt/composer-file-real-en', also: ['chatgpt.new-chat'] },
    { url: conversation, fixture: 'chatgpt/composer-file-real-de', also: ['chatgpt.conversation'] },
  ],
  'chatgpt.images': [
    { url: 'https://chatgpt.com/images' },
    { url: 'https://chatgpt.com/images/' },
    { url: 'https://chatgpt.com/', fixture: 'chatgpt/composer-image-real-en', also: ['chatgpt.new-chat'] },
  ],
  'chatgpt.temporary': [
    { url: 'https://chatgpt.com/?temporary-chat=true', also: ['chatgpt.new-chat'] },
    { url: 'https://chatgpt.com/', fixture: 'chatgpt/temporary-real-en', also: ['chatgpt.new-chat'] },
    { url: 'https://chatgpt.com/', fixture: 'chatgpt/temporary-real-de', also: ['chatgpt.new-chat'] },
  ],
  'chatgpt.settings': [
    { url: 'https://chatgpt.com/#settings', also: ['chatgpt.new-chat'] },
    { url: 'https://chatgpt.com/#settings/General', also: ['chatgpt.new-chat'] },
  ],
  'chatgpt.project': [
    { url: 'https://chatgpt.com/g/g-p-6aaa4d8b37ac8191af4f2b74785622fc-dslm1/project' },
    { url: 'https://chatgpt.com/g/g-p-68f9d6b4a46c81919b645b342ba50e41-ongoing/c/6915a9bc-afa8-8327-98d8-f7c99c085e83', also: ['chatgpt.conversation'] },
  ],
  'chatgpt.gpt': [
    { url: 'https://chatgpt.com/g/g-67f53f2954dc8191a6df722dbcce512a-ubchatgpt' },
    { url: 'https://chatgpt.com/g/g-0G4sCAd2y-patchwork-assistant/c/6aab61e5-77d0-83eb-afc9-4a17c537e457', also: ['chatgpt.conversation'] },
  ],
  'chatgpt.gpts': [{ url: 'https://chatgpt.com/gpts' }, { url: 'https://chatgpt.com/gpts/mine' }, { url: 'https://chatgpt.com/gpts/editor' }],
  'chatgpt.conversation': [
    { url: conversation },
    { url: 'https://chat.openai.com/c/68a1318b-58a8-8322-9493-32a1533951c2' },
    { url: conversation, fixture: 'chatgpt/conversation-real-de' },
  ],
  'chatgpt.new-chat': [
    { url: 'https://chatgpt.com/' },
    { url: 'https://chatgpt.com/?model=gpt-4' },
    { url: 'https://chatgpt.com/', fixture: 'chatgpt/new-chat-real-en' },
    { url: 'https://chatgpt.com/', fixture: 'chatgpt/new-chat-real-de' },
  ],
};
