import { sendMessage } from '../messaging/protocol';
import { PICKER_GLOBAL } from './page-tools';
import { startPicker, type PickerTexts } from './picker';

export interface PickerApi {
  start: (texts: PickerTexts) => void;
  stop: () => void;
}

/** Installs the picker once per frame; its result goes to the side panel as a message. */
export function installPicker(): void {
  if (globalThis[PICKER_GLOBAL]) return;
  let stop: (() => void) | null = null;
  globalThis[PICKER_GLOBAL] = {
    start(texts) {
      stop?.();
      stop = startPicker(texts, (result) => {
        stop = null;
        const sent = result ? sendMessage('elementPicked', result) : sendMessage('pickCancelled');
        // The side panel that started the pick may have closed: then nobody waits for the result.
        sent.catch(() => undefined);
      });
    },
    stop() {
      stop?.();
      stop = null;
    },
  };
}
