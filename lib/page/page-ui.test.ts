import { afterEach, describe, expect, it, vi } from 'vitest';
import { combineResults } from '../tips/show-me';
import { hideElement, isRecordedFrame, showElement, type ShowRequest } from './highlight';
import { ANNOUNCE_DELAY_MS, createOverlay } from './overlay';
import { startPicker } from './picker';
import type { ElementLocator } from './locator/types';

/** Captures the closed shadow roots our code creates (the page itself never can). */
function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

function page(): HTMLButtonElement {
  document.body.replaceChildren();
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const save = document.createElement('button');
  save.textContent = 'Save';
  save.setAttribute('data-view-name', 'profile-form-save');
  dialog.append(save);
  document.body.append(dialog);
  return save;
}

const saveLocator: ElementLocator = { tag: 'button', role: 'button', name: 'Save', label: 'Save', testId: { attr: 'data-view-name', value: 'profile-form-save' }, frame: { top: true, host: location.hostname } };

/** An event as the browser makes it for the person (our listeners ignore script-made ones). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A "show me" request for the Save button, without steps unless given. */
function showRequest(over: Partial<ShowRequest> = {}): ShowRequest {
  return { locator: saveLocator, title: '', steps: [], step: 0, announce: '', labels: { close: 'Esc', next: 'Next', done: 'Done' }, timeoutMs: 0, ...over };
}

afterEach(() => {
  hideElement();
  document.querySelectorAll('tandem-tips-layer').forEach((n) => n.remove());
});

describe('the page overlay', () => {
  it('lives in a closed shadow root outside <body>, and goes away completely', () => {
    const overlay = createOverlay('show');
    const host = document.querySelector('tandem-tips-layer')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    overlay.destroy();
    expect(document.querySelector('tandem-tips-layer')).toBeNull();
  });
});

describe('the picker', () => {
  it('swallows the click, reports the locator of the control under the pointer, and cleans up', () => {
    const save = page();
    const pageClicks = vi.fn();
    document.addEventListener('click', pageClicks);
    document.elementsFromPoint = () => [save.firstChild?.parentElement ?? save];
    const done = vi.fn();
    startPicker({ hint: 'Click', announce: 'Pick', roles: { button: 'Schaltfläche' } }, done);
    save.dispatchEvent(trusted(new MouseEvent('pointermove', { bubbles: true, clientX: 5, clientY: 5 })));
    const click = trusted(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: 5, clientY: 5 }));
    save.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(pageClicks).not.toHaveBeenCalled();
    expect(done).toHaveBeenCalledWith({ locator: expect.objectContaining({ role: 'button', name: 'Save', tag: 'button' }) });
    expect(document.querySelector('tandem-tips-layer')).toBeNull();
    document.removeEventListener('click', pageClicks);
  });

  it('Esc cancels', () => {
    page();
    const done = vi.fn();
    startPicker({ hint: '', announce: '', roles: {} }, done);
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true })));
    expect(done).toHaveBeenCalledWith(null);
    expect(document.querySelector('tandem-tips-layer')).toBeNull();
  });
});

describe('show me', () => {
  it('outlines the element with the title as text only; Esc closes it and does not reach the page', async () => {
    page();
    const roots = captureShadowRoots();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const result = await showElement(showRequest({ title: hostile, announce: hostile }));
    expect(result.status).toBe('found');
    const root = roots.at(-1)!;
    expect(root.mode).toBe('closed');
    expect(root.querySelectorAll('img, script').length).toBe(0);
    expect(root.textContent).toContain(hostile);
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true })));
    expect(document.querySelector('tandem-tips-layer')).toBeNull();
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('answers other-frame in frames the element was not picked in, and never throws', async () => {
    page();
    expect((await showElement(showRequest({ locator: { ...saveLocator, frame: { top: false, host: 'excel.officeapps.live.com' } } }))).status).toBe('other-frame');
    expect((await showElement(showRequest({ locator: null as unknown as ElementLocator }))).status).toBe('error');
  });

  it('shows the step beside the title, as text only, and Next walks the steps on the page', async () => {
    page();
    const roots = captureShadowRoots();
    const onStep = vi.fn();
    const steps = [
      { text: [{ text: 'Press ' }, { text: '<Ctrl>', strong: true }, { text: ' and <img src=x onerror="window.__pwned=3">' }], counter: 'Step 1 of 3', announce: 'one' },
      { text: [{ text: 'Type ' }, { text: '=SUM()', code: true }], counter: 'Step 2 of 3', announce: 'two' },
      { text: [{ text: 'Click ' }, { text: 'Save', strong: true }], counter: 'Step 3 of 3', announce: 'three' },
    ];
    expect((await showElement(showRequest({ title: 'Save your profile', steps }), onStep)).status).toBe('found');
    const root = roots.at(-1)!;
    const text = (cls: string) => root.querySelector(`.${cls}`)?.textContent;
    const next = root.querySelector<HTMLButtonElement>('button.next')!;
    expect(text('title')).toBe('Save your profile');
    expect(text('counter')).toBe('Step 1 of 3');
    expect(text('body')).toBe('Press <Ctrl> and <img src=x onerror="window.__pwned=3">');
    expect(root.querySelector('.body strong')?.textContent).toBe('<Ctrl>');
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(next.hidden).toBe(false);
    expect(next.textContent).toBe('Next');

    // Pressing our callout (its Next) keeps the highlight; pressing anywhere else on the page closes it.
    document.querySelector('tandem-tips-layer')!.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    expect(document.querySelector('tandem-tips-layer')).not.toBeNull();
    document.body.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true })));
    expect(document.querySelector('tandem-tips-layer')).toBeNull();
    expect(onStep).toHaveBeenLastCalledWith({ step: 0, state: 'closed' });

    await showElement(showRequest({ title: 'Save your profile', steps }), onStep);
    const again = roots.at(-1)!;
    const nextAgain = again.querySelector<HTMLButtonElement>('button.next')!;
    nextAgain.click();
    await vi.waitFor(() => expect(onStep).toHaveBeenLastCalledWith({ step: 1, state: 'shown' }));
    expect(again.querySelector('.counter')?.textContent).toBe('Step 2 of 3');
    expect(again.querySelector('.body code')?.textContent).toBe('=SUM()');
    nextAgain.click();
    await vi.waitFor(() => expect(onStep).toHaveBeenLastCalledWith({ step: 2, state: 'shown' }));
    expect(nextAgain.textContent).toBe('Done');
    nextAgain.click();
    await vi.waitFor(() => expect(onStep).toHaveBeenLastCalledWith({ step: 2, state: 'closed' }));
    expect(document.querySelector('tandem-tips-layer')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('walking recorded steps, doing the step on the highlighted control moves on; a highlighted field stays for typing', async () => {
    const save = page();
    const field = document.createElement('textarea');
    field.setAttribute('aria-label', 'Headline');
    save.before(field);
    const headline: ElementLocator = { tag: 'textarea', role: 'textbox', name: 'Headline', label: 'Headline', frame: saveLocator.frame };
    const roots = captureShadowRoots();
    const onStep = vi.fn();
    const steps = [
      { text: [{ text: 'Type in Headline' }], counter: 'Step 1 of 2', announce: '', locator: headline },
      { text: [{ text: 'Click Save' }], counter: 'Step 2 of 2', announce: '', locator: saveLocator },
    ];
    await showElement(showRequest({ steps, labels: { close: 'Esc or click', next: 'Next', done: 'Done', walk: 'Do it here' } }), onStep);
    const root = roots.at(-1)!;
    expect(root.querySelector('.hint')?.textContent).toBe('Do it here');
    field.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    field.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    await new Promise((r) => setTimeout(r, 5));
    expect(root.querySelector('.counter')?.textContent).toBe('Step 1 of 2');
    expect(onStep).not.toHaveBeenCalled();
    root.querySelector<HTMLButtonElement>('button.next')!.click();
    await vi.waitFor(() => expect(onStep).toHaveBeenLastCalledWith({ step: 1, state: 'shown' }));
    save.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    expect(document.querySelector('tandem-tips-layer')).not.toBeNull();
    save.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    await vi.waitFor(() => expect(onStep).toHaveBeenLastCalledWith({ step: 1, state: 'closed' }));
    expect(document.querySelector('tandem-tips-layer')).toBeNull();
  });

  it('hands a step whose element is in another frame to the panel, and shows one step without Next', async () => {
    page();
    const roots = captureShadowRoots();
    const onStep = vi.fn();
    const workbook: ElementLocator = { ...saveLocator, frame: { top: false, host: 'excel.officeapps.live.com' } };
    const steps = [
      { text: [{ text: 'Open the sheet' }], counter: 'Step 1 of 2', announce: '' },
      { text: [{ text: 'Click the cell' }], counter: 'Step 2 of 2', announce: '', locator: workbook },
    ];
    await showElement(showRequest({ steps }), onStep);
    roots.at(-1)!.querySelector<HTMLButtonElement>('button.next')!.click();
    await vi.waitFor(() => expect(onStep).toHaveBeenLastCalledWith({ step: 1, state: 'elsewhere' }));
    expect(document.querySelector('tandem-tips-layer')).toBeNull();
    expect((await showElement(showRequest({ steps, step: 1 }), onStep)).status).toBe('other-frame');

    await showElement(showRequest({ steps: [{ text: [{ text: 'Click Save' }], counter: '', announce: '' }] }), onStep);
    const single = roots.at(-1)!;
    expect(single.querySelector('.body')?.textContent).toBe('Click Save');
    expect(single.querySelector<HTMLButtonElement>('button.next')!.hidden).toBe(true);
  });

  it('knows the recorded frame, including regional hosts of the same service', () => {
    const workbook = { top: false, host: 'excel.officeapps.live.com' };
    expect(isRecordedFrame(workbook, false, 'euc-excel.officeapps.live.com')).toBe(true);
    expect(isRecordedFrame(workbook, true, 'excel.officeapps.live.com')).toBe(false);
    expect(isRecordedFrame({ top: true, host: 'www.linkedin.com' }, true, 'www.linkedin.com')).toBe(true);
    expect(isRecordedFrame({ top: true, host: 'www.linkedin.com' }, true, 'evil.example')).toBe(false);
  });

  it('combines the frames’ answers: found wins, then a refusal, then not found', () => {
    const found = { status: 'found' as const, strategy: 'role' as const, rect: { x: 1, y: 2, width: 3, height: 4 } };
    expect(combineResults([{ status: 'other-frame' }, found, { status: 'mismatch' }])).toBe(found);
    expect(combineResults([{ status: 'not-found' }, { status: 'mismatch' }])).toEqual({ status: 'mismatch' });
    expect(combineResults([{ status: 'other-frame' }, undefined])).toEqual({ status: 'not-found' });
  });
});

describe('screen readers', () => {
  afterEach(() => vi.useRealTimers());

  /** The overlay's live region: polite, atomic, and empty until the announcement follows. */
  function liveRegion(root: ShadowRoot): HTMLElement {
    const live = root.querySelector<HTMLElement>('[aria-live]');
    if (!live) throw new Error('no live region in the overlay');
    expect(live.getAttribute('role')).toBe('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.getAttribute('aria-atomic')).toBe('true');
    return live;
  }

  it('hear what “show me” outlines: the live region is in place first, then speaks', async () => {
    vi.useFakeTimers();
    page();
    const roots = captureShadowRoots();
    await showElement(showRequest({ title: 'Save your profile', announce: 'Tandem Tips shows: Save your profile. Press Escape to close.' }));
    const live = liveRegion(roots.at(-1)!);
    expect(live.textContent).toBe('');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(live.textContent).toBe('Tandem Tips shows: Save your profile. Press Escape to close.');
  });

  it('hear that the picker started and how to use it by keyboard', () => {
    vi.useFakeTimers();
    page();
    const roots = captureShadowRoots();
    const stop = startPicker({ hint: 'Click', announce: 'Tab to an element and press Enter to pick it. Escape cancels.', roles: {} }, vi.fn());
    const live = liveRegion(roots.at(-1)!);
    expect(live.textContent).toBe('');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(live.textContent).toBe('Tab to an element and press Enter to pick it. Escape cancels.');
    stop();
  });

  it('say nothing once the overlay is gone before the announcement was due', () => {
    vi.useFakeTimers();
    const overlay = createOverlay('show');
    overlay.announce('too late');
    overlay.destroy();
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(overlay.live.textContent).toBe('');
  });
});
