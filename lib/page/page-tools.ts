import { sendMessage } from '../messaging/protocol';
import { hideElement, showElement } from './highlight';
import { startPicker, type PickerTexts } from './picker';

/**
 * The names under which the on-demand scripts (entrypoints/picker.ts, highlight.ts) leave their
 * entry points in the extension's isolated world of a frame, for `scripting.executeScript({func})`
 * calls that follow the injection. The page's own scripts cannot reach this world.
 */
export const PICKER_GLOBAL = '__tandemTipsPicker';
export const HIGHLIGHT_GLOBAL = '__tandemTipsHighlight';

export interface PickerApi {
  start: (texts: PickerTexts) => void;
  stop: () => void;
}

export interface HighlightApi {
  show: typeof showElement;
  hide: typeof hideElement;
}

type Globals = Record<string, PickerApi | HighlightApi | undefined>;

/** Installs the picker once per frame; its result goes to the side panel as a message. */
export function installPicker(): void {
  const g = globalThis as unknown as Globals;
  if (g[PICKER_GLOBAL]) return;
  let stop: (() => void) | null = null;
  const api: PickerApi = {
    start(texts) {
      stop?.();
      stop = startPicker(texts, (result) => {
        stop = null;
        const sent = result ? sendMessage('elementPicked', result) : sendMessage('pickCancelled');
        sent.catch(() => undefined);
      });
    },
    stop() {
      stop?.();
      stop = null;
    },
  };
  g[PICKER_GLOBAL] = api;
}

/** Installs the highlighter once per frame. */
export function installHighlighter(): void {
  const g = globalThis as unknown as Globals;
  g[HIGHLIGHT_GLOBAL] ??= { show: showElement, hide: hideElement } satisfies HighlightApi;
}
