import { sendMessage } from '../messaging/protocol';
import { PICKER_GLOBAL } from './page-tools';
import { startPicker, type PickerTexts } from './picker';

export interface PickerApi {
  start: (texts: PickerTexts) => void;
  stop: () => void;
}

/** Installs the picker once per frame; its result goes to the side panel as a message. */
export function installPicker(): void {
  const g = globalThis as unknown as Record<string, PickerApi | undefined>;
  if (g[PICKER_GLOBAL]) return;
  let stop: (() => void) | null = null;
  g[PICKER_GLOBAL] = {
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
}
