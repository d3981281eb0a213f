import { browser } from 'wxt/browser';
import type { StepBox } from '../page/recorder';
import { isStepPicture, type PictureFocus } from '../schemas/tip';

/** Room kept around the element (CSS pixels), so the picture shows where on the page it is. */
const MARGIN_X = 160;
const MARGIN_Y = 90;
/** A picture is at most this large (pixels): readable in a 400 px panel, small in a pack. */
const MAX_WIDTH = 640;
const MAX_HEIGHT = 400;
/** The outline's colour: the one "show me" draws on the page. */
const OUTLINE = '#d6336c';
/** Tried in order until the picture fits the limit: WebP where the browser writes it, else JPEG. */
const ENCODINGS: readonly { type: string; quality: number }[] = [
  { type: 'image/webp', quality: 0.82 },
  { type: 'image/webp', quality: 0.6 },
  { type: 'image/jpeg', quality: 0.8 },
  { type: 'image/jpeg', quality: 0.55 },
];
/** Chromium's capture quota is two a second: how often, and how long, a step waits for its turn. */
const CAPTURE_RETRIES = 3;
const CAPTURE_RETRY_MS = 550;
/** How coarse "blur" makes the rest of the picture: no text survives a block this large. */
const BLUR_BLOCK = 10;

/** The part of a screenshot to keep (image pixels), the picture's size, and the element in it. */
export interface Crop {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  width: number;
  height: number;
  focus: PictureFocus;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Where to crop a screenshot of `imageWidth`×`imageHeight` pixels of a viewport `box.viewWidth`
 * CSS pixels wide around the element at `box`, scaled to at most 640×400; null when the element
 * is not in view.
 */
export function cropAround(box: StepBox, imageWidth: number, imageHeight: number): Crop | null {
  const scale = imageWidth / box.viewWidth;
  const viewHeight = imageHeight / scale;
  // A screenshot of another size than the page's view (the window changed meanwhile): no outline could be placed right.
  if (Math.abs(viewHeight - box.viewHeight) > box.viewHeight * 0.05) return null;
  const [ex1, ex2] = [clamp(box.x, 0, box.viewWidth), clamp(box.x + box.width, 0, box.viewWidth)];
  const [ey1, ey2] = [clamp(box.y, 0, viewHeight), clamp(box.y + box.height, 0, viewHeight)];
  if (ex2 - ex1 < 1 || ey2 - ey1 < 1) return null;
  const x1 = clamp(ex1 - MARGIN_X, 0, box.viewWidth);
  const x2 = clamp(ex2 + MARGIN_X, 0, box.viewWidth);
  const y1 = clamp(ey1 - MARGIN_Y, 0, viewHeight);
  const y2 = clamp(ey2 + MARGIN_Y, 0, viewHeight);
  const [sx, sy] = [Math.round(x1 * scale), Math.round(y1 * scale)];
  const [sw, sh] = [Math.max(1, Math.round((x2 - x1) * scale)), Math.max(1, Math.round((y2 - y1) * scale))];
  const k = Math.min(1, MAX_WIDTH / sw, MAX_HEIGHT / sh);
  const at = (v: number) => Math.max(0, Math.round(v * k));
  return {
    sx,
    sy,
    sw,
    sh,
    width: Math.max(1, Math.round(sw * k)),
    height: Math.max(1, Math.round(sh * k)),
    focus: { x: at(ex1 * scale - sx), y: at(ey1 * scale - sy), width: Math.max(1, at((ex2 - ex1) * scale)), height: Math.max(1, at((ey2 - ey1) * scale)) },
  };
}

/** A data URL's bytes as a Blob (no fetch: nothing here goes near the network stack). */
function blobOf(dataUrl: string): Blob {
  const [head, b64 = ''] = dataUrl.split(',', 2);
  const type = /^data:([^;]+)/.exec(head ?? '')?.[1] ?? 'application/octet-stream';
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type });
}

async function dataUrlOf(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  // In chunks: one String.fromCharCode call per 32 KB keeps the argument list small.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type};base64,${btoa(bin)}`;
}

/** The canvas as the smallest encoding that fits the picture limit; null when none does. */
async function encode(canvas: OffscreenCanvas): Promise<string | null> {
  for (const { type, quality } of ENCODINGS) {
    const blob = await canvas.convertToBlob({ type, quality });
    // A browser that cannot write this type answers with PNG: try the next.
    if (blob.type !== type) continue;
    const url = await dataUrlOf(blob);
    if (isStepPicture(url)) return url;
  }
  return null;
}

function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  return ctx;
}

/** A recorded step's picture and where its element is in it. */
export interface StepPicture {
  picture: string;
  pictureFocus: PictureFocus;
}

/** Makes one area of the canvas unreadable (coarse blocks), the rest untouched. */
function pixelate(canvas: OffscreenCanvas, x: number, y: number, width: number, height: number): void {
  const small = new OffscreenCanvas(Math.max(1, Math.ceil(width / BLUR_BLOCK)), Math.max(1, Math.ceil(height / BLUR_BLOCK)));
  context2d(small).drawImage(canvas, x, y, width, height, 0, 0, small.width, small.height);
  const ctx = context2d(canvas);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small, 0, 0, small.width, small.height, x, y, width, height);
}

/**
 * Crops the screenshot around the element, outlines it and compresses it; null when it cannot be
 * pictured. `hideElement` makes the element itself unreadable: a field the mentor typed in, whose
 * text is never recorded, not even as pixels.
 */
export async function pictureStep(screenshot: string, box: StepBox, { hideElement = false } = {}): Promise<StepPicture | null> {
  const bitmap = await createImageBitmap(blobOf(screenshot));
  try {
    const crop = cropAround(box, bitmap.width, bitmap.height);
    if (!crop) return null;
    const canvas = new OffscreenCanvas(crop.width, crop.height);
    const ctx = context2d(canvas);
    ctx.drawImage(bitmap, crop.sx, crop.sy, crop.sw, crop.sh, 0, 0, crop.width, crop.height);
    const { x, y, width, height } = crop.focus;
    if (hideElement) pixelate(canvas, x, y, width, height);
    ctx.strokeStyle = OUTLINE;
    ctx.lineWidth = 3;
    ctx.strokeRect(x - 3, y - 3, width + 6, height + 6);
    const picture = await encode(canvas);
    return picture ? { picture, pictureFocus: crop.focus } : null;
  } finally {
    bitmap.close();
  }
}

/** The picture with everything but the element (and its outline) made unreadable. */
export async function blurAllBut(picture: string, focus: PictureFocus): Promise<string | null> {
  const bitmap = await createImageBitmap(blobOf(picture));
  try {
    const { width, height } = bitmap;
    const small = new OffscreenCanvas(Math.max(1, Math.ceil(width / BLUR_BLOCK)), Math.max(1, Math.ceil(height / BLUR_BLOCK)));
    context2d(small).drawImage(bitmap, 0, 0, small.width, small.height);
    const canvas = new OffscreenCanvas(width, height);
    const ctx = context2d(canvas);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(small, 0, 0, width, height);
    const pad = 6;
    const x = clamp(focus.x - pad, 0, width);
    const y = clamp(focus.y - pad, 0, height);
    const w = clamp(focus.width + 2 * pad, 1, width - x);
    const h = clamp(focus.height + 2 * pad, 1, height - y);
    ctx.drawImage(bitmap, x, y, w, h, x, y, w, h);
    return await encode(canvas);
  } finally {
    bitmap.close();
  }
}

/** Why the visible tab could not be captured: no permission (nothing will work this time) or anything else. */
export type CaptureProblem = 'not-allowed' | 'failed';

/**
 * A screenshot of what the tab shows (PNG data URL). The browser allows it only with `activeTab`
 * granted for that tab — the mentor's click on the toolbar button there, the keyboard shortcut or
 * the page's context menu — and only while the tab is the one shown in its window.
 */
export async function captureTab(tabId: number): Promise<{ ok: true; shot: string } | { ok: false; problem: CaptureProblem }> {
  for (let attempt = 0; ; attempt++) {
    try {
      const tab = await browser.tabs.get(tabId);
      if (!tab.active) return { ok: false, problem: 'failed' };
      return { ok: true, shot: await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' }) };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (/permission|activeTab|all_urls/i.test(text)) return { ok: false, problem: 'not-allowed' };
      // Chromium allows two captures a second: quick steps wait their turn.
      if (!/quota|MAX_CAPTURE/i.test(text) || attempt >= CAPTURE_RETRIES) return { ok: false, problem: 'failed' };
      await new Promise((wait) => setTimeout(wait, CAPTURE_RETRY_MS));
    }
  }
}
