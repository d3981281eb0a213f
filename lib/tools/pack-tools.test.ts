import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CustomToolId } from '../contexts/types';
import { blankDraft } from '../authoring/draft';
import { saveTipFromDraft } from '../authoring/my-tips';
import { TandemDb } from '../db/db';
import { exportMyPack } from '../packs/export-pack';
import { applyPackImport, previewPackImport, removePack } from '../packs/import-pack';
import { TAUGHT_TOOLS_KEY } from './published';
import { tipsWaitingForAccess } from './pack-tools';
import { forgetTaughtTool, savePlace, setAllowed, teachTool } from './tool-store';

const mentor = { name: 'Mia', packName: 'Mia’s tips' };
const HOST = 'expenses.intranet.example';
let n = 0;
let mentorDb: TandemDb;
let menteeDb: TandemDb;

beforeEach(() => {
  fakeBrowser.reset();
  mentorDb = new TandemDb(`taught-mentor-${n}`);
  menteeDb = new TandemDb(`taught-mentee-${n++}`);
});
afterEach(async () => {
  await mentorDb.delete();
  await menteeDb.delete();
});

/** A mentor's pack teaching Expenses with two places and a tip for each. */
async function mentorPack() {
  const tool = await teachTool(mentorDb, { name: 'Expenses', host: HOST, lang: 'en' });
  const list = await savePlace(mentorDb, tool.id as CustomToolId, { name: 'Report list', specificity: 3, condition: { path: '^/reports/?$' } });
  const dialog = await savePlace(mentorDb, tool.id as CustomToolId, { name: 'New expense', specificity: 4, condition: { any: [{ selector: '[role="dialog"]', name: '^New expense$' }] } });
  if (!list.ok || !dialog.ok) throw new Error('places');
  for (const [title, place] of [
    ['Filter your reports', list.placeId],
    ['Attach the receipt first', dialog.placeId],
  ] as const) {
    const saved = await saveTipFromDraft(mentorDb, { ...blankDraft({ tool: tool.id, contexts: [place] }, 'en'), title, steps: ['Do it'] }, mentor);
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  }
  return { tool, file: (await exportMyPack(mentorDb, mentor)).file };
}

describe('taught tools in packs', () => {
  it('travel in the mentor’s pack and arrive allowed nowhere, their tips waiting', async () => {
    const { tool, file } = await mentorPack();
    expect(file.rules).toHaveLength(1);
    const preview = await previewPackImport(menteeDb, JSON.stringify(file));
    expect(preview.tools.map((p) => [p.rules.name, p.rules.hosts, p.action])).toEqual([['Expenses', [HOST], 'new']]);
    const counts = await applyPackImport(menteeDb, preview);
    expect(counts).toMatchObject({ new: 2, tools: 1 });
    const stored = await menteeDb.tools.get(tool.id as CustomToolId);
    expect(stored?.allowed).toEqual([]);
    expect(stored?.rules.contexts.map((c) => c.name)).toEqual(['New expense', 'Report list']);
    expect((await tipsWaitingForAccess(menteeDb, file.pack.id)).map((t) => t.title)).toEqual(['Filter your reports', 'Attach the receipt first']);
    // Nothing runs anywhere until the person allows the site.
    expect((await fakeBrowser.storage.local.get(TAUGHT_TOOLS_KEY))[TAUGHT_TOOLS_KEY]).toEqual({});

    await setAllowed(menteeDb, tool.id as CustomToolId, HOST, true);
    expect(await tipsWaitingForAccess(menteeDb, file.pack.id)).toEqual([]);
    const published = (await fakeBrowser.storage.local.get(TAUGHT_TOOLS_KEY))[TAUGHT_TOOLS_KEY] as Record<string, { hosts: string[] }>;
    expect(published[tool.id]?.hosts).toEqual([HOST]);

    // Removing the pack takes its tools (and their publication) with it.
    await removePack(menteeDb, file.pack.id);
    expect(await menteeDb.tools.count()).toBe(0);
    expect((await fakeBrowser.storage.local.get(TAUGHT_TOOLS_KEY))[TAUGHT_TOOLS_KEY]).toEqual({});
  });

  it('an update keeps the sites allowed; another pack cannot take the tool over', async () => {
    const { tool, file } = await mentorPack();
    await applyPackImport(menteeDb, await previewPackImport(menteeDb, JSON.stringify(file)));
    await setAllowed(menteeDb, tool.id as CustomToolId, HOST, true);

    await savePlace(mentorDb, tool.id as CustomToolId, { name: 'Approvals', specificity: 3, condition: { path: '^/approvals' } });
    const newer = (await exportMyPack(mentorDb, mentor)).file;
    const second = await previewPackImport(menteeDb, JSON.stringify(newer));
    expect(second.tools[0]).toMatchObject({ action: 'update' });
    await applyPackImport(menteeDb, second);
    expect((await menteeDb.tools.get(tool.id as CustomToolId))?.allowed).toEqual([HOST]);

    const thief = { ...newer, pack: { ...newer.pack, id: 'pack-someone-else', name: 'Other' } };
    await expect(previewPackImport(menteeDb, JSON.stringify(thief))).rejects.toMatchObject({ code: 'rules', details: { rulesProblem: { code: 'toolOfOtherPack', name: 'Expenses' } } });
  });

  it('refuses a pack whose tool declares one site and has rules for another, writing nothing', async () => {
    const { file } = await mentorPack();
    const rules = structuredClone(file.rules![0]) as { contexts: { when: { host: string }[] }[] };
    rules.contexts[0]!.when[0]!.host = '^payroll\\.intranet\\.example$';
    await expect(previewPackImport(menteeDb, JSON.stringify({ ...file, rules: [rules] }))).rejects.toMatchObject({ code: 'rules', details: { rulesProblem: { code: 'undeclaredHost', where: 'New expense' } } });
    expect(await menteeDb.tools.count()).toBe(0);
    expect(await menteeDb.tips.count()).toBe(0);
  });

  it('leaves out a tip for a taught tool the pack does not teach', async () => {
    const { file } = await mentorPack();
    const result = await previewPackImport(menteeDb, JSON.stringify({ ...file, rules: undefined }));
    expect(result.rejected.map((r) => r.reason)).toEqual([{ code: 'untaughtTool' }, { code: 'untaughtTool' }]);
    expect(result.counts.new).toBe(0);
  });

  it('refuses a taught tool that claims a built-in tool’s site', async () => {
    const { file } = await mentorPack();
    const rules = structuredClone(file.rules![0]) as { hosts: string[]; contexts: { when: { host: string }[] }[] };
    rules.hosts = ['www.linkedin.com'];
    for (const c of rules.contexts) for (const w of c.when) w.host = '^www\\.linkedin\\.com$';
    await expect(previewPackImport(menteeDb, JSON.stringify({ ...file, rules: [rules] }))).rejects.toMatchObject({ code: 'rules', details: { rulesProblem: { code: 'builtinHost', host: 'www.linkedin.com' } } });
  });
});

describe('forgetting a tool I taught', () => {
  it('removes its rules and stops it everywhere; my tips for it stay', async () => {
    const { tool } = await mentorPack();
    await forgetTaughtTool(mentorDb, tool.id as CustomToolId);
    expect(await mentorDb.tools.count()).toBe(0);
    expect((await fakeBrowser.storage.local.get(TAUGHT_TOOLS_KEY))[TAUGHT_TOOLS_KEY]).toEqual({});
    expect(await mentorDb.tips.where('tool').equals(tool.id).count()).toBe(2);
  });
});
