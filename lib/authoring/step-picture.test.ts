import { describe, expect, it } from 'vitest';
import { cropAround } from './step-picture';

const box = { x: 1000, y: 200, width: 24, height: 24, viewWidth: 1280, viewHeight: 900 };

describe('a step picture’s crop', () => {
  it('keeps room around the element and says where the element is in it', () => {
    expect(cropAround(box, 1280, 900)).toEqual({ sx: 840, sy: 110, sw: 344, sh: 204, width: 344, height: 204, focus: { x: 160, y: 90, width: 24, height: 24 } });
  });

  it('works in device pixels on a high-density screen and stays within 640×400', () => {
    const crop = cropAround({ ...box, x: 100, width: 900, height: 300 }, 2560, 1800)!;
    expect(crop.sw).toBe(2 * (1000 + 160 + 0));
    expect(crop.width).toBeLessThanOrEqual(640);
    expect(crop.height).toBeLessThanOrEqual(400);
    // The element's box scales with the picture.
    expect(crop.focus.width / crop.width).toBeCloseTo(900 / 1160, 2);
  });

  it('stops at the edges of the view, and pictures nothing for an element out of view or a screenshot of another size', () => {
    expect(cropAround({ ...box, x: 0, y: 0 }, 1280, 900)?.focus).toEqual({ x: 0, y: 0, width: 24, height: 24 });
    expect(cropAround({ ...box, y: 1200 }, 1280, 900)).toBeNull();
    expect(cropAround(box, 400, 713)).toBeNull();
  });
});
