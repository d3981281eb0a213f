import { hideElement, showElement } from './highlight';
import { HIGHLIGHT_GLOBAL } from './page-tools';

export interface HighlightApi {
  show: typeof showElement;
  hide: typeof hideElement;
}

/** Installs the highlighter once per frame (no messaging: its answer is the script's result). */
export function installHighlighter(): void {
  const g = globalThis as unknown as Record<string, HighlightApi | undefined>;
  g[HIGHLIGHT_GLOBAL] ??= { show: showElement, hide: hideElement };
}
