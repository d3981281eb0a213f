import { sendMessage } from '../messaging/protocol';
import { hideElement, showElement, type ShowRequest } from './highlight';
import { HIGHLIGHT_GLOBAL } from './page-tools';

export interface HighlightApi {
  show: (request: ShowRequest) => ReturnType<typeof showElement>;
  hide: typeof hideElement;
}

/**
 * Installs the highlighter once per frame. Its answer to "show" is the script's result; moving
 * through the steps on the page is told to the side panel as a message.
 */
export function installHighlighter(): void {
  globalThis[HIGHLIGHT_GLOBAL] ??= {
    // No side panel listening (it closed) is fine: the steps on the page go on without it.
    show: (request) => showElement(request, (change) => void sendMessage('showStepChanged', change).catch(() => undefined)),
    hide: hideElement,
  };
}
