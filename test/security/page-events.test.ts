import { afterEach, describe, expect, it, vi } from 'vitest';
import { hideElement, showElement } from '../../lib/page/highlight';
import { captureLocator } from '../../lib/page/locator/capture';
import { resolveLocator } from '../../lib/page/locator/resolve';
import type { ElementLocator } from '../../lib/page/locator/types';
import { startPicker } from '../../lib/page/picker';

/** An event as the browser makes it for a real key press or click (a page's own script cannot set this). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function page(): HTMLButtonElement {
  document.body.replaceChildren();
  const save = document.createElement('button');
  save.textContent = 'Save';
  document.body.append(save);
  return save;
}

afterEach(() => {
  hideElement();
  document.querySelectorAll('tandem-tips-layer').forEach((n) => n.remove());
});

describe('events a page makes up while the picker or the highlight is shown', () => {
  it('a script-made Enter does not pick, a script-made Esc does not cancel, a script-made click is not taken', () => {
    const save = page();
    save.focus();
    document.elementsFromPoint = () => [save];
    const done = vi.fn();
    const stop = startPicker({ hint: '', announce: '', roles: {} }, done);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, clientX: 5, clientY: 5 });
    save.dispatchEvent(click);
    expect(done).not.toHaveBeenCalled();
    // The mentor's own key press still works.
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true })));
    expect(done).toHaveBeenCalledWith(null);
    stop();
  });

  it('a script-made Esc or pointer press does not close “show me”', async () => {
    page();
    const locator: ElementLocator = { tag: 'button', role: 'button', name: 'Save', label: 'Save', frame: { top: true, host: location.hostname } };
    expect((await showElement({ locator, title: 'Save', steps: [], step: 0, announce: '', labels: { close: '', next: '', done: '' }, timeoutMs: 0 })).status).toBe('found');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));
    window.dispatchEvent(new PointerEvent('pointerdown'));
    expect(document.querySelector('tandem-tips-layer')).not.toBeNull();
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true })));
    expect(document.querySelector('tandem-tips-layer')).toBeNull();
  });
});

describe('what a pick records about the element', () => {
  it('never the text of a spreadsheet cell: that is the sheet’s data, and it would travel in packs', () => {
    document.body.replaceChildren();
    const grid = document.createElement('div');
    grid.setAttribute('role', 'grid');
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    const cell = document.createElement('div');
    cell.setAttribute('role', 'gridcell');
    cell.setAttribute('data-testid', 'cell-B7');
    cell.textContent = 'Anna Schmidt – salary 85,000 €';
    row.append(cell);
    grid.append(row);
    document.body.append(grid);
    const locator = captureLocator(cell);
    expect(JSON.stringify(locator)).not.toMatch(/Anna|85,000/);
    expect(locator.label).toBe('gridcell');
    // It still finds the cell again (by its test id), checked against its kind.
    expect(resolveLocator(locator, document)).toMatchObject({ status: 'found', element: cell });
  });

  it('never what was typed into a field, nor the text of a paragraph; a button keeps its name', () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = 'Anna wrote: we are cutting the team';
    const input = document.createElement('input');
    input.value = 'my password';
    input.setAttribute('aria-label', 'Headline');
    const button = document.createElement('button');
    button.textContent = 'Save';
    document.body.append(p, input, button);
    expect(JSON.stringify(captureLocator(p))).not.toMatch(/Anna|cutting/);
    expect(JSON.stringify(captureLocator(input))).not.toContain('password');
    expect(captureLocator(input).label).toBe('Headline');
    expect(captureLocator(button)).toMatchObject({ label: 'Save', name: 'Save', text: 'Save' });
  });
});

describe('the label the mentor sees before saving', () => {
  it('can be replaced, and then the recorded wording no longer travels', async () => {
    const { relabel, kindLabel } = await import('../../lib/authoring/locator-label');
    const link: ElementLocator = { tag: 'a', role: 'link', name: 'Anna Schmidt', text: 'Anna Schmidt', label: 'Anna Schmidt', testId: { attr: 'data-test-id', value: 'profile-link' }, frame: { top: true, host: 'www.linkedin.com' } };
    expect(JSON.stringify(relabel(link, 'profile link'))).not.toContain('Anna');
    expect(relabel(link, '  ')).toMatchObject({ label: kindLabel(link) });
    expect(kindLabel(link)).toBe('link');
  });
});
