import { waitForLocator } from './locator/resolve';
import type { ElementLocator, Strategy } from './locator/types';
import { createOverlay, fromPerson, guarded, type Overlay } from './overlay';

/** What the panel asks a frame to show. Texts are translated by the panel. */
export interface ShowRequest {
  locator: ElementLocator;
  title: string;
  closeHint: string;
  announce: string;
  timeoutMs: number;
}

/** What one frame answers. `rect` is the highlighted element's box in that frame's viewport. */
export type ShowResult =
  | { status: 'found'; strategy: Strategy; rect: { x: number; y: number; width: number; height: number } }
  | { status: 'mismatch' | 'not-found' | 'other-frame' | 'error' };

/** Is this the frame the element was picked in (the top page, or e.g. Excel's workbook iframe)? */
export function isRecordedFrame(frame: ElementLocator['frame'], isTop: boolean, host: string): boolean {
  if (frame.top !== isTop) return false;
  if (frame.host === host) return true;
  // Regional hosts of the same service (excel.officeapps.live.com vs. euc-excel.officeapps.live.com).
  const tail = (h: string) => h.split('.').slice(-3).join('.');
  return !frame.top && tail(frame.host) === tail(host);
}

let current: { dismiss: () => void } | null = null;

function isTopFrame(): boolean {
  try {
    return window.top === window;
  } catch {
    return false;
  }
}

/**
 * Finds the element (waiting a few seconds for late ones), scrolls it into view and outlines it
 * with a callout holding the tip's title, until Esc, a click, or the element goes away.
 */
export async function showElement(request: ShowRequest): Promise<ShowResult> {
  try {
    if (!isRecordedFrame(request.locator.frame, isTopFrame(), location.hostname)) return { status: 'other-frame' };
    const found = await waitForLocator(request.locator, document, request.timeoutMs);
    if (found.status !== 'found') return { status: found.status };
    current?.dismiss();
    const target = found.element;
    target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    const overlay: Overlay = createOverlay('show');
    overlay.callout.title.textContent = request.title;
    overlay.callout.hint.textContent = request.closeHint;
    overlay.announce(request.announce);
    let frame = 0;
    const place = guarded(() => {
      frame = 0;
      if (!target.isConnected) return dismiss();
      overlay.place(target.getBoundingClientRect());
    });
    const schedule = guarded(() => {
      if (!frame) frame = requestAnimationFrame(place);
    });
    const onKey = guarded(
      fromPerson((event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        // This Esc closes our callout, not also the host's dialog underneath it.
        event.preventDefault();
        event.stopImmediatePropagation();
        dismiss();
      }),
    );
    const onPointer = guarded(fromPerson(() => dismiss()));
    const options = { capture: true, passive: true } as const;
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, options);
    window.addEventListener('scroll', schedule, options);
    window.addEventListener('resize', schedule, options);
    window.addEventListener('pagehide', onPointer, options);
    function dismiss() {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, options);
      window.removeEventListener('scroll', schedule, options);
      window.removeEventListener('resize', schedule, options);
      window.removeEventListener('pagehide', onPointer, options);
      if (frame) cancelAnimationFrame(frame);
      overlay.destroy();
      if (current === handle) current = null;
    }
    const handle = { dismiss };
    current = handle;
    const rect = target.getBoundingClientRect();
    overlay.place(rect);
    return { status: 'found', strategy: found.strategy, rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height } };
  } catch (error) {
    console.debug('Tandem Tips:', error);
    return { status: 'error' };
  }
}

/** Removes the highlight, if one is shown. */
export function hideElement(): void {
  current?.dismiss();
}
