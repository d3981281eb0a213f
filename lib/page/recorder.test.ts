import { afterEach, describe, expect, it, vi } from 'vitest';
import { startRecorder, type RecordedStep } from './recorder';

const texts = { title: 'Recording steps', hint: 'Esc stops', announce: 'Recording' };
const SECRET = 'Top secret headline 4711';

/** Dispatches an event the way the browser does for a person's action (trusted). */
function trusted<E extends Event>(target: EventTarget, event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}

/** Types like a person: the value grows and an input event follows each key. */
function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  for (const ch of text) {
    trusted(field, new KeyboardEvent('keydown', { key: ch, bubbles: true, composed: true }));
    field.value += ch;
    trusted(field, new InputEvent('input', { data: ch, bubbles: true, composed: true }));
  }
}

function page(): Record<'edit' | 'headline' | 'motto' | 'pronouns' | 'tab' | 'editor' | 'check', HTMLElement> {
  document.body.innerHTML = `
    <a href="#edit" aria-label="Edit intro" data-view-name="profile-edit-intro"><svg><path d="M0 0"/></svg></a>
    <label for="headline">Headline*</label><textarea id="headline"></textarea>
    <span id="motto-label">Your motto <input type="text" id="motto" aria-labelledby="motto-label"></span>
    <label for="pronouns">Pronouns</label><select id="pronouns"><option>Please select</option><option>They/Them</option></select>
    <div role="tablist"><button role="tab" aria-selected="false">Formulas</button></div>
    <div role="textbox" contenteditable="true" aria-label="Text editor"></div>
    <input type="checkbox" id="show"><label for="show">Show school</label>`;
  const q = (s: string) => document.querySelector(s) as HTMLElement;
  return { edit: q('a'), headline: q('#headline'), motto: q('#motto'), pronouns: q('#pronouns'), tab: q('[role=tab]'), editor: q('[contenteditable]'), check: q('label[for=show]') };
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
});

function record(): { steps: RecordedStep[]; ended: ReturnType<typeof vi.fn> } {
  const steps: RecordedStep[] = [];
  const ended = vi.fn();
  stop = startRecorder(texts, (s) => steps.push(s), ended);
  return { steps, ended };
}

describe('the step recorder', () => {
  it('turns a click, a choice, a tab and typing into steps with the picker’s locators, and lets the page act', () => {
    const el = page();
    const { steps } = record();
    const pageSaw = vi.fn();
    document.addEventListener('click', pageSaw);

    const click = trusted(el.edit.querySelector('path')!, new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 }));
    expect(click.defaultPrevented).toBe(false);
    expect(pageSaw).toHaveBeenCalledTimes(1);
    type(el.headline as HTMLTextAreaElement, SECRET);
    (el.pronouns as HTMLSelectElement).selectedIndex = 1;
    trusted(el.pronouns, new Event('change', { bubbles: true }));
    trusted(el.tab, new MouseEvent('click', { bubbles: true, detail: 1 }));

    expect(steps.map((s) => [s.action, s.locator.role, s.locator.name])).toEqual([
      ['click', 'link', 'Edit intro'],
      ['type', 'textbox', 'Headline*'],
      ['choose', 'combobox', 'Pronouns'],
      ['choose', 'tab', 'Formulas'],
    ]);
    expect(steps[0]!.locator.testId).toEqual({ attr: 'data-view-name', value: 'profile-edit-intro' });
    document.removeEventListener('click', pageSaw);
  });

  it('never records what was typed, nor which option a drop-down got', () => {
    const el = page();
    const { steps } = record();
    type(el.headline as HTMLTextAreaElement, SECRET);
    // A label around its own field makes the field's value part of the accessible name (accname 2C).
    // …and a field that already held text (a draft, a saved headline) carries it into the name too.
    (el.motto as HTMLInputElement).value = SECRET;
    type(el.motto as HTMLInputElement, ' and more');
    el.editor.textContent = SECRET;
    trusted(el.editor, new InputEvent('input', { bubbles: true, composed: true }));
    (el.pronouns as HTMLSelectElement).selectedIndex = 1;
    trusted(el.pronouns, new Event('change', { bubbles: true }));

    expect(steps.map((s) => s.action)).toEqual(['type', 'type', 'type', 'choose']);
    const all = JSON.stringify(steps);
    for (const piece of [SECRET, 'secret', '4711', 'They/Them']) expect(all.toLowerCase()).not.toContain(piece.toLowerCase());
  });

  it('ignores untrusted events (the page’s own scripts) and counts a label’s click once', () => {
    const el = page();
    const { steps } = record();
    el.edit.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    trusted(el.check, new MouseEvent('click', { bubbles: true, detail: 1 }));
    trusted(document.getElementById('show')!, new MouseEvent('click', { bubbles: true, detail: 1 }));
    expect(steps.map((s) => [s.action, s.locator.name])).toEqual([['click', 'Show school']]);
  });

  it('shows a small indicator in a closed shadow root; Esc ends recording and removes every trace', () => {
    page();
    const { steps, ended } = record();
    const host = document.querySelector('tandem-tips-layer')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    const esc = trusted(document.body, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(esc.defaultPrevented).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(document.querySelector('tandem-tips-layer')).toBeNull();
    trusted(document.querySelector('a')!, new MouseEvent('click', { bubbles: true, detail: 1 }));
    expect(steps).toEqual([]);
  });

  it('never throws into the page when a step cannot be taken', () => {
    const el = page();
    record();
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(() => trusted(el.edit, new MouseEvent('click', { bubbles: true, detail: 1 }))).not.toThrow();
  });
});
