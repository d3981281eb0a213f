import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { answerSite, type SiteLang } from './sites';

/**
 * Firefox, driven by puppeteer-core over WebDriver BiDi with the Firefox end-to-end build
 * installed as a temporary add-on. That build opens its panel page in a tab when installed: BiDi
 * will not navigate a tab to a moz-extension:// page, but it drives one the extension opened.
 */

export const FIREFOX_E2E_EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/firefox-mv3-e2e');
const ADDON_ID = 'tandem-tips@tandem.example';
/** A fixed moz-extension UUID (Firefox picks a random one per profile otherwise). */
const ADDON_UUID = '3b0c7a2e-1d5f-4c8a-9e6b-2f4d8a1c7e90';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  /** The extension's panel page, open in a tab (it follows the most recently used other tab). */
  panel: Page;
}

/** Launches headless Firefox, installs the end-to-end build and finds the panel page it opens. */
export async function launchFirefox(executablePath: string, opts: { downloadDir: string }): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'intl.locale.requested': 'en-US',
      // Downloads (the exchange file) go straight to a folder the test reads.
      'browser.download.folderList': 2,
      'browser.download.dir': opts.downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_E2E_EXTENSION_PATH);
    return { browser, panel: await extensionPage(browser) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The tab showing the extension's panel page. Puppeteer reports such tabs as about:blank, so ask each page. */
async function extensionPage(browser: Browser, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${FIREFOX_EXTENSION_ORIGIN}/sidepanel.html`)) return page;
    }
    if (Date.now() > deadline) throw new Error('The Firefox end-to-end build never opened its panel page (is .output/firefox-mv3-e2e built?)');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Serves the saved tool pages to this tab (see sites.ts) and aborts every other request. */
export async function routeFirefoxPage(page: Page, lang: SiteLang = 'en'): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const answer = answerSite(request.url(), request.method(), lang);
    if (answer === 'abort') void request.abort('blockedbyclient');
    else void request.respond(answer);
  });
}

/** Waits for a finished download in the folder (Firefox writes `*.part` first) and returns its path. */
export async function waitForDownload(dir: string, known: ReadonlySet<string>, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = existsSync(dir) ? readdirSync(dir) : [];
    const done = names.find((n) => !known.has(n) && !n.endsWith('.part') && !names.includes(`${n}.part`));
    if (done) return join(dir, done);
    if (Date.now() > deadline) throw new Error(`no download arrived in ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
