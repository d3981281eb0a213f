// `npm start -- --headless-check`: for a machine without a screen. Opens the built extension in
// headless Chromium, visits every saved tool page and prints what the side panel shows there
// (with a screenshot of each), so a person can see it work without a display.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumArgs } from '../test/e2e/browser.ts';
import { badgeHere, skipWelcome, waitForSeed } from '../test/e2e/extension.ts';
import { routeSites, TOOL_PAGES, type SiteLang, type ToolPage } from '../test/e2e/sites.ts';

/** What the panel showed for one tool page. */
export interface PanelSeen {
  page: ToolPage;
  badge: string;
  tool?: string;
  context?: string;
  tipCount?: string;
  tips: string[];
  screenshot: string;
}

const TOOL_NAMES: Record<ToolPage['tool'], RegExp> = { linkedin: /^LinkedIn$/, excel: /^Excel/, tableau: /^Tableau/, chatgpt: /^ChatGPT$/ };

/** The panel recognised the page as the tool it is. */
export function isRecognised(seen: PanelSeen): boolean {
  return seen.tool !== undefined && TOOL_NAMES[seen.page.tool].test(seen.tool);
}

/**
 * The tab's badge once it says what `settled` accepts; frames report one after another (Excel's
 * workbook frame after its host page), so the first count may not be the last. Gives up after a
 * while and returns what is there: a page may have no tips at all.
 */
async function badgeWhen(sw: Worker, url: string, settled: (badge: string) => boolean): Promise<string> {
  const deadline = Date.now() + 10_000;
  let badge = await sw.evaluate(badgeHere, url).catch(() => '');
  while (Date.now() < deadline && !settled(badge)) {
    await new Promise((r) => setTimeout(r, 200));
    badge = await sw.evaluate(badgeHere, url).catch(() => '');
  }
  return badge;
}

async function look(context: BrowserContext, sw: Worker, extensionId: string, page: ToolPage, shotPath: string): Promise<PanelSeen> {
  const tab = await context.newPage();
  await tab.goto(page.url);
  await badgeWhen(sw, tab.url(), (badge) => badge !== '');
  // The panel page in a tab follows the tab used before it, as the side panel follows the active tab.
  const panel: Page = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const tool = panel.getByTestId('tool-name');
  await tool.or(panel.getByTestId('empty-state')).first().waitFor();
  const seen: PanelSeen = { page, badge: '', tips: [], screenshot: shotPath };
  if (await tool.isVisible()) {
    seen.tool = (await tool.textContent()) ?? '';
    const ctx = panel.getByTestId('context-name');
    if (await ctx.count()) seen.context = (await ctx.first().textContent()) ?? '';
    // The header can show before the tips are read: wait for the list's count.
    seen.tipCount = (await panel.getByTestId('tip-count').textContent()) ?? undefined;
    seen.tips = (await panel.locator('[data-tip-id] .tip-title').allTextContents()).map((s) => s.trim());
  }
  const count = seen.tipCount?.match(/\d+/)?.[0];
  seen.badge = await badgeWhen(sw, tab.url(), (badge) => badge === (count ?? ''));
  await panel.screenshot({ path: shotPath });
  await panel.close();
  await tab.close();
  return seen;
}

/** Prints what the panel shows on each saved tool page; resolves to false when a page went unrecognised. */
export async function headlessCheck(opts: { executablePath: string; extensionPath: string; lang: SiteLang }): Promise<boolean> {
  const profile = mkdtempSync(join(tmpdir(), 'tandem-headless-check-'));
  const shots = join('.output', 'headless-check');
  mkdirSync(shots, { recursive: true });
  const locale = opts.lang === 'de' ? 'de-DE' : 'en-US';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: opts.executablePath,
    headless: true,
    locale,
    args: chromiumArgs(opts.extensionPath, locale),
  });
  let ok = true;
  try {
    await routeSites(context, { lang: opts.lang });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await waitForSeed(sw);
    // A fresh profile greets the person with the first-run welcome; this check is about the tips on each page.
    await skipWelcome(sw);
    const extensionId = new URL(sw.url()).host;
    console.log(`Headless check: the extension in ${opts.extensionPath}, offline copies of the tools (${opts.lang}); the first-run welcome skipped.\n`);
    for (const [i, page] of TOOL_PAGES.entries()) {
      const shot = join(shots, `${String(i + 1).padStart(2, '0')}-${page.label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}.png`);
      const seen = await look(context, sw, extensionId, page, shot);
      const recognised = isRecognised(seen);
      ok &&= recognised;
      console.log(`${recognised ? '✓' : '✗'} ${page.label} — ${page.url}`);
      console.log(
        recognised
          ? `    panel: ${seen.tool}${seen.context ? ` › ${seen.context}` : ''} · ${seen.tipCount ?? 'no tips'} · toolbar badge "${seen.badge}"`
          : `    panel: not recognised${seen.tool ? ` (shows ${seen.tool})` : ' (shows “No tool open”)'} · toolbar badge "${seen.badge}"`,
      );
      for (const title of seen.tips.slice(0, 5)) console.log(`      • ${title}`);
      if (seen.tips.length > 5) console.log(`      … and ${seen.tips.length - 5} more`);
      console.log(`    screenshot: ${relative(process.cwd(), shot)}`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(ok ? `\nAll ${TOOL_PAGES.length} tool pages recognised.` : '\nSome tool pages were not recognised (✗ above).');
  return ok;
}
