import { browser } from 'wxt/browser';
import type { RecorderTexts } from '../page/recorder';

/**
 * Injects the step recorder into every frame of the tab (Excel's workbook is an iframe) and starts
 * it; each frame sends `stepRecorded` for what the mentor does there. Called again after the tab
 * loads a new page. Rejects when the page cannot be scripted.
 */
export async function startRecording(tabId: number, texts: RecorderTexts): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/recorder.js'] });
  await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    // Runs in the page's isolated world: self-contained, no imports.
    func: (t: RecorderTexts) => {
      globalThis.__tandemTipsRecorder?.start(t);
    },
    args: [texts],
  });
}

/** Stops the recorder in every frame of the tab (Stop in the panel, Esc on the page, or the panel going). */
export async function stopRecording(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: () => {
      globalThis.__tandemTipsRecorder?.stop();
    },
  });
}
