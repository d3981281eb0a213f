// Import at scale, through the real import code in the extension's side panel:
//  - a 5,000-tip pack file chosen in Settings → Tip packs (read, JSON-parsed, every tip validated with
//    zod, compared with the database) → preview shown; "Import" → one Dexie transaction → confirmation;
//  - a 10,000-record exchange file (9,000 shared notes, 500 goals, 500 meetings) chosen in Exchange
//    (checksum, zod validation of every record, merge plan against the database) → preview; "Import
//    these changes" → merged and written in one transaction → confirmation.
// Times are taken in the panel page (its own clock) from the file input's change event to the preview,
// and from the confirming click to the confirmation text.
import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { generators } from './scale-data.ts';

const CONTEXTS = ['linkedin.feed', 'linkedin.profile.edit', 'excel.formulas', 'excel.pivot', 'tableau.authoring.calculated-field', 'tableau.view'];

/** A tip pack file (current format) of `count` valid tips. */
export function packFileText(count: number, packId = 'bench.programme'): string {
  const g = generators(5);
  const tips = Array.from({ length: count }, (_, i) => ({ ...g.tip(`${packId}.tip.${i}`, g.pick(CONTEXTS), i), packId }));
  const now = Date.now();
  return JSON.stringify({
    format: 'tandem-tips/pack',
    schemaVersion: 2,
    exportedAt: now,
    pack: { id: packId, name: 'Programme pack 2027', author: 'Programme office', version: 1, updatedAt: now },
    tips,
  });
}

/** A plain exchange file from a partner carrying `notes` shared notes, `goals` goals and `meetings` meetings. */
export function exchangeFileText(counts = { notes: 9_000, goals: 500, meetings: 500 }): string {
  const g = generators(9);
  const payload = {
    from: { name: 'Mia', role: 'mentor', device: 'bench-partner-device-0001' },
    createdAt: Date.now(),
    ack: null,
    notes: Array.from({ length: counts.notes }, (_, i) => g.note(`partner-note-${i}`, g.pick(CONTEXTS), i, [], 'shared')),
    goals: Array.from({ length: counts.goals }, (_, i) => g.goal(`partner-goal-${i}`, i)),
    meetings: Array.from({ length: counts.meetings }, (_, i) => g.meeting(`partner-meeting-${i}`, i)),
    tandem: [],
    tips: [],
    progress: [],
  };
  const sha256 = createHash('sha256').update(JSON.stringify(payload)).digest('hex');
  return JSON.stringify({ format: 'tandem-tips/exchange', schemaVersion: 1, createdAt: payload.createdAt, encrypted: false, sha256, payload }, null, 1);
}

/** Watches the import section: change event → preview shown; confirming click → confirmation text. */
const IMPORT_WATCH = `
  (() => {
    const t = {};
    window.__importTimes = t;
    document.addEventListener('change', (e) => { if (e.target instanceof HTMLInputElement && e.target.type === 'file') t.change = performance.now(); }, true);
    document.addEventListener('click', (e) => { if (e.target instanceof Element && e.target.closest('[data-testid="import-preview"] button.primary')) t.click = performance.now(); }, true);
    new MutationObserver(() => {
      if (t.change !== undefined && t.preview === undefined && document.querySelector('[data-testid="import-preview"]')) t.preview = performance.now();
      const status = document.querySelector('[data-testid="import-status"]')?.textContent ?? '';
      const problem = document.querySelector('[data-testid="import-problem"], [data-testid="import-error"]')?.textContent ?? '';
      if (problem) t.problem = problem;
      if (t.click !== undefined && t.done === undefined && status.trim()) { t.done = performance.now(); t.status = status; }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  })();
`;

export interface ImportTiming {
  validateMs: number;
  writeMs: number;
  status: string;
}

/** Chooses `file` in the import section of `hash` (#settings or #exchange), confirms, and times both steps. */
export async function importThroughPanel(context: BrowserContext, extensionId: string, hash: string, file: string): Promise<ImportTiming> {
  const page: Page = await context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.addInitScript(IMPORT_WATCH);
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html${hash}`);
    const input = hash === '#exchange' ? page.getByTestId('import-file') : page.getByLabel(/Choose a pack file/);
    await input.setInputFiles(file);
    const preview = page.getByTestId('import-preview');
    await Promise.race([
      preview.waitFor({ timeout: 120_000 }),
      page.waitForFunction(() => (window as unknown as { __importTimes: { problem?: string } }).__importTimes.problem, null, { timeout: 120_000 }).then(async () => {
        throw new Error(`import refused: ${await page.evaluate(() => (window as unknown as { __importTimes: { problem?: string } }).__importTimes.problem)}`);
      }),
    ]);
    await preview.locator('button.primary').click();
    await page.waitForFunction(() => (window as unknown as { __importTimes: { done?: number } }).__importTimes.done !== undefined, null, { timeout: 120_000 });
    const t = await page.evaluate(() => (window as unknown as { __importTimes: { change: number; preview: number; click: number; done: number; status: string } }).__importTimes);
    return { validateMs: t.preview - t.change, writeMs: t.done - t.click, status: t.status.trim() };
  } finally {
    await page.close();
  }
}
