import { captureLocator, pickTarget } from './locator/capture';
import { nameOf, roleOf } from './locator/label';
import type { ElementLocator } from './locator/types';
import { createOverlay, fromPerson, guarded } from './overlay';

/** Texts the panel passes in, already translated. */
export interface PickerTexts {
  hint: string;
  announce: string;
  /** Role names in the UI language ("text field" for `textbox`); other roles show no kind. */
  roles: Record<string, string>;
}

/** Events the page would otherwise act on while the mentor is pointing. */
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'touchstart', 'touchend'] as const;

/**
 * Lets the mentor point at an element: outlines the element under the pointer (or the focused
 * one) with its name, a click or Enter captures its locator, Esc cancels. Clicks never reach the
 * page meanwhile. Returns a function that stops picking.
 */
export function startPicker(texts: PickerTexts, onDone: (result: { locator: ElementLocator } | null) => void): () => void {
  const overlay = createOverlay('pick');
  overlay.callout.hint.textContent = texts.hint;
  overlay.announce(texts.announce);
  let current: Element | null = null;
  let stopped = false;

  const show = (target: Element | null) => {
    current = target;
    if (!target) return overlay.place(null);
    const role = roleOf(target);
    const name = nameOf(target);
    const kind = Object.prototype.hasOwnProperty.call(texts.roles, role) ? texts.roles[role] : '';
    overlay.callout.title.textContent = [kind, name ? `“${name.slice(0, 80)}”` : target.localName].filter(Boolean).join(' ');
    overlay.place(target.getBoundingClientRect());
  };

  const at = (x: number, y: number): Element | null => {
    const hit = document.elementsFromPoint(x, y).find((node) => !overlay.owns(node));
    return hit ? pickTarget(hit) : null;
  };

  const finish = (result: { locator: ElementLocator } | null) => {
    if (stopped) return;
    stop();
    onDone(result);
  };

  const onMove = guarded(fromPerson((event: PointerEvent) => show(at(event.clientX, event.clientY))));
  const onSwallow = guarded(fromPerson((event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type !== 'click') return;
    const { clientX, clientY } = event as MouseEvent;
    const target = at(clientX, clientY) ?? current;
    if (target) finish({ locator: captureLocator(target) });
  }));
  const onKey = guarded(fromPerson((event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      finish(null);
    } else if (event.key === 'Enter' && document.activeElement && document.activeElement !== document.body) {
      event.preventDefault();
      event.stopImmediatePropagation();
      finish({ locator: captureLocator(pickTarget(document.activeElement)) });
    }
  }));
  const onFocus = guarded(fromPerson((event: FocusEvent) => {
    if (!(event.target instanceof Element)) return;
    show(pickTarget(event.target));
    // Moving by keyboard: say which element Enter would pick (the pointer's path is not read out).
    overlay.announce(overlay.callout.title.textContent ?? '');
  }));
  const onScroll = guarded(() => {
    if (current?.isConnected) overlay.place(current.getBoundingClientRect());
  });
  const onLeave = guarded(fromPerson(() => finish(null)));

  const options = { capture: true } as const;
  window.addEventListener('pointermove', onMove, options);
  // Not passive: touch listeners on window default to passive, and these must cancel the event.
  for (const type of SWALLOWED) window.addEventListener(type, onSwallow, { capture: true, passive: false });
  window.addEventListener('keydown', onKey, options);
  window.addEventListener('focusin', onFocus, options);
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });
  window.addEventListener('pagehide', onLeave, options);

  function stop() {
    if (stopped) return;
    stopped = true;
    window.removeEventListener('pointermove', onMove, options);
    for (const type of SWALLOWED) window.removeEventListener(type, onSwallow, options);
    window.removeEventListener('keydown', onKey, options);
    window.removeEventListener('focusin', onFocus, options);
    window.removeEventListener('scroll', onScroll, options);
    window.removeEventListener('pagehide', onLeave, options);
    overlay.destroy();
  }
  return stop;
}
