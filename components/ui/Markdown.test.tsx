import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

/** Renders like the panel does and hands back the DOM, to read what a person sees. */
function render(text: string, inline = false): HTMLElement {
  return new DOMParser().parseFromString(renderToStaticMarkup(<Markdown text={text} inline={inline} />), 'text/html').body;
}

describe('Markdown shows words in angle brackets as typed', () => {
  it('keeps tag names and key names in a sentence', () => {
    const text = 'What does the <div> tag mean? And <Enter> vs <Shift>?';
    const out = render(text);
    expect(out.textContent).toBe(text);
    expect(out.querySelector('div')).toBeNull();
    expect(out.querySelectorAll('p')).toHaveLength(1);
  });

  it('keeps them in an inline step', () => {
    expect(render('press <Ctrl> and <Enter> together', true).textContent).toBe('press <Ctrl> and <Enter> together');
  });

  it('keeps a paragraph that starts with <script>, and the Markdown after it', () => {
    const out = render('<script>alert(1)</script> is what an attacker types.\n\nThe **next** paragraph.');
    expect(out.querySelector('script')).toBeNull();
    const paragraphs = [...out.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['<script>alert(1)</script> is what an attacker types.', 'The next paragraph.']);
    expect(out.querySelector('strong')?.textContent).toBe('next');
  });

  it('never renders raw HTML: elements, attributes and comments stay text', () => {
    const text = '<img src=x onerror="alert(1)"> <a href="javascript:alert(1)">click</a> <!-- hidden --> <b>bold?</b>';
    const out = render(text);
    expect(out.textContent).toBe(text);
    expect(out.querySelectorAll('img, b, a')).toHaveLength(0);
    expect(out.innerHTML).not.toContain('<img');
  });

  it('still renders Markdown, autolinks and code around them', () => {
    const out = render('Type `<b>` in **bold** or see <https://example.com/help>');
    expect(out.querySelector('code')?.textContent).toBe('<b>');
    expect(out.querySelector('strong')?.textContent).toBe('bold');
    expect(out.querySelector('a')?.getAttribute('href')).toBe('https://example.com/help');
  });

  it('keeps unsafe links out', () => {
    const out = render('[x](javascript:alert(1)) <javascript:alert(2)>');
    expect(out.querySelector('a')).toBeNull();
  });
});
