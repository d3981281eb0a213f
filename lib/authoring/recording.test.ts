import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TandemDb } from '../db/db';
import { exportMyPack } from '../packs/export-pack';
import { applyPackImport, previewPackImport } from '../packs/import-pack';
import { tipSchema, type StepTarget } from '../schemas/tip';
import { showMeLocatorOf, stepLocatorsOf } from '../tips/show-me';
import { blankDraft, draftOf } from './draft';
import { saveTipFromDraft } from './my-tips';
import { addStep, appendRecorded, mergeWithNext, moveStep, removeStep, setStepText } from './step-list';
import { draftStepText } from './step-text';
import { createTranslate } from '../i18n/translate';
import { tipFromDraft } from './tip-form';

const en = createTranslate('en');
const de = createTranslate('de');
const frame = { top: true, host: 'www.linkedin.com' };
const target = (name: string, role = 'button', context?: StepTarget['context']): StepTarget => ({
  locator: { tag: role === 'textbox' ? 'textarea' : 'button', role, name, label: name, frame },
  ...(context ? { context } : {}),
});
const edit = target('Edit intro', 'link', 'linkedin.profile.own');
const headline = target('Headline*', 'textbox', 'linkedin.profile.edit');
const save = target('Save', 'button', 'linkedin.profile.edit');

describe('draft texts of recorded steps', () => {
  it('say what to do with the control, in the tip’s language, from its role and name', () => {
    expect(draftStepText({ action: 'click', locator: edit.locator }, en)).toBe('Click **Edit intro**');
    expect(draftStepText({ action: 'click', locator: edit.locator }, de)).toBe('Klicken Sie auf **Edit intro**');
    expect(draftStepText({ action: 'type', locator: headline.locator }, en)).toBe('Type in **Headline**');
    expect(draftStepText({ action: 'type', locator: headline.locator }, de)).toBe('Geben Sie etwas in **Headline** ein');
    expect(draftStepText({ action: 'choose', locator: { tag: 'button', role: 'tab', name: 'Formeln', label: 'Formeln', frame } }, de)).toBe('Wählen Sie **Formeln**');
    expect(draftStepText({ action: 'choose', locator: { tag: 'select', role: 'combobox', name: 'Pronouns', label: 'Pronouns', frame } }, en)).toBe('Choose an option in **Pronouns**');
    expect(draftStepText({ action: 'enter', locator: { tag: 'input', role: 'combobox', name: 'Search', label: 'Search', frame } }, en)).toBe('Press Enter in **Search**');
  });

  it('keep a name’s Markdown characters as written, and fall back when a control has no name', () => {
    expect(draftStepText({ action: 'click', locator: { tag: 'button', role: 'button', name: '*_Save_* [now]', label: '*_Save_* [now]', frame } }, en)).toBe('Click **\\*\\_Save\\_\\* \\[now\\]**');
    expect(draftStepText({ action: 'click', locator: { tag: 'div', label: 'div', frame } }, en)).toBe('Click the highlighted element');
  });
});

describe('editing recorded steps', () => {
  const three = { steps: ['Click **Edit intro**', 'Type in **Headline**', 'Click **Save**'], stepTargets: [edit, headline, save] };

  it('moves, removes, joins and retypes steps with their elements', () => {
    expect(moveStep(three, 2, 0)).toEqual({ steps: ['Click **Save**', 'Click **Edit intro**', 'Type in **Headline**'], stepTargets: [save, edit, headline] });
    expect(removeStep(three, 1)).toEqual({ steps: ['Click **Edit intro**', 'Click **Save**'], stepTargets: [edit, save] });
    expect(mergeWithNext(three, 0)).toEqual({ steps: ['Click **Edit intro**. Type in **Headline**', 'Click **Save**'], stepTargets: [edit, save] });
    expect(setStepText(three, 1, 'Write what you do')).toEqual({ ...three, steps: ['Click **Edit intro**', 'Write what you do', 'Click **Save**'] });
    expect(addStep(three).stepTargets).toEqual([edit, headline, save, null]);
    expect(removeStep({ steps: ['Click **Save**'], stepTargets: [save] }, 0)).toEqual({ steps: [''], stepTargets: undefined });
  });

  it('appends recorded steps after the blank first step of a new tip, up to the limit', () => {
    let list = { steps: [''] } as ReturnType<typeof addStep>;
    for (const [i, t] of [edit, headline, save, edit, save].entries()) {
      const next = appendRecorded(list, `Step ${i + 1}`, t);
      if (!next.ok) throw new Error('full too early');
      list = next.list;
    }
    expect(list.steps).toEqual(['Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5']);
    expect(appendRecorded(list, 'Step 6', save)).toEqual({ ok: false, reason: 'full' });
  });
});

describe('recorded steps in tips and packs', () => {
  let mentor: TandemDb;
  let mentee: TandemDb;
  let n = 0;
  beforeEach(() => {
    mentor = new TandemDb(`recording-mentor-${n}`);
    mentee = new TandemDb(`recording-mentee-${n++}`);
  });
  afterEach(async () => {
    await mentor.delete();
    await mentee.delete();
  });

  it('keep each step’s element through saving, editing, export and import', async () => {
    const draft = { ...blankDraft({ tool: 'linkedin', contexts: ['linkedin.profile.own'] }, 'en'), title: 'Say what you do', steps: ['Click **Edit intro**', 'Type in **Headline**', 'Click **Save**', ''], stepTargets: [edit, headline, save, null] };
    const saved = await saveTipFromDraft(mentor, draft, { name: 'Mia', packName: 'Mia’s tips' });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    expect(saved.tip.steps).toHaveLength(3);
    expect(saved.tip.stepTargets).toEqual([edit, headline, save]);
    expect(draftOf(saved.tip).stepTargets).toEqual([edit, headline, save]);

    const { file } = await exportMyPack(mentor, { name: 'Mia', packName: 'Mia’s tips' });
    await applyPackImport(mentee, await previewPackImport(mentee, JSON.stringify(file)));
    const [imported] = await mentee.tips.toArray();
    expect(imported?.stepTargets).toEqual([edit, headline, save]);
  });

  it('give show me an element per step, starting at the tip’s own element or else the first recorded one', () => {
    const tip = { steps: ['Open it', 'Type in **Headline**', 'Click **Save**'], stepTargets: [null, headline, save] };
    expect(stepLocatorsOf(tip)).toEqual([undefined, headline.locator, save.locator]);
    expect(showMeLocatorOf(tip)).toEqual(headline.locator);
    expect(showMeLocatorOf({ ...tip, locator: edit.locator })).toEqual(edit.locator);
    expect(showMeLocatorOf({ steps: ['Open it'] })).toBeUndefined();
  });

  it('leave tips without recorded steps as they were', () => {
    const result = tipFromDraft({ ...blankDraft(null, 'en'), title: 'Plain', steps: ['Do it'] }, { id: 'x', author: 'Mia', createdAt: 1, now: 1 });
    expect(result.ok && 'stepTargets' in result.tip ? result.tip.stepTargets : undefined).toBeUndefined();
  });

  it('refuse hostile per-step data: too many, an oversized or malformed locator, unknown fields', () => {
    const base = { id: 't', packId: 'p', tool: 'linkedin', contexts: [], title: 'T', why: '', steps: ['a'], minutes: 1, level: 'beginner', tags: [], lang: 'en', author: '', createdAt: 1, updatedAt: 1 };
    expect(tipSchema.safeParse({ ...base, stepTargets: [edit, null] }).success).toBe(true);
    expect(tipSchema.safeParse({ ...base, stepTargets: Array.from({ length: 6 }, () => edit) }).success).toBe(false);
    expect(tipSchema.safeParse({ ...base, stepTargets: [{ locator: { ...edit.locator, css: 'x'.repeat(601) } }] }).success).toBe(false);
    expect(tipSchema.safeParse({ ...base, stepTargets: [{ locator: { ...edit.locator, role: '<img>' } }] }).success).toBe(false);
    expect(tipSchema.safeParse({ ...base, stepTargets: [{ ...edit, picture: 'data:image/svg+xml,<svg onload=alert(1)>' }] }).success).toBe(false);
    expect(tipSchema.safeParse({ ...base, stepTargets: [{ ...edit, context: '<b>linkedin</b>' }] }).success).toBe(false);
    expect(tipSchema.safeParse({ ...base, stepTargets: 'edit' }).success).toBe(false);
  });
});
