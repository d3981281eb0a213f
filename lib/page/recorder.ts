import { captureLocator, pickTarget } from './locator/capture';
import { isTextEntry, roleOf } from './locator/label';
import type { ElementLocator } from './locator/types';
import { createOverlay, fromPerson, guarded, type Overlay } from './overlay';

/**
 * What the mentor did to a control: clicked it, chose it (a tab, an option, a drop-down), typed in
 * it, or pressed Enter in it. Never what was typed or which value a drop-down got.
 */
export type RecordedAction = 'click' | 'choose' | 'type' | 'enter';

/** Where a step's element was in the top page's viewport (CSS pixels), so the panel can picture it. */
export interface StepBox {
  x: number;
  y: number;
  width: number;
  height: number;
  viewWidth: number;
  viewHeight: number;
}

/** One recorded step as the page sends it to the panel (validated there). */
export interface RecordedStep {
  action: RecordedAction;
  locator: ElementLocator;
  /** Only from the top frame: a frame cannot know where it sits in the visible tab. */
  box?: StepBox;
}

/** The element's box in the viewport, rounded. */
function boxOf(el: Element): StepBox {
  const r = el.getBoundingClientRect();
  return { x: Math.round(r.left), y: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height), viewWidth: innerWidth, viewHeight: innerHeight };
}

/** Texts the panel passes in, already translated. */
export interface RecorderTexts {
  title: string;
  hint: string;
  announce: string;
}

/** Roles whose click picks one of several things: "Choose **Formulas**". */
const CHOICE_ROLES = new Set(['tab', 'option', 'radio', 'menuitemradio', 'treeitem', 'gridcell']);
/** A label's click is followed by a click on its control; the two are one step. */
const SAME_STEP_MS = 600;
/** How long the outline stays on a recorded element: enough to see that it counted. */
const FLASH_MS = 700;

function isTopFrame(): boolean {
  try {
    return window.top === window;
  } catch {
    return false;
  }
}

/** The element an event happened on, inside open shadow roots too (LinkedIn's composer). */
function origin(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

/**
 * Records what the mentor does on the page, one step per trusted click, choice, typed-in field or
 * Enter, each with the same locator the picker records. Only the top frame shows the indicator.
 * Listens passively (the page works as usual) except for Esc, which ends recording. Never reads a
 * field's value or a key other than Esc and Enter. Returns a function that stops recording.
 */
export function startRecorder(texts: RecorderTexts, onStep: (step: RecordedStep) => void, onEnd: () => void): () => void {
  const overlay: Overlay | null = isTopFrame() ? createOverlay('record') : null;
  if (overlay) {
    overlay.callout.title.textContent = texts.title;
    overlay.callout.hint.textContent = texts.hint;
    overlay.announce(texts.announce);
  }
  let stopped = false;
  let last: { el: Element; at: number; action: RecordedAction } | null = null;
  let typingIn: Element | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const flash = (el: Element) => {
    if (!overlay) return;
    clearTimeout(flashTimer);
    overlay.box.style.display = 'block';
    const rect = el.getBoundingClientRect();
    Object.assign(overlay.box.style, { left: `${rect.left - 4}px`, top: `${rect.top - 4}px`, width: `${rect.width + 8}px`, height: `${rect.height + 8}px` });
    flashTimer = setTimeout(
      guarded(() => {
        overlay.box.style.display = 'none';
      }),
      FLASH_MS,
    );
  };

  const record = (action: RecordedAction, el: Element) => {
    const now = Date.now();
    if (last && last.el === el && now - last.at < SAME_STEP_MS) return;
    last = { el, at: now, action };
    if (action !== 'type') typingIn = null;
    flash(el);
    onStep({ action, locator: captureLocator(el), ...(overlay ? { box: boxOf(el) } : {}) });
  };

  const onClick = guarded(fromPerson((event: MouseEvent) => {
    const hit = origin(event);
    if (!hit || overlay?.owns(event.target)) return;
    let el = pickTarget(hit);
    // A click on a label is a click on its control.
    if (el instanceof HTMLLabelElement && el.control) el = el.control;
    // Typing in a field records it; a drop-down records the choice when it changes.
    if (isTextEntry(el) || el.closest('select')) return;
    // Enter in a form field also "clicks" the form's default button: that is the same step.
    if (event.detail === 0 && last?.action === 'enter' && Date.now() - last.at < SAME_STEP_MS) return;
    record(CHOICE_ROLES.has(roleOf(el)) ? 'choose' : 'click', el);
  }));
  const onChange = guarded(fromPerson((event: Event) => {
    const el = origin(event);
    if (el instanceof HTMLSelectElement) record('choose', el);
  }));
  const onInput = guarded(fromPerson((event: Event) => {
    const hit = origin(event);
    if (!hit) return;
    const el = pickTarget(hit);
    // One step per field, however many keys: "Type in **Headline**".
    if (!isTextEntry(el) || el === typingIn) return;
    typingIn = el;
    record('type', el);
  }));
  const onKey = guarded(fromPerson((event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // This Esc ends recording; it is not also meant for the page (e.g. closing its dialog).
      event.preventDefault();
      event.stopImmediatePropagation();
      stop();
      onEnd();
      return;
    }
    const hit = origin(event);
    const el = hit ? pickTarget(hit) : null;
    if (event.key === 'Enter' && !event.isComposing && el && isTextEntry(el) && !(el instanceof HTMLTextAreaElement) && !el.closest('[contenteditable]')) record('enter', el);
  }));
  const onScroll = guarded(() => {
    if (overlay) overlay.box.style.display = 'none';
  });

  // Only the person's own actions are steps (fromPerson): the page's scripts cannot add any.
  const passive = { capture: true, passive: true } as const;
  window.addEventListener('click', onClick, passive);
  window.addEventListener('change', onChange, passive);
  window.addEventListener('input', onInput, passive);
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('scroll', onScroll, passive);

  function stop() {
    if (stopped) return;
    stopped = true;
    clearTimeout(flashTimer);
    window.removeEventListener('click', onClick, passive);
    window.removeEventListener('change', onChange, passive);
    window.removeEventListener('input', onInput, passive);
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('scroll', onScroll, passive);
    overlay?.destroy();
  }
  return stop;
}
