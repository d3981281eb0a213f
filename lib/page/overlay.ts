/**
 * The page-side layer Tandem Tips draws in: a closed shadow root (the page can neither see nor
 * restyle it) holding a `popover="manual"` element, so it sits in the browser's top layer —
 * above the host's own modal dialogs and popovers, which a z-index cannot beat. Text nodes only.
 */

const CSS = `
:host { all: initial !important; }
.layer {
  position: fixed; inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none;
  margin: 0; padding: 0; border: 0; background: transparent; overflow: visible;
  pointer-events: none; color: #1b1b1b; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.layer.no-popover { z-index: 2147483647; }
.box {
  position: fixed; box-sizing: border-box; display: none;
  border: 3px solid #d6336c; border-radius: 6px;
  box-shadow: 0 0 0 4px rgba(214, 51, 108, .28), 0 0 0 100vmax rgba(0, 0, 0, .18);
  transition: left .08s, top .08s, width .08s, height .08s;
}
.picking .box { box-shadow: 0 0 0 3px rgba(214, 51, 108, .25); border-style: dashed; }
.callout {
  position: fixed; display: none; box-sizing: border-box; max-width: min(360px, calc(100vw - 16px));
  padding: 10px 12px; border-radius: 8px; background: #1f1f3a; color: #fff;
  box-shadow: 0 6px 18px rgba(0, 0, 0, .3); overflow-wrap: anywhere;
}
.brand { display: block; font-size: 11px; letter-spacing: .04em; text-transform: uppercase; color: #ffb3cb; margin-bottom: 2px; }
.counter:not(:empty)::before { content: " · "; }
.title { display: block; font-weight: 600; font-size: 15px; }
.body { display: block; margin-top: 4px; font-size: 14px; }
.body:empty { display: none; }
.body strong { font-weight: 700; color: #fff; }
.body code { font: 13px ui-monospace, Consolas, monospace; background: rgba(255, 255, 255, .14); padding: 0 3px; border-radius: 3px; }
.foot { display: flex; align-items: center; justify-content: space-between; gap: 10px; margin-top: 8px; }
.hint { display: block; font-size: 12px; color: #d7d7ec; }
.next {
  pointer-events: auto; cursor: pointer; flex: none; font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f1f3a; background: #ffb3cb; border: 0; border-radius: 6px; padding: 6px 12px;
}
.next[hidden] { display: none; }
.next:focus-visible { outline: 3px solid #fff; outline-offset: 2px; }
.recording .box { box-shadow: 0 0 0 3px rgba(214, 51, 108, .25); transition: none; }
.recording .callout { display: block; left: 12px; bottom: 12px; top: auto; padding: 6px 10px; max-width: min(300px, calc(100vw - 24px)); }
.recording .title { font-size: 13px; }
.recording .title::before {
  content: ""; display: inline-block; width: 9px; height: 9px; margin-right: 6px; border-radius: 50%;
  background: #ff4d6d; vertical-align: 1px; animation: tandem-rec 1.4s ease-in-out infinite;
}
.recording .brand, .recording .foot { margin: 0; }
.recording .next { display: none; }
@keyframes tandem-rec { 50% { opacity: .35; } }
@media (prefers-reduced-motion: reduce) { .recording .title::before { animation: none; } }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** How long a new live region waits before speaking (long enough for the accessibility tree to catch up). */
export const ANNOUNCE_DELAY_MS = 150;

export interface Overlay {
  /** The outline around the element. */
  box: HTMLElement;
  /**
   * The callout beside it: the brand with a step counter ("Step 2 of 4"), a title, a body (the
   * step's text), and a foot with the hint and a Next button (hidden unless used).
   */
  callout: { root: HTMLElement; brand: HTMLElement; counter: HTMLElement; title: HTMLElement; body: HTMLElement; hint: HTMLElement; next: HTMLButtonElement };
  /** Announced to screen readers (aria-live). */
  live: HTMLElement;
  /** Says `text` through the live region, once the region is in the accessibility tree. */
  announce: (text: string) => void;
  layer: HTMLElement;
  /** Is this node part of the overlay (its host)? */
  owns: (node: EventTarget | null) => boolean;
  /** Outline a rectangle (viewport coordinates) and put the callout beside it. */
  place: (rect: DOMRect | null) => void;
  destroy: () => void;
}

function el(doc: Document, tag: string, className: string, parent: Node): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  parent.appendChild(node);
  return node;
}

/** Creates the overlay in the top layer of this document. */
export function createOverlay(mode: 'pick' | 'show' | 'record', doc: Document = document): Overlay {
  const host = doc.createElement('tandem-tips-layer');
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('pointer-events', 'none', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    el(doc, 'style', '', root).textContent = CSS;
  }
  const layer = el(doc, 'div', `layer ${{ pick: 'picking', show: 'showing', record: 'recording' }[mode]}`, root);
  layer.setAttribute('popover', 'manual');
  const box = el(doc, 'div', 'box', layer);
  const calloutRoot = el(doc, 'div', 'callout', layer);
  const brand = el(doc, 'span', 'brand', calloutRoot);
  brand.append(doc.createTextNode('Tandem Tips'));
  const counter = el(doc, 'span', 'counter', brand);
  const title = el(doc, 'span', 'title', calloutRoot);
  const body = el(doc, 'span', 'body', calloutRoot);
  const foot = el(doc, 'span', 'foot', calloutRoot);
  const hint = el(doc, 'span', 'hint', foot);
  const next = el(doc, 'button', 'next', foot) as HTMLButtonElement;
  next.type = 'button';
  next.hidden = true;
  const live = el(doc, 'div', 'live', layer);
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');

  // Outside <body>: single-page apps replace the body's children on navigation.
  doc.documentElement.appendChild(host);
  try {
    layer.showPopover();
  } catch {
    layer.classList.add('no-popover');
  }

  const place = (rect: DOMRect | null) => {
    if (!rect) {
      box.style.display = 'none';
      calloutRoot.style.display = 'none';
      return;
    }
    const pad = 4;
    Object.assign(box.style, {
      display: 'block',
      left: `${rect.left - pad}px`,
      top: `${rect.top - pad}px`,
      width: `${rect.width + pad * 2}px`,
      height: `${rect.height + pad * 2}px`,
    });
    calloutRoot.style.display = 'block';
    const view = doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const h = calloutRoot.offsetHeight || 60;
    const w = calloutRoot.offsetWidth || 240;
    const below = rect.bottom + pad + 8;
    const top = below + h <= vh ? below : Math.max(8, rect.top - pad - 8 - h);
    const left = Math.min(Math.max(8, rect.left), Math.max(8, vw - w - 8));
    calloutRoot.style.top = `${top}px`;
    calloutRoot.style.left = `${left}px`;
  };

  // Screen readers announce changes to a live region they already know, not text a region is
  // born with: the region goes in empty, and the text follows a moment later.
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const announce = (text: string) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(
      guarded(() => {
        live.textContent = text;
      }),
      ANNOUNCE_DELAY_MS,
    );
  };

  return {
    box,
    callout: { root: calloutRoot, brand, counter, title, body, hint, next },
    live,
    announce,
    layer,
    owns: (node) => node === host,
    place,
    destroy: () => {
      clearTimeout(announceTimer);
      try {
        if (layer.matches(':popover-open')) layer.hidePopover();
      } catch {
        // Already closed.
      }
      host.remove();
    },
  };
}

/**
 * Wraps a listener so it acts only on events the browser made for the person (a real key press,
 * click or pointer move): a page's own script can dispatch look-alike events, but cannot make
 * them trusted — it must not be able to steer a pick or close what we show.
 */
export function fromPerson<E extends Event>(listener: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) listener(event);
  };
}

/** Runs a page-side step so that nothing it does can throw into the host page. */
export function guarded<A extends unknown[]>(step: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      step(...args);
    } catch (error) {
      console.debug('Tandem Tips:', error);
    }
  };
}
