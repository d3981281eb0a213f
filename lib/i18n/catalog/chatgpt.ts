import type { Catalog } from '../types';

/** ChatGPT: the tool's name and the names of its places. */
export const en = {
  'tool.chatgpt': 'ChatGPT',
  'context.chatgpt.new-chat': 'New chat',
  'context.chatgpt.conversation': 'A conversation',
  'context.chatgpt.temporary': 'Temporary chat',
  'context.chatgpt.project': 'A project',
  'context.chatgpt.gpts': 'GPTs (store and your GPTs)',
  'context.chatgpt.gpt': 'Chatting with a custom GPT',
  'context.chatgpt.settings': 'Settings',
  'context.chatgpt.settings.data-controls': 'Settings › Data controls',
  'context.chatgpt.settings.personalization': 'Settings › Personalization (custom instructions, memory)',
  'context.chatgpt.file-upload': 'A file in the message box',
  'context.chatgpt.images': 'Creating images',
  'context.chatgpt.search': 'Web search switched on',
  'context.chatgpt.deep-research': 'Deep research switched on',
} as const;

export const de: Catalog<typeof en> = {
  'tool.chatgpt': 'ChatGPT',
  'context.chatgpt.new-chat': 'Neuer Chat',
  'context.chatgpt.conversation': 'Eine Unterhaltung',
  'context.chatgpt.temporary': 'Temporärer Chat',
  'context.chatgpt.project': 'Ein Projekt',
  'context.chatgpt.gpts': 'GPTs (Store und eigene GPTs)',
  'context.chatgpt.gpt': 'Chat mit einem eigenen GPT',
  'context.chatgpt.settings': 'Einstellungen',
  'context.chatgpt.settings.data-controls': 'Einstellungen › Datenkontrollen',
  'context.chatgpt.settings.personalization': 'Einstellungen › Personalisierung (eigene Anweisungen, Erinnerungen)',
  'context.chatgpt.file-upload': 'Eine Datei im Eingabefeld',
  'context.chatgpt.images': 'Bilder erstellen',
  'context.chatgpt.search': 'Websuche eingeschaltet',
  'context.chatgpt.deep-research': 'Deep Research eingeschaltet',
};
