import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { TandemDb } from '../db/db';
import { ensureBuiltinPack } from '../db/seed';
import { saveTipFromDraft, deleteMyTip } from '../authoring/my-tips';
import { blankDraft } from '../authoring/draft';
import { setTipStatus } from '../tips/progress';
import { exportMyPack } from './export-pack';
import { applyPackImport, previewPackImport, removePack, type ImportPreview } from './import-pack';
import { createTranslate } from '../i18n/translate';
import { rejectReasonMessage } from './messages';
import { MAX_PACK_BYTES, MAX_PACK_TIPS, PACK_SCHEMA_VERSION } from './pack-file';
import { FileError } from '../files/file-error';
import { buildStarterPack } from './starter-pack';

const mentor = { name: 'Mia', packName: 'Mia’s tips' };
const headline = { tag: 'textarea', role: 'textbox', name: 'Headline*', label: 'Headline*', id: 'headline', frame: { top: true, host: 'www.linkedin.com' } };
let n = 0;
let mentorDb: TandemDb;
let menteeDb: TandemDb;

beforeEach(async () => {
  mentorDb = new TandemDb(`packs-mentor-${n}`);
  menteeDb = new TandemDb(`packs-mentee-${n++}`);
  await ensureBuiltinPack(menteeDb, buildStarterPack());
});
afterEach(async () => {
  await mentorDb.delete();
  await menteeDb.delete();
});

async function writeTip(db: TandemDb, title: string, extra: Partial<ReturnType<typeof blankDraft>> = {}) {
  const draft = { ...blankDraft({ tool: 'linkedin', contexts: ['linkedin.profile.edit'] }, 'en'), title, steps: ['Open **Edit intro**'], ...extra };
  const saved = await saveTipFromDraft(db, draft, mentor);
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.tip;
}

async function exportText(db: TandemDb) {
  return JSON.stringify((await exportMyPack(db, mentor)).file);
}

async function preview(db: TandemDb, text: string): Promise<ImportPreview> {
  return previewPackImport(db, text);
}

/** The code of the FileError a refused file gets (or 'accepted'). */
async function refusalCode(db: TandemDb, text: string): Promise<string> {
  return previewPackImport(db, text).then(
    () => 'accepted',
    (error: unknown) => (error instanceof FileError ? error.code : `threw ${String(error)}`),
  );
}

/** A hand-made pack file around these tips. */
function packFile(id: string, tips: unknown[], schemaVersion = PACK_SCHEMA_VERSION) {
  return { format: 'tandem-tips/pack', schemaVersion, exportedAt: 1, pack: { id, name: 'X', author: 'Y', version: 1, updatedAt: 1 }, tips };
}

/** Everything in the database, to prove a refused or failed import wrote nothing. */
async function snapshot(db: TandemDb) {
  return { tips: await db.tips.toArray(), packs: await db.packs.toArray(), progress: await db.progress.toArray(), notes: await db.notes.toArray() };
}

describe('tip packs: export and import', () => {
  it('exports my tips under my pack’s share id and imports them as new; a second import changes nothing', async () => {
    const a = await writeTip(mentorDb, 'Say what you do', { locator: headline });
    await writeTip(mentorDb, 'Add a photo');
    const { file, fileName, count } = await exportMyPack(mentorDb, mentor);
    expect(fileName).toBe('mia-s-tips.tandem-pack.json');
    expect(count).toBe(2);
    expect(file).toMatchObject({ format: 'tandem-tips/pack', schemaVersion: PACK_SCHEMA_VERSION, pack: { name: 'Mia’s tips', author: 'Mia' } });
    expect(file.pack.id).toMatch(/^pack-/);

    const first = await preview(menteeDb, JSON.stringify(file));
    expect(first.counts).toEqual({ new: 2, updated: 0, removed: 0, unchanged: 0, rejected: 0 });
    const before = await menteeDb.tips.count();
    await applyPackImport(menteeDb, first);
    expect(await menteeDb.tips.count()).toBe(before + 2);
    const imported = await menteeDb.tips.get(a.id);
    expect(imported).toMatchObject({ packId: file.pack.id, title: 'Say what you do', locator: headline });
    expect(await menteeDb.packs.get(file.pack.id)).toMatchObject({ source: 'imported', name: 'Mia’s tips' });

    const state = await snapshot(menteeDb);
    const again = await preview(menteeDb, JSON.stringify(file));
    expect(again.counts).toEqual({ new: 0, updated: 0, removed: 0, unchanged: 2, rejected: 0 });
    await applyPackImport(menteeDb, again);
    expect(await snapshot(menteeDb)).toEqual(state);
  });

  it('brings edits and deletions across; an older copy never overwrites a newer one', async () => {
    const a = await writeTip(mentorDb, 'Say what you do');
    const b = await writeTip(mentorDb, 'Add a photo');
    const old = await exportText(mentorDb);
    await applyPackImport(menteeDb, await preview(menteeDb, old));

    await saveTipFromDraft(mentorDb, { ...blankDraft({ tool: 'linkedin', contexts: [] }, 'en'), id: a.id, title: 'Say what you do, clearly', steps: ['One'] }, mentor, Date.now() + 1000);
    await deleteMyTip(mentorDb, b.id, mentor, Date.now() + 2000);
    const next = await preview(menteeDb, await exportText(mentorDb));
    expect(next.counts).toMatchObject({ updated: 1, removed: 1, new: 0 });
    await applyPackImport(menteeDb, next);
    expect((await menteeDb.tips.get(a.id))?.title).toBe('Say what you do, clearly');
    expect((await menteeDb.tips.get(b.id))?.deletedAt).toBeTypeOf('number');

    // The old file again: nothing goes back.
    const stale = await preview(menteeDb, old);
    expect(stale.counts).toMatchObject({ unchanged: 2, updated: 0, new: 0 });
  });

  it('migrates a version 1 file (no locators then: a stray one is dropped, not trusted)', async () => {
    const text = readFileSync(join(import.meta.dirname, '../../test/fixtures/packs/v1-linkedin.tandem-pack.json'), 'utf8');
    const p = await preview(menteeDb, text);
    expect(p.schemaVersion).toBe(1);
    expect(p.counts.new).toBe(2);
    await applyPackImport(menteeDb, p);
    const tip = await menteeDb.tips.get('2b6f2c1e-8f0a-4d8e-9a55-0f1e2d3c4b5a');
    expect(tip?.title).toBe('Say what you do in your headline');
    expect(tip?.locator).toBeUndefined();
  });

  it('migrates a version 2 file: locators kept, a source or check date it cannot have written dropped', async () => {
    const text = readFileSync(join(import.meta.dirname, '../../test/fixtures/packs/v2-excel.tandem-pack.json'), 'utf8');
    const p = await preview(menteeDb, text);
    expect(p.schemaVersion).toBe(2);
    expect(p.counts).toMatchObject({ new: 1, rejected: 0 });
    await applyPackImport(menteeDb, p);
    const tip = await menteeDb.tips.get('8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b');
    expect(tip).toMatchObject({ title: 'Paste only the values', locator: { name: 'Paste', frame: { host: 'excel.officeapps.live.com' } } });
    expect(tip?.source).toBeUndefined();
    expect(tip?.checkedAt).toBeUndefined();
  });

  it('carries a tip’s source and check date from mentor to mentee', async () => {
    const a = await writeTip(mentorDb, 'Say what you do', { source: ' https://www.linkedin.com/help/linkedin/answer/87/customize-your-public-profile-url ' });
    expect(a.source).toBe('https://www.linkedin.com/help/linkedin/answer/87/customize-your-public-profile-url');
    const file = JSON.parse(await exportText(mentorDb));
    expect(file.schemaVersion).toBe(PACK_SCHEMA_VERSION);
    file.tips[0].checkedAt = '2026-11-29';
    await applyPackImport(menteeDb, await preview(menteeDb, JSON.stringify(file)));
    expect(await menteeDb.tips.get(a.id)).toMatchObject({ source: 'https://www.linkedin.com/help/linkedin/answer/87/customize-your-public-profile-url', checkedAt: '2026-11-29' });
  });

  it('leaves out a tip whose source is not an https: link or whose check date is not a date, naming the field', async () => {
    const file = packFile('pack-src', [
      aTip({ id: 'ok', source: 'https://support.microsoft.com/en-us/office/use-autosum-to-sum-numbers-543941e7-e783-44ef-8317-7d1bb85fe706', checkedAt: '2026-11-29' }),
      aTip({ id: 'http', source: 'http://support.microsoft.com/' }),
      aTip({ id: 'js', source: 'javascript:alert(1)' }),
      aTip({ id: 'relative', source: '/help/page' }),
      aTip({ id: 'mailto', source: 'mailto:someone@example.org' }),
      aTip({ id: 'creds', source: 'https://user:pw@example.org/' }),
      aTip({ id: 'long', source: `https://example.org/${'a'.repeat(500)}` }),
      aTip({ id: 'date', checkedAt: '29.11.2026' }),
      aTip({ id: 'nodate', checkedAt: '2026-02-30' }),
    ]);
    const p = await preview(menteeDb, JSON.stringify(file));
    expect(p.entries.map((e) => e.tip.id)).toEqual(['ok']);
    expect(p.rejected.map((r) => (r.reason.code === 'invalid' ? r.reason.issue.path[0] : r.reason.code))).toEqual(['source', 'source', 'source', 'source', 'source', 'source', 'checkedAt', 'checkedAt']);
    const reasons = p.rejected.map((r) => r.reason);
    const en = createTranslate('en');
    const de = createTranslate('de');
    expect(rejectReasonMessage(en, reasons[0]!)).toBe('Source must be a web address starting with https://');
    expect(rejectReasonMessage(de, reasons[0]!)).toBe('Quelle muss eine Webadresse sein, die mit https:// beginnt');
    expect(rejectReasonMessage(en, reasons[5]!)).toBe('Source is too long — 500 characters at most');
    expect(rejectReasonMessage(de, reasons[6]!)).toBe('Geprüft am muss ein Datum sein (JJJJ-MM-TT)');
  });

  it('refuses whole files with a reason and writes nothing', async () => {
    await writeTip(mentorDb, 'Mine');
    const valid = JSON.parse(await exportText(mentorDb));
    const cases: [string, string][] = [
      ['{not json', 'notJson'],
      ['[1,2]', 'notOurs'],
      [JSON.stringify({ ...valid, format: 'other/pack' }), 'notOurs'],
      [JSON.stringify({ ...valid, format: 'tandem-tips/backup' }), 'wrongKind'],
      [JSON.stringify({ ...valid, schemaVersion: 99 }), 'futureVersion'],
      [JSON.stringify({ ...valid, schemaVersion: '2' }), 'badVersion'],
      [JSON.stringify({ ...valid, schemaVersion: 0 }), 'badVersion'],
      [JSON.stringify({ ...valid, pack: { ...valid.pack, name: '' } }), 'invalid'],
      [JSON.stringify({ ...valid, pack: { ...valid.pack, id: 'local' } }), 'protectedPack'],
      [JSON.stringify({ ...valid, pack: { ...valid.pack, id: 'starter' } }), 'protectedPack'],
      [JSON.stringify({ ...valid, pack: { ...valid.pack, id: 'partner' } }), 'protectedPack'],
      [JSON.stringify({ ...valid, tips: Array.from({ length: MAX_PACK_TIPS + 1 }, () => ({})) }), 'invalid'],
      [' '.repeat(MAX_PACK_BYTES + 1), 'tooLarge'],
    ];
    const state = await snapshot(menteeDb);
    for (const [text, code] of cases) expect(await refusalCode(menteeDb, text), text.slice(0, 60)).toBe(code);
    expect(await snapshot(menteeDb)).toEqual(state);
    // The mentor re-importing their own export.
    expect(await refusalCode(mentorDb, JSON.stringify(valid))).toBe('ownPack');
  });

  it('imports a pack of exactly the limit (a programme pack of 5,000 tips), one tip more is refused', async () => {
    await writeTip(mentorDb, 'Mine');
    const valid = JSON.parse(await exportText(mentorDb));
    const tips = Array.from({ length: MAX_PACK_TIPS }, (_, i) => aTip({ id: `big.${i}`, title: `Tip ${i}`, packId: valid.pack.id }));
    const full = JSON.stringify({ ...valid, tips });
    expect(full.length).toBeLessThan(MAX_PACK_BYTES);
    const p = await preview(menteeDb, full);
    expect(p.counts.new).toBe(MAX_PACK_TIPS);
    await applyPackImport(menteeDb, p);
    expect(await menteeDb.tips.where('packId').equals(valid.pack.id).count()).toBe(MAX_PACK_TIPS);
    const over = await previewPackImport(menteeDb, JSON.stringify({ ...valid, tips: [...tips, aTip({ id: 'big.over' })] })).catch((e: unknown) => e);
    expect(over).toMatchObject({ code: 'invalid', details: { issue: { path: ['tips'], code: 'too_big', maximum: MAX_PACK_TIPS } } });
  });

  it('leaves out broken tips with a reason naming the field, and imports the rest', async () => {
    const good = aTip({ id: 'good' });
    const file = packFile('pack-x', [
      good,
      aTip({ id: 'long', title: 'x'.repeat(71) }),
      aTip({ id: 'steps', steps: [] }),
      { ...aTip({ id: 'dup' }) },
      { ...aTip({ id: 'dup' }) },
      aTip({ id: 'starter.linkedin.about-section' }),
      aTip({ id: 'mixed', tool: 'excel', contexts: ['linkedin.feed'] }),
      'not a tip',
    ], 2);
    const p = await preview(menteeDb, JSON.stringify(file));
    expect(p.counts).toMatchObject({ new: 2, rejected: 6 });
    expect(p.rejected.map((r) => [r.index, r.reason.code, r.reason.code === 'invalid' ? r.reason.issue.path[0] : undefined])).toEqual([
      [1, 'invalid', 'title'],
      [2, 'invalid', 'steps'],
      [4, 'duplicate', undefined],
      [5, 'otherPack', undefined],
      [6, 'wrongTool', undefined],
      [7, 'invalid', undefined],
    ]);
  });

  it('writes all or nothing: a failure in the middle of the import leaves the database as it was', async () => {
    await writeTip(mentorDb, 'One');
    await writeTip(mentorDb, 'Two');
    const p = await preview(menteeDb, await exportText(mentorDb));
    const state = await snapshot(menteeDb);
    vi.spyOn(menteeDb.packs, 'put').mockImplementationOnce(() => { throw new Error('disk full'); });
    await expect(applyPackImport(menteeDb, p)).rejects.toThrow('disk full');
    expect(await snapshot(menteeDb)).toEqual(state);
  });

  it('removing a pack removes its tips, never the mentee’s notes or progress', async () => {
    const tip = await writeTip(mentorDb, 'One');
    const p = await preview(menteeDb, await exportText(mentorDb));
    await applyPackImport(menteeDb, p);
    await setTipStatus(menteeDb, tip.id, 'tried');
    await menteeDb.notes.put(aNote({ id: 'n1', tipId: tip.id }));
    expect(await removePack(menteeDb, p.pack.id)).toBe(1);
    expect(await menteeDb.tips.get(tip.id)).toBeUndefined();
    expect(await menteeDb.packs.get(p.pack.id)).toBeUndefined();
    expect((await menteeDb.progress.get(tip.id))?.status).toBe('tried');
    expect((await menteeDb.notes.get('n1'))?.tipId).toBe(tip.id);
    await expect(removePack(menteeDb, 'starter')).rejects.toThrow();
  });
});

describe('tip packs: hostile and garbage input', () => {
  it('never throws and never writes on arbitrary JSON', async () => {
    const state = await snapshot(menteeDb);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), async (text) => {
        await expect(previewPackImport(menteeDb, text)).rejects.toBeInstanceOf(FileError);
      }),
      { numRuns: 150 },
    );
    expect(await snapshot(menteeDb)).toEqual(state);
  });

  it('near-valid packs: either refused with a reason, or imported exactly as previewed', async () => {
    await writeTip(mentorDb, 'Base', { locator: headline });
    const base = JSON.parse(await exportText(mentorDb));
    const fieldValue = fc.oneof(fc.string({ maxLength: 100 }), fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(fc.string(), { maxLength: 7 }), fc.object({ maxDepth: 1 }), fc.string({ minLength: 60, maxLength: 800 }));
    const tipField = fc.constantFrom('id', 'title', 'why', 'steps', 'minutes', 'level', 'tags', 'lang', 'tool', 'contexts', 'locator', 'source', 'checkedAt', 'createdAt', 'updatedAt', 'deletedAt', 'translations', '__proto__');
    const envField = fc.constantFrom('format', 'schemaVersion', 'exportedAt', 'pack', 'tips');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(tipField, fieldValue), { maxLength: 4 }), fc.option(fc.tuple(envField, fieldValue), { nil: undefined }), fc.integer({ min: 0, max: 3 }), async (tipEdits, envEdit, copies) => {
        const db = new TandemDb(`packs-fuzz-${n++}`);
        try {
          const file = structuredClone(base);
          const tip = file.tips[0];
          for (const [k, v] of tipEdits) tip[k] = v;
          file.tips = [tip, ...Array.from({ length: copies }, (_, i) => ({ ...tip, id: `copy-${i}` }))];
          if (envEdit) file[envEdit[0]] = envEdit[1];
          const before = await snapshot(db);
          const result = await previewPackImport(db, JSON.stringify(file)).catch((error: unknown) => {
            if (!(error instanceof FileError)) throw error;
            return undefined;
          });
          if (!result) {
            expect(await snapshot(db)).toEqual(before);
            return;
          }
          const counts = await applyPackImport(db, result);
          const written = counts.new + counts.updated + counts.removed;
          const tips = await db.tips.toArray();
          expect(tips.length).toBe(written);
          for (const t of tips) expect(result.entries.some((e) => e.tip.id === t.id)).toBe(true);
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
