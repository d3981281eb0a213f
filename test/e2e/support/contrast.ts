import type { Page } from '@playwright/test';

/** A button whose text does not stand out enough from what is behind it. */
export interface LowContrast {
  where: string;
  text: string;
  color: string;
  background: string;
  ratio: number;
  needed: number;
}

/**
 * Every visible, enabled button (and link styled as one) on the page whose text falls below WCAG AA
 * contrast (4.5:1, large text 3:1), measured from the colours Chromium computed: the text colour
 * against the backgrounds behind it, composited from the button up to the canvas.
 */
export async function lowContrastButtons(page: Page, where: string): Promise<{ checked: string[]; low: LowContrast[] }> {
  const found = await page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const probe = document.createElement('canvas').getContext('2d')!;
    // Computed colours may be rgb(), rgba() or color(srgb …): the canvas normalises any of them.
    const parse = (css: string): Rgba => {
      const m = css.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/);
      if (m) {
        const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
        return [Number(m[1]), Number(m[2]), Number(m[3]), a];
      }
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3] + below[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const canvas = parse(getComputedStyle(document.documentElement).backgroundColor);
    const backdrop: Rgba = canvas[3] === 1 ? canvas : over(canvas, [255, 255, 255, 1]);
    const backgroundOf = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      return layers.reduceRight<Rgba>((below, top) => over(top, below), backdrop);
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const css = ([r, g, b]: Rgba) => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
    const buttons = document.querySelectorAll<HTMLElement>(
      'button, [role="button"], input[type="submit"], input[type="button"], .primary, .secondary, .danger, .link-button, .button-link, summary',
    );
    const out: { text: string; color: string; background: string; ratio: number; needed: number }[] = [];
    const checked: string[] = [];
    for (const el of buttons) {
      if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden')) continue;
      const text = (el.innerText || (el as HTMLInputElement).value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
      if (!text) continue;
      checked.push(text.slice(0, 60));
      const background = backgroundOf(el);
      const color = over(parse(style.color), background);
      const [hi, lo] = [luminance(color), luminance(background)].sort((a, b) => b - a) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      // Two decimals as a person would quote the ratio; anything that rounds to the threshold passes.
      if (Math.round(ratio * 100) / 100 < needed) out.push({ text: text.slice(0, 60), color: css(color), background: css(background), ratio: Math.round(ratio * 100) / 100, needed });
    }
    return { checked, out };
  });
  return { checked: found.checked, low: found.out.map((f) => ({ where, ...f })) };
}
