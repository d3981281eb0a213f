import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.ts';
import { routeSites } from './sites.ts';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** The end-to-end build (`wxt build --mode e2e`): the production build plus one pre-granted test host. */
export const E2E_EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export type UiLang = 'en' | 'de';

/**
 * A fresh profile opens the panel with the first-run welcome. Specs about something else start
 * past it (`skip`, as if the person had skipped it); the welcome's own specs ask for `show`.
 */
export type WelcomeChoice = 'skip' | 'show';

/** Records the welcome as skipped, the way the panel does when the person skips it. */
export async function skipWelcome(sw: Worker): Promise<void> {
  await sw.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await api.storage.local.set({ welcome: { how: 'skipped', at: Date.now() } });
  });
}

/**
 * Launch Chromium with the built extension on a profile directory (reuse it to "restart").
 * `viewport: null` lays pages out at the window's real size (a screenshot of the tab shows that).
 */
export async function launchBrowser(userDataDir: string, lang: UiLang = 'en', extensionPath = EXTENSION_PATH, welcome: WelcomeChoice = 'skip', viewport: { width: number; height: number } | null = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const locale = lang === 'de' ? 'de-DE' : 'en-US';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    locale,
    args: chromiumArgs(extensionPath, locale),
    env: { ...process.env, LANGUAGE: lang === 'de' ? 'de_DE:de' : 'en_US:en', LANG: lang === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' },
    viewport,
  });
  await routeSites(context, { lang });
  if (welcome === 'skip') await skipWelcome(await serviceWorkerOf(context));
  return context;
}

/** The extension's service worker (the background). */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Waits until the background has installed the starter pack. */
export async function waitForSeed(sw: Worker): Promise<void> {
  await sw.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const count = await new Promise<number>((done) => {
        const open = indexedDB.open('tandem-tips');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('packs')) {
            db.close();
            done(0);
            return;
          }
          const req = db.transaction('packs').objectStore('packs').count();
          req.onsuccess = () => {
            db.close();
            done(req.result);
          };
          req.onerror = () => done(0);
        };
        open.onerror = () => done(0);
      });
      if (count > 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('starter pack never installed');
  });
}

interface Fixtures {
  lang: UiLang;
  welcome: WelcomeChoice;
  extensionPath: string;
  profileDir: string;
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures>({
  lang: ['en', { option: true }],
  welcome: ['skip', { option: true }],
  extensionPath: [EXTENSION_PATH, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir, lang, extensionPath, welcome }, use) => {
    const context = await launchBrowser(profileDir, lang, extensionPath, welcome);
    await use(context);
    await context.close();
  },
  sw: async ({ context }, use) => {
    const sw = await serviceWorkerOf(context);
    await waitForSeed(sw);
    await use(sw);
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
});

export const expect = test.expect;

/**
 * Every row of a store of the extension's IndexedDB. Self-contained: it is run inside an
 * extension context (Chromium's service worker, or Firefox's panel page).
 */
export function readStoreHere<T = Record<string, unknown>>(name: string): Promise<T[]> {
  return new Promise<T[]>((done, fail) => {
    const open = indexedDB.open('tandem-tips');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => {
        open.result.close();
        done(req.result as T[]);
      };
      req.onerror = () => fail(req.error);
    };
  });
}

/** Reads every row of a store of the extension's IndexedDB, through the background. */
export async function readStore<T = Record<string, unknown>>(sw: Worker, store: string): Promise<T[]> {
  return (await sw.evaluate(readStoreHere, store)) as T[];
}

/** The extension API as seen inside `sw.evaluate` (Chromium's `chrome` global). */
export type ChromeApi = typeof import('wxt/browser').browser;

/** The toolbar badge text of the tab showing this URL. Self-contained, run in an extension context (`browser` in Firefox, `chrome` in Chromium). */
export async function badgeHere(pageUrl: string): Promise<string> {
  const g = globalThis as unknown as { browser?: ChromeApi; chrome?: ChromeApi };
  const api = (g.browser ?? g.chrome)!;
  const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
  if (tab?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
  return api.action.getBadgeText({ tabId: tab.id });
}

/** The toolbar badge text of the tab showing this page. */
export async function badgeOf(sw: Worker, page: Page): Promise<string> {
  return sw.evaluate(badgeHere, page.url());
}
