import { sendMessage } from '../messaging/protocol';
import { RECORDER_GLOBAL } from './page-tools';
import { startRecorder, type RecorderTexts } from './recorder';

export interface RecorderApi {
  start: (texts: RecorderTexts) => void;
  stop: () => void;
}

/** Installs the recorder once per frame; each step, and Esc, goes to the side panel as a message. */
export function installRecorder(): void {
  if (globalThis[RECORDER_GLOBAL]) return;
  let stop: (() => void) | null = null;
  globalThis[RECORDER_GLOBAL] = {
    start(texts) {
      // Started again (after a page load, or by a second frame's start): one recorder per frame.
      stop?.();
      const end = () => {
        stop?.();
        stop = null;
      };
      stop = startRecorder(
        texts,
        // No panel took the step (it was closed): recording is over, and the indicator goes.
        (step) => void sendMessage('stepRecorded', step).catch(end),
        () => {
          stop = null;
          void sendMessage('recordingEnded').catch(() => undefined);
        },
      );
    },
    stop() {
      stop?.();
      stop = null;
    },
  };
}
