import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aTip } from '../../test/builders';
import { TandemDb } from '../db/db';
import { createTranslate } from '../i18n/translate';
import { isStepPicture, PICTURE_MAX_BYTES } from '../schemas/tip';
import { applyPackImport, previewPackImport } from './import-pack';
import { rejectReasonMessage } from './messages';
import { PACK_SCHEMA_VERSION } from './pack-file';

const locator = (name: string) => ({ tag: 'button', role: 'button', name, label: name, frame: { top: true, host: 'www.linkedin.com' } });
const b64 = (bytes: string) => btoa(bytes);
/** Just enough of each format's header for the type check, then filler. */
const WEBP = `data:image/webp;base64,${b64(`RIFF\x10\x00\x00\x00WEBPVP8 ${'\x00'.repeat(40)}`)}`;
const PNG = `data:image/png;base64,${b64(`\x89PNG\r\n\x1a\n${'\x00'.repeat(40)}`)}`;
const JPEG = `data:image/jpeg;base64,${b64(`\xff\xd8\xff\xe0${'\x00'.repeat(40)}`)}`;
const SVG = `data:image/svg+xml;base64,${b64('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')}`;

function packFile(tips: unknown[], schemaVersion = PACK_SCHEMA_VERSION) {
  return JSON.stringify({ format: 'tandem-tips/pack', schemaVersion, exportedAt: 1, pack: { id: 'pics', name: 'Pictures', author: 'Mia', version: 1, updatedAt: 1 }, tips });
}
const recorded = (id: string, pictures: (string | undefined)[]) =>
  aTip({
    id,
    title: `Tip ${id}`,
    steps: pictures.map((_, i) => `Step ${i + 1}`),
    stepTargets: pictures.map((picture, i) => ({ locator: locator(`Button ${i + 1}`), ...(picture ? { picture, pictureFocus: { x: 10, y: 10, width: 40, height: 20 } } : {}) })),
  });

let db: TandemDb;
let n = 0;
beforeEach(() => {
  db = new TandemDb(`step-pictures-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('a recorded step’s picture', () => {
  it('is a PNG, JPEG or WebP data URL whose bytes are of that type, never SVG, at most 150 KB', () => {
    expect([WEBP, PNG, JPEG].map(isStepPicture)).toEqual([true, true, true]);
    expect(isStepPicture(SVG)).toBe(false);
    // Claims PNG, is JPEG.
    expect(isStepPicture(JPEG.replace('image/jpeg', 'image/png'))).toBe(false);
    expect(isStepPicture('https://example.org/x.png')).toBe(false);
    expect(isStepPicture(`${WEBP}"><img src=x onerror=alert(1)>`)).toBe(false);
    const justFits = `data:image/png;base64,${b64(`\x89PNG\r\n\x1a\n${'\x00'.repeat(PICTURE_MAX_BYTES - 8)}`)}`;
    expect(isStepPicture(justFits)).toBe(true);
    const tooBig = `data:image/png;base64,${b64(`\x89PNG\r\n\x1a\n${'\x00'.repeat(PICTURE_MAX_BYTES - 7)}`)}`;
    expect(isStepPicture(tooBig)).toBe(false);
  });

  it('travels in a version 4 pack; a tip with a hostile picture is left out with a message naming the tip and the step', async () => {
    const big = `data:image/webp;base64,${b64(`RIFF\x10\x00\x00\x00WEBP${'\x00'.repeat(PICTURE_MAX_BYTES)}`)}`;
    const text = packFile([recorded('ok', [WEBP, undefined, JPEG]), recorded('svg', [PNG, SVG]), recorded('big', [big])]);
    const p = await previewPackImport(db, text);
    expect(p.entries.map((e) => e.tip.id)).toEqual(['ok']);
    expect(p.rejected.map((r) => r.title)).toEqual(['Tip svg', 'Tip big']);
    const en = createTranslate('en');
    const de = createTranslate('de');
    expect(rejectReasonMessage(en, p.rejected[0]!.reason)).toBe('Picture of step 2 is not a PNG, JPEG or WebP picture of at most 150 KB');
    expect(rejectReasonMessage(de, p.rejected[1]!.reason)).toBe('Bild zu Schritt 1 ist kein PNG-, JPEG- oder WebP-Bild von höchstens 150 KB');
    await applyPackImport(db, p);
    const tip = await db.tips.get('ok');
    expect(tip?.stepTargets?.map((s) => s?.picture)).toEqual([WEBP, undefined, JPEG]);
  });

  it('a version 3 pack imports unchanged; a picture it cannot have written is dropped, not shown', async () => {
    const plain = recorded('v3', [undefined, undefined]);
    const stray = recorded('stray', [PNG]);
    const p = await previewPackImport(db, packFile([plain, stray], 3));
    expect(p.schemaVersion).toBe(3);
    expect(p.counts).toMatchObject({ new: 2, rejected: 0 });
    await applyPackImport(db, p);
    expect((await db.tips.get('v3'))?.stepTargets).toEqual(plain.stepTargets);
    expect((await db.tips.get('stray'))?.stepTargets).toEqual([{ locator: locator('Button 1') }]);
  });
});
