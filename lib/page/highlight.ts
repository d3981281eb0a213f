import { isTextEntry } from './locator/label';
import { waitForLocator } from './locator/resolve';
import type { ElementLocator, Strategy } from './locator/types';
import { createOverlay, fromPerson, guarded, type Overlay } from './overlay';

/** A piece of a step's text: plain, bold or code. The callout renders each as a text node. */
export interface TextRun {
  text: string;
  strong?: boolean;
  code?: boolean;
}

/** One step of a tip as the callout shows it. */
export interface ShowStep {
  text: TextRun[];
  /** The element this step is about; a step without one points at the tip's element. */
  locator?: ElementLocator;
  /** "Step 2 of 4" (empty for a tip with one step). */
  counter: string;
  /** What a screen reader hears when this step is shown. */
  announce: string;
}

/** What the panel asks a frame to show. Texts are translated by the panel. */
export interface ShowRequest {
  /** The tip's element. */
  locator: ElementLocator;
  title: string;
  /** The tip's steps; empty shows the title alone. */
  steps: ShowStep[];
  /** The step to show (index into `steps`). */
  step: number;
  /** Heard when there are no steps. */
  announce: string;
  /** `walk` is the hint while walking several steps (doing the step moves on); `close` otherwise. */
  labels: { close: string; next: string; done: string; walk?: string };
  timeoutMs: number;
}

/** What one frame answers. `rect` is the highlighted element's box in that frame's viewport. */
export type ShowResult =
  | { status: 'found'; strategy: Strategy; rect: { x: number; y: number; width: number; height: number } }
  | { status: 'mismatch' | 'not-found' | 'other-frame' | 'error' };

/**
 * What the page tells the panel when the person moves through the steps on the page:
 * `shown` — this frame now shows `step`; `elsewhere` — `step`'s element is in another frame
 * (the panel shows it there); `closed` — the highlight was closed (Esc, a click, Done).
 */
export interface StepChange {
  step: number;
  state: 'shown' | 'elsewhere' | 'closed';
}

/** Is this the frame the element was picked in (the top page, or e.g. Excel's workbook iframe)? */
export function isRecordedFrame(frame: ElementLocator['frame'], isTop: boolean, host: string): boolean {
  if (frame.top !== isTop) return false;
  if (frame.host === host) return true;
  // Regional hosts of the same service (excel.officeapps.live.com vs. euc-excel.officeapps.live.com).
  const tail = (h: string) => h.split('.').slice(-3).join('.');
  return !frame.top && tail(frame.host) === tail(host);
}

let current: { dismiss: (tell: boolean) => void } | null = null;

function isTopFrame(): boolean {
  try {
    return window.top === window;
  } catch {
    return false;
  }
}

const isHere = (locator: ElementLocator) => isRecordedFrame(locator.frame, isTopFrame(), location.hostname);
const locatorOf = (request: ShowRequest, index: number) => request.steps[index]?.locator ?? request.locator;

/** Writes the runs into `parent` as text nodes (bold and code in elements we create). */
function writeRuns(parent: HTMLElement, runs: readonly TextRun[]): void {
  const doc = parent.ownerDocument;
  parent.replaceChildren();
  for (const run of runs) {
    const text = doc.createTextNode(run.text);
    const wrap = run.code ? doc.createElement('code') : run.strong ? doc.createElement('strong') : null;
    if (wrap) wrap.appendChild(text);
    parent.appendChild(wrap ?? text);
  }
}

/**
 * Finds the element (waiting a few seconds for late ones), scrolls it into view and outlines it
 * with a callout: the tip's title and the step's text, and with several steps "Step 2 of 4" and
 * Next. Next moves to the next step here when its element is in this frame, and tells the panel
 * (`onStep`) either way. Esc, a click elsewhere, Done, or the element going away close it.
 */
export async function showElement(request: ShowRequest, onStep: (change: StepChange) => void = () => undefined): Promise<ShowResult> {
  try {
    if (!isHere(locatorOf(request, request.step))) {
      // A step in another frame is shown there now: nothing stays outlined here.
      current?.dismiss(false);
      return { status: 'other-frame' };
    }
    const found = await waitForLocator(locatorOf(request, request.step), document, request.timeoutMs);
    if (found.status !== 'found') return { status: found.status };
    current?.dismiss(false);
    let target = found.element;
    let index = request.step;
    const walking = request.steps.length > 1;
    const overlay: Overlay = createOverlay('show');
    const { callout } = overlay;
    callout.title.textContent = request.title;
    callout.hint.textContent = walking ? (request.labels.walk ?? request.labels.close) : request.labels.close;

    const present = () => {
      const step = request.steps[index];
      callout.counter.textContent = step?.counter ?? '';
      writeRuns(callout.body, step?.text ?? []);
      callout.next.textContent = index < request.steps.length - 1 ? request.labels.next : request.labels.done;
      callout.next.hidden = !walking;
      overlay.announce(step?.announce ?? request.announce);
      target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      overlay.place(target.getBoundingClientRect());
    };

    let frame = 0;
    // While the next step's element is awaited, the old one may go (a dialog opens, the route changes).
    let moving = false;
    let closed = false;
    // The person has typed in the highlighted field: leaving it is doing the step, not closing.
    let typed = false;
    const place = guarded(() => {
      frame = 0;
      if (moving) return;
      if (!target.isConnected) return dismiss(true);
      overlay.place(target.getBoundingClientRect());
    });
    const schedule = guarded(() => {
      if (!frame) frame = requestAnimationFrame(place);
    });
    // Only the person's own keys and clicks count: the page's scripts cannot close the highlight.
    const onKey = guarded(
      fromPerson((event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        // This Esc closes our callout, not also the host's dialog underneath it.
        event.preventDefault();
        event.stopImmediatePropagation();
        dismiss(true);
      }),
    );
    // A click on our callout (its Next) is ours. Walking the steps, doing the step — clicking the
    // highlighted control — moves on, and typing in a highlighted field keeps it until the person
    // leaves it; a press anywhere else closes.
    const onPointer = guarded(
      fromPerson((event: Event) => {
        if (overlay.owns(event.target)) return;
        const hit = event.type === 'pointerdown' ? event.composedPath()[0] : null;
        if (walking && hit instanceof Node && target.contains(hit)) return;
        if (walking && typed) return;
        dismiss(true);
      }),
    );
    // Moves on once the page has handled the click (a ribbon tab first shows its panel, so the
    // next step's button is there to be found, not a namesake elsewhere).
    const onDone = guarded(
      fromPerson((event: MouseEvent) => {
        const hit = event.composedPath()[0];
        if (!walking || !(hit instanceof Node) || !target.contains(hit) || isTextEntry(target)) return;
        setTimeout(onNext, 0);
      }),
    );
    const onInput = guarded(
      fromPerson((event: Event) => {
        const hit = event.composedPath()[0];
        if (walking && hit instanceof Node && target.contains(hit) && isTextEntry(target)) typed = true;
      }),
    );
    // A field's step is done when the person has typed in it and leaves it (the browser's `change`);
    // moved on at once, so a click that left the field lands on the next step's element.
    const onChange = guarded(
      fromPerson((event: Event) => {
        const hit = event.composedPath()[0];
        if (!walking || !typed || !(hit instanceof Node) || !target.contains(hit)) return;
        typed = false;
        onNext();
      }),
    );
    const advance = async () => {
      const next = index + 1;
      if (next >= request.steps.length) return dismiss(true);
      const locator = locatorOf(request, next);
      if (!isHere(locator)) {
        dismiss(false);
        onStep({ step: next, state: 'elsewhere' });
        return;
      }
      if (locator !== locatorOf(request, index)) {
        moving = true;
        const moved = await waitForLocator(locator, document, request.timeoutMs);
        moving = false;
        if (closed) return;
        if (moved.status !== 'found') {
          // The panel says it could not be found, with the step's text.
          dismiss(false);
          onStep({ step: next, state: 'elsewhere' });
          return;
        }
        target = moved.element;
      }
      typed = false;
      index = next;
      present();
      onStep({ step: index, state: 'shown' });
    };
    const onNext = () => {
      advance().catch((error: unknown) => console.debug('Tandem Tips:', error));
    };
    const options = { capture: true, passive: true } as const;
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, options);
    window.addEventListener('click', onDone, options);
    window.addEventListener('input', onInput, options);
    window.addEventListener('change', onChange, options);
    window.addEventListener('scroll', schedule, options);
    window.addEventListener('resize', schedule, options);
    window.addEventListener('pagehide', onPointer, options);
    callout.next.addEventListener('click', onNext);
    function dismiss(tell: boolean) {
      if (closed) return;
      closed = true;
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, options);
      window.removeEventListener('click', onDone, options);
      window.removeEventListener('input', onInput, options);
      window.removeEventListener('change', onChange, options);
      window.removeEventListener('scroll', schedule, options);
      window.removeEventListener('resize', schedule, options);
      window.removeEventListener('pagehide', onPointer, options);
      if (frame) cancelAnimationFrame(frame);
      overlay.destroy();
      if (current === handle) current = null;
      if (tell) onStep({ step: index, state: 'closed' });
    }
    const handle = { dismiss };
    current = handle;
    present();
    const rect = target.getBoundingClientRect();
    return { status: 'found', strategy: found.strategy, rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height } };
  } catch (error) {
    console.debug('Tandem Tips:', error);
    return { status: 'error' };
  }
}

/** Removes the highlight, if one is shown (asked by the panel: nothing to tell it). */
export function hideElement(): void {
  current?.dismiss(false);
}
