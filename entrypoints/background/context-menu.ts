import { browser, type Browser } from 'wxt/browser';
import { tools } from '@/lib/contexts/tools';
import { getDb } from '@/lib/db/db';
import { createTranslate, resolveLang, type Translate } from '@/lib/i18n/translate';
import { sendMessage } from '@/lib/messaging/protocol';
import { noteFromSelection, type CaptureKind } from '@/lib/notes/capture';
import { putNote } from '@/lib/notes/notes';
import { loadSettings, watchSettings } from '@/lib/settings/settings-store';
import { readTabContext } from '@/lib/tabs/tab-store';
import { updateBadge } from './badges';
import { RECORD_MENU_ID, recordFromPage } from './record-from-page';

const MENU_IDS: Record<string, CaptureKind> = { 'tandem-ask-mentor': 'question', 'tandem-save-note': 'note' };
/** How long the badge shows the ✓ before it counts tips again. */
const CONFIRM_MS = 2_000;

async function translator(): Promise<Translate> {
  return createTranslate(resolveLang((await loadSettings()).lang, browser.i18n.getUILanguage()));
}

/** Only people who write tips record them. */
const recordsTips = async () => (await loadSettings()).role !== 'mentee';

/** The menus on selected text, and (for mentors) "Record tip steps here" on the page — only on the tools' pages (and Excel's workbook frames). */
async function createMenus(): Promise<void> {
  const t = await translator();
  const documentUrlPatterns = [...new Set(tools.flatMap((tool) => tool.matches))];
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: 'tandem-ask-mentor', title: t('menu.ask'), contexts: ['selection'], documentUrlPatterns });
  browser.contextMenus.create({ id: 'tandem-save-note', title: t('menu.save'), contexts: ['selection'], documentUrlPatterns });
  browser.contextMenus.create({ id: RECORD_MENU_ID, title: t('menu.record'), contexts: ['page', 'frame'], documentUrlPatterns, visible: await recordsTips() });
}

async function retitleMenus(): Promise<void> {
  const t = await translator();
  await browser.contextMenus.update('tandem-ask-mentor', { title: t('menu.ask') });
  await browser.contextMenus.update('tandem-save-note', { title: t('menu.save') });
  await browser.contextMenus.update(RECORD_MENU_ID, { title: t('menu.record'), visible: await recordsTips() });
}

/** A ✓ on the toolbar icon for a moment, then the tip count again. */
async function confirmOnBadge(tabId: number): Promise<void> {
  const t = await translator();
  try {
    await browser.action.setBadgeText({ tabId, text: '✓' });
    await browser.action.setTitle({ tabId, title: t('badge.captured') });
  } catch {
    return; // The tab closed meanwhile.
  }
  setTimeout(() => {
    readTabContext(tabId)
      .then((report) => updateBadge(tabId, report))
      // The tab closed meanwhile: no badge to put back.
      .catch(() => undefined);
  }, CONFIRM_MS);
}

/** Saves the selected text as a question or note with its page, title and the tab's context. */
export async function captureSelection(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const kind = MENU_IDS[String(info.menuItemId)];
  if (!kind) return;
  const report = tab?.id === undefined ? null : await readTabContext(tab.id);
  const note = noteFromSelection(
    { kind, selection: info.selectionText ?? '', url: info.pageUrl ?? report?.url, title: report?.title || tab?.title, detected: report?.detected ?? null },
    Date.now(),
  );
  if (!note) return;
  await putNote(getDb(), note);
  // No side panel open: the note is saved and shows when one opens.
  sendMessage('noteCaptured', { kind, quote: note.quote ?? '' }).catch(() => undefined);
  if (tab?.id !== undefined) await confirmOnBadge(tab.id);
}

/** "Ask my mentor about …" and "Save as note" on selected text in the supported tools. */
export function wireContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    createMenus().catch((error: unknown) => console.error('Tandem Tips: context menu not created', error));
  });
  // The menu speaks the UI language the user picked.
  watchSettings(() => {
    // Menus not created yet (first install): they are created with the chosen language.
    retitleMenus().catch(() => undefined);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    // First, inside the click's gesture: it opens the panel.
    if (info.menuItemId === RECORD_MENU_ID) return recordFromPage(tab);
    captureSelection(info, tab).catch((error: unknown) => console.error('Tandem Tips: selection not saved', error));
  });
}
