import { hideElement, showElement } from './highlight';
import { HIGHLIGHT_GLOBAL } from './page-tools';

export interface HighlightApi {
  show: typeof showElement;
  hide: typeof hideElement;
}

/** Installs the highlighter once per frame (no messaging: its answer is the script's result). */
export function installHighlighter(): void {
  globalThis[HIGHLIGHT_GLOBAL] ??= { show: showElement, hide: hideElement };
}
