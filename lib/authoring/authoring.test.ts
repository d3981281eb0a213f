import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TandemDb } from '../db/db';
import { createTranslate } from '../i18n/translate';
import { issueMessage } from '../i18n/issues';
import { NEW_DRAFT_ID } from '../schemas/draft';
import { blankDraft, draftOf, tipDrafts } from './draft';
import { loadDraft, saveDraft } from '../drafts/drafts';
import { LOCAL_PACK_ID } from '../packs/pack-ids';
import { deleteMyTip, duplicateTip, listMyTips, saveTipFromDraft } from './my-tips';
import { tipFromDraft } from './tip-form';

const en = createTranslate('en');
const de = createTranslate('de');
const me = { name: 'Mia', packName: 'Mia’s tips' };
const base = { id: 'x', author: 'Mia', createdAt: 1, now: 2 };
const draft = (over: Partial<ReturnType<typeof blankDraft>> = {}) => ({
  ...blankDraft({ tool: 'linkedin', contexts: ['linkedin.profile.edit', 'linkedin.profile.own'] }, 'en'),
  title: 'Say what you do',
  steps: ['Open **Edit intro**'],
  ...over,
});

let db: TandemDb;
let n = 0;
beforeEach(() => {
  db = new TandemDb(`authoring-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('tip editor validation', () => {
  it('prefills the current tool and its most specific page', () => {
    expect(blankDraft({ tool: 'excel', contexts: ['excel.formulas', 'excel.workbook'] }, 'de')).toMatchObject({ tool: 'excel', contexts: ['excel.formulas'], lang: 'de', steps: [''] });
  });

  it('names each broken field in a translated sentence', () => {
    const result = tipFromDraft(draft({ title: 'x'.repeat(71), steps: ['ok', 'y'.repeat(301)], minutes: '0', tags: 'a'.repeat(31) }), base);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = Object.fromEntries(Object.entries(result.errors).map(([k, issue]) => [k, issueMessage(en, issue)]));
    expect(messages).toEqual({
      title: 'Title is too long — 70 characters at most',
      'steps.1': 'Step 2 is too long — 300 characters at most',
      minutes: 'Minutes must be at least 1',
      'tags.0': 'Tag 1 is too long — 30 characters at most',
    });
    expect(issueMessage(de, result.errors.title!)).toBe('Titel ist zu lang – höchstens 70 Zeichen');
  });

  it('requires a title and a step, and ignores empty step boxes at the end', () => {
    const empty = tipFromDraft(draft({ title: '  ', steps: ['', ''] }), base);
    expect(!empty.ok && Object.keys(empty.errors).sort()).toEqual(['steps', 'title']);
    if (!empty.ok) {
      expect(issueMessage(en, empty.errors.title!)).toBe('Title is required');
      expect(issueMessage(en, empty.errors.steps!)).toBe('Steps: add at least 1');
    }
    const trailing = tipFromDraft(draft({ steps: ['One', '', ''] }), base);
    expect(trailing.ok && trailing.tip.steps).toEqual(['One']);
    const notNumber = tipFromDraft(draft({ minutes: 'two' }), base);
    expect(!notNumber.ok && issueMessage(en, notNumber.errors.minutes!)).toBe('Minutes is not valid');
  });

  it('takes an optional https: source, refuses any other link naming the field, and never keeps an old check date', () => {
    const none = tipFromDraft(draft({ source: '  ' }), base);
    expect(none.ok && none.tip.source).toBeUndefined();
    for (const bad of ['http://support.microsoft.com/', 'javascript:alert(1)', 'support.microsoft.com/excel', 'mailto:a@b.org']) {
      const result = tipFromDraft(draft({ source: bad }), base);
      expect(!result.ok && issueMessage(en, result.errors.source!), bad).toBe('Source must be a web address starting with https://');
      expect(!result.ok && issueMessage(de, result.errors.source!), bad).toBe('Quelle muss eine Webadresse sein, die mit https:// beginnt');
    }
    const first = tipFromDraft(draft(), base);
    if (!first.ok) throw new Error('the base draft is valid');
    const edited = tipFromDraft(draft({ source: 'https://support.microsoft.com/en-us/office/protect-a-worksheet-3179efdb-1285-4d49-a9c3-f4ca36276de6' }), { ...base, previous: { ...first.tip, checkedAt: '2026-01-01' } });
    expect(edited.ok && edited.tip).toMatchObject({ source: 'https://support.microsoft.com/en-us/office/protect-a-worksheet-3179efdb-1285-4d49-a9c3-f4ca36276de6' });
    expect(edited.ok && 'checkedAt' in edited.tip).toBe(false);
  });

  it('keeps only pages of the chosen tool', () => {
    const result = tipFromDraft(draft({ tool: 'excel', contexts: ['linkedin.feed', 'excel.formulas'] }), base);
    expect(result.ok && result.tip.contexts).toEqual(['excel.formulas']);
  });
});

describe('my tips', () => {
  it('saves a draft as my tip in my pack, forgets the draft, and lists it', async () => {
    await saveDraft(db, tipDrafts, NEW_DRAFT_ID, draft());
    expect((await loadDraft(db, tipDrafts, NEW_DRAFT_ID))?.title).toBe('Say what you do');
    const saved = await saveTipFromDraft(db, draft(), me);
    expect(saved.ok).toBe(true);
    expect(await loadDraft(db, tipDrafts, NEW_DRAFT_ID)).toBeUndefined();
    const pack = await db.packs.get(LOCAL_PACK_ID);
    expect(pack).toMatchObject({ source: 'local', name: 'Mia’s tips', author: 'Mia', version: 1 });
    expect(pack?.shareId).toMatch(/^pack-/);
    const [tip] = await listMyTips(db);
    expect(tip).toMatchObject({ packId: 'local', title: 'Say what you do', contexts: ['linkedin.profile.edit'], author: 'Mia' });
  });

  it('edits in place, duplicates, deletes as a tombstone and filters by tool and page', async () => {
    const first = await saveTipFromDraft(db, draft(), me);
    if (!first.ok) throw new Error('not saved');
    const edited = await saveTipFromDraft(db, { ...draftOf(first.tip), title: 'Clearer title' }, me);
    expect(edited.ok && edited.tip.id).toBe(first.tip.id);
    expect(edited.ok && edited.tip.createdAt).toBe(first.tip.createdAt);
    const copy = await duplicateTip(db, first.tip.id, 'Clearer title (copy)', me);
    expect(copy.id).not.toBe(first.tip.id);
    await saveTipFromDraft(db, draft({ tool: 'excel', contexts: ['excel.formulas'], title: 'Excel tip' }), me);
    expect((await listMyTips(db)).length).toBe(3);
    expect((await listMyTips(db, { tool: 'excel' })).map((t) => t.title)).toEqual(['Excel tip']);
    expect((await listMyTips(db, { tool: 'linkedin', context: 'linkedin.profile.edit' })).length).toBe(2);
    await deleteMyTip(db, first.tip.id, me);
    expect((await listMyTips(db)).length).toBe(2);
    expect((await db.tips.get(first.tip.id))?.deletedAt).toBeTypeOf('number');
    expect((await db.packs.get(LOCAL_PACK_ID))?.version).toBeGreaterThan(3);
  });
});
