import { browser } from 'wxt/browser';
import type { PickerTexts } from '../page/picker';

/**
 * Injects the element picker into every frame of the tab (Excel's workbook is an iframe) and
 * starts it; the frame the mentor clicks in answers with an `elementPicked` message.
 * Rejects when the page cannot be scripted (not a supported tool, or a browser page).
 */
export async function startPicking(tabId: number, texts: PickerTexts): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/picker.js'] });
  await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    // Runs in the page's isolated world: self-contained, no imports.
    func: (t: PickerTexts) => {
      globalThis.__tandemTipsPicker?.start(t);
    },
    args: [texts],
  });
}

/** Stops the picker in every frame of the tab (after a pick in one frame, or when the panel goes). */
export async function stopPicking(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: () => {
      globalThis.__tandemTipsPicker?.stop();
    },
  });
}
